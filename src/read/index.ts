/**
 * Reader registry by file extension, plus the checks every file gets before a reader sees it.
 * Never silent: a file no reader takes is a fatal result naming the types that are read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReadOutput, Reader } from '../types';
import { ReadError } from '../errors';
import { xlsxReader } from './xlsx';
import { textReader } from './text';
import type * as PdfModule from './pdf';

/** CSV (fast-csv, iconv-lite) is loaded when a .csv is read, like mammoth for .docx. */
const csvReader: Reader = { id: 'csv', extensions: ['.csv'], read: (bytes, file, limits) => (require('./csv') as typeof import('./csv')).csvReader.read(bytes, file, limits) };
const docxReader: Reader = { id: 'docx', extensions: ['.docx'], read: (b, f) => require('./docx').readDocx(b, f) };
/** PDF (pdfjs-dist) is loaded when a .pdf is read. */
const pdfReader: Reader = { id: 'pdf', extensions: ['.pdf'], read: (b, f) => (require('./pdf') as typeof PdfModule).readPdf(b, f) };
/**
 * The other workbook formats SheetJS reads by content: OpenDocument (.ods), Excel binary (.xlsb)
 * and WPS (.et, an Excel-compatible container). The xlsx reader's signature check admits zip and
 * OLE containers, which these are.
 */
const moreWorkbooks: Reader = { id: 'sheetjs', extensions: ['.xlsb', '.ods', '.et'], read: xlsxReader.read };

/** Every reader, one per line; the first whose extensions include the file's is used. */
const readers: Reader[] = [
  xlsxReader,
  moreWorkbooks,
  csvReader,
  textReader,
  docxReader,
  pdfReader,
];

/** Types recognised as disclosures but not read yet: a clear fatal message instead of a pass. */
const NOT_YET_READ: string[] = [];

/** Adds a reader (first match wins, so it can take over an extension). */
export function registerReader(reader: Reader): void {
  readers.unshift(reader);
}

export function readerFor(file: string): Reader | undefined {
  const ext = path.extname(file).toLowerCase();
  return readers.find((r) => r.extensions.includes(ext));
}

/** The extensions some reader takes, in registry order. */
export function supportedExtensions(): string[] {
  return [...new Set(readers.flatMap((r) => r.extensions))];
}

/** Kept for callers that read it as a constant: the extensions read at load time. */
export const SUPPORTED_EXTENSIONS = supportedExtensions();

/** Workbooks: every extension of the SheetJS readers. */
export function isWorkbookFile(file: string): boolean {
  const r = readerFor(file);
  return !!r && (r.id === 'xlsx' || r.id === 'sheetjs');
}

/** Files a directory walk should pick up: those read, and those reported as not yet read. */
export function isCandidateInput(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return supportedExtensions().includes(ext) || NOT_YET_READ.includes(ext);
}

export interface ReadOptions {
  maxFileSize?: number;
  maxSheets?: number;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** The error for a file no reader takes: not yet read (PDF), or a type budget-lint does not read. */
export function unreadableType(file: string): ReadError {
  const ext = path.extname(file).toLowerCase();
  if (NOT_YET_READ.includes(ext)) return new ReadError('fileNotYetRead', file, { type: ext.slice(1).toUpperCase(), types: supportedExtensions().join(' ') });
  return new ReadError('fileTypeNotRead', file, { ext: ext || '(none)', types: supportedExtensions().join(' ') });
}

export async function readInput(file: string, opts: ReadOptions = {}): Promise<ReadOutput> {
  const reader = readerFor(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ReadError('fileNotFound', file);
  }
  if (!reader) throw unreadableType(file);
  if (stat.size === 0) throw new ReadError('fileEmpty', file);
  const limit = opts.maxFileSize ?? 64 * 1024 * 1024;
  if (stat.size > limit) throw new ReadError('fileTooLarge', file, { size: formatBytes(stat.size), limit: formatBytes(limit) });
  const bytes = fs.readFileSync(file);
  return reader.read(bytes, file, { maxSheets: opts.maxSheets });
}
