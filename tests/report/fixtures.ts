/** Hand-built LintResults for formatter tests: clean, one error + one tail, one fatal, hostile. */
import type { Grid, LintMessage, LintResult } from '../../src/types';
import type { RuleMeta } from '../../src/engine/rule';
import type { FormatContext } from '../../src/report/types';
import { gridFromText } from '../../src/read/grid';

export const CWD = '/work/docs';
export const WB = `${CWD}/2024决算.xlsx`;
export const HOSTILE_SHEET = '<img src=x onerror=alert(1)>';
export const HOSTILE_TEXT = '=HYPERLINK("http://x","y")';

export function coverage(): LintResult['coverage'] {
  return { tables: [], unrecognised: [], rulesSkipped: [], evaluations: 0, sentencesWithNumbers: 0, claimsChecked: 0, claimsNotUnderstood: [] };
}

function result(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  return {
    filePath,
    inputs: [filePath],
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    coverage: coverage(),
    ...extra,
  };
}

const meta = (id: string, family: string, zh: string, en: string, sev: 'error' | 'warn'): RuleMeta<string> => ({
  id,
  family,
  description: { zh, en },
  defaultSeverity: sev,
  docs: { rationale: { zh: `${zh}的说明`, en: `Why ${en}` } },
  messages: { x: { zh, en } },
});

export const rulesMeta = new Map<string, RuleMeta<string>>([
  ['rounding/tail', meta('rounding/tail', 'rounding', '尾差', 'Rounding tail', 'warn')],
  ['sum/subject-hierarchy', meta('sum/subject-hierarchy', 'sum', '类=Σ款=Σ项', 'Class equals the sum of its items', 'error')],
  ['perf/score-total', meta('perf/score-total', 'perf', '总分=Σ得分', 'Total is the sum of scores', 'error')],
]);

export const clean: LintResult[] = [result(`${CWD}/clean.xlsx`, [])];

export const errorAndTail: LintResult[] = [
  result(WB, [
    {
      ruleId: 'sum/subject-hierarchy', severity: 2, message: '款 20101 合计 12.00 不等于各项之和 13.00', messageId: 'classNotSum',
      line: 10, column: 3, sheet: '公开02表', cell: 'C10', table: '收入决算表', source: 'table', actual: '12.00', expected: '13.00',
      related: [{ label: '2010101', sheet: '公开02表', cell: 'C11', value: '6.00' }, { label: '2010102', sheet: '公开02表', cell: 'C12', value: '7.00' }],
    },
    {
      ruleId: 'rounding/tail', severity: 1, message: '尾差：款 20137 合计 411.00，各项之和 411.01', messageId: 'classNotSum', tail: true, tailOf: 'sum/subject-hierarchy',
      line: 13, column: 3, sheet: '公开02表', cell: 'C13', table: '收入决算表', source: 'table', actual: '-0.01', expected: '411.01',
    },
  ]),
];

export const fatal: LintResult[] = [
  {
    ...result(`${CWD}/broken.xlsx`, [{ ruleId: null, fatal: true, severity: 2, message: '文件 broken.xlsx 无法读取：不是 zip 格式。请另存为 .xlsx 后重试', line: 0, column: 0 }]),
    errorCount: 1,
  },
];

export const hostile: LintResult[] = [
  result(`${CWD}/hostile.xlsx`, [
    {
      ruleId: 'sum/subject-hierarchy', severity: 2, message: HOSTILE_TEXT, messageId: 'classNotSum', line: 2, column: 2,
      sheet: HOSTILE_SHEET, cell: 'B2', table: '<script>alert(2)</script>', source: 'table', actual: '1', expected: '2',
      related: [{ label: '<img src=y onerror=alert(3)>', sheet: HOSTILE_SHEET, cell: 'B3', value: '@SUM(A1)' }],
    },
    { ruleId: 'perf/score-total', severity: 1, message: '+cmd|" /C calc"!A0', line: 3, column: 1, sheet: HOSTILE_SHEET, cell: 'A3', source: 'table', actual: '-1+1', expected: '\t=1' },
    { ruleId: 'perf/score-total', severity: 1, message: '@SUM(1+1)*cmd', line: 4, column: 1, file: `${CWD}/</script><img src=z>.md`, source: 'narrative' },
  ]),
];

export const hostileGrid: Grid = gridFromText(`${CWD}/hostile.xlsx`, HOSTILE_SHEET, [
  ['科目', '金额'],
  ['<img src=x onerror=alert(1)>', HOSTILE_TEXT],
  ['</script><script>alert(4)</script>', '\u2028<!--'],
]);

export const errorGrid: Grid = gridFromText(WB, '公开02表', [
  ...Array.from({ length: 8 }, (_, i) => (i === 0 ? ['收入决算表'] : [])),
  ['科目编码', '科目名称', '合计'],
  ['20101', '人大事务', '12.00'],
  ['2010101', '行政运行', '6.00'],
  ['2010102', '一般行政管理事务', '7.00'],
  ['20137', '网信事务', '411.00'],
]);

export function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return {
    lang: 'zh',
    color: false,
    cwd: CWD,
    rulesMeta,
    sources: new Map([
      [WB, [errorGrid]],
      [`${CWD}/hostile.xlsx`, [hostileGrid]],
    ]),
    ...over,
  };
}

export const ALL: [string, LintResult[]][] = [
  ['clean', clean],
  ['error+tail', errorAndTail],
  ['fatal', fatal],
  ['hostile', hostile],
];

export const messageCount = (rs: LintResult[]): number => rs.reduce((n, r) => n + r.messages.length, 0);
export const findingCount = (rs: LintResult[]): number => rs.reduce((n, r) => n + r.messages.filter((m) => !m.fatal).length, 0);

/**
 * Findings on a published PDF: a table cell on page 9 of a table printed over pages 8–9, its
 * related cells on both pages, and a narrative sentence on page 24 (line numbers run through the
 * whole narrative).
 */
export const PDF = `${CWD}/2024决算.pdf`;
export const pdfFindings: LintResult[] = [
  result(PDF, [
    {
      ruleId: 'sum/subject-hierarchy', severity: 2, message: '款 20101 合计 12.00 不等于各项之和 13.00', messageId: 'classNotSum',
      line: 14, column: 4, sheet: '第8–9页', cell: 'D14', page: 9, table: '收入决算表', source: 'table', actual: '12.00', expected: '13.00',
      related: [
        { label: '2010101', file: PDF, sheet: '第8–9页', cell: 'D12', page: 8, value: '6.00' },
        { label: '2010102', file: PDF, sheet: '第10页', cell: 'C5', page: 10, value: '7.00' },
      ],
    },
    {
      ruleId: 'rounding/tail', severity: 1, message: '尾差：“一般公共预算财政拨款支出”占比99.86%与99.87%不符', messageId: 'x', tail: true, tailOf: 'sum/subject-hierarchy',
      line: 187, column: 5, page: 24, source: 'narrative', actual: '99.86', expected: '99.87',
    },
  ]),
];
