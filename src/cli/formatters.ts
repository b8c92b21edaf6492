/** Formatter lookup through the registry in src/report/index.ts (each loads only when asked for). */
import type { Formatter } from '../report/types';
import { formatters } from '../report';
import { UsageError } from '../errors';

/** The registry's names, stylish first (the default). */
export const FORMAT_NAMES = ['stylish', ...Object.keys(formatters).filter((n) => n !== 'stylish')];

export function getFormatter(name: string): Formatter {
  const loader = Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : undefined;
  if (!loader) throw new UsageError('usage', { reason: `未知的输出格式 ${name}；可用：${FORMAT_NAMES.join(', ')}` });
  return loader();
}
