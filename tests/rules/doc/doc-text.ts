/** Narrative paragraphs for the doc/* rule tests, with heading levels as the readers assign them. */
import type { Paragraph } from '../../../src/types';
import { headingLevel } from '../../../src/read/text';

export function lines(texts: string[], file = 'sh.md'): Paragraph[] {
  return texts.map((text, i) => {
    const heading = headingLevel(text);
    return { text, ref: { file, line: i + 1, column: 1 }, ...(heading ? { heading } : {}) };
  });
}

/** The front of a 上海 2024 决算 (cover, 目录, part headings), for a body name. */
export function front(body: string, year = '2024'): string[] {
  return [
    body,
    `${year}年度部门决算`,
    '目录',
    `第一部分${body}概况`,
    '一、主要职能',
    `第二部分${body}${year}年度部门决算表`,
    '一、收入支出决算总表',
    '二、收入决算表',
    `第三部分${body}${year}年度部门决算情况说明`,
    '第四部分名词解释',
    `第一部分${body}概况`,
  ];
}
