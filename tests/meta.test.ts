/**
 * Checks on the rule set itself (STYLE §5): id equals path, a test file per rule, bilingual
 * messages and docs, presets derived from meta, and the generated rule reference is current.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../rules';
import { rulesCommand } from '../src/cli/commands/rules';

const ROOT = path.join(__dirname, '..');

describe.each([...builtinRules.keys()])('rule %s', (id) => {
  const rule = builtinRules.get(id)!;
  it('meta.id equals its path under rules/', () => {
    expect(fs.existsSync(path.join(ROOT, 'rules', `${id}.ts`))).toBe(true);
    expect(rule.meta.family).toBe(id.split('/')[0]);
  });
  it('has its own test file', () => {
    expect(fs.existsSync(path.join(ROOT, 'tests/rules', `${id}.test.ts`))).toBe(true);
  });
  it('has zh and en description, rationale, examples and messages', () => {
    const m = rule.meta;
    for (const b of [m.description, m.docs.rationale, m.docs.examples?.invalid, m.docs.examples?.valid, ...Object.values(m.messages)]) {
      expect(b?.zh?.length).toBeGreaterThan(0);
      expect(b?.en?.length).toBeGreaterThan(0);
    }
    for (const msg of Object.values(m.messages)) {
      const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((x) => x[1]).sort();
      expect(names(msg.en)).toEqual(names(msg.zh));
    }
  });
  it('has a default severity', () => {
    expect(['error', 'warn', 'off']).toContain(rule.meta.defaultSeverity);
  });
});

it('docs/rules.md is generated from meta and current (npm run docs)', () => {
  let text = '';
  rulesCommand(undefined, { lang: 'zh', format: 'markdown' }, (s) => {
    text += s;
  });
  expect(fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')).toBe(text);
});
