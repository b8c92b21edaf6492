import markdown, { mdEscape } from '../../src/report/markdown';
import { ALL, clean, ctx, errorAndTail, hostile, messageCount } from './fixtures';

describe('markdown formatter', () => {
  it.each(ALL)('%s: summary and one table row per message', (_n, rs) => {
    const out = markdown(rs, ctx()) as string;
    expect(out).toContain('共检查');
    const rows = out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 位置'));
    expect(rows).toHaveLength(messageCount(rs));
  });

  it('clean file says so', () => {
    expect(markdown(clean, ctx()) as string).toContain('本文件未发现问题');
  });

  it('error row has location, 实际, 应为, rule', () => {
    const out = markdown(errorAndTail, ctx()) as string;
    expect(out).toContain('| 收入决算表 公开02表!C10 | ❌ 错误 |');
    expect(out).toContain('| 12.00 | 13.00 | `sum/subject-hierarchy` |');
    expect(out).toContain('尾差');
  });

  it('hostile text cannot form HTML, links or mentions', () => {
    const out = markdown(hostile, ctx()) as string;
    expect(out).not.toMatch(/<img|<script/);
    expect(out).not.toMatch(/(^|[^\\])\|" \/C/);
    expect(mdEscape('[x](http://e) @boss <b>|')).toBe('\\[x\\](http://e) &#64;boss &lt;b&gt;\\|');
  });
});
