/** Sentences about projects read into project claims (src/narrative/projects), and what stays unread. */
import { seed000With, bare } from '../helpers';
import { summary } from '../summary';
import { doc, evaluation } from '../../helpers/ledger';
import { findProjects, identityContext, coreName } from '../../../src/narrative/projects/identity';
import { withNarrative } from '../helpers';

const H = '（四）预算绩效情况说明';
const projectClaims = (d: ReturnType<typeof bare>) => d.claims.filter((c) => /^project-|^grade-/.test(c.type)).map(summary).sort();

describe('project claims', () => {
  it.each<[string, string, string[]]>([
    ['等次在前、中文数字', '共自评十一个项目，其中优秀的五个，良好的三个，合格的三个。', ['grade-tally 中 三个 of 十一个', 'grade-tally 良 三个 of 十一个', 'grade-tally 优 五个 of 十一个', 'project-count self 十一个']],
    ['评价等级为“优”的项目9个', '对11个项目开展绩效自评，评价等级为“优”的项目9个，2个项目为良。', ['grade-tally 优 9个 of 11个', 'grade-tally 良 2个 of 11个', 'project-count self 11个']],
    ['编制目标与监控，涉及金额', '对本部门共有16个项目编制了绩效目标，涉及金额300.5万元；开展绩效运行监控，涉及1个项目。', ['project-count monitor 1个', 'project-count target 16个 all:共有 amount 300.5万元 Σfull']],
    ['上海：平均得分', '绩效自评的2024年度项目39个，涉及预算金额4415.48万元，平均得分99.33分。', ['project-count self 39个 amount 4415.48万元 Σfull average 99.33分']],
  ])('%s', (_n, sentence, expected) => {
    expect(projectClaims(bare([H, sentence]))).toEqual([...expected].sort());
  });

  it('per-project figures, the name with 项目 / 经费 or abbreviated', () => {
    const d = seed000With([H, '培训费项目年初预算数5.37万元，全年执行数3.973万元，预算执行率73.99%，自评得分78.4分，评价等级为“中”。', '网络安全态势感知系统项目全年预算数40万元。', '专项业务费经费执行率97.72%。']);
    expect(projectClaims(d)).toEqual([
      'project-figure 专项业务费 rate 97.72%',
      'project-figure 全市网络安全态势感知系统年度服务费 full 40万元',
      'project-figure 培训费 executed 3.973万元',
      'project-figure 培训费 grade 中',
      'project-figure 培训费 initial 5.37万元',
      'project-figure 培训费 rate 73.99%',
      'project-figure 培训费 score 78.4分',
    ]);
    expect(d.narrativeStats.notUnderstood).toEqual([]);
  });

  it('一是 / 二是 lists: each figure belongs to the project named before it', () => {
    const d = seed000With([H, '一是网信长治项目，全年执行数10万元，预算执行率100%；二是培训费项目，全年执行数3.973万元，预算执行率73.99%。']);
    expect(projectClaims(d)).toEqual(['project-figure 培训费 executed 3.973万元', 'project-figure 培训费 rate 73.99%', 'project-figure 网信长治 executed 10万元', 'project-figure 网信长治 rate 100%'].sort());
    expect(d.narrativeStats.notUnderstood).toEqual([]);
  });

  it('a paragraph about one project carries it; a department clause does not', () => {
    const d = seed000With([H, '培训费项目完成情况如下。全年执行数3.973万元，预算执行率73.99%。部门整体预算执行率为95%。']);
    expect(projectClaims(d)).toEqual(['project-figure 培训费 executed 3.973万元', 'project-figure 培训费 rate 73.99%']);
  });

  it('two tables of one name, or no table: not understood, no claim', () => {
    const d = seed000With([H, '应急指挥举报配套项目全年执行数0万元。', '数据中心机房改造项目全年执行数12万元，预算执行率80%。']);
    expect(projectClaims(d)).toEqual([]);
    expect(d.narrativeStats.notUnderstood.map((n) => n.text)).toEqual(['应急指挥举报配套项目全年执行数0万元。', '数据中心机房改造项目全年执行数12万元，预算执行率80%。']);
  });

  it('never the department’s own name', () => {
    const projects = [evaluation({ name: '长治市委网信办运行经费' }), evaluation({ name: '网络安全宣传周资料印制' })];
    const ctx = identityContext(projects, '中共长治市委网信办');
    expect(findProjects('长治市委网信办全年执行数5万元', ctx).mentions).toEqual([]);
    expect(findProjects('网络安全宣传周资料印制项目全年执行数5万元', ctx).mentions.map((m) => m.project.name)).toEqual(['网络安全宣传周资料印制']);
    // a word both names share (网络安全) is not a name
    expect(findProjects('网络安全工作全年执行数5万元', ctx).mentions).toEqual([]);
  });

  it('a piece of a name inside another noun is no mention; the table title names the project too', () => {
    const ctx = identityContext([evaluation({ name: '公务接待工作经费' }), { ...evaluation({ name: '网络安全宣传周资料印制' }), title: '网络安全宣传周资料印刷项目支出绩效自评表' }]);
    // the 三公 item 公务接待费 is not the project 公务接待工作经费
    expect(findProjects('公务接待费支出0.05万元', ctx).mentions).toEqual([]);
    expect(findProjects('公务接待工作经费项目全年执行数0.05万元', ctx).mentions.map((m) => m.project.name)).toEqual(['公务接待工作经费']);
    // the title prints 印刷 where the name cell says 印制: either is the project
    expect(findProjects('网络安全宣传周资料印刷项目全年执行数9.99万元', ctx).mentions.map((m) => m.words)).toEqual(['网络安全宣传周资料印刷']);
  });

  it('an economic item spelled like a short project name, a department figure after a project name: no project figure', () => {
    const d = seed000With([H, '公用经费主要包括办公费、培训费，全年支出3.97万元。', '网信长治项目获得好评，部门整体全年执行数502.98万元。']);
    expect(projectClaims(d)).toEqual([]);
  });

  it('core names drop year, 项目 and fund words', () => {
    expect(coreName('网信长治（2024）')).toBe('网信长治');
    expect(coreName('应急指挥和举报中心应急值守人员项目')).toBe('应急指挥和举报中心应急值守人员');
    expect(coreName('办公场所保洁经费')).toBe('办公场所保洁');
    expect(coreName('培训费')).toBe('培训费');
  });

  it('a count without its activity printed, a part (其中): no count claim; another year: a count marked foreign', () => {
    const heading = '一、2024年度项目支出绩效自评报告';
    expect(projectClaims(bare([heading, '2024年实施项目共15个，年初批复预算8个项目985万元。']))).toEqual([]);
    expect(projectClaims(bare([H, '对13个项目开展了绩效自评，其中对3个重点项目开展了深度自评。']))).toEqual(['project-count self 13个']);
    expect(projectClaims(bare([H, '2023年自评10个项目，2024年自评13个项目。'], { meta: { year: '2024' } }))).toEqual(['project-count self 10个 foreign:2023年', 'project-count self 13个']);
  });

  it('a narrative without tables: counts and tallies are still read', () => {
    const d = withNarrative(doc(), [H, '对13个项目开展绩效自评，其中优8个、良2个、中0个、差1个。']);
    expect(projectClaims(d)).toHaveLength(5);
  });
});

describe('claims that are not this document’s projects (precision)', () => {
  const Y = { meta: { year: '2024' } };
  it.each<[string, string[], string[]]>([
    ['上年度的个数', [H, '上年度共对13个项目开展绩效自评，2024年对11个项目开展了绩效自评。'], ['project-count self 13个 foreign:上年度', 'project-count self 11个']],
    ['2023年的个数与等次', [H, '2023年对13个项目开展了绩效自评，其中优8个、良2个、中3个。'], ['grade-tally 中 3个 of 13个 foreign:2023年', 'grade-tally 优 8个 of 13个 foreign:2023年', 'grade-tally 良 2个 of 13个 foreign:2023年', 'project-count self 13个 foreign:2023年']],
    ['标题写另一年度，句中未写年度', ['二、2023年度项目支出绩效自评情况', '共对13个项目开展绩效自评，自评结果为优的8个。'], ['grade-tally 优 8个 of 13个 foreign:2023年', 'project-count self 13个 foreign:2023年']],
    ['标题写另一年度，句中写本年度', ['二、2023年度项目支出绩效自评情况', '2024年度共对11个项目开展绩效自评。'], ['project-count self 11个']],
    ['下属单位的项目', [H, '下属单位共对5个项目开展了绩效自评，其中优3个、良2个。'], ['grade-tally 优 3个 of 5个 foreign:下属单位', 'grade-tally 良 2个 of 5个 foreign:下属单位', 'project-count self 5个 foreign:下属单位']],
    ['所属单位、二级单位', [H, '组织所属单位对9个项目开展绩效自评；二级单位完成绩效运行监控的项目4个。'], ['project-count monitor 4个 foreign:二级单位', 'project-count self 9个 foreign:所属单位']],
    ['“所属3个项目”是本部门的项目', [H, '我办对所属3个项目开展了绩效自评。'], ['project-count self 3个']],
    ['选取与抽取', [H, '选取3个重点项目开展绩效自评，自评表附后；抽取5个项目开展绩效运行监控。'], ['project-count monitor 5个 selection:抽取', 'project-count self 3个 selection:选取']],
    ['全部N个项目', [H, '对全部11个项目开展了绩效自评，对本部门共有16个项目编制了绩效目标。'], ['project-count self 11个 all:全部', 'project-count target 16个 all:共有']],
  ])('%s', (_n, lines, expected) => {
    expect(projectClaims(bare(lines, Y))).toEqual([...expected].sort());
  });

  it('grade scales that are not 优/良/中/差, and grade words inside other words: no tally, not understood', () => {
    const d = bare([H, '对11个项目开展绩效自评，评价结果为一等的3个，二等的8个。', '对11个项目开展绩效自评，其中A级5个、B级6个。', '对11个项目开展绩效自评，获评第一名的2个。', '对11个项目开展绩效自评，其中3个项目为中央转移支付项目。'], Y);
    expect(d.claims.filter((c) => c.type === 'grade-tally' || (c.type === 'count' && c.what === 'grade'))).toEqual([]);
    expect(d.narrativeStats.notUnderstood.map((n) => n.text)).toEqual([
      '对11个项目开展绩效自评，评价结果为一等的3个，二等的8个。',
      '对11个项目开展绩效自评，其中A级5个、B级6个。',
      '对11个项目开展绩效自评，获评第一名的2个。',
      '对11个项目开展绩效自评，其中3个项目为中央转移支付项目。',
    ]);
  });

  it('合格等次 / 优秀等次 before the count are tallies', () => {
    expect(projectClaims(bare([H, '对11个项目开展绩效自评，评为合格等次的3个，优秀等次的5个，良好等次的3个。'], Y))).toEqual(['grade-tally 中 3个 of 11个', 'grade-tally 优 5个 of 11个', 'grade-tally 良 3个 of 11个', 'project-count self 11个'].sort());
  });

  it('a project’s figure of another year is not read as its table’s', () => {
    const d = seed000With([H, '培训费项目2023年全年执行数4.5万元。'], {}, Y);
    expect(projectClaims(d)).toEqual([]);
  });

  it('coverage: all-words with an activity, strong or weak; none for promises, negations or no activity', () => {
    const d = bare([H, '本部门所有项目都开展了绩效自评，项目绩效监控覆盖率100%。', '各项目均编制了绩效目标。', '所有项目资金均按规定使用。', '力争实现部门评价全覆盖，目前尚未实现绩效自评全覆盖。'], Y);
    expect(projectClaims(d)).toEqual(['project-coverage monitor 覆盖率100%', 'project-coverage self 所有项目', 'project-coverage target 各项目 weak']);
    expect(d.narrativeStats.notUnderstood).toEqual([]);
  });
});

describe('grade shares', () => {
  it('优秀率 / 优良率 / 占项目总数的: read with their count and tally; 合格率 and a share with nothing to check it by: not understood', () => {
    const d = bare([H, '对11个项目开展绩效自评，其中优5个，占项目总数的45.45%；良3个，占项目总数的27.27%。', '对11个项目开展绩效自评，其中优5个、良3个、中3个，优良率72.7%。', '对11个项目开展绩效自评，合格率100%。', '对11个项目开展绩效自评，优秀率45.5%。'], { meta: { year: '2024' } });
    expect(projectClaims(d).filter((c) => c.startsWith('grade-share'))).toEqual(['grade-share 优 45.45% of 11个 tally 5个', 'grade-share 优良 72.7% of 11个', 'grade-share 良 27.27% of 11个 tally 3个']);
    expect(d.narrativeStats.notUnderstood.map((n) => n.text)).toEqual(['对11个项目开展绩效自评，合格率100%。', '对11个项目开展绩效自评，优秀率45.5%。']);
  });
});

describe('more shapes', () => {
  it('a Chinese-numeral count in brackets; 满意度优秀率 is no grade share', () => {
    const d = bare([H, '开展绩效自评的项目（共十一个）均已按要求填报自评表。', '对11个项目开展绩效自评，服务对象满意度优秀率95%。'], { meta: { year: '2024' } });
    expect(projectClaims(d)).toEqual(['project-count self 11个', 'project-count self 十一个']);
  });

  it('an itemised list of project amounts with its 合计 is a complete list; the items stay bound to their tables', () => {
    const d = seed000With([H, '重点项目全年执行数分别为网信长治10万元、专项业务费9.772万元、培训费项目3.973万元，合计23.745万元。'], {}, { meta: { year: '2024' } });
    const lists = d.claims.filter((c) => c.type === 'list').map(summary);
    expect(lists).toEqual(['list 合计 exhaustive 项目合计 23.745万元 = 网信长治 10万元 + 专项业务费 9.772万元 + 培训费 3.973万元']);
    expect(d.claims.filter((c) => c.type === 'amount' && c.amount.binding?.table === 'evaluation').length).toBeGreaterThanOrEqual(2);
    expect(d.narrativeStats.notUnderstood).toEqual([]);
  });
});
