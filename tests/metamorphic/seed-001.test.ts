/** Seed 001 (馆陶县 网信办 2024 单位预算, 17 tables + 情况说明) under every layout-only transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'seed 001',
  workbook: 'fixtures/seed-001/001.xlsx',
  narrative: 'fixtures/seed-001/001.md',
  // Its answer key has one error (the 资产 table) and no tails.
  requires: { findings: 1, error: true, tail: false },
});
