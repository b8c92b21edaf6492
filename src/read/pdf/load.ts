/**
 * pdfjs-dist (Mozilla, Apache-2.0), legacy build for Node, loaded with Node's own require: the
 * build is an ES module, and Node ≥ 20.19 loads it synchronously. Its worker runs in this thread
 * (globalThis.pdfjsWorker), which for one document is faster than starting a worker thread.
 * Character maps (CJK fonts) and the standard fonts come from the package itself. The natives its
 * core-js polyfills replace are put back after it loads (read/pdf/natives.ts).
 */
import path from 'node:path';
import { ReadError } from '../../errors';
import { captureNatives, mainRealm } from './natives';

/** The part of pdfjs-dist's API the reader uses (pinned by tests/read/pdf-contract.test.ts). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
  hasEOL?: boolean;
}
export interface PdfMarkedContent {
  type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
  tag?: string;
}
export interface PdfPage {
  view: number[];
  rotate: number;
  getViewport(o: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(o?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<{ items: (PdfTextItem | PdfMarkedContent)[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): void;
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
export interface Pdfjs {
  OPS: Record<string, number>;
  getDocument(o: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  VerbosityLevel: { ERRORS: number };
}

/**
 * The minified legacy build: the same code, ~30 ms less to compile on every run (measured: 108–164
 * ms against 137–220 ms to load both modules, Node 20, 2 cores).
 */
const BUILD = '.min';
/** The two modules the reader loads, relative to the package (pinned by the contract test). */
export const BUILD_FILES = { worker: `legacy/build/pdf.worker${BUILD}.mjs`, main: `legacy/build/pdf${BUILD}.mjs` } as const;

let loaded: Pdfjs | undefined;
/** The natives put back after pdfjs-dist loaded in this process (for tests and --verbose). */
export let restoredNatives: string[] = [];

export function packageDir(): string {
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

export function pdfjs(): Pdfjs {
  if (loaded) return loaded;
  // Node's own require, not the caller's module system (a test runner's cannot load ES modules):
  // built in the main context, where `process` is Node's.
  const vm = require('node:vm') as typeof import('node:vm');
  const nodeRequire = (vm.runInThisContext("(f) => process.getBuiltinModule('node:module').createRequire(f)") as (f: string) => NodeRequire)(__filename);
  const dir = packageDir();
  // The worker goes on Node's own global, where pdfjs looks for it (a test runner's sandbox has another).
  const g = mainRealm() as { pdfjsWorker?: unknown };
  const restore = captureNatives();
  g.pdfjsWorker ??= nodeRequire(path.join(dir, BUILD_FILES.worker));
  loaded = nodeRequire(path.join(dir, BUILD_FILES.main)) as Pdfjs;
  restoredNatives = restore();
  return loaded;
}

export function documentOptions(bytes: Uint8Array): Record<string, unknown> {
  const dir = packageDir();
  return {
    data: bytes,
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    isEvalSupported: false,
    // No font is rendered: without this, every font pdfjs sends from its worker is encoded as base64
    // and turned into an @font-face rule nobody uses (~40–80 ms on the 30-page corpus PDF). Text and
    // operator lists are the same either way (pdfjs-dist's own default in Node).
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs().VerbosityLevel.ERRORS,
  };
}

export async function openPdf(bytes: Buffer, file: string): Promise<PdfDocument> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new ReadError('fileWrongType', file, { expected: 'PDF 文件', reason: '文件开头没有 %PDF- 标记' });
  const task = pdfjs().getDocument(documentOptions(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const e = err as { name?: string; message?: string };
    if (e?.name === 'PasswordException') throw new ReadError('pdfEncrypted', file);
    throw new ReadError('pdfCorrupt', file, { reason: String(e?.message ?? err).split('\n')[0].slice(0, 200) });
  }
}
