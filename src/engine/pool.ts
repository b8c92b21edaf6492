/** A small worker_threads pool for --jobs: each worker lints whole documents, in input order. */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Grid, LintResult } from '../types';
import type { NarrativeLine } from './lint';
import type { DocumentGroup } from './documents';

export interface PoolOutcome {
  results: LintResult[];
  sources: [string, Grid[]][];
  /** The narrative's lines per file (HTML shows the sentence of a finding). */
  texts?: [string, NarrativeLine[]][];
  /** Fatal results of the --prior inputs, as the worker that linted this document saw them. */
  priorFatal: LintResult[];
}

/** The compiled worker: from dist/ when running built code, or dist/ beside src/ under ts-jest. */
export function workerScript(): string {
  const here = path.join(__dirname, 'worker.js');
  if (fs.existsSync(here)) return here;
  const built = path.join(__dirname, '../../dist/src/engine/worker.js');
  if (fs.existsSync(built)) return built;
  throw new Error('worker.js not found: run `npm run build` first');
}

/**
 * Lints the groups in `jobs` lanes. With `inline` (and no time limit) this thread is one lane and
 * `jobs − 1` worker threads are the others; otherwise all lanes are workers. A document that takes
 * longer than `timeoutMs` has its worker terminated and `onTimeout(i)` called; a fresh worker
 * takes over the remaining queue.
 */
export async function runPool(groups: DocumentGroup[], jobs: number, workerData: unknown, onDone: (i: number, out: PoolOutcome) => void, timeoutMs = 0, onTimeout: (i: number) => void = () => undefined, inline?: (i: number) => Promise<PoolOutcome>): Promise<void> {
  const script = workerScript();
  const size = Math.max(1, Math.min(jobs, groups.length));
  const inThisThread = inline !== undefined && timeoutMs === 0;
  let next = 0;
  const live = new Set<Worker>();
  // Two documents in flight per worker, so one never idles while this thread is busy linting;
  // with a time limit one, so the timer always belongs to the document being linted.
  // A worker that becomes ready after the last document was taken just ends.
  const depth = timeoutMs > 0 ? 1 : 2;
  const lane = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(script, { workerData });
      live.add(w);
      const inFlight: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      const arm = (): void => {
        if (timeoutMs <= 0 || !inFlight.length) return;
        const current = inFlight[0];
        timer = setTimeout(() => {
          onTimeout(current);
          live.delete(w);
          void w.terminate();
          lane().then(resolve, reject);
        }, timeoutMs);
      };
      let warm = false;
      const feed = (): void => {
        // A worker's first document runs cold (several times a warm one): when this thread lints
        // too, a fresh worker starts only while more documents are left than lanes, and a second
        // in flight likewise. The last ones go to whichever warm lane is free.
        const plenty = (): boolean => groups.length - next > size;
        while (next < groups.length && (inFlight.length === 0 ? warm || plenty() || !inThisThread : inFlight.length < depth && plenty())) {
          const i = next++;
          inFlight.push(i);
          w.postMessage({ id: i, group: groups[i] });
        }
        if (!inFlight.length) resolve();
      };
      w.on('message', (msg: { ready?: boolean; id: number; results?: LintResult[]; sources?: [string, Grid[]][]; texts?: [string, NarrativeLine[]][]; priorFatal?: LintResult[]; error?: string }) => {
        if (msg.ready) {
          feed();
          arm();
          return;
        }
        if (timer) clearTimeout(timer);
        if (msg.error) {
          reject(new Error(msg.error));
          return;
        }
        inFlight.splice(inFlight.indexOf(msg.id), 1);
        warm = true;
        onDone(msg.id, { results: msg.results ?? [], sources: msg.sources ?? [], texts: msg.texts ?? [], priorFatal: msg.priorFatal ?? [] });
        feed();
        arm();
      });
      w.on('error', (err) => {
        if (timer) clearTimeout(timer);
        reject(err);
      });
      // Fed once it has loaded the pipeline: a short run may be over before that, done here.
    });
  const inlineLane = async (): Promise<void> => {
    while (next < groups.length) {
      // Let the workers' messages in between documents: linting here never waits on I/O.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (next >= groups.length) break;
      const i = next++;
      onDone(i, await inline!(i));
    }
  };
  try {
    // Workers first, so that they boot while this thread lints.
    const lanes = Array.from({ length: inThisThread ? size - 1 : size }, lane);
    if (inThisThread) lanes.push(inlineLane());
    await Promise.all(lanes);
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
}
