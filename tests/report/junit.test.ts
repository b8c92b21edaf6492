import { XMLParser } from 'fast-xml-parser';
import junit from '../../src/report/junit';
import { ALL, clean, ctx, errorAndTail, fatal, hostile } from './fixtures';
import type { LintResult } from '../../src/types';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) });
type Case = { name: string; classname: string; failure?: { type: string; message: string; '#text'?: string }[]; error?: unknown; skipped?: unknown; 'system-out'?: string };
type Suite = { name: string; tests: string; failures: string; errors: string; testcase: Case[] };
const parse = (rs: LintResult[]): { testsuites: { tests: string; failures: string; errors: string; testsuite?: Suite[] } } => parser.parse(junit(rs, ctx()) as string);

describe('junit formatter', () => {
  it.each(ALL)('%s: parses, one suite per file, one failure per (file, rule) with errors', (_n, rs) => {
    const xml = junit(rs, ctx()) as string;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parse(rs);
    const suites = doc.testsuites.testsuite ?? [];
    expect(suites).toHaveLength(rs.length);
    const failures = suites.flatMap((s) => s.testcase.flatMap((c) => c.failure ?? []));
    const failingRules = rs.reduce((n, r) => n + new Set(r.messages.filter((m) => m.severity === 2 && !m.fatal).map((m) => m.ruleId ?? '')).size, 0);
    expect(failures).toHaveLength(failingRules);
    expect(Number(doc.testsuites.failures)).toBe(failingRules);
    for (const c of suites.flatMap((x) => x.testcase)) expect((c.failure ?? []).length).toBeLessThanOrEqual(1);
    for (const s of suites) expect(Number(s.tests)).toBe(s.testcase.length);
  });

  it('clean file: every case passes', () => {
    const s = parse(clean).testsuites.testsuite![0];
    expect(s.testcase.length).toBeGreaterThan(0);
    expect(s.testcase.every((c) => !c.failure && !c.error)).toBe(true);
    expect(s.failures).toBe('0');
  });

  it('one testcase per rule; warnings do not fail', () => {
    const s = parse(errorAndTail).testsuites.testsuite![0];
    const names = s.testcase.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['sum/subject-hierarchy', 'rounding/tail', 'perf/score-total']));
    const sum = s.testcase.find((c) => c.name === 'sum/subject-hierarchy')!;
    expect(sum.failure![0]['#text']).toContain('实际: 12.00');
    const tail = s.testcase.find((c) => c.name === 'rounding/tail')!;
    expect(tail.failure).toBeUndefined();
    expect(tail['system-out']).toContain('411.01');
  });

  it('several errors of one rule: one testcase, one failure listing each finding, counted once', () => {
    const base = errorAndTail[0];
    const err = base.messages.find((m) => m.ruleId === 'sum/subject-hierarchy')!;
    const second = { ...err, cell: 'D10', actual: '20.00', expected: '21.00', message: '第二个' };
    const rs = [{ ...base, messages: [...base.messages, second], errorCount: base.errorCount + 1 }];
    const doc = parse(rs);
    const cases = doc.testsuites.testsuite![0].testcase.filter((c) => c.name === 'sum/subject-hierarchy');
    expect(cases).toHaveLength(1);
    expect(cases[0].failure).toHaveLength(1);
    expect(cases[0].failure![0].message).toMatch(/^2 个错误/);
    expect(cases[0].failure![0]['#text']).toContain('1. [错误]');
    expect(cases[0].failure![0]['#text']).toContain('2. [错误]');
    expect(cases[0].failure![0]['#text']).toContain('实际: 20.00');
    expect(doc.testsuites.testsuite![0].failures).toBe(String(new Set(rs[0].messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).size));
  });

  it('fatal file is an <error>', () => {
    const doc = parse(fatal);
    expect(doc.testsuites.errors).toBe('1');
    expect(doc.testsuites.testsuite![0].testcase[0].error).toBeDefined();
  });

  it('escapes hostile text', () => {
    const xml = junit(hostile, ctx()) as string;
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
    const s = parse(hostile).testsuites.testsuite![0];
    const f = s.testcase.flatMap((c) => c.failure ?? [])[0];
    expect(f['#text']).toContain('<img src=x onerror=alert(1)>!B2');
  });
});
