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
  /** The text, code or figures the reading rests on, as printed ("全年预算数", "2010101"). */
  detail?: string;
  /** Another reading that fits as well, shown to the user with 请复核. */
  alternative?: string;
}

const STRONG: ReadonlySet<Basis> = new Set<Basis>(['header', 'label', 'code', 'title', 'arithmetic']);

export function strengthOf(basis: Basis): Strength {
  return STRONG.has(basis) ? 'strong' : 'weak';
}

/** A reading; its strength is derived from its basis. */
export function reading(aspect: Aspect, as: string, basis: Basis, detail?: string, alternative?: string): Reading {
  return {
    aspect,
    as,
    basis,
    strength: strengthOf(basis),
    ...(detail !== undefined && detail !== '' ? { detail } : {}),
    ...(alternative !== undefined && alternative !== '' ? { alternative } : {}),
  };
}

export function isWeak(r: Reading): boolean {
  return r.strength === 'weak';
}

/** Readings deduplicated by what they say, weak ones first (those are what a user must check). */
export function distinctReadings(readings: Iterable<Reading>): Reading[] {
  const seen = new Map<string, Reading>();
  for (const r of readings) {
    const key = `${r.aspect}\u0000${r.as}\u0000${r.basis}\u0000${r.detail ?? ''}`;
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

/** "列「分值」按位置推断（另一读法：偏差度）" — one reading for a message. */
export function describeReading(r: Reading, lang: 'zh' | 'en'): string {
  const basis = BASIS_TEXT[r.basis][lang];
  const aspect = ASPECT_TEXT[r.aspect][lang];
  const detail = r.detail ? (lang === 'zh' ? `“${r.detail}”` : ` "${r.detail}"`) : '';
  if (lang === 'zh') {
    const alt = r.alternative ? `，另一读法：${r.alternative}` : '';
    return `${aspect}「${r.as}」依据${basis}${detail}${alt}`;
  }
  const alt = r.alternative ? `; could also be ${r.alternative}` : '';
  return `${aspect} "${r.as}" read from ${basis}${detail}${alt}`;
}
