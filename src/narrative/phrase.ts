/**
 * The words in front of a number: who it is about (subject), what it is (决算 / 预算 / 上年),
 * and which construction it belongs to (比上年…增加, 占…的, 完成年初预算的, 执行率).
 */
import type { FigureRole } from './claim-types';

export interface PhraseInfo {
  subject: string;
  role?: FigureRole;
  direction?: 'up' | 'down';
  word?: string;
  /** A comparison to an earlier year appears in the phrase (比上年 / 较2023年决算 / 与上年相比). */
  comparator?: string;
  /** The phrase is "较2022年决算" right before the number: the number is the prior figure. */
  priorFigure?: boolean;
  share?: boolean;
  /** 占本年支出合计的 → '本年支出合计'. */
  whole?: string;
  completion?: boolean;
  /** 年初预算 / 全年预算 (调整后预算): which budget figure. */
  budgetKind?: 'initial' | 'full';
}

const YEAR = /(截至|截止)?\d{4}年(度|末|底)?(\d{1,2}月(\d{1,2}日)?)?(末|底)?/g;
/** 与上年相比 / 比上年 / 较2023年决算 / 同比(上年度), and the loose "与上年下降7.6%" (与 with no 相比 before a change word). */
export const COMPARATOR = /(?:与|同)(上年度?|上一年度?|去年|\d{4}年度?)(决算数?)?(同期)?相比|(?:比|较)(上年度?|上一年度?|去年|\d{4}年度?)(决算数?)?(同期)?|同比(上年度?|上一年度?|去年|\d{4}年度?)?(?:决算数?)?(?:同期)?|(?:与|同)(上年度?|上一年度?|去年|\d{4}年度?)(决算数?)?(?=增加|增长|减少|下降|上升|降低)/;
/** The year a COMPARATOR match compares with. */
export const comparedYear = (m: RegExpExecArray): string => (m[1] || m[4] || m[7] || m[8] || '上年').replace(/度$/, '');
const UP = /(增加|增长|上升|提高|增多)了?$/;
const DOWN = /(减少|下降|降低|减|节约|缩减)了?$/;
const FILLERS = /^(其中|另外|此外|同时|以及|和|及|与|主要为|主要是|全年|本年度|本年|当年|本部门[（(]单位[)）]|本部门|本单位|我单位|我办|我部门|使用财政拨款(负担的)?|主要是|主要用于|主要包括|包括|合计|共计|累计|共有|共|有)/;

export function analysePhrase(raw: string): PhraseInfo {
  let p = raw.replace(/\s+/g, '');
  const info: PhraseInfo = { subject: '' };
  const cmp = COMPARATOR.exec(p);
  if (cmp) {
    info.comparator = comparedYear(cmp);
    const rest = p.slice(cmp.index + cmp[0].length);
    if (/^(决算数?|预算数?)?[为是:：]?$/.test(rest) && !UP.test(rest) && !DOWN.test(rest)) info.priorFigure = true;
    p = p.slice(0, cmp.index) + rest;
  }
  p = p.replace(YEAR, '');
  const up = UP.exec(p);
  const down = DOWN.exec(p);
  if (up || down) {
    const m = (up ?? down)!;
    info.direction = up ? 'up' : 'down';
    info.word = m[1];
    p = p.slice(0, m.index).replace(/各$/, '');
  }
  const share = /占(.*?)(的)?(比例|比重)?(为)?$/.exec(p);
  if (/占比(为|是)?$/.test(p)) {
    info.share = true;
    p = p.replace(/占比(为|是)?$/, '');
  } else if (share && share.index >= 0) {
    info.share = true;
    info.whole = share[1].replace(/的$/, '');
    p = p.slice(0, share.index);
  }
  const done = /完成(了)?(年初|全年|年度|调整后)?预算(数)?的?$|(预算)?执行率(为|达到?|是)?$|执行进度(为)?$/.exec(p);
  if (done) {
    info.completion = true;
    if (done[2] === '年初') info.budgetKind = 'initial';
    else if (done[2]) info.budgetKind = 'full';
    p = p.replace(/完成(了)?(年初|全年|年度)?预算(数)?的?$|(预算)?执行率(为|达到?|是)?$|执行进度(为)?$/, '');
  }
  p = p.replace(/[为是达约]$/, '').replace(/(共计|合计)?安排(了)?$/, '');
  const roleWords: [RegExp, FigureRole][] = [
    [/(年初预算数?|全年预算数?|调整后预算数?|预算数|预算)$/, 'budget'],
    [/(支出决算数?|决算数?|实际完成|实际支出|完成|执行数?)$/, 'actual'],
  ];
  for (const [re, role] of roleWords) {
    const m = re.exec(p);
    if (m) {
      info.role = role;
      if (role === 'budget') {
        if (/^年初/.test(m[1])) info.budgetKind = 'initial';
        else if (/^(全年|调整后)/.test(m[1])) info.budgetKind = 'full';
      }
      // "支出决算" keeps 支出 out of the subject; "一般公共服务支出年初预算" keeps its 支出
      p = p.slice(0, m.index);
      if (m[1] === '实际支出' && !p.replace(FILLERS, '')) p = '支出';
      break;
    }
  }
  if (!info.role && /^年初.*预算/.test(p)) {
    info.role = 'budget';
    info.budgetKind = 'initial';
    p = p.replace(/^年初/, '');
  }
  for (let i = 0; i < 4; i++) p = p.replace(FILLERS, '').replace(/^[\d]+[、.．]/, '').replace(/^[（(]?[一二三四五六七八九十\d]+[)）、]/, '');
  p = p.replace(/[为是达约]$/, '').replace(/(共计|共)$/, '').replace(/^[，、；：,;:]+/, '');
  info.subject = p;
  if (info.priorFigure) info.role = 'prior';
  return info;
}

/** "收、支总计各…" / "收支总计" → both 收入总计 and 支出总计. */
export function expandSubjects(subject: string): string[] {
  const m = /^(.*?)收(?:入)?[、和及与]?支(?:出)?(总计|合计)$/.exec(subject);
  if (m) return [`${m[1]}收入${m[2]}`, `${m[1]}支出${m[2]}`];
  return [subject];
}
