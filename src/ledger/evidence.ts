/**
 * Readings and their evidence (DESIGN §3 "Readings and evidence").
 *
 * Every reading the linter makes — which table a grid is, which column means 分值, which row is
 * 合计, which unit a table is in, which table figure a narrative phrase speaks of — records how it
 * was established. The strength follows from the basis alone, so no recognizer can call a guess
 * strong:
 *   strong: header / label text, a subject code, the table's title, or arithmetic of the same
 *           table corroborated on *other* rows (leave-one-out);
 *   weak:   position or order alone, or a default taken because nothing was printed.
 * That a reading makes a check pass is never evidence and has no basis here.
 *
 * The engine (src/engine/gate.ts) reads these: a finding is an error only when every reading
 * behind the figures it uses is strong.
 */
export type Basis = 'header' | 'label' | 'code' | 'title' | 'arithmetic' | 'position' | 'order' | 'default';

export type Strength = 'strong' | 'weak';

/** What a reading is about. */
export type Aspect = 'table' | 'column' | 'row' | 'unit' | 'binding' | 'placement';

export interface Reading {
  aspect: Aspect;
  /** What it was read as, for people: "分值", "合计", "万元", "公开03 · 合计 项目支出". */
  as: string;
  basis: Basis;
  strength: Strength;
  /**
   * The text, code or figures the reading rests on, as printed in the document ("全年预算数",
   * "2010101", "G4 1.00"). Never the linter's own words: those go in `note`.
   */
  detail?: string;
  /** The linter's own explanation of the reading, in both languages (shown in the run's language). */
  note?: Bilingual;
  /**
   * Another reading that fits as well, shown to the user with 请复核: printed text (a string, quoted
   * as it stands) or the linter's own wording in both languages.
   */
  alternative?: string | Bilingual;
}

/** The linter's own wording, in both of its languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** What a reading may say besides what it rests on. */
export interface ReadingMore {
  note?: Bilingual;
  alternative?: string | Bilingual;
}

export function isBilingual(v: unknown): v is Bilingual {
  return typeof v === 'object' && v !== null && typeof (v as Bilingual).zh === 'string' && typeof (v as Bilingual).en === 'string';
}

const STRONG: ReadonlySet<Basis> = new Set<Basis>(['header', 'label', 'code', 'title', 'arithmetic']);

export function strengthOf(basis: Basis): Strength {
  return STRONG.has(basis) ? 'strong' : 'weak';
}

/**
 * A reading; its strength is derived from its basis. `detail` is printed text; the fifth argument is
 * either a printed alternative (a string) or `{ note, alternative }` in the linter's own words.
 */
export function reading(aspect: Aspect, as: string, basis: Basis, detail?: string, more?: string | ReadingMore): Reading {
  const { note, alternative } = typeof more === 'string' ? { note: undefined, alternative: more } : (more ?? {});
  return {
    aspect,
    as,
    basis,
    strength: strengthOf(basis),
    ...(detail !== undefined && detail !== '' ? { detail } : {}),
    ...(note !== undefined && note.zh !== '' ? { note } : {}),
    ...(alternative !== undefined && alternative !== '' && !(isBilingual(alternative) && alternative.zh === '') ? { alternative } : {}),
  };
}

/** Both languages of a bilingual text, or printed text as it stands. */
function inLang(v: string | Bilingual, lang: 'zh' | 'en'): string {
  return typeof v === 'string' ? v : v[lang];
}

export function isWeak(r: Reading): boolean {
  return r.strength === 'weak';
}

/** Readings deduplicated by what they say, weak ones first (those are what a user must check). */
export function distinctReadings(readings: Iterable<Reading>): Reading[] {
  const seen = new Map<string, Reading>();
  for (const r of readings) {
    const alt = r.alternative === undefined ? '' : typeof r.alternative === 'string' ? r.alternative : r.alternative.zh;
    const key = `${r.aspect}\u0000${r.as}\u0000${r.basis}\u0000${r.detail ?? ''}\u0000${r.note?.zh ?? ''}\u0000${alt}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()].sort((a, b) => Number(isWeak(b)) - Number(isWeak(a)));
}

const BASIS_TEXT: Record<Basis, { zh: string; en: string }> = {
  header: { zh: '表头文字', en: 'header text' },
  label: { zh: '行标签文字', en: 'label text' },
  code: { zh: '科目编码', en: 'subject code' },
  title: { zh: '表名', en: 'table title' },
  arithmetic: { zh: '同表其他行的勾稽关系', en: 'arithmetic on other rows' },
  position: { zh: '位置', en: 'position' },
  order: { zh: '数字顺序', en: 'order of figures' },
  default: { zh: '默认值（未印明）', en: 'a default (not printed)' },
};

const ASPECT_TEXT: Record<Aspect, { zh: string; en: string }> = {
  table: { zh: '表', en: 'table' },
  column: { zh: '列', en: 'column' },
  row: { zh: '行', en: 'row' },
  unit: { zh: '单位', en: 'unit' },
  binding: { zh: '对应', en: 'binding' },
  placement: { zh: '数字位置', en: 'placement' },
};

/**
 * "列「分值」依据数字顺序“20.00”（行末两个数字之一），另一读法：得分" — one reading for a message.
 * What was read and what was printed are quoted; the linter's note and a bilingual alternative are
 * in the run's language, a printed alternative is quoted.
 */
export function describeReading(r: Reading, lang: 'zh' | 'en'): string {
  const basis = BASIS_TEXT[r.basis][lang];
  const aspect = ASPECT_TEXT[r.aspect][lang];
  const detail = r.detail ? `“${r.detail}”` : '';
  const alternative = r.alternative === undefined ? '' : typeof r.alternative === 'string' ? `“${r.alternative}”` : inLang(r.alternative, lang);
  if (lang === 'zh') {
    const note = r.note ? `（${r.note.zh}）` : '';
    const alt = alternative ? `，另一读法：${alternative}` : '';
    return `${aspect}「${r.as}」依据${basis}${detail}${note}${alt}`;
  }
  const note = r.note ? ` (${r.note.en})` : '';
  const alt = alternative ? `; could also be ${alternative}` : '';
  return `${aspect} “${r.as}” read from ${basis}${detail ? ` ${detail}` : ''}${note}${alt}`;
}
