/**
 * Binding subjects to ledger figures: the dictionary is built from the document's own tables and
 * self-evaluation tables; the section heading picks the table; numbers that cannot be bound are not
 * guessed at and count as not understood.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seed000With, bare } from './helpers';
import { paragraphsFromText } from '../../src/read/text';
import { extractNarrative } from '../../src/narrative';
import { seed000Doc } from './seed000';
import type { AmountClaim, CountClaim } from '../../src/narrative/claim-types';

const bound = (lines: string[]) =>
  seed000With(lines)
    .claims.filter((c): c is AmountClaim | CountClaim => c.type === 'amount' || c.type === 'count')
    .map((c) => {
      const b = c.type === 'amount' ? c.amount.binding : c.binding;
      return `${c.subject} → ${b ? `${b.table} ${b.cell.ref.sheet}!${b.cell.ref.cell}` : '∅'}`;
    });

describe('binding', () => {
  it.each<[string, string[], string[]]>([
    ['公开01 总计', ['一、收入支出决算总体情况说明', '2024年度收入总计502.98万元，支出总计502.98万元。'], ['收入总计 → final-01 公开01!C11', '支出总计 → final-01 公开01!C19']],
    ['同名“支出总计”在四、中取公开04', ['四、财政拨款收支决算总体情况说明', '2024年度财政拨款收入总计502.98万元，支出总计502.98万元。'], ['财政拨款收入总计 → final-04 公开04!C10', '财政拨款支出总计 → final-04 公开04!D12']],
    ['三、中基本支出取公开03', ['三、支出决算情况说明', '基本支出278.49万元，占比55.37%；'], ['基本支出 → final-03 公开03!D8']],
    ['类名（类）取公开05', ['五、一般公共预算财政拨款支出决算情况说明', '住房保障支出(类)18.87万元，占比3.75%；'], ['住房保障支出(类) → final-05 公开05!C13']],
    ['经济分类取公开06（重名取有值者）', ['六、一般公共预算财政拨款基本支出决算情况说明', '公用经费71.20万元，主要包括办公费3.68万元、办公设备购置27.75万元。'], ['公用经费 → final-06 公开06!C33', '办公费 → final-06 公开06!C22', '办公设备购置 → final-06 公开06!C31']],
    ['三公“费支出”', ['九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出0.05万元。'], ['公务接待费支出 → final-09 公开09!N8']],
    ['公开10 金额与车辆数', ['十、其他重要事项情况说明', '（一）机关运行经费支出情况说明', '2024年机关运行经费支出71.20万元。', '（三）国有资产占用情况说明截至2024年12月31日，本部门（单位）共有车辆1辆。其中：机要通信用车1辆。'], ['机关运行经费支出 → final-10 公开10!C12', '车辆 → final-10 公开10!C14', '机要通信用车 → final-10 公开10!C15']],
    ['二、收入决算中的类名取公开02（收入，不是支出）', ['二、收入决算情况说明', '一般公共服务支出411.00万元。'], ['一般公共服务支出 → final-02 公开02!C9']],
    ['未知主语不猜测', ['十、其他重要事项情况说明', '国内接待费0.05万元。'], ['国内接待费 → ∅']],
  ])('%s', (_n, lines, expected) => {
    expect(bound(lines)).toEqual(expected);
  });

  it('binds 基础数据表 figures of a department self-evaluation (current and prior year)', () => {
    const { cellOf } = jest.requireActual('../../src/ledger/cells');
    const basics = new Map([
      ['public.total.final', cellOf('92.01', { file: 'b.xlsx', sheet: '基础数据表', cell: 'D20' })],
      ['public.total.prior', cellOf('83.72', { file: 'b.xlsx', sheet: '基础数据表', cell: 'B20' })],
    ]);
    const d = bare(['1.全年支出情况', '公用经费完成104.29万元，比上年增加14.99万元，上升16.79%。'], {
      deptEvaluations: [{ name: 'd', source: { file: 'b.xlsx', sheet: '基础数据表' }, blocks: [], total: null, totalWeight: null, grade: null, basics }],
    });
    const amount = d.claims.find((c): c is AmountClaim => c.type === 'amount')!;
    expect(amount.amount.binding?.cell.ref.cell).toBe('D20');
    const change = d.claims.find((c) => c.type === 'change');
    expect(change && change.type === 'change' && change.priorBinding?.cell.ref.cell).toBe('B20');
  });

  it('understands at least 90 % of the number-bearing sentences of seed 000, and lists the rest', () => {
    const file = path.join(__dirname, '../../fixtures/seed-000/000.md');
    const d = seed000Doc({ narrative: paragraphsFromText(fs.readFileSync(file, 'utf8'), file) });
    const x = extractNarrative(d);
    expect(x.sentencesWithNumbers).toBe(53);
    expect((x.sentencesWithNumbers - x.notUnderstood.length) / x.sentencesWithNumbers).toBeGreaterThanOrEqual(0.9);
    expect(x.notUnderstood.map((n) => n.ref.line)).toEqual([100, 104]);
  });
});
