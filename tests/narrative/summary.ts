/** Compact one-line rendering of claims, for table-driven parser tests. */
import type { Claim, StatedAmount } from '../../src/narrative/claim-types';

const fig = (a?: StatedAmount): string => (a ? `${a.stated.raw}${a.fromTable ? '[表]' : ''}` : '-');

export function summary(c: Claim): string {
  switch (c.type) {
    case 'amount':
      return `amount ${c.subject} ${c.amount.role === 'actual' ? '' : c.amount.role + ' '}${fig(c.amount)}${c.amount.binding ? ` → ${c.amount.binding.label}` : ''}`;
    case 'change':
      return `change ${c.subject} ${c.direction} current ${fig(c.current)} delta ${fig(c.delta)} ${c.percent ? c.percent.raw : '-'}${c.prior ? ` prior ${fig(c.prior)}` : ''}`;
    case 'share':
      return `share ${c.subject} ${fig(c.part)} / ${c.whole ?? '?'} ${fig(c.wholeAmount)} = ${c.percent.raw}`;
    case 'completion':
      return `completion ${c.subject} ${fig(c.actual)} / ${fig(c.budget)} = ${c.percent.raw}`;
    case 'list':
      return `list ${c.marker}${c.exhaustive ? ' exhaustive' : ''} ${c.subject} ${fig(c.total)} = ${c.items.map((i) => `${i.subject} ${fig(i.amount)}`).join(' + ')}`;
    case 'count':
      return `count ${c.what}${c.grade ? ` ${c.grade}` : ''} ${c.subject} ${c.count.raw}${c.listed !== undefined ? ` listed ${c.listed}` : ''}${c.binding ? ` → ${c.binding.label}` : ''}`;
    case 'project-count':
      return `project-count ${c.activity} ${c.count.raw}${c.foreign ? ` foreign:${c.foreign.words}` : ''}${c.selection ? ` selection:${c.selection}` : ''}${c.all ? ` all:${c.all}` : ''}${c.amount ? ` amount ${c.amount.amount.stated.raw} Σ${c.amount.of}` : ''}${c.average ? ` average ${c.average.raw}` : ''}`;
    case 'grade-tally':
      return `grade-tally ${c.grade} ${c.count.raw}${c.of ? ` of ${c.of.count.raw}` : ''}${c.foreign ? ` foreign:${c.foreign.words}` : ''}`;
    case 'grade-share':
      return `grade-share ${c.grades.join('')} ${c.percent.raw} of ${c.of.count.raw}${c.tally ? ` tally ${c.tally.count.raw}` : ''}`;
    case 'project-coverage':
      return `project-coverage ${c.activity} ${c.words}${c.reading.strength === 'weak' ? ' weak' : ''}`;
    case 'project-figure':
      return `project-figure ${c.project.name} ${c.field} ${c.amount?.stated.raw ?? c.value?.raw ?? c.grade?.text ?? '-'}`;
  }
}
