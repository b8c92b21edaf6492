/**
 * --cache: results per document keyed by the content hash of its inputs and the configuration in
 * force (like ESLint's .eslintcache). A changed file, rule setting, language or version misses.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { LintResult } from '../types';
import type { DocumentGroup } from './documents';
import { writeAtomicFile } from './atomic';

interface CacheFile {
  version: string;
  entries: Record<string, LintResult[]>;
}

export class ResultCache {
  private data: CacheFile;
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly configKey: string,
    version: string,
  ) {
    let loaded: CacheFile | null = null;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (parsed && parsed.version === version && parsed.entries && typeof parsed.entries === 'object') loaded = parsed;
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
    this.data = loaded ?? { version, entries: Object.create(null) };
    if (!loaded) this.dirty = true;
  }

  keyOf(group: DocumentGroup, priorFiles: string[] = []): string | null {
    const h = crypto.createHash('sha256').update(this.configKey);
    for (const f of [...group.tableFiles, ...group.narrativeFiles, ...priorFiles]) {
      try {
        h.update(f).update('\0').update(fs.readFileSync(f));
      } catch {
        return null; // unreadable: never cached, the lint reports it
      }
    }
    return h.digest('hex');
  }

  get(key: string | null): LintResult[] | undefined {
    if (!key || !Object.prototype.hasOwnProperty.call(this.data.entries, key)) return undefined;
    return this.data.entries[key];
  }

  set(key: string | null, results: LintResult[]): void {
    if (!key || results.some((r) => r.fatalErrorCount > 0)) return;
    this.data.entries[key] = results;
    this.dirty = true;
  }

  save(): void {
    if (this.dirty) writeAtomicFile(this.file, JSON.stringify(this.data));
  }
}
