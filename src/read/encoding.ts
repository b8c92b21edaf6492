/** Text decoding for files saved by Excel or Notepad on Windows: UTF-8 (± BOM), UTF-16 BOM, or GBK. */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

export function detectEncoding(bytes: Buffer): TextEncoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

export function decodeText(bytes: Buffer, encoding: TextEncoding = detectEncoding(bytes)): string {
  let text: string;
  if (encoding === 'gbk') text = iconv.decode(bytes, 'gb18030');
  else if (encoding === 'utf-16be') text = iconv.decode(bytes, 'utf-16be');
  else text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL bytes or many control characters: not a text file. UTF-16 has NULs by design. */
export function looksBinary(bytes: Buffer): boolean {
  const enc = detectEncoding(bytes);
  if (enc === 'utf-16le' || enc === 'utf-16be') return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}
