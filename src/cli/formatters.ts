/**
 * Formatter lookup: a built-in name through the registry in src/report/index.ts (each loads only
 * when asked for), or a path to a module (`-f ./my-formatter.js`) exporting a formatter function
 * (results, context) → string, as module.exports or default.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../types';
import type { Formatter } from '../report/types';
import { formatters } from '../report';
import { UsageError } from '../errors';
import { didYouMean } from '../config/suggest';

/** The registry's names, stylish first (the default). */
export const FORMAT_NAMES = ['stylish', ...Object.keys(formatters).filter((n) => n !== 'stylish')];

const looksLikePath = (name: string): boolean => /[\\/]/.test(name) || /\.[cm]?js$/.test(name);

export function getFormatter(name: string, cwd: string = process.cwd(), lang: Lang = 'zh'): Formatter {
  if (Object.prototype.hasOwnProperty.call(formatters, name)) return formatters[name]();
  if (looksLikePath(name)) {
    const file = path.resolve(cwd, name);
    if (!fs.existsSync(file)) throw new UsageError('usage', { reason: lang === 'en' ? `formatter module ${name} not found` : `找不到格式化模块 ${name}` });
    let mod: unknown;
    try {
      mod = require(file);
    } catch (err) {
      throw new UsageError('usage', { reason: `${lang === 'en' ? 'cannot load formatter' : '无法加载格式化模块'} ${name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` });
    }
    const fn = typeof mod === 'function' ? mod : (mod as { default?: unknown })?.default;
    if (typeof fn !== 'function') throw new UsageError('usage', { reason: lang === 'en' ? `formatter module ${name} exports no function (results, context) => string` : `格式化模块 ${name} 没有导出函数 (results, context) => string` });
    return fn as Formatter;
  }
  const hint = didYouMean(name, FORMAT_NAMES, lang);
  throw new UsageError('usage', { reason: lang === 'en' ? `unknown format ${name}${hint}; available: ${FORMAT_NAMES.join(', ')}, or a formatter module's path` : `未知的输出格式 ${name}${hint}；可用：${FORMAT_NAMES.join(', ')}，或格式化模块的路径` });
}
