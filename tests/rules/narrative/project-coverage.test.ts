import rule from '../../../rules/narrative/project-coverage';
import { ruleTester } from '../../helpers/rule-tester';
import { seed000With, withNarrative } from '../../narrative/helpers';
import { doc } from '../../helpers/ledger';

const H = '（四）预算绩效情况说明';
const Y = { meta: { department: '中共长治市委网络安全和信息化委员会办公室', year: '2024', unit: '万元' as const } };
const alone = (lines: string[]) => withNarrative(doc(Y), [H, ...lines]);

ruleTester.run(rule, {
  valid: [
    { name: '全覆盖且各项工作个数相同', doc: seed000With([H, '对本部门11个项目编制了绩效目标，实现绩效自评全覆盖，共自评11个项目。'], {}, Y) },
    { name: '自评全覆盖，未写个数，附表张数不少于其他个数', doc: seed000With([H, '所有项目都开展了绩效自评；开展绩效运行监控，涉及1个项目。'], {}, Y) },
    { name: '“力争实现全覆盖”只是计划', doc: alone(['力争实现绩效运行监控全覆盖，本年开展绩效运行监控，涉及1个项目；对13个项目开展了绩效自评。']) },
    { name: '上年度的个数不参与比较', doc: alone(['所有项目都开展了绩效运行监控，共监控8个项目；上年度对13个项目开展了绩效自评。']) },
    { name: '抽取的部分项目不参与比较', doc: alone(['所有项目都开展了绩效自评，共自评8个项目；抽取13个项目开展了绩效运行监控。']) },
  ],
  invalid: [
    {
      name: '监控全覆盖却只涉及1个项目，少于自评个数',
      doc: alone(['本部门所有项目均开展了绩效运行监控。', '开展绩效运行监控，涉及1个项目；对13个项目开展了绩效自评。']),
      errors: [{ messageId: 'coverageFewer', data: { stated: 1, expected: 13, words: '所有项目' }, line: 3, actual: '1', expected: '13', severity: 2 }],
    },
    {
      name: '共有16个项目编制目标，自评全覆盖却只自评13个',
      doc: alone(['对本部门共有16个项目编制了绩效目标，实现绩效自评全覆盖，共自评13个项目。']),
      errors: [{ messageId: 'coverageFewer', data: { stated: 13, expected: 16, otherActivity: '编制了绩效目标' }, line: 2, actual: '13', expected: '16' }],
    },
    {
      name: '监控覆盖率100%，监控个数少于所附自评表',
      doc: seed000With([H, '项目绩效监控覆盖率100%，开展绩效运行监控，涉及1个项目。'], {}, Y),
      errors: [{ messageId: 'coverageTables', data: { stated: 1, expected: 11, words: '覆盖率100%' }, line: 2, actual: '1', expected: '11', severity: 2 }],
    },
    {
      name: '“各项目”是较弱的说法：只警告',
      doc: alone(['各项目均开展了绩效运行监控，涉及1个项目；对13个项目开展了绩效自评。']),
      errors: [{ messageId: 'coverageFewer', line: 2, actual: '1', expected: '13', severity: 1 }],
    },
    {
      name: '自评全覆盖未写个数，附表少于编制目标个数：只警告',
      doc: seed000With([H, '对本部门共有16个项目编制了绩效目标，实现了绩效自评全覆盖。'], {}, Y),
      errors: [{ messageId: 'coverageUnattached', data: { stated: 16, expected: 11 }, line: 2, actual: '16', expected: '11', severity: 1 }],
    },
  ],
});
