/** Seed 000 (长治 网信办 2024 单位决算 + 11 项目支出绩效自评表) under every layout-only transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'seed 000',
  workbook: 'fixtures/seed-000/000.xlsx',
  narrative: 'fixtures/seed-000/000.md',
  // Its answer key has errors (13 vs 11 projects, 网信长治 weights 90 …) and tails (99.91, 98.31 …).
  requires: { findings: 30, error: true, tail: true },
});
