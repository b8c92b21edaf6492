/**
 * Property-based tests (fast-check) on the sources: the same properties `npm run fuzz` runs 10,000
 * times each on dist/, here a few hundred times each so CI stays quick. See scripts/fuzz-targets.js.
 */
import path from 'node:path';
import fc from 'fast-check';

// Plain CommonJS shared with scripts/fuzz.js.
const { targets, loadLib, cleanup } = require('../../scripts/fuzz-targets') as {
  targets: { name: string; async?: boolean; heavy?: boolean; property: (lib: unknown, f: typeof fc) => fc.IProperty<unknown[]> | fc.IAsyncProperty<unknown[]> }[];
  loadLib: (root: string) => unknown;
  cleanup: () => void;
};

const lib = loadLib(path.join(__dirname, '../../src'));
const RUNS = 300;

afterAll(() => cleanup());

describe('fuzz targets (a few hundred cases each)', () => {
  it('there is a target for each area of the issue', () => {
    const names = targets.map((t) => t.name);
    for (const area of ['decimal:', 'intervals:', 'readers:', 'recognizers:', 'claim parser:']) expect(names.some((n) => n.startsWith(area))).toBe(true);
  });
  for (const t of targets) {
    it(t.name, async () => {
      const runs = t.heavy ? Math.round(RUNS / 2) : RUNS;
      if (t.async) await fc.assert(t.property(lib, fc) as fc.IAsyncProperty<unknown[]>, { numRuns: runs });
      else fc.assert(t.property(lib, fc) as fc.IProperty<unknown[]>, { numRuns: runs });
    });
  }
});
