/**
 * Worker thread for --jobs: prepares rules from the same options as the main thread, then lints
 * the document groups it is sent. Results are plain data (JSON-safe), so they cross threads as is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LintDocument, LintResult } from '../types';
import type { DocumentGroup } from './documents';
import { buildPrior, lintGroup, LintOptions } from './lint';

interface Request {
  id: number;
  group: DocumentGroup;
}

async function start(): Promise<void> {
  const { prepareOptions } = require('../index') as typeof import('../index');
  const opts: LintOptions = prepareOptions(workerData.api);
  const wantSources: boolean = workerData.wantSources;
  let priorPromise: Promise<{ prior?: LintDocument; fatal: LintResult[] }> | null = null;
  parentPort!.on('message', async (req: Request) => {
    try {
      priorPromise ??= buildPrior(opts.prior, opts);
      const { prior, fatal } = await priorPromise;
      const outcome = await lintGroup(req.group, opts, prior);
      parentPort!.postMessage({ id: req.id, results: outcome.results, sources: [...outcome.sources].map(([file, grids]) => [file, wantSources ? grids : []]), texts: wantSources ? [...outcome.texts] : [], priorFatal: fatal });
    } catch (err) {
      parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
    }
  });
  // Loaded and configured: until now the main thread kept the documents to itself.
  parentPort!.postMessage({ ready: true });
}

void start();
