/** The template shapes of issue 15 (fixtures/evaluation-templates: 四川's 自评表, two-row indicator headers, a 评分表) under every layout-only transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'evaluation-templates/sichuan',
  workbook: 'fixtures/evaluation-templates/sichuan.xlsx',
  // One planted error per table (planted.json beside the workbooks).
  requires: { findings: 6, error: true, tail: false },
});

metamorphic({
  name: 'evaluation-templates/two-row',
  workbook: 'fixtures/evaluation-templates/two-row.xlsx',
  requires: { findings: 7, error: true, tail: true },
});

metamorphic({
  name: 'evaluation-templates/score-labels',
  workbook: 'fixtures/evaluation-templates/score-labels/01-score-total.xlsx',
  requires: { findings: 1, error: true, tail: false },
});

metamorphic({
  name: 'evaluation-templates/score-sheet',
  workbook: 'fixtures/evaluation-templates/score-sheet/01-score-total.xlsx',
  requires: { findings: 1, error: true, tail: false },
});
