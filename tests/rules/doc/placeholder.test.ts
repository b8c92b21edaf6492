import rule from '../../../rules/doc/placeholder';
import { ruleTester } from '../../helpers/rule-tester';
import { doc, evaluation, table } from '../../helpers/ledger';
import { lines } from './doc-text';

const emptyFund = () => ({
  ...table('final-07', { columns: ['carryIn', 'income', 'total'], rows: [], empty: true, title: '政府性基金预算财政拨款收入支出决算表' }),
  notes: [
    '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
    '无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：',
    '说明：中共上海市普陀区委社会工作部本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。',
  ],
});

// a 四川-style 项目支出绩效自评表's text cells (figures invented)
const selfEval = (...analysis: string[]) =>
  doc({ evaluations: [evaluation({ name: '工资性支出', funds: [{ full: '251.89', executed: '251.89', rate: '100.00', score: '10' }], analysis })] });

ruleTester.run(rule, {
  valid: [
    {
      name: '自评表文字已填写；“原因”栏印着的计算说明（1.预算执行率=…需说明原因(100字以内)）是模板本身的注',
      doc: selfEval('2023年按时足额发放工资，社保缴纳及时。', '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的,应单独说明理由'),
    },
    {
      name: '选定的措辞：比2023年度减少0.15万元，下降27.78%',
      doc: doc({ narrative: lines(['2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降27.78%，其中：因公出国（境）费支出与上一年度持平。']) }),
    },
    {
      name: '括号里的说明不是备选措辞：公务用车购置及运行维护费（含外宾接待）',
      doc: doc({ narrative: lines(['国内公务接待支出0.39万元（含外宾接待支出0.00万元）。', '其他用车主要是用于XL型车辆维护。']) }),
    },
    {
      name: '空表下只有注与说明',
      doc: doc({ tables: [{ ...emptyFund(), notes: [emptyFund().notes![0], emptyFund().notes![2]] }] }),
    },
  ],
  invalid: [
    {
      name: '自评表的评价结论仍是模板的填写说明',
      doc: selfEval('结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)'),
      errors: [{ messageId: 'instruction' }],
    },
    {
      name: '单个 X 代替单位名：上海市X局',
      doc: doc({ narrative: lines(['上海市X局2024年度部门决算', '采购X光机1台。']) }),
      errors: [{ messageId: 'placeholder', line: 1, actual: '上海市X局2024年度部门决算' }],
    },
    {
      name: '留下模板的“下降（增长）”；同句的“减少”选定“下降”',
      doc: doc({ narrative: lines(['2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降（增长）27.78%，其中：因公出国（境）费支出与上一年度持平。']) }),
      errors: [{ messageId: 'alternative', line: 1, actual: '下降（增长）27.78%', expected: '下降27.78%', severity: 2 }],
    },
    {
      name: '没有方向词可依：两种写法都列出',
      doc: doc({ narrative: lines(['收入支出总计增加（减少）XXX万元。']) }),
      errors: [
        { messageId: 'alternative', line: 1, actual: '增加（减少）', expected: '增加 / 减少' },
        { messageId: 'placeholder', line: 1 },
      ],
    },
    {
      name: '一段里同一备选措辞重复：一段一处，报在第一次出现处',
      doc: doc({ narrative: lines(['收入增加（减少）XXX万元，支出增加（减少）XXX万元。']) }),
      errors: [
        { messageId: 'alternative', line: 1, actual: '增加（减少）', expected: '增加 / 减少' },
        { messageId: 'placeholder', line: 1 },
      ],
    },
    {
      name: '空表下留着模板的填写说明',
      doc: doc({ tables: [emptyFund()] }),
      errors: [{ messageId: 'instruction', sheet: 'final-07', actual: '无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：' }],
    },
    {
      name: '模板的占位符与说明：上海市XX局 …（如持平作持平表述）',
      doc: doc({ narrative: lines(['第一部分上海市XX局概况', '主要原因：XXXXXXXX。（如持平作持平表述）', '单位名称：待填写']) }),
      errors: [
        { messageId: 'placeholder', line: 1, actual: '第一部分上海市XX局概况' },
        // in the order they stand in the line: the placeholder, then the instruction after it
        { messageId: 'placeholder', line: 2 },
        { messageId: 'instruction', line: 2, actual: '（如持平作持平表述）' },
        { messageId: 'placeholder', line: 3 },
      ],
    },
  ],
});
