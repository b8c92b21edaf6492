/**
 * A consistent narrative written the way many departments write theirs (phrasings seed 000 does not
 * use): every narrative rule must stay silent on it — precision on documents we have not seen.
 */
import { bare } from './helpers';
import { lintWith } from '../helpers/rule-tester';
import { narrativeRules } from '../../rules/narrative';

const TEMPLATE = [
  '第三部分 情况说明',
  '一、收入支出决算总体情况说明',
  '2023年度收、支总计均为1,111.11万元。与2022年相比，收、支总计各增加101.01万元，增长10.00%。主要原因是人员增加。',
  '二、收入决算情况说明',
  '2023年度本年收入合计1,111.11万元，其中：财政拨款收入1,000.00万元，占90.00%；其他收入111.11万元，占10.00%。',
  '三、支出决算情况说明',
  '2023年度本年支出合计1,111.11万元，其中：基本支出800.00万元，占72.00%；项目支出311.11万元，占28.00%。',
  '五、一般公共预算财政拨款支出决算情况说明',
  '（三）一般公共预算财政拨款支出决算具体情况',
  '1、一般公共服务支出(类)人大事务(款)行政运行(项)。年初预算为500.00万元，支出决算为480.00万元，完成年初预算的96.00%。决算数小于年初预算数的主要原因是厉行节约。',
  '九、财政拨款“三公”经费支出决算情况说明',
  '2023年度“三公”经费财政拨款支出预算为10.00万元，支出决算为8.00万元，完成预算的80.00%，较上年减少2.00万元，下降20.00%。',
  '其中：因公出国（境）费支出决算为0万元，全年预算数为0万元；公务接待费支出决算为8.00万元，全年预算数为10.00万元，完成预算的80.00%。',
  '十、其他重要事项情况说明',
  '（一）机关运行经费支出情况',
  '本部门2023年度机关运行经费支出50.00万元，比2022年减少5.00万元，降低9.09%。',
  '（二）政府采购支出情况',
  '本部门2023年度政府采购支出总额100.00万元，其中：政府采购货物支出40.00万元、政府采购工程支出0万元、政府采购服务支出60.00万元。授予中小企业合同金额100.00万元，占政府采购支出总额的100.00%，其中：授予小微企业合同金额80.00万元，占政府采购支出总额的80.00%。',
  '（三）国有资产占用情况',
  '截至2023年12月31日，本部门共有车辆2辆，其中，一般公务用车1辆、执法执勤用车1辆。单价100万元以上专用设备0台（套）。',
  '四、机构人员',
  '本部门内设机构5个，编制人数20人，实有人数18人。',
];

describe('a consistent narrative in another common phrasing', () => {
  const d = bare(TEMPLATE);

  it('is parsed into the expected kinds of claims', () => {
    const kinds = d.claims.reduce<Record<string, number>>((m, c) => ({ ...m, [c.type]: (m[c.type] ?? 0) + 1 }), {});
    expect(kinds).toMatchObject({ change: 4, share: 6, completion: 3 });
    expect(d.claims.filter((c) => c.type === 'list').length).toBeGreaterThanOrEqual(5);
  });

  it.each(narrativeRules.map((r) => [r.meta.id, r] as const))('%s reports nothing', (_id, rule) => {
    if (rule.meta.requires?.some((r) => !['claims'].includes(r)) || rule.meta.requiresAny) return;
    expect(lintWith(rule, d).map((m) => `${m.ruleId} ${m.line} ${m.message}`)).toEqual([]);
  });
});
