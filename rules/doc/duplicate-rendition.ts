/**
 * @fileoverview doc/duplicate-rendition — one document given in two renditions (a workbook and its
 * Word or PDF print, or two narratives) is read once: the other rendition is named, never summed.
 * Document assembly (src/engine/documents.ts) decides which rendition is read; this rule reports
 * each one set aside, so the choice is never silent.
 */
import path from 'node:path';
import { createRule } from '../../src/engine/rule';

type M = 'tables' | 'narrative' | 'both';

export default createRule<M>({
  meta: {
    id: 'doc/duplicate-rendition',
    family: 'doc',
    description: { zh: '同一文档的另一种版本（同名的 Word / PDF，或第二份情况说明）只读一份，另一份不计入', en: 'A second rendition of one document (a Word or PDF print of the workbook, or a second narrative) is set aside, never summed' },
    defaultSeverity: 'warn',
    docs: {
      rationale: {
        zh: '同一份决算既有 Excel 又有 Word 版本时，两份表格如果都读进来会被当成同一文档的两套表，合计翻倍、处处报错；两份情况说明会把每句话核对两次。表格优先取工作簿，其次 Word，再次 PDF；情况说明优先取 .md/.txt，其次 Word，再次 PDF。要比较两个版本，请用 budget-lint diff。',
        en: 'When one budget is given as a workbook and as a Word file, reading both would count every table twice and report false errors; two narratives would check every sentence twice. Tables come from the workbook, else the Word file, else the PDF; the narrative from .md/.txt, else Word, else PDF. To compare two renditions, use budget-lint diff.',
      },
      examples: {
        invalid: { zh: 'budget-lint 001.xlsx 001.docx 001.md：001.docx 的表格与文字都未读取，提示一次', en: 'budget-lint 001.xlsx 001.docx 001.md: 001.docx is set aside (tables and text), reported once' },
        valid: { zh: 'budget-lint 001.xlsx 001.md：工作簿与它的情况说明', en: 'budget-lint 001.xlsx 001.md: a workbook and its narrative' },
      },
    },
    messages: {
      tables: { zh: '{{file}} 是本文档表格的另一种版本，未读取（表格取自 {{used}}）；比较两个版本请用 budget-lint diff', en: '{{file}} is another rendition of this document\'s tables and was not read (tables from {{used}}); use budget-lint diff to compare the two' },
      narrative: { zh: '{{file}} 是本文档情况说明的另一种版本，未读取（情况说明取自 {{used}}）', en: '{{file}} is another rendition of this document\'s narrative and was not read (narrative from {{used}})' },
      both: { zh: '{{file}} 是本文档的另一种版本，其表格与文字均未读取（取自 {{used}}）；比较两个版本请用 budget-lint diff', en: '{{file}} is another rendition of this document and was not read, neither its tables nor its text (read from {{used}}); use budget-lint diff to compare the two' },
    },
  },
  check(doc, ctx) {
    for (const s of doc.setAside ?? []) {
      ctx.report({ messageId: s.role, data: { file: path.basename(s.file), used: s.usedInstead.map((f) => path.basename(f)).join('、') }, at: { file: doc.id } });
    }
  },
});
