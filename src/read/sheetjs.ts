/**
 * SheetJS, loaded on first use and without the code-page tables. The main thread of a --jobs run
 * and the commands that read no workbook (rules, print-config) never load it; the tables
 * (cpexcel, ~80 ms) are only needed for legacy binary formats (.xls BIFF, encrypted OLE
 * containers), so they are registered the first time such a file is read.
 */
import type * as XLSXModule from 'xlsx';

let loaded: typeof XLSXModule | null = null;
let codepagesLoaded = false;

export function sheetjs(): typeof XLSXModule {
  return (loaded ??= require('xlsx/dist/xlsx.core.min.js') as typeof XLSXModule);
}

export function ensureCodepages(): void {
  if (codepagesLoaded) return;
  sheetjs().set_cptable(require('xlsx/dist/cpexcel.js'));
  codepagesLoaded = true;
}
