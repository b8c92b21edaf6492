/** A small worker_threads pool for --jobs: each worker lints whole documents, in input order. */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Grid, LintResult } from '../types';
import type { DocumentGroup } from './documents';

export interface PoolOutcome {
  results: LintResult[];
  sources: [string, Grid[]][];
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
 * Lints the groups on `jobs` worker threads. A document that takes longer than `timeoutMs` has its
 * worker terminated and `onTimeout(i)` called; a fresh worker takes over the remaining queue.
 */
export async function runPool(groups: DocumentGroup[], jobs: number, workerData: unknown, onDone: (i: number, out: PoolOutcome) => void, timeoutMs = 0, onTimeout: (i: number) => void = () => undefined): Promise<void> {
  const script = workerScript();
  const size = Math.max(1, Math.min(jobs, groups.length));
  let next = 0;
  const live = new Set<Worker>();
  const lane = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(script, { workerData });
      live.add(w);
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      const feed = (): void => {
        if (next >= groups.length) {
          resolve();
          return;
        }
        current = next++;
        if (timeoutMs > 0) {
          timer = setTimeout(() => {
            onTimeout(current);
            live.delete(w);
            void w.terminate();
            lane().then(resolve, reject);
          }, timeoutMs);
        }
        w.postMessage({ id: current, group: groups[current] });
      };
      w.on('message', (msg: { id: number; results?: LintResult[]; sources?: [string, Grid[]][]; priorFatal?: LintResult[]; error?: string }) => {
        if (timer) clearTimeout(timer);
        if (msg.error) {
          reject(new Error(msg.error));
          return;
        }
        onDone(msg.id, { results: msg.results ?? [], sources: msg.sources ?? [], priorFatal: msg.priorFatal ?? [] });
        feed();
      });
      w.on('error', (err) => {
        if (timer) clearTimeout(timer);
        reject(err);
      });
      w.on('online', feed);
    });
  try {
    await Promise.all(Array.from({ length: size }, lane));
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
}
