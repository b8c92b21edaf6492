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
    'narrative-one-paragraph-per-section': 'src/narrative/sentences.ts + lists.ts: 三公 （三） ends a sentence with "。其中：" and gives one item per paragraph; joined into one paragraph it reads as an inline 其中 list ending at the first 。 (one item), so the list-sum warning (-58.63 vs -55.71) and the items\' 与上年相同 change claims are lost, and sentencesWithNumbers falls 49 → 36. Telling "。其中：A…。B…" (whole-sentence items) from an inline list needs a design decision',
  },
});
