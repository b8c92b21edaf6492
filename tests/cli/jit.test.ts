import { INTERRUPT_BUDGET, tuneJit } from '../../src/cli/jit';

describe('tuneJit', () => {
  it('raises the interrupt budget when the user chose none', () => {
    const set: string[] = [];
    expect(tuneJit({}, [], (f) => set.push(f))).toBe(true);
    expect(set).toEqual([`--interrupt-budget=${INTERRUPT_BUDGET}`]);
    expect(INTERRUPT_BUDGET).toBeGreaterThan(67_584);
  });

  it("leaves a budget given in NODE_OPTIONS or node's arguments alone", () => {
    const set: string[] = [];
    expect(tuneJit({ NODE_OPTIONS: '--interrupt-budget=1000' }, [], (f) => set.push(f))).toBe(false);
    expect(tuneJit({}, ['--interrupt_budget=5000'], (f) => set.push(f))).toBe(false);
    expect(set).toEqual([]);
  });

  it('is what bin/budget-lint runs before anything else', () => {
    const bin = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../bin/budget-lint'), 'utf8') as string;
    const lines = bin.split('\n').filter((l) => l.startsWith('require('));
    expect(lines[0]).toContain('cli/jit.js');
  });
});
