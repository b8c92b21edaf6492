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
    'narrative-one-paragraph-per-section': 'src/narrative/sentences.ts splitSentences ends a sentence at a paragraph end (其中： + next line), and bind.ts lets a subject bind figures of later sentences of the same paragraph (sh-plan: 0.88 vs 9746.50)',
    'tables-in-yuan': 'rules/narrative amount.ts / share.ts / unit-slip.ts (util.ts): narrative figures compared with 元 cells as if in 万元 (the table unit is not applied) → false 相差万倍 / amount errors',
  },
});
