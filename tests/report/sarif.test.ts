import sarif, { toSarif, SARIF_SCHEMA } from '../../src/report/sarif';
import { ALL, ctx, errorAndTail, fatal, findingCount, hostile } from './fixtures';
import type { LintResult } from '../../src/types';

type Run = {
  tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; defaultConfiguration: { level: string } }[] } };
  results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } }; logicalLocations?: { fullyQualifiedName: string }[] }[]; properties: Record<string, unknown> }[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
};
const parse = (rs: LintResult[]): { $schema: string; version: string; runs: Run[] } => JSON.parse(sarif(rs, ctx()) as string);

describe('sarif formatter', () => {
  it.each(ALL)('%s: valid 2.1.0 shape, one result per finding', (_name, rs) => {
    const log = parse(rs);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('budget-lint');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.results).toHaveLength(findingCount(rs));
    for (const r of run.results) {
      expect(['error', 'warning']).toContain(r.level);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      const reg = r.locations[0].physicalLocation.region;
      if (reg) expect(reg.startLine).toBeGreaterThanOrEqual(1);
    }
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
      expect(rule.help.text).toBeTruthy();
      expect(rule.help.markdown).toBeTruthy();
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
  });

  it('maps severity, relative uri, region and sheet!cell', () => {
    const run = parse(errorAndTail).runs[0];
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning']);
    const loc = run.results[0].locations[0];
    expect(loc.physicalLocation.artifactLocation.uri).toBe(encodeURI('2024决算.xlsx'));
    expect(loc.physicalLocation.region).toEqual({ startLine: 10, startColumn: 3 });
    expect(loc.logicalLocations?.[0].fullyQualifiedName).toBe('公开02表!C10');
    expect(run.results[0].properties).toMatchObject({ sheet: '公开02表', cell: 'C10', actual: '12.00', expected: '13.00' });
    expect(run.results[0].message.text).toContain('实际 12.00 / 应为 13.00');
  });

  it('fatal messages become tool execution notifications, not results', () => {
    const run = parse(fatal).runs[0];
    expect(run.results).toHaveLength(0);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].level).toBe('error');
  });

  it('truncates beyond the result limit and says so', () => {
    const log = toSarif(errorAndTail, ctx(), 1) as { runs: Run[] };
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain('共 2 条');
  });

  it('keeps hostile text as data (JSON escapes it)', () => {
    const run = parse(hostile).runs[0];
    expect(run.results[0].message.text).toContain('=HYPERLINK');
    expect(run.results[2].locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/[<> ]/);
  });

  it('english rule texts with lang en', () => {
    const run = (JSON.parse(sarif(errorAndTail, ctx({ lang: 'en' })) as string) as { runs: Run[] }).runs[0];
    expect(run.tool.driver.rules.find((r) => r.id === 'sum/subject-hierarchy')?.shortDescription.text).toBe('Class equals the sum of its items');
  });
});
