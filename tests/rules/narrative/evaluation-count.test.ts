import rule from '../../../rules/narrative/evaluation-count';
import { ruleTester } from '../../helpers/rule-tester';
import { seed000With, withNarrative } from '../../narrative/helpers';
import { doc, evaluation } from '../../helpers/ledger';

const sentence = (n: string, a: string, b: string, c: string) => ['（四）预算绩效情况说明', `2024年二级项目绩效自评个数${n}个，资金224.5万元：${a}个项目自评等级为“优”，${b}个项目自评等级为“良”，${c}个项目自评等级“中”。`];

ruleTester.run(rule, {
  valid: [
    { name: '个数与等次均与附表一致', doc: seed000With(sentence('11', '5', '3', '3')) },
    {
      name: '未印等次时按总分定等',
      doc: withNarrative(doc({ evaluations: [evaluation({ name: 'A', total: '92.5' }), evaluation({ name: 'B', total: '85' })] }), ['（四）预算绩效情况说明', '共2个项目开展绩效自评，1个项目自评等级为“优”，1个项目自评等级为“良”。']),
    },
  ],
  invalid: [
    {
      name: 'seed 000：13个、8个优、2个良',
      doc: seed000With(sentence('13', '8', '2', '3')),
      errors: [
        { messageId: 'projectCount', data: { stated: '13', expected: 11 }, line: 2, actual: '13', expected: '11' },
        { messageId: 'gradeCount', data: { grade: '优', expected: 5 }, line: 2, actual: '8', expected: '5' },
        { messageId: 'gradeCount', data: { grade: '良', expected: 3 }, line: 2, actual: '2', expected: '3' },
      ],
    },
    {
      name: '有未识别的自评表时只警告',
      doc: seed000With(sentence('13', '5', '3', '3'), {}, { unrecognised: [{ file: 'test.xlsx', sheet: '附件12 项目支出绩效自评表', reason: '未识别的表格' }] }),
      errors: [{ messageId: 'projectCount', line: 2, actual: '13', expected: '11', severity: 1 }],
    },
  ],
});

const H = '（四）预算绩效情况说明';

describe('counts by activity, tallies and their own arithmetic', () => {
  ruleTester.run(rule, {
    valid: [
      { name: '等次在数字前（其中优5个、良3个、中3个、差0个）', doc: seed000With([H, '2024年对11个项目开展了绩效自评，其中优5个、良3个、中3个、差0个。']) },
      { name: '“评价等级为“优”的项目5个”“良的3个”“3个项目为中”', doc: seed000With([H, '对11个项目开展绩效自评，评价等级为“优”的项目5个，良的3个，3个项目为中。']) },
      { name: '中文数字与优秀/良好/合格', doc: seed000With([H, '共自评十一个项目，其中优秀的五个，良好的三个，合格的三个。']) },
      { name: '编制目标、监控与自评个数相同', doc: seed000With([H, '对11个项目编制了绩效目标，对11个项目开展了绩效运行监控，对11个项目开展了绩效自评。']) },
      {
        name: '未附自评表：各等次之和等于项目个数',
        doc: withNarrative(doc(), [H, '编报绩效目标的2024年度项目39个，涉及预算金额4415.48万元；绩效自评的2024年度项目39个，涉及预算金额4415.48万元，平均得分99.33分（其中，绩效评级为“优”的项目39个；绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。']),
      },
      { name: '只写部分等次，其和不超过个数', doc: withNarrative(doc(), [H, '对13个项目开展绩效自评，其中8个项目自评等级为“优”。']) },
    ],
    invalid: [
      {
        name: '四个等次之和不等于项目个数（未附自评表）',
        doc: withNarrative(doc(), [H, '对13个项目开展绩效自评，其中优8个、良2个、中0个、差1个。']),
        errors: [{ messageId: 'tallySum', data: { expected: 11, stated: 13 }, line: 2, actual: '13', expected: '11' }],
      },
      {
        name: '所列等次之和超过项目个数',
        doc: withNarrative(doc(), [H, '对3个项目开展绩效自评，其中4个项目为优。']),
        errors: [{ messageId: 'tallyExceeds', line: 2, actual: '3', expected: '4' }],
      },
      {
        name: '监控个数与自评个数不同只警告',
        doc: withNarrative(doc(), [H, '开展绩效运行监控，涉及1个项目；对13个项目开展了绩效自评。']),
        errors: [{ messageId: 'countsDiffer', data: { countA: '1', countB: '13' }, line: 2, severity: 1 }],
      },
      {
        name: '同一工作先后两个个数',
        doc: withNarrative(doc(), [H, '2024年二级项目绩效自评个数13个。', '全年共自评10个项目。']),
        errors: [{ messageId: 'countRestated', data: { first: '13', stated: '10' }, line: 3, actual: '10', expected: '13' }],
      },
      {
        name: '多出的“优”可能来自未附的自评表：警告',
        doc: seed000With([H, '对13个项目开展了绩效自评，其中7个项目为优。']),
        errors: [
          { messageId: 'projectCount', line: 2, actual: '13', expected: '11' },
          { messageId: 'gradeCountUnattached', data: { missing: 2 }, line: 2, actual: '7', expected: '5', severity: 1 },
        ],
      },
    ],
  });
});

describe('counts that are not this document’s, selections, other scales (precision)', () => {
  const Y = { meta: { department: '中共长治市委网络安全和信息化委员会办公室', year: '2024', unit: '万元' as const } };
  ruleTester.run(rule, {
    valid: [
      { name: '上年度的自评个数不与本年附表比较', doc: seed000With([H, '上年度共对13个项目开展绩效自评，2024年对11个项目开展了绩效自评，其中优5个、良3个、中3个。'], {}, Y) },
      { name: '2023年的个数与等次', doc: seed000With([H, '2023年对13个项目开展了绩效自评，其中优8个、良2个、中3个；2024年对11个项目开展了绩效自评。'], {}, Y) },
      { name: '标题所写年度为上一年度', doc: seed000With(['三、2023年度预算绩效管理情况', '共对13个项目开展绩效自评，其中自评结果为优的8个。'], {}, Y) },
      { name: '下属单位的项目', doc: seed000With([H, '对11个项目开展了绩效自评。下属单位共对5个项目开展了绩效自评，其中优3个、良2个。'], {}, Y) },
      { name: '二级单位的监控个数', doc: seed000With([H, '对11个项目开展了绩效自评；二级单位完成绩效运行监控的项目4个。'], {}, Y) },
      { name: '一等/二等不是等次', doc: seed000With([H, '对11个项目开展绩效自评，评价结果为一等的3个，二等的8个。'], {}, Y) },
      { name: 'A/B级与第一名不是等次', doc: seed000With([H, '对11个项目开展绩效自评，其中A级6个、B级5个，获评第一名的2个。'], {}, Y) },
      { name: '“中央转移支付项目”不是等次“中”', doc: seed000With([H, '对11个项目开展绩效自评，其中4个项目为中央转移支付项目。'], {}, Y) },
    ],
    invalid: [
      {
        name: '选取的项目个数与附表不同只警告',
        doc: seed000With([H, '选取3个重点项目开展绩效自评，其中优2个、良1个，自评表附后。'], {}, Y),
        errors: [
          { messageId: 'selectionCount', data: { words: '选取', stated: '3', expected: 11 }, line: 2, actual: '3', expected: '11', severity: 1 },
          { messageId: 'gradeCount', data: { grade: '优', expected: 5 }, line: 2, actual: '2', expected: '5', severity: 1 },
          { messageId: 'gradeCount', data: { grade: '良', expected: 3 }, line: 2, actual: '1', expected: '3', severity: 1 },
        ],
      },
      {
        name: '全部项目自评之外又抽取部分项目：两个个数只警告',
        doc: seed000With([H, '对全部11个项目开展了绩效自评。', '抽取5个项目开展了深度绩效自评。'], {}, Y),
        errors: [
          { messageId: 'selectionCount', line: 3, actual: '5', expected: '11', severity: 1 },
          { messageId: 'countRestated', data: { first: '11', stated: '5' }, line: 3, severity: 1 },
        ],
      },
      {
        name: '本年度个数仍与附表比较（上年度个数不影响）',
        doc: seed000With([H, '上年度共对11个项目开展绩效自评，2024年对13个项目开展了绩效自评。'], {}, Y),
        errors: [{ messageId: 'projectCount', data: { stated: '13', expected: 11 }, line: 2, actual: '13', expected: '11' }],
      },
    ],
  });
});

describe('grade shares (优秀率, 占项目总数的)', () => {
  const Y = { meta: { department: '中共长治市委网络安全和信息化委员会办公室', year: '2024', unit: '万元' as const } };
  ruleTester.run(rule, {
    valid: [
      { name: '占项目总数的比例与等次个数相符', doc: seed000With([H, '对11个项目开展绩效自评，其中优5个，占项目总数的45.45%；良3个，占项目总数的27.27%。'], {}, Y) },
      { name: '优良率按一位小数', doc: seed000With([H, '对11个项目开展绩效自评，其中优5个、良3个、中3个，优良率72.7%。'], {}, Y) },
      { name: '未写等次个数时按附表：优秀率45.45%', doc: seed000With([H, '对11个项目开展绩效自评，优秀率45.45%。'], {}, Y) },
      { name: '未附自评表：按说明自身', doc: withNarrative(doc(), [H, '对8个项目开展绩效自评，其中优6个、良2个，优秀率75%。']) },
    ],
    invalid: [
      {
        name: '占比不是等次个数 ÷ 项目个数',
        doc: withNarrative(doc(), [H, '对11个项目开展绩效自评，其中优5个，占项目总数的50.00%。']),
        errors: [{ messageId: 'shareInternal', data: { part: 5, count: 11 }, line: 2, actual: '50.00', expected: '45.45' }],
      },
      {
        name: '优秀率与附表等次不符',
        doc: seed000With([H, '对11个项目开展绩效自评，优秀率54.55%。'], {}, Y),
        errors: [{ messageId: 'shareTables', data: { part: 5, count: 11 }, line: 2, actual: '54.55', expected: '45.45' }],
      },
    ],
  });
});

describe('parts and descriptions of the projects counted are not counts (precision)', () => {
  const Y = { meta: { department: '中共长治市委网络安全和信息化委员会办公室', year: '2024', unit: '万元' as const } };
  ruleTester.run(rule, {
    valid: [
      { name: '得分段的项目个数', doc: seed000With([H, '对11个项目开展了绩效自评，5个项目自评得分在90分以上，6个项目自评得分在90分以下。'], {}, Y) },
      { name: '未完成目标的项目个数（绩效目标不是编制目标）', doc: seed000With([H, '对11个项目开展了绩效自评，3个项目未完成年度绩效目标。', '本年度共有3个项目未达到预期绩效目标。'], {}, Y) },
      { name: '执行率低于80%的项目', doc: seed000With([H, '对11个项目开展了绩效自评，其中2个项目执行率低于80%。'], {}, Y) },
      { name: '“良”以下不是等次个数', doc: seed000With([H, '对11个项目开展了绩效自评，有2个项目自评等级为“良”以下。'], {}, Y) },
      { name: '新增与延续项目', doc: seed000With([H, '对11个项目开展了绩效自评，其中新增项目4个，延续项目7个。'], {}, Y) },
    ],
    invalid: [
      {
        name: '其中：优秀项目N个 仍是等次个数',
        doc: seed000With([H, '组织开展2024年度项目绩效自评工作，共完成11个项目的自评，其中：优秀项目6个，良好项目2个，合格项目3个。'], {}, Y),
        errors: [
          { messageId: 'gradeCount', data: { grade: '优', expected: 5 }, line: 2, actual: '6', expected: '5' },
          { messageId: 'gradeCount', data: { grade: '良', expected: 3 }, line: 2, actual: '2', expected: '3' },
        ],
      },
    ],
  });
});
