/** Shared by the planted-narrative fixture tests: a narrative's findings linted with its workbook, and what a case adds. */
import * as path from 'path';
import { lintRun } from '../../../src/index';

export interface Finding {
  ruleId: string;
  severity: number;
  line: number;
}

/** The findings on the narrative `md` when linted with `workbook`. */
export async function narrativeFindings(workbook: string, md: string): Promise<Finding[]> {
  const run = await lintRun([workbook], { config: {}, narrative: md });
  return run.results
    .filter((r) => r.filePath.endsWith(path.basename(md)))
    .flatMap((r) => r.messages)
    .map((m) => ({ ruleId: m.ruleId ?? '', severity: m.severity, line: m.line ?? 0 }));
}

export const key = (f: Finding): string => `${f.ruleId} ${f.severity} L${f.line}`;

/** The findings of `found` beyond those of `correct` (as a multiset), and those of `correct` that went away. */
export function difference(found: Finding[], correct: Finding[]): { added: string[]; gone: string[] } {
  const gone = correct.map(key);
  const added = found.map(key).filter((k) => {
    const i = gone.indexOf(k);
    if (i < 0) return true;
    gone.splice(i, 1);
    return false;
  });
  return { added: added.sort(), gone };
}
