/** Self-evaluation template fixture (偏差度 template; seed 000's figures re-laid, one planted error per table) under every layout-only transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'evaluation-deviation',
  workbook: 'fixtures/evaluation-deviation/deviation.xlsx',
  // One planted error per table (planted.json beside the workbook).
  requires: { findings: 5, error: true, tail: false },
});
