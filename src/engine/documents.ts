/**
 * Which files make one document (DESIGN §3).
 *
 * - A workbook is one document; the CSVs of one folder are one; a Word file or a PDF holding
 *   tables is one unless a better rendition of the same base name is in the run.
 * - Renditions are never summed. Of the files sharing a base name, the tables come from the
 *   workbook, else the Word file, else the PDF; the narrative from .md/.txt, else Word, else PDF.
 *   Every file set aside is recorded (`setAside`) and reported by doc/duplicate-rendition.
 * - A narrative joins the document whose name it carries (`000.md`, `000-说明.docx` → `000.xlsx`),
 *   failing that the only document of the run when that one has no narrative yet, failing that it
 *   is a narrative-only document of its own.
 * - A file no reader takes is a document of its own, so that reading it gives its fatal message.
 */
import path from 'node:path';
import type { SetAside } from '../types';
import { docxHasTables } from '../read/docx-peek';
import { isWorkbookFile } from '../read';

export interface DocumentGroup {
  id: string;
  /** Table sources: one workbook, one docx or PDF, or the CSVs of a folder. */
  tableFiles: string[];
  /** Narrative sources. A file in both lists (a whole Word disclosure) is read once. */
  narrativeFiles: string[];
  setAside?: SetAside[];
}

export interface Grouping {
  documents: DocumentGroup[];
  /** Kept for callers of the old shape: a narrative is never left without a document now. */
  unassigned: string[];
}

const ext = (f: string): string => path.extname(f).toLowerCase();
const base = (f: string): string => path.basename(f, path.extname(f)).toLowerCase();
const isText = (f: string): boolean => ['.md', '.markdown', '.txt'].includes(ext(f));
const TEXT_ORDER = ['.md', '.markdown', '.txt'];

/** Table-source rank: lower is preferred. */
function tableRank(f: string): number {
  if (isWorkbookFile(f)) return 0;
  if (ext(f) === '.docx') return 1;
  return 2; // .pdf
}

/** Narrative rank: .md/.txt, then Word, then PDF. */
function narrativeRank(f: string): number {
  if (isText(f)) return 0;
  if (ext(f) === '.docx') return 1;
  return 2;
}

/** A narrative named after a document: the same base name, or that name and a separator (000-说明). */
function carriesName(narrative: string, docName: string): boolean {
  const n = base(narrative);
  if (n === docName) return true;
  return n.startsWith(docName) && /^[-_. 　(（]/.test(n.slice(docName.length));
}

interface Doc {
  group: DocumentGroup;
  names: string[];
  /** Narrative candidates with the role they would drop from (tables of a Word/PDF rendition). */
  narratives: { file: string; alsoTables: boolean }[];
  /** Table renditions not used. */
  extraTables: string[];
}

export function groupDocuments(files: string[], explicitNarrative?: string, hasTables: (docx: string) => boolean = docxHasTables): Grouping {
  const docs: Doc[] = [];
  const byFolder = new Map<string, Doc>();
  const tableCandidates = new Map<string, string[]>();
  const narrativeOnly: string[] = [];
  const order: string[] = [];
  for (const f of files) {
    if (f === explicitNarrative) continue;
    const e = ext(f);
    if (e === '.csv') {
      const dir = path.dirname(f);
      let d = byFolder.get(dir);
      if (!d) {
        d = { group: { id: dir, tableFiles: [], narrativeFiles: [] }, names: [path.basename(dir).toLowerCase()], narratives: [], extraTables: [] };
        byFolder.set(dir, d);
        docs.push(d);
      }
      d.group.tableFiles.push(f);
    } else if (isWorkbookFile(f) || e === '.pdf' || (e === '.docx' && hasTables(f))) {
      // Renditions share a folder and a base name: a/000.xlsx and b/000.xlsx are two documents.
      const key = path.join(path.dirname(f), base(f));
      if (!tableCandidates.has(key)) {
        tableCandidates.set(key, []);
        order.push(key);
      }
      tableCandidates.get(key)!.push(f);
    } else if (isText(f) || e === '.docx') narrativeOnly.push(f);
    else docs.push({ group: { id: f, tableFiles: [f], narrativeFiles: [] }, names: [], narratives: [], extraTables: [] });
  }
  for (const key of order) {
    const candidates = [...tableCandidates.get(key)!].sort((a, b) => tableRank(a) - tableRank(b));
    const [chosen, ...rest] = candidates;
    const d: Doc = { group: { id: chosen, tableFiles: [chosen], narrativeFiles: [] }, names: [base(chosen)], narratives: [], extraTables: [] };
    if (!isWorkbookFile(chosen)) d.narratives.push({ file: chosen, alsoTables: false });
    for (const f of rest) {
      if (isWorkbookFile(f)) d.extraTables.push(f);
      else d.narratives.push({ file: f, alsoTables: true });
    }
    docs.push(d);
  }
  const tableDocs = docs.filter((d) => d.names.length > 0);
  const left: string[] = [];
  for (const f of narrativeOnly) {
    const twin = tableDocs.find((d) => path.dirname(d.group.id) === path.dirname(f) && d.names.some((n) => carriesName(f, n))) ?? tableDocs.find((d) => d.group.id === path.dirname(f) && d.names.some((n) => carriesName(f, n)));
    if (twin) twin.narratives.push({ file: f, alsoTables: false });
    else left.push(f);
  }
  if (left.length && tableDocs.length === 1 && tableDocs[0].narratives.every((n) => n.file === tableDocs[0].group.id)) {
    tableDocs[0].narratives.push(...left.map((file) => ({ file, alsoTables: false })));
  } else {
    // Narrative-only documents: one per base name (a .md and a .docx of one name are renditions).
    const byName = new Map<string, Doc>();
    for (const f of left) {
      const key = path.join(path.dirname(f), base(f));
      let d = byName.get(key);
      if (!d) {
        d = { group: { id: f, tableFiles: [], narrativeFiles: [] }, names: [base(f)], narratives: [], extraTables: [] };
        byName.set(key, d);
        docs.push(d);
      }
      d.narratives.push({ file: f, alsoTables: false });
    }
  }
  for (const d of docs) choose(d);
  const documents = docs.map((d) => d.group);
  if (explicitNarrative) {
    if (documents.length === 0) documents.push({ id: explicitNarrative, tableFiles: [], narrativeFiles: [explicitNarrative] });
    else {
      const g = documents[0];
      for (const f of g.narrativeFiles.filter((x) => !g.tableFiles.includes(x))) (g.setAside ??= []).push({ file: f, role: 'narrative', usedInstead: [explicitNarrative] });
      g.narrativeFiles = [explicitNarrative];
    }
  }
  return { documents, unassigned: [] };
}

/** The narrative of a document: the best rank only; within it, one file per base name. */
function choose(d: Doc): void {
  const g = d.group;
  const setAside: SetAside[] = d.extraTables.map((file) => ({ file, role: 'both' as const, usedInstead: [...g.tableFiles] }));
  const candidates = [...d.narratives].sort((a, b) => narrativeRank(a.file) - narrativeRank(b.file) || TEXT_ORDER.indexOf(ext(a.file)) - TEXT_ORDER.indexOf(ext(b.file)));
  const best = candidates.length ? narrativeRank(candidates[0].file) : -1;
  const kept: string[] = [];
  const dropped: { file: string; alsoTables: boolean }[] = [];
  for (const c of candidates) {
    if (narrativeRank(c.file) === best && !kept.some((k) => base(k) === base(c.file))) kept.push(c.file);
    else dropped.push(c);
  }
  // Keep the input order among the files read.
  g.narrativeFiles = d.narratives.map((n) => n.file).filter((f) => kept.includes(f));
  for (const c of d.narratives) {
    if (c.alsoTables && kept.includes(c.file)) setAside.push({ file: c.file, role: 'tables', usedInstead: [...g.tableFiles] });
  }
  for (const c of dropped) {
    setAside.push({ file: c.file, role: c.alsoTables ? 'both' : 'narrative', usedInstead: c.alsoTables ? [...g.tableFiles, ...g.narrativeFiles] : [...g.narrativeFiles] });
  }
  if (setAside.length) g.setAside = setAside;
  if (!g.tableFiles.length && g.narrativeFiles.length) g.id = g.narrativeFiles[0];
}
