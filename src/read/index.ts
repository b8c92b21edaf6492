/** Reader registry by file extension, plus the checks every file gets before a reader sees it. */
import fs from 'node:fs';
import path from 'node:path';
import type { ReadOutput, Reader } from '../types';
import { ReadError } from '../errors';
import { xlsxReader } from './xlsx';
import { textReader } from './text';
import type * as PdfModule from './pdf';

/** CSV (fast-csv, iconv-lite) is loaded when a .csv is read, like mammoth for .docx. */
const csvReader: Reader = { id: 'csv', extensions: ['.csv'], read: (bytes, file, limits) => (require('./csv') as typeof import('./csv')).csvReader.read(bytes, file, limits) };

const readers: Reader[] = [xlsxReader, csvReader, textReader];

/** Registered lazily so that mammoth is loaded only when a .docx is linted. */
export function registerReader(reader: Reader): void {
  readers.unshift(reader);
}

export function readerFor(file: string): Reader | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') return { id: 'pdf', extensions: ['.pdf'], read: (b, f) => (require('./pdf') as typeof PdfModule).readPdf(b, f) };
  if (ext === '.docx') return { id: 'docx', extensions: ['.docx'], read: (b, f) => require('./docx').readDocx(b, f) };
  return readers.find((r) => r.extensions.includes(ext));
}

export const SUPPORTED_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.csv', '.md', '.markdown', '.txt', '.docx', '.pdf'];

export interface ReadOptions {
  maxFileSize?: number;
  maxSheets?: number;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

export async function readInput(file: string, opts: ReadOptions = {}): Promise<ReadOutput> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ReadError('fileNotFound', file);
  }
  if (stat.size === 0) throw new ReadError('fileEmpty', file);
  const limit = opts.maxFileSize ?? 64 * 1024 * 1024;
  if (stat.size > limit) throw new ReadError('fileTooLarge', file, { size: formatBytes(stat.size), limit: formatBytes(limit) });
  const reader = readerFor(file);
  if (!reader) throw new ReadError('fileWrongType', file, { expected: SUPPORTED_EXTENSIONS.join(' '), reason: path.extname(file) || '无扩展名' });
  const bytes = fs.readFileSync(file);
  return reader.read(bytes, file, { maxSheets: opts.maxSheets });
}
