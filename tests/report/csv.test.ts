import { parseString } from '@fast-csv/parse';
import iconv from 'iconv-lite';
import csv, { neutralise } from '../../src/report/csv';
import { ALL, ctx, errorAndTail, hostile, messageCount } from './fixtures';
import type { LintResult } from '../../src/types';

function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { headers: false })
      .on('data', (r: string[]) => rows.push(r))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

const TEXT_COLS = [0, 1, 2, 5, 6, 7];
const NUM_COLS = [3, 4, 8, 9];

describe('csv formatter', () => {
  it.each(ALL)('%s: BOM, header, one row per message, nothing executable', async (_n, rs: LintResult[]) => {
    const out = csv(rs, ctx()) as string;
    expect(typeof out).toBe('string');
    expect(out.charCodeAt(0)).toBe(0xfeff);
    const rows = await parseCsv(out.slice(1));
    expect(rows[0]).toEqual(['文件', '工作表', '单元格', '行', '列', '规则', '级别', '信息', '实际', '应为']);
    expect(rows.length - 1).toBe(messageCount(rs));
    for (const row of rows.slice(1)) {
      for (const i of TEXT_COLS) expect(row[i]).not.toMatch(/^[=+\-@\t\r]/);
      for (const i of NUM_COLS) expect(row[i] === '' || /^-?\d+(\.\d+)?$/.test(row[i]) || !/^[=+\-@\t\r]/.test(row[i])).toBe(true);
    }
  });

  it('keeps plain negative numbers numeric, neutralises formulas', async () => {
    const rows = await parseCsv((csv(errorAndTail, ctx()) as string).slice(1));
    expect(rows[2][8]).toBe('-0.01');
    expect(rows[1]).toEqual(['2024决算.xlsx', '公开02表', 'C10', '10', '3', 'sum/subject-hierarchy', '错误', '款 20101 合计 12.00 不等于各项之和 13.00', '12.00', '13.00']);
    const h = await parseCsv((csv(hostile, ctx()) as string).slice(1));
    expect(h[1][7]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(h[2][7]).toBe(`'+cmd|" /C calc"!A0`);
    expect(h[2][8]).toBe(`'-1+1`);
    expect(h[2][9]).toBe(`'\t=1`);
    expect(h[3][7]).toBe(`'@SUM(1+1)*cmd`);
  });

  it('GBK on request, decodes back', async () => {
    const out = csv(errorAndTail, ctx({ options: { csvEncoding: 'gbk' } }));
    expect(Buffer.isBuffer(out)).toBe(true);
    const buf = out as Buffer;
    expect(buf[0]).not.toBe(0xef);
    const rows = await parseCsv(iconv.decode(buf, 'gbk'));
    expect(rows[0][0]).toBe('文件');
    expect(rows[1][1]).toBe('公开02表');
    expect(rows.length - 1).toBe(messageCount(errorAndTail));
  });

  it('english headers with lang en', () => {
    expect((csv(errorAndTail, ctx({ lang: 'en' })) as string).split('\r\n')[0]).toBe('\uFEFFFile,Sheet,Cell,Row,Column,Rule,Severity,Message,Actual,Expected');
  });

  it('neutralise', () => {
    expect(neutralise('=1')).toBe("'=1");
    expect(neutralise(' =1')).toBe("' =1");
    expect(neutralise('\r1')).toBe("'\r1");
    expect(neutralise('1-2')).toBe('1-2');
    expect(neutralise('收入')).toBe('收入');
  });
});
