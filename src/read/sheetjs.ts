/**
 * SheetJS without the code-page tables at start-up. The tables (cpexcel, ~80 ms to load) are only
 * needed for legacy binary formats (.xls BIFF, encrypted OLE containers), so they are registered
 * the first time such a file is read; zip-based .xlsx never pays for them.
 */
import type * as XLSXModule from 'xlsx';

const XLSX: typeof XLSXModule = require('xlsx/dist/xlsx.core.min.js');
let codepagesLoaded = false;

export function ensureCodepages(): void {
  if (codepagesLoaded) return;
  XLSX.set_cptable(require('xlsx/dist/cpexcel.js'));
  codepagesLoaded = true;
}

export default XLSX;
