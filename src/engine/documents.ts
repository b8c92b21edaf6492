/**
 * Which files make one document (DESIGN §3): a workbook is one document; the CSVs of one folder are
 * one; a .docx is one unless a workbook of the same base name is in the run (then it is that
 * workbook's narrative); a narrative (.md/.txt) joins the document with the same base name, failing
 * that the only document of the run, failing that it is an error asking for --narrative.
 */
import path from 'node:path';
import { docxHasTables } from '../read/docx-peek';

export interface DocumentGroup {
  id: string;
  /** Table sources: one workbook, one docx, or the CSVs of a folder. */
  tableFiles: string[];
  narrativeFiles: string[];
}

export interface Grouping {
  documents: DocumentGroup[];
  /** Narrative files that belong nowhere. */
  unassigned: string[];
}

const ext = (f: string): string => path.extname(f).toLowerCase();
const base = (f: string): string => path.basename(f, path.extname(f)).toLowerCase();
const isWorkbook = (f: string): boolean => ['.xlsx', '.xlsm', '.xls', '.ods'].includes(ext(f));
const isNarrative = (f: string): boolean => ['.md', '.markdown', '.txt'].includes(ext(f));

/**
 * `hasTables` tells a .docx that is a whole disclosure (tables + text) from one that is only a
 * narrative; the default peeks into the file.
 */
export function groupDocuments(files: string[], explicitNarrative?: string, hasTables: (docx: string) => boolean = docxHasTables): Grouping {
  const documents: DocumentGroup[] = [];
  const byFolder = new Map<string, DocumentGroup>();
  for (const f of files) {
    // a PDF holds the whole disclosure, tables and text, like a workbook + its narrative
    if (isWorkbook(f) || ext(f) === '.pdf') documents.push({ id: f, tableFiles: [f], narrativeFiles: [] });
    else if (ext(f) === '.csv') {
      const dir = path.dirname(f);
      let g = byFolder.get(dir);
      if (!g) {
        g = { id: dir, tableFiles: [], narrativeFiles: [] };
        byFolder.set(dir, g);
        documents.push(g);
      }
      g.tableFiles.push(f);
    }
  }
  const narratives: string[] = [];
  for (const f of files) {
    if (ext(f) === '.docx') {
      const twin = documents.find((d) => d.tableFiles.some((t) => base(t) === base(f) && isWorkbook(t)));
      if (twin) twin.narrativeFiles.push(f);
      else if (hasTables(f)) documents.push({ id: f, tableFiles: [f], narrativeFiles: [] });
      else narratives.push(f);
    } else if (isNarrative(f) && f !== explicitNarrative) narratives.push(f);
  }
  const unassigned: string[] = [];
  // A PDF carries its own narrative: a narrative file never joins it (a.pdf next to a.xlsx + a.md).
  const takers = documents.filter((d) => d.tableFiles.some((t) => ext(t) !== '.pdf'));
  for (const f of narratives) {
    const twin = takers.find((d) => d.tableFiles.some((t) => base(t) === base(f)) || base(d.id) === base(f));
    if (twin) twin.narrativeFiles.push(f);
    else if (takers.length === 1) takers[0].narrativeFiles.push(f);
    else if (takers.length === 0 && narratives.length === 1) documents.push({ id: f, tableFiles: [], narrativeFiles: [f] });
    else unassigned.push(f);
  }
  if (explicitNarrative) {
    if (documents.length === 0) documents.push({ id: explicitNarrative, tableFiles: [], narrativeFiles: [explicitNarrative] });
    else documents[0].narrativeFiles.push(explicitNarrative);
  }
  return { documents, unassigned };
}
