/**
 * The --jobs pool: this thread is one lane, worker threads the others (fed once they have loaded
 * the pipeline); every document is linted exactly once, and a time limit keeps every document in a
 * worker (only a worker can be stopped).
 */
import path from 'node:path';
import { runPool, type PoolOutcome } from '../../src/engine/pool';
import type { DocumentGroup } from '../../src/engine/documents';

const SEED = path.join(__dirname, '../../fixtures/seed-000/000.xlsx');
const groups: DocumentGroup[] = Array.from({ length: 6 }, (_, i) => ({ id: `doc${i}`, tableFiles: [SEED], narrativeFiles: [] }));
const workerData = { api: { config: {}, jobs: 1 }, wantSources: false };
const EMPTY: PoolOutcome = { results: [], sources: [], priorFatal: [] };

describe('runPool', () => {
  it('lints each document once, in this thread and in a worker', async () => {
    const inThread: number[] = [];
    const fromWorker: number[] = [];
    let workerDone: () => void = () => undefined;
    const workerHasDone = new Promise<void>((r) => (workerDone = r));
    // This lane lints one document, then waits for a worker result, so both lanes take part.
    const inline = async (i: number): Promise<PoolOutcome> => {
      inThread.push(i);
      if (inThread.length > 1) await workerHasDone;
      return EMPTY;
    };
    await runPool(groups, 2, workerData, (i, out) => {
      if (out.results.length) {
        fromWorker.push(i);
        workerDone();
      }
    }, 0, undefined, inline);
    expect(inThread.length).toBeGreaterThan(0);
    expect(fromWorker.length).toBeGreaterThan(0);
    expect([...inThread, ...fromWorker].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('with a time limit, never lints in this thread', async () => {
    const inThread: number[] = [];
    const done: number[] = [];
    await runPool(groups.slice(0, 3), 2, workerData, (i) => done.push(i), 60_000, undefined, async (i) => (inThread.push(i), EMPTY));
    expect(inThread).toEqual([]);
    expect([...done].sort()).toEqual([0, 1, 2]);
  });

  it('a short run is over here before any worker has loaded: nothing waits on one', async () => {
    const inThread: number[] = [];
    await runPool(groups.slice(0, 2), 2, workerData, () => undefined, 0, undefined, async (i) => (inThread.push(i), EMPTY));
    expect(inThread).toEqual([0, 1]);
  });
});
