/** A small worker_threads pool for --jobs: each worker lints whole documents, in input order. */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Grid, LintResult } from '../types';
import type { DocumentGroup } from './documents';

export interface PoolOutcome {
  results: LintResult[];
  sources: [string, Grid[]][];
}

/** The compiled worker: from dist/ when running built code, or dist/ beside src/ under ts-jest. */
export function workerScript(): string {
  const here = path.join(__dirname, 'worker.js');
  if (fs.existsSync(here)) return here;
  const built = path.join(__dirname, '../../dist/src/engine/worker.js');
  if (fs.existsSync(built)) return built;
  throw new Error('worker.js not found: run `npm run build` first');
}

export async function runPool(groups: DocumentGroup[], jobs: number, workerData: unknown, onDone: (i: number, out: PoolOutcome) => void): Promise<void> {
  const script = workerScript();
  const size = Math.max(1, Math.min(jobs, groups.length));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: size }, () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(script, { workerData });
          workers.push(w);
          const feed = (): void => {
            if (next >= groups.length) {
              resolve();
              return;
            }
            const id = next++;
            w.postMessage({ id, group: groups[id] });
          };
          w.on('message', (msg: { id: number; results?: LintResult[]; sources?: [string, Grid[]][]; error?: string }) => {
            if (msg.error) {
              reject(new Error(msg.error));
              return;
            }
            onDone(msg.id, { results: msg.results ?? [], sources: msg.sources ?? [] });
            feed();
          });
          w.on('error', reject);
          w.on('online', feed);
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
