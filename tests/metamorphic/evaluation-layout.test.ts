/** Self-evaluation template fixture (merged 项目名称, full-width digits, continued sheets; seed 000's figures re-laid, one planted error per table) under every layout-only transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'evaluation-layout',
  workbook: 'fixtures/evaluation-layout/layout.xlsx',
  // One planted error per table (planted.json beside the workbook).
  requires: { findings: 5, error: true, tail: false },
});
