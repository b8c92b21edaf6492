/** CSV via fast-csv, after decoding (UTF-8 with or without BOM, UTF-16, or GBK as Excel saves it). */
import { parseString } from '@fast-csv/parse';
import path from 'node:path';
import type { ReadOutput, Reader } from '../types';
import { ReadError } from '../errors';
import { decodeText, looksBinary } from './encoding';
import { gridFromText } from './grid';

export function parseCsvText(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { ignoreEmpty: false, trim: false, strictColumnHandling: false, discardUnmappedColumns: false })
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

export async function readCsv(bytes: Buffer, file: string): Promise<ReadOutput> {
  if (looksBinary(bytes)) throw new ReadError('fileBinary', file);
  const text = decodeText(bytes);
  let rows: string[][];
  try {
    rows = await parseCsvText(text);
  } catch (err) {
    throw new ReadError('fileCorrupt', file, { reason: err instanceof Error ? err.message : String(err) });
  }
  const sheet = path.basename(file).replace(/\.csv$/i, '');
  return { grids: [gridFromText(file, sheet, rows)], paragraphs: [] };
}

export const csvReader: Reader = { id: 'csv', extensions: ['.csv'], read: readCsv };
