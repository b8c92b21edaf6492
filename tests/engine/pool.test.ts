/**
 * The --jobs pool: this thread is one lane, worker threads the others; every document is linted
 * exactly once, and a time limit keeps every document in a worker (only a worker can be stopped).
 */
import path from 'node:path';
import { runPool, type PoolOutcome } from '../../src/engine/pool';
import type { DocumentGroup } from '../../src/engine/documents';

const SEED = path.join(__dirname, '../../fixtures/seed-000/000.xlsx');
const groups: DocumentGroup[] = Array.from({ length: 6 }, (_, i) => ({ id: `doc${i}`, tableFiles: [SEED], narrativeFiles: [] }));
const workerData = { api: { config: {}, jobs: 1 }, wantSources: false };

function inlineRecorder(): { ids: number[]; inline: (i: number) => Promise<PoolOutcome> } {
  const ids: number[] = [];
  return {
    ids,
    inline: async (i) => {
      ids.push(i);
      await new Promise((r) => setTimeout(r, 20));
      return { results: [], sources: [], priorFatal: [] };
    },
  };
}

describe('runPool', () => {
  it('lints each document once, in this thread and in a worker', async () => {
    const { ids, inline } = inlineRecorder();
    const done: number[] = [];
    const fromWorker: number[] = [];
    await runPool(groups, 2, workerData, (i, out) => {
      done.push(i);
      if (out.results.length) fromWorker.push(i);
    }, 0, undefined, inline);
    expect([...done].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ids.length).toBeGreaterThan(0);
    expect(fromWorker.length).toBeGreaterThan(0);
    expect([...ids, ...fromWorker].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('with a time limit, never lints in this thread', async () => {
    const { ids, inline } = inlineRecorder();
    const done: number[] = [];
    await runPool(groups.slice(0, 3), 2, workerData, (i) => done.push(i), 60_000, undefined, inline);
    expect(ids).toEqual([]);
    expect([...done].sort()).toEqual([0, 1, 2]);
  });
});
