/** Seed 000 (长治 网信办 2024 单位决算 + 11 项目支出绩效自评表) under every layout-only transformation. */
import { metamorphic } from './harness';

metamorphic({
  name: 'seed 000',
  workbook: 'fixtures/seed-000/000.xlsx',
  narrative: 'fixtures/seed-000/000.md',
  // Its answer key has errors (13 vs 11 projects, 网信长治 weights 90 …) and tails (99.91, 98.31 …).
  requires: { findings: 30, error: true, tail: true },
  // Known failures, each caused by code outside src/read and src/ledger (remove once fixed).
  failing: {
    'narrative-one-paragraph-per-section': 'src/narrative/sentences.ts splitSentences ends a sentence at a paragraph end (其中： + next line), and bind.ts lets a subject bind figures of later sentences of the same paragraph (sh-plan: 0.88 vs 9746.50)',
  },
});
