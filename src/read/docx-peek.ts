/** Whether a .docx holds tables (<w:tbl>), without converting it: decides document vs narrative. */
import fs from 'node:fs';
import { sheetjs } from './sheetjs';

export function docxHasTables(file: string): boolean {
  try {
    const zip = sheetjs().CFB.read(fs.readFileSync(file), { type: 'buffer' });
    const entry = sheetjs().CFB.find(zip, '/word/document.xml');
    if (!entry?.content) return true; // unreadable: let it be a document of its own, the reader reports it
    return Buffer.from(entry.content as Uint8Array).includes('<w:tbl');
  } catch {
    return true;
  }
}
