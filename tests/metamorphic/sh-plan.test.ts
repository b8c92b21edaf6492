/** 上海 普陀区 规划和自然资源局 决算 (test version with planted problems) under every transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'sh-plan',
  workbook: 'fixtures/corpus/sh-plan.xlsx',
  narrative: 'fixtures/corpus/sh-plan.md',
  // Its answer key has errors and rounding tails (236.63 vs 236.64, 9746.50 vs 9746.49 …).
  requires: { findings: 10, error: true, tail: true },
  // Known failures, each caused by code outside src/read and src/ledger (remove once fixed).
  failing: {
  },
});
