/**
 * The parser is linear in a sentence's length: one sentence listing 20,000 items is read in well
 * under the time it took before (about 20 s for these items, each with its 占比 and 增减) when list items, scopes and repeated figures were searched per figure.
 * Bounded by growth (4× the items, well under 16× the time), not by a clock that a busy machine moves.
 */
import { extractNarrative } from '../../src/narrative';
import { seed000With } from './helpers';

function listing(n: number): string {
  const items: string[] = [];
  for (let i = 1; i <= n; i++) items.push(`甲${i}号工作经费0.01万元，占0.01%，比上年增加0.01万元，增长1.00%`);
  return `本年支出合计${(n / 100).toFixed(2)}万元，其中：${items.join('；')}。`;
}

function readListing(n: number): { items: number; ms: number } {
  const d = seed000With(['三、支出决算情况说明']);
  d.narrative.push({ text: listing(n), ref: { file: 'test.md', line: 2, column: 1 } });
  const t0 = process.hrtime.bigint();
  const x = extractNarrative(d);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const list = x.claims.find((c) => c.type === 'list');
  return { items: list && list.type === 'list' ? list.items.length : 0, ms };
}

describe('cost of one long sentence', () => {
  // A growth test, not a speed test (speed is measured by `npm run bench -- --sections 4`): four times
  // the items must take far less than sixteen times as long, which a search per figure would.
  it('20,000 listed items with shares and changes: every item read, in time linear in the items', () => {
    readListing(500); // warm the JIT so the small run is not charged for compiling
    const small = readListing(5000);
    const large = readListing(20000);
    expect(small.items).toBe(5000);
    expect(large.items).toBe(20000);
    expect(large.ms).toBeLessThan(10 * Math.max(small.ms, 50));
  }, 120000);
});
