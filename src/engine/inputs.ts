/**
 * Command-line paths → input files: files, directories (walked), and simple globs (* ? **).
 * Output order is deterministic (sorted), whatever the file system returns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../read';
import { UsageError } from '../errors';

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) && !entry.name.startsWith('~$')) out.push(full);
  }
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function expandInputs(patterns: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const p of patterns) {
    const abs = path.resolve(cwd, p);
    if (/[*?]/.test(p)) {
      const base = path.resolve(cwd, p.split(/[*?]/)[0].replace(/[^/]*$/, '') || '.');
      const all: string[] = [];
      if (fs.existsSync(base)) walk(base, all);
      const re = globToRegExp(abs.split(path.sep).join('/'));
      const matched = all.filter((f) => re.test(f.split(path.sep).join('/')));
      if (!matched.length) throw new UsageError('usage', { reason: `没有文件匹配 ${p}` });
      files.push(...matched);
    } else if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) {
      const found: string[] = [];
      walk(abs, found);
      if (!found.length) throw new UsageError('usage', { reason: `目录 ${p} 中没有可检查的文件（${SUPPORTED_EXTENSIONS.join(' ')}）` });
      files.push(...found);
    } else {
      files.push(abs); // missing files become a fatal result of their own
    }
  }
  return [...new Set(files)].sort();
}
