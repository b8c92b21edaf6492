import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { readInput } from '../../src/read';
import { detectEncoding, decodeText } from '../../src/read/encoding';
import { ReadError } from '../../src/errors';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-read-'));
const write = (name: string, data: string | Buffer): string => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, data);
  return f;
};
const rowsText = [
  ['收入决算表'],
  ['公开02表'],
  ['科目代码', '科目名称', '本年收入合计'],
  ['201', '一般公共服务支出', '1,654.78'],
  ['20137', '网信事务', '—'],
];
const csvText = rowsText.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n');

describe('csv reader', () => {
  it.each([
    ['utf-8', Buffer.from(csvText, 'utf8')],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText, 'utf8')])],
    ['gbk (Excel on Windows)', iconv.encode(csvText, 'gbk')],
  ])('%s gives the same grid', async (name, bytes) => {
    const out = await readInput(write(`t-${name.replace(/\W+/g, '_')}.csv`, bytes));
    const g = out.grids[0];
    expect(g.rows[0][0]!.raw).toBe('收入决算表');
    expect(g.rows[3][2]).toMatchObject({ address: 'C4', raw: '1,654.78' });
    expect(g.rows[4][2]!.raw).toBe('—');
  });
  it('detects encodings', () => {
    expect(detectEncoding(iconv.encode('部门名称：网信办', 'gbk'))).toBe('gbk');
    expect(detectEncoding(Buffer.from('部门名称：网信办'))).toBe('utf-8');
    expect(decodeText(iconv.encode('金额单位：万元', 'gbk'))).toBe('金额单位：万元');
  });
});

describe('xlsx reader', () => {
  it('keeps values, display text and A1 addresses; bounds by existing cells', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['收入决算表'], [null, null], ['合计', 465.34, '1,654.78']]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '收入决算表');
    const out = await readInput(write('a.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })));
    const g = out.grids[0];
    expect(g.sheet).toBe('收入决算表');
    expect(g.rows[2][1]).toMatchObject({ address: 'B3', value: 465.34, raw: '465.34' });
    expect(g.rows[2][2]).toMatchObject({ address: 'C3', value: '1,654.78' });
    expect(g.rowCount).toBe(3);
  });
  it('expands merged header text into covered cells', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['预算数', null, null], ['合计', '因公出国（境）费', '公务接待费']]);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const out = await readInput(write('m.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })));
    expect(out.grids[0].rows[0].map((c) => c?.raw)).toEqual(['预算数', '预算数', '预算数']);
  });
  it('reads the legacy .xls (BIFF8) format', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['支出决算表'], ['合计', 502.98]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const out = await readInput(write('b.xls', XLSX.write(wb, { type: 'buffer', bookType: 'xls' })));
    expect(out.grids[0].rows[1][1]).toMatchObject({ value: 502.98 });
  });
});

describe('bad input (fixtures/bad)', () => {
  const bad = (name: string) => path.join(__dirname, '../../fixtures/bad', name);
  it.each([
    ['empty.xlsx', 'fileEmpty'],
    ['truncated.xlsx', 'fileCorrupt'],
    ['corrupt.xlsx', 'fileCorrupt'],
    ['text-as.xlsx', 'fileWrongType'],
    ['binary.csv', 'fileBinary'],
    ['password.xlsx', 'fileEncrypted'],
    ['bogus-dimension.xlsx', 'fileBogusDimension'],
    ['formula-no-cache.xlsx', 'fileFormulaNoValue'],
  ])('%s → %s', async (file, messageId) => {
    const err = await readInput(bad(file)).then(() => null, (e) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect(err.messageId).toBe(messageId);
  });
  it('names sheet and cell for a formula without a cached value', async () => {
    const err = (await readInput(bad('formula-no-cache.xlsx')).catch((e) => e)) as ReadError;
    expect([err.sheet, err.cell]).toEqual(['Sheet1', 'B4']);
  });
  it('refuses files over the size limit before reading them', async () => {
    const err = (await readInput(path.join(__dirname, '../../fixtures/seed-000/000.xlsx'), { maxFileSize: 1000 }).catch((e) => e)) as ReadError;
    expect(err.messageId).toBe('fileTooLarge');
  });
  it('a missing file', async () => {
    const err = (await readInput(path.join(tmp, 'nope.xlsx')).catch((e) => e)) as ReadError;
    expect(err.messageId).toBe('fileNotFound');
  });
});
