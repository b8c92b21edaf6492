/**
 * The JSON output (--format json) is described by schema/results.schema.json: hand-built results
 * of every kind and real runs — seed 000's workbook + narrative and the published corpus PDF, whose
 * findings carry pages — validate against it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import json from '../../src/report/json';
import { lintRun } from '../../src/index';
import { ALL, ctx, pdfFindings } from './fixtures';
import type { LintResult } from '../../src/types';

const ROOT = path.join(__dirname, '../..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/results.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);
const asJson = (rs: LintResult[]): unknown => JSON.parse(String(json(rs, ctx())));
const errorsOf = (v: unknown): unknown => (validate(v) ? [] : validate.errors?.slice(0, 5));

describe('schema/results.schema.json', () => {
  it.each([...ALL, ['pdf', pdfFindings] as [string, LintResult[]]])('%s results validate', (_name, rs) => {
    expect(errorsOf(asJson(rs))).toEqual([]);
  });

  it('a page that is not a positive integer, or a field the contract does not have, does not', () => {
    const bad = asJson(pdfFindings) as { messages: Record<string, unknown>[] }[];
    bad[0].messages[0].page = 0;
    expect(validate(bad)).toBe(false);
    const extra = asJson(pdfFindings) as { messages: Record<string, unknown>[] }[];
    extra[0].messages[0].pageNumber = 9;
    expect(validate(extra)).toBe(false);
  });

  it('real runs validate: seed 000 (xlsx + md) and the published corpus PDF', async () => {
    const seed = await lintRun([path.join(ROOT, 'fixtures/seed-000/000.xlsx'), path.join(ROOT, 'fixtures/seed-000/000.md')], { config: {} });
    expect(errorsOf(asJson(seed.results))).toEqual([]);
    const pdf = await lintRun([path.join(ROOT, 'fixtures/corpus/sh-plan.pdf')], { config: {} });
    const out = asJson(pdf.results);
    expect(errorsOf(out)).toEqual([]);
    expect(JSON.stringify(out)).toContain('"page":');
    expect(JSON.stringify(out)).toMatch(/"region":\{"page":\d+,"box":\[[\d.]+,[\d.]+,[\d.]+,[\d.]+\],"pageSize":\[[\d.]+,[\d.]+\]\}/);
  });

  it('a region without its box, or with a box of three numbers, does not validate', () => {
    const withRegion = (region: unknown): unknown => {
      const out = asJson(pdfFindings) as { messages: Record<string, unknown>[] }[];
      out[0].messages[0].region = region;
      return out;
    };
    expect(errorsOf(withRegion({ page: 9, box: [1, 2, 3, 4], pageSize: [595.32, 841.92] }))).toEqual([]);
    expect(validate(withRegion({ page: 9 }))).toBe(false);
    expect(validate(withRegion({ page: 9, box: [1, 2, 3] }))).toBe(false);
    expect(validate(withRegion({ page: 9, box: [1, 2, 3, 4], pageSize: [0, 841.92] }))).toBe(false);
  });
});
