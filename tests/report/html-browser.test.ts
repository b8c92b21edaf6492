/**
 * The HTML report in a real browser (Debian's headless chromium): the hostile fixture executes
 * nothing, the report's own script runs. Skipped when /usr/bin/chromium is not installed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import html from '../../src/report/html';
import { ctx, errorAndTail, hostile } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const browser = require('../../scripts/html-screenshot.js') as {
  available(): boolean;
  checkDom(p: string): { ok: boolean; problems: string[]; dom: string };
  screenshot(p: string, png: string, hash?: string): boolean;
};

const maybe = browser.available() ? describe : describe.skip;

maybe('html report in headless chromium', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-html-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hostile document: nothing executed, text rendered as text', () => {
    const file = path.join(dir, 'hostile.html');
    fs.writeFileSync(file, html([...errorAndTail, ...hostile], ctx()) as string);
    const { ok, problems, dom } = browser.checkDom(file);
    expect(problems).toEqual([]);
    expect(ok).toBe(true);
    expect(dom).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(browser.screenshot(file, path.join(dir, 'hostile.png'), 'f0')).toBe(true);
  });
});
