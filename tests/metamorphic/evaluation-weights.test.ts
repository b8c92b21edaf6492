/** Self-evaluation template fixture (决策/过程/产出/效益 with 权重; seed 000's figures re-laid, one planted error per table) under every layout-only transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'evaluation-weights',
  workbook: 'fixtures/evaluation-weights/weights.xlsx',
  // One planted error per table (planted.json beside the workbook).
  requires: { findings: 5, error: true, tail: false },
});
