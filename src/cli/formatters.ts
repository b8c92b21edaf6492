/** Formatter lookup: stylish and json are built in; the others load only when asked for. */
import type { Formatter } from '../report/types';
import { UsageError } from '../errors';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'html', 'csv', 'markdown'];

export function getFormatter(name: string): Formatter {
  switch (name) {
    case 'stylish':
      return require('../report/stylish').default;
    case 'json':
      return require('../report/json').default;
    default: {
      if (!FORMAT_NAMES.includes(name)) throw new UsageError('usage', { reason: `未知的输出格式 ${name}；可用：${FORMAT_NAMES.join(', ')}` });
      const mod = require(`../report/${name}`);
      return (mod.default ?? mod) as Formatter;
    }
  }
}
