/** Seed 001 (馆陶县 网信办 2024 单位预算, 17 tables + 情况说明) under every layout-only transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'seed 001',
  workbook: 'fixtures/seed-001/001.xlsx',
  narrative: 'fixtures/seed-001/001.md',
  // Its answer key has one error (the 资产 table) and no tails.
  requires: { findings: 1, error: true, tail: false },
  // Known failures, each caused by code outside src/read and src/ledger (remove once fixed).
  failing: {
    'split': 'src/recognize/budget/index.ts recognizeFile: a budget table continued on a second sheet is not joined (its rows are lost: cross/budget-* 3.25 vs 0.00)',
    'numbering-removed': 'src/recognize/budget (layout.ts / summary.ts): without 栏次/行次 the 收支总表 amount columns are misread (cross/budget-* 101.43 vs 0.00)',
  },
});
