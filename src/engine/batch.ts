/**
 * Many documents: cache lookups, then the misses linted in worker threads (--jobs) or in this
 * thread, with progress. Output order is the input order, whatever finishes first.
 */
import type { Grid, LintResult } from '../types';
import type { ApiOptions } from './options';
import { groupDocuments, DocumentGroup } from './documents';
import { buildPrior, fatalResult, keepsGrids, lintGroup, LintOptions, LintRun, NarrativeLine, sortResults } from './lint';
import { ReadError } from '../errors';
import { ResultCache } from './cache';
import type { PoolOutcome } from './pool';

const VERSION_KEY = 'budget-lint-cache-4'; // 4: narrative findings on a PDF carry `region` too (3: table findings; 2: `page`); results cached before lack it

/**
 * Fewer documents are done sooner in this thread alone: a worker's start-up and its cold first
 * document cost about what a dozen warm documents do (bench: 10 workbooks 0.67 s in one thread,
 * 0.72 s with a worker; 20 workbooks 1.22 s vs 1.10 s). --timeout always uses workers.
 */
export const MIN_DOCUMENTS_FOR_WORKERS = 12;

export async function lintBatch(files: string[], opts: LintOptions & { configKey: string }, api: ApiOptions): Promise<LintRun> {
  const grouping = groupDocuments(files, opts.narrative);
  const results: LintResult[] = [];
  const sources = new Map<string, Grid[]>();
  const texts = new Map<string, NarrativeLine[]>();
  const keepGrids = keepsGrids(api.wantSources);
  // A cached result has no grids: the cache serves only runs that do not keep them.
  const cache = api.cacheFile && !keepGrids ? new ResultCache(api.cacheFile, opts.configKey, VERSION_KEY) : null;
  const total = grouping.documents.length;
  let done = 0;
  const progress = (): void => api.onProgress?.(++done, total);

  const todo: { group: DocumentGroup; key: string | null }[] = [];
  for (const group of grouping.documents) {
    const key = cache ? cache.keyOf(group, opts.prior) : null;
    const hit = cache?.get(key);
    if (hit) {
      results.push(...hit);
      progress();
    } else todo.push({ group, key });
  }

  const jobs = Math.max(1, api.jobs ?? 1);
  const store = (i: number, out: { results: LintResult[]; sources: [string, Grid[]][] | Map<string, Grid[]>; texts?: [string, NarrativeLine[]][] | Map<string, NarrativeLine[]> }): void => {
    results.push(...out.results);
    cache?.set(todo[i].key, out.results);
    for (const [k, v] of out.sources) sources.set(k, keepGrids ? v : []);
    if (keepGrids) for (const [k, v] of out.texts ?? []) texts.set(k, v);
    progress();
  };
  const timeoutMs = Math.max(0, (api.timeoutSeconds ?? 0) * 1000);
  if ((jobs > 1 && todo.length >= MIN_DOCUMENTS_FOR_WORKERS) || timeoutMs > 0) {
    const { onProgress: _functionsDoNotCrossThreads, ...plain } = api;
    void _functionsDoNotCrossThreads;
    const workerData = { api: { ...plain, jobs: 1, cacheFile: undefined }, wantSources: keepGrids };
    const timedOut = (i: number): void => {
      for (const f of todo[i].group.tableFiles.length ? todo[i].group.tableFiles : todo[i].group.narrativeFiles) {
        results.push(fatalResult(f, new ReadError('fileTimeout', f, { seconds: api.timeoutSeconds ?? 0 }), opts.lang, opts.cwd));
      }
      progress();
    };
    const priorFatal = new Map<string, LintResult>();
    // worker_threads is loaded only when a pool runs.
    const { runPool } = require('./pool') as typeof import('./pool');
    // This thread is one of the lanes (unless documents must be stoppable by --timeout): it lints
    // while the workers start, and one isolate fewer compiles the pipeline.
    let inlinePrior: ReturnType<typeof buildPrior> | null = null;
    const inline = async (i: number): Promise<PoolOutcome> => {
      inlinePrior ??= buildPrior(opts.prior, opts);
      const { prior, fatal } = await inlinePrior;
      const out = await lintGroup(todo[i].group, opts, prior);
      return { results: out.results, sources: [...out.sources], texts: [...out.texts], priorFatal: fatal };
    };
    await runPool(todo.map((t) => t.group), jobs, workerData, (i, out) => {
      // Every lane builds --prior itself and returns its fatal results: report them once.
      for (const r of out.priorFatal) priorFatal.set(r.filePath, r);
      store(i, out);
    }, timeoutMs, timedOut, inline);
    results.push(...priorFatal.values());
  } else {
    const { prior, fatal } = await buildPrior(opts.prior, opts);
    results.push(...fatal);
    for (let i = 0; i < todo.length; i++) store(i, await lintGroup(todo[i].group, opts, prior));
  }
  cache?.save();
  return { results: sortResults(results, files), documents: [], sources, texts };
}
