/** Seed 002 (北塔区 网信办 2023 部门整体支出绩效自评: 基础数据表 + 整体支出绩效自评表) under every transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'seed 002',
  workbook: 'fixtures/seed-002/002.xlsx',
  narrative: 'fixtures/seed-002/002.md',
  // Its answer key has errors (基础数据表 vs 自评表, 年初预算 213.62 vs 128.90 …) and no tails.
  requires: { findings: 5, error: true, tail: false },
  // Known failures, each caused by code outside src/read and src/ledger (remove once fixed).
  failing: {
    'ods': 'fixtures/seed-002/002.xlsx (scripts/fixtures/seed-002.js): the 绩效指标 merge A13:A32 covers the 总分 label in A32, which .ods (like Excel) does not keep, so the 总分 row reads as an indicator',
    'split': 'src/recognize/evaluation/dept.ts: a 整体支出绩效自评表 continued on a second sheet is not joined (weights 60 of 100)',
  },
});
