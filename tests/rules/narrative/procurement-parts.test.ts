import rule from '../../../rules/narrative/procurement-parts';
import type { ProcurementClaim } from '../../../src/narrative/claim-types';
import { ruleTester } from '../../helpers/rule-tester';
import { bare } from '../../narrative/helpers';

const HEAD = '（二）政府采购支出情况';
const total = (t: string, goods = t): string => `某某区某某局2024年度政府采购金额（以合同签订为准）为${t}万元，其中：货物采购金额${goods}万元、工程采购金额0万元、服务采购金额0万元。`;
const reserved = (sme: string, small: string): string => `2024年度本部门面向中小企业预留政府采购项目预算金额${sme}万元，面向小微企业预留政府采购项目预算金额${small}万元。`;
const awarded = (sme: string, small: string, other: string): string =>
  `在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${sme}万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额${small}万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${other}万元。`;

ruleTester.run(rule, {
  valid: [
    { name: '其他项目0.00：各项相符', doc: bare([HEAD, total('2319.21', '2319.21'), reserved('225.10', '164.87'), awarded('225.10', '164.87', '0.00')]) },
    // 500.00 − 100.00 = 400.00 ≥ 390.00; the reserved budget (120.00) is not what was contracted
    { name: '预留预算不限定其他项目', doc: bare([HEAD, total('500.00'), reserved('120.00', '80.00'), awarded('100.00', '60.00', '390.00')]) },
    { name: '其他项目的文字未点明中小企业：不判断', doc: bare([HEAD, total('21.07'), reserved('21.07', '21.07'), '在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元；其他采购金额21.07万元。']) },
    {
      name: '总额出现两个不同数字：不判断',
      doc: bare([HEAD, total('21.07'), '本部门政府采购金额为30.00万元。', reserved('21.07', '21.07'), awarded('21.07', '21.07', '21.07')]),
    },
    { name: '授予中小企业合同金额的写法：无预留数', doc: bare([HEAD, '本部门2024年度政府采购支出总额93.24万元，其中授予中小企业合同金额80.00万元，占政府采购支出总额的85.80%。']) },
  ],
  invalid: [
    {
      name: '预留项目已占满总额，其他项目仍有中小企业中标金额',
      doc: bare([HEAD, total('21.07'), reserved('21.07', '21.07'), awarded('21.07', '21.07', '21.07')]),
      errors: [{ messageId: 'otherAboveRest', line: 4, actual: '21.07', expected: '0.00', severity: 2 }],
    },
    {
      name: '超出在四舍五入范围内：尾差',
      doc: bare([HEAD, total('100.00'), reserved('70.00', '50.00'), awarded('60.00', '50.00', '40.01')]),
      errors: [{ messageId: 'otherAboveRest', line: 4, actual: '40.01', expected: '40.00', tail: true }],
    },
    {
      name: '预留项目中标金额超过预留预算',
      doc: bare([HEAD, total('300.00'), reserved('100.00', '50.00'), awarded('120.00', '50.00', '0.00')]),
      errors: [{ messageId: 'awardedAboveReserved', data: { part: '预留项目中由中小企业中标或成交的采购金额' }, line: 4, actual: '120.00', expected: '100.00', severity: 2 }],
    },
    {
      name: '小微企业预留项目中标金额超过其预留预算',
      doc: bare([HEAD, total('300.00'), reserved('100.00', '50.00'), awarded('100.00', '60.00', '0.00')]),
      errors: [{ messageId: 'awardedAboveReserved', data: { part: '小微企业预留项目中由小微企业中标或成交的采购金额' }, line: 4, actual: '60.00', expected: '50.00' }],
    },
  ],
});

describe('procurement claims (src/narrative/procurement.ts)', () => {
  it('reads every part of the section by its words, and the sentences are understood', () => {
    const d = bare([HEAD, total('21.07'), reserved('21.07', '21.07'), awarded('21.07', '21.07', '21.07')]);
    const p = d.claims.find((c): c is ProcurementClaim => c.type === 'procurement');
    expect(p && Object.keys(p.parts).sort()).toEqual(['awardedOther', 'awardedReserved', 'awardedSmallReserved', 'reserved', 'smallReserved', 'total']);
    expect(Object.values(p!.parts).every((x) => x.reading.strength === 'strong')).toBe(true);
    expect(p!.parts.awardedOther!.ref.line).toBe(4);
    expect(d.narrativeStats.notUnderstood).toEqual([]);
  });

  it('a figure whose words name no part is not claimed: its sentence stays not understood', () => {
    const d = bare([HEAD, total('21.07'), reserved('21.07', '21.07'), '其他采购金额21.07万元。']);
    const p = d.claims.find((c): c is ProcurementClaim => c.type === 'procurement');
    expect(p && Object.keys(p.parts).sort()).toEqual(['reserved', 'smallReserved', 'total']);
    expect(d.narrativeStats.notUnderstood.map((n) => n.ref.line)).toEqual([3, 4]);
  });

  it('without a 政府采购 heading the parts are read within one paragraph only', () => {
    const d = bare([total('21.07'), reserved('21.07', '21.07') + awarded('21.07', '21.07', '21.07')]);
    const p = d.claims.filter((c): c is ProcurementClaim => c.type === 'procurement');
    expect(p.map((c) => Object.keys(c.parts).length)).toEqual([5]);
  });
});
