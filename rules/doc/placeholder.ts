/**
 * @fileoverview doc/placeholder — text of the template left in the document: XX / ×× placeholders,
 * 待填写 / 请填写, the template's alternative wording (下降（增长）, 增加（减少）, 大于（小于）) and its
 * drafting instructions ((如持平作持平表述), (不涉及的不列), "…仍保留该表格式，并在本表下方作下述说明："),
 * and a self-evaluation cell still holding its template's guidance ("说明…(100字以内)").
 */
import { createRule } from '../../src/engine/rule';
import { evaluationTextLines, printedLines } from './util/lines';

type M = 'placeholder' | 'alternative' | 'instruction';

const PLACEHOLDER = /(?<![A-Za-z])(?:[XＸ]{2,}|[×＊]{2,})(?![A-Za-z])|(?<![A-Za-z])[XＸ×](?=局|委|办|区|县|市|单位|部门|中心)|待填写|请填写|待补充|（\s*填写\s*）/g;

const DIRECTION = '增加|减少|增长|下降|上升|降低|大于|小于|高于|低于|持平';
const ALTERNATIVE = new RegExp(`(${DIRECTION})[（(](${DIRECTION})[)）]([\\d.,]+%?)?`, 'g');

const INSTRUCTION = [
  /[（(](?:如持平作持平表述|不涉及的不列|不涉及的?不填|以下为示例|根据实际情况填写)[^）)]{0,10}[)）]/g,
  /无[^，。]{2,40}的，仍保留该表格式，并在本表下方作下述说明[：:]?/g,
];

/**
 * A self-evaluation cell that still holds its template's guidance instead of an answer: the whole
 * text tells what to write and how long ("对照年度目标，说明相关任务目标的完成情况(100字以内)",
 * "结合自评情况，分析存在的问题及原因。(200字以内)"). A note that stays printed in filled tables (the
 * 原因 column's "1.预算执行率=…需说明原因(100字以内)") opens with no such verb and is not one.
 */
const UNFILLED_CELL = /^(?:对照|结合|针对|根据|简要)[^（(]{0,80}?(?:说明|分析|提出|描述|概述|填写)[^（(]{0,80}?[（(]\d+字以内[)）]$/;

/** Words that say which way a figure moved, and the alternatives that agree with them. */
const UP = /增加|增长|上升|大于|高于/;
const DOWN = /减少|下降|降低|小于|低于/;

/** The alternative the same clause's own direction word (outside the parentheses) picks, if any. */
function chosen(clause: string, a: string, b: string): string | undefined {
  const plain = clause.replace(ALTERNATIVE, '');
  const up = UP.test(plain);
  const down = DOWN.test(plain);
  if (up === down) return undefined;
  const want = up ? UP : DOWN;
  return want.test(a) ? a : want.test(b) ? b : undefined;
}

function clauseAround(text: string, index: number): string {
  // The sentence so far: "比2023年度减少0.15万元，下降（增长）27.78%" says 减少 in the clause before.
  const start = Math.max(text.lastIndexOf('。', index), text.lastIndexOf('；', index)) + 1;
  return text.slice(start, index);
}

export default createRule<M>({
  meta: {
    id: 'doc/placeholder',
    family: 'doc',
    description: { zh: '文中留有模板占位符、备选措辞或填写说明', en: 'Template placeholders, alternative wording or drafting instructions left in the document' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '公开文本由模板填写而成。留下的 XX、××、“待填写”，未选定的“下降（增长）”，以及模板自身的填写说明（如“无…的，仍保留该表格式，并在本表下方作下述说明：”）说明文本未填完或未校对。自评表中仍是模板填写说明的栏目（“对照年度目标，说明…(100字以内)”）同样报告。',
        en: 'Disclosures are filled in from a template; an XX, a 待填写, an unchosen 下降（增长） or the template\'s own instruction line shows the text was not finished or not proofread. A self-evaluation cell still holding its template\'s guidance (“对照年度目标，说明…(100字以内)”) is reported too.',
      },
      examples: {
        invalid: { zh: '“三公”经费支出决算数比2023年度减少0.15万元，下降（增长）27.78%', en: 'the 三公 spending fell by 0.15, "下降（增长）" 27.78 %' },
        valid: { zh: '“三公”经费支出决算数比2023年度减少0.15万元，下降27.78%', en: 'the same sentence with 下降 chosen' },
      },
    },
    messages: {
      placeholder: { zh: '文中留有占位符“{{text}}”，应填写实际内容', en: 'placeholder "{{text}}" left in the text' },
      alternative: { zh: '模板备选措辞“{{text}}”未选定，应为“{{expected}}”', en: 'template alternative "{{text}}" not resolved; should read "{{expected}}"' },
      instruction: { zh: '模板填写说明“{{text}}”未删除', en: 'template instruction "{{text}}" left in the document' },
    },
  },
  check(doc, ctx) {
    for (const { text, at, source } of evaluationTextLines(doc)) {
      if (UNFILLED_CELL.test(text.replace(/\s+/g, ''))) ctx.report({ messageId: 'instruction', data: { text }, at, source, actual: text, expected: '' });
    }
    for (const line of printedLines(doc)) {
      const { text, source } = line;
      const at = (m: RegExpMatchArray) => line.refAt?.(m.index ?? 0) ?? line.at;
      // One finding per instruction or alternative and line, at its first occurrence: a template
      // paragraph repeating "减少（增加）" is one unfinished paragraph.
      const said = new Set<string>();
      const once = (key: string): boolean => !said.has(key) && !!said.add(key);
      for (const re of INSTRUCTION) {
        for (const m of text.matchAll(re)) if (once(`i${m[0]}`)) ctx.report({ messageId: 'instruction', data: { text: m[0] }, at: at(m), source, actual: m[0], expected: '' });
      }
      for (const m of text.matchAll(ALTERNATIVE)) {
        const pick = chosen(clauseAround(text, m.index ?? 0), m[1], m[2]);
        const figure = m[3] ?? '';
        const expected = pick ? `${pick}${figure}` : `${m[1]}${figure} / ${m[2]}${figure}`;
        if (once(`a${m[0]}\u0000${expected}`)) ctx.report({ messageId: 'alternative', data: { text: m[0], expected }, at: at(m), source, actual: m[0], expected });
      }
      const seen = new Set<string>();
      for (const m of text.matchAll(PLACEHOLDER)) {
        // One finding per placeholder text and line: "XXX万元 … XX%" in one sentence is one unfinished line.
        // A heading or title as a whole; in a sentence, the words around the placeholder.
        const around = line.titleLike ? text : text.slice(Math.max(0, (m.index ?? 0) - 8), (m.index ?? 0) + m[0].length + 4);
        if (seen.has(m[0])) continue;
        seen.add(m[0]);
        ctx.report({ messageId: 'placeholder', data: { text: around }, at: at(m), source, actual: around, expected: '' });
      }
    }
  },
});
