/**
 * Property-based fuzz targets shared by the jest suites (tests/fuzz, on src/ through ts-jest, a few
 * hundred runs each) and `npm run fuzz` (scripts/fuzz.js, on the built dist/, ≥ 10,000 runs each).
 * Each target is { name, property(lib, fc) } where `lib` holds the modules under test, so the same
 * properties run against either tree. Plain CommonJS so that both can load it.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// ------------------------------------------------------------------------------------------------
// Generators

const CJK = '收入支出决算总表合计基本项目经费财政拨款一般公共预算政府性基金年初结转和结余本年增加减少增长下降持平万元说明情况部门单位人员公用商品服务';
const cjkChar = (fc) => fc.constantFrom(...CJK);
const asciiChar = (fc) => fc.constantFrom(...'abcXYZ0123456789.-%()_,"\'/:;#');
/** Text without leading/trailing blanks or line breaks (readers trim those by design). */
const cellText = (fc) =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: cjkChar(fc) }, asciiChar(fc), fc.constant(' ')), { minLength: 1, maxLength: 12 })
    .map((cs) => cs.join('').trim())
    .filter((s) => s.length > 0);

/** A printed amount as a string with d decimals (what a 决算 cell shows), and its exact value. */
const printed = (fc) =>
  fc.record({ units: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), d: fc.integer({ min: 0, max: 4 }) }).map(({ units, d }) => {
    const neg = units < 0n;
    const abs = (neg ? -units : units).toString().padStart(d + 1, '0');
    const text = d === 0 ? abs : `${abs.slice(0, abs.length - d)}.${abs.slice(abs.length - d)}`;
    return { text: (neg ? '-' : '') + text, d };
  });

const ref = { file: 'fuzz.xlsx', sheet: 'S', cell: 'A1' };
const cellOfText = (lib, text) => lib.cells.cellOf(text, ref);

// ------------------------------------------------------------------------------------------------
// Targets

const targets = [
  {
    name: 'decimal: parseNumber never throws; printed amounts parse back exactly',
    property: (lib, fc) =>
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), printed(fc).map((p) => p.text), cellText(fc)), (s) => {
        const p = lib.decimal.parseNumber(s);
        if (p !== null && !(p.value && typeof p.decimals === 'number')) throw new Error('malformed ParsedNumber');
        lib.decimal.isPlaceholder(s);
        return true;
      }),
  },
  {
    name: 'decimal: grouped, full-width, bracketed and percent forms keep value and decimals',
    property: (lib, fc) =>
      fc.property(printed(fc), fc.boolean(), fc.boolean(), ({ text, d }, percent, paren) => {
        const p = lib.decimal.parseNumber(text);
        const D = lib.decimal.D;
        if (!p || !p.value.eq(new D(text)) || p.decimals !== d || p.percent) return false;
        // 1,234,567.89 style grouping
        const neg = text.startsWith('-');
        const [int, frac] = text.replace('-', '').split('.');
        const grouped = (neg ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
        const g = lib.decimal.parseNumber(grouped + (percent ? '%' : ''));
        if (!g || !g.value.eq(new D(text)) || g.decimals !== d || g.percent !== percent) return false;
        if (paren && !neg) {
          const b = lib.decimal.parseNumber(`(${text})`);
          if (!b || !b.value.eq(new D(text).neg())) return false;
        }
        const wide = text.replace(/[0-9.\-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
        const w = lib.decimal.parseNumber(wide);
        return !!w && w.value.eq(new D(text)) && w.decimals === d;
      }),
  },
  {
    name: 'intervals: the sum of printed figures lies in the sum of their intervals; exact sums are equal, rounded ones never errors',
    property: (lib, fc) =>
      fc.property(fc.array(printed(fc), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (parts, shownD) => {
        const { D } = lib.decimal;
        const cells = parts.map((p) => cellOfText(lib, p.text));
        const exactSum = parts.reduce((s, p) => s.plus(new D(p.text)), new D(0));
        const iv = lib.interval.sum(cells.map((c) => lib.interval.ofPrinted(c.value, c.decimals)));
        if (!lib.interval.contains(iv, exactSum)) return false;
        const maxD = Math.max(...parts.map((p) => p.d));
        // The total printed exactly: equal.
        const exactTotal = cellOfText(lib, lib.decimal.fmt(exactSum, maxD));
        if (lib.check.checkSum(exactTotal, cells).kind !== 'equal') return false;
        // The total rounded half-up to fewer places: within rounding, so equal or a tail — never an error.
        const rounded = cellOfText(lib, lib.decimal.fmt(exactSum, Math.min(shownD, maxD)));
        const v = lib.check.checkSum(rounded, cells);
        if (v.kind === 'error') return false;
        // Subtraction is the mirror image: total − parts = 0.
        return lib.check.checkSum(cellOfText(lib, '0'), [exactTotal, ...cells.map((c) => ({ cell: c, sign: -1 }))]).kind === 'equal';
      }),
  },
  {
    name: 'intervals: ratio intervals hold the true ratio; rounded ratios are never errors, truncated ones are tails',
    property: (lib, fc) =>
      fc.property(printed(fc), printed(fc), fc.integer({ min: 0, max: 3 }), (a, b, pd) => {
        const { D } = lib.decimal;
        const num = cellOfText(lib, a.text);
        const den = cellOfText(lib, b.text);
        const va = new D(a.text);
        const vb = new D(b.text);
        const r = lib.interval.ratio(lib.interval.ofPrinted(num.value, num.decimals), lib.interval.ofPrinted(den.value, den.decimals));
        if (r === null) {
          // only when the denominator's interval reaches zero
          const h = lib.interval.halfUlp(den.decimals);
          return vb.abs().lte(h);
        }
        if (!vb.isZero() && !lib.interval.contains(r, va.div(vb))) return false;
        if (vb.isZero()) return lib.check.checkRatio(cellOfText(lib, '1'), num, den) === null;
        const pct = va.div(vb).times(100);
        const rounded = cellOfText(lib, lib.decimal.fmt(pct, pd));
        const v = lib.check.checkRatio(rounded, num, den);
        if (!v || v.kind === 'error') return false;
        const cut = pct.toDecimalPlaces(pd, D.ROUND_DOWN);
        const truncated = cellOfText(lib, cut.toFixed(pd));
        const t = lib.check.checkRatio(truncated, num, den);
        return !!t && t.kind !== 'error';
      }),
  },
  {
    name: 'readers: random grids written with SheetJS read back with the same values and texts',
    heavy: true,
    property: (lib, fc) =>
      fc.asyncProperty(
        fc.array(
          fc.array(fc.oneof(cellText(fc), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 100) / 100), fc.constant(null)), { maxLength: 6 }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.constantFrom('Sheet1', '收入决算表', '公开02表', '表 1'),
        (aoa, sheet) => {
          const X = lib.XLSX;
          const wb = X.utils.book_new();
          X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet(aoa), sheet);
          const file = tmpFile('.xlsx');
          fs.writeFileSync(file, X.write(wb, { type: 'buffer', bookType: 'xlsx' }));
          return readBack(lib, file).then((out) => {
            const grid = out.grids[0];
            if (!grid || grid.sheet !== sheet) return false;
            for (let r = 0; r < aoa.length; r++) {
              for (let c = 0; c < aoa[r].length; c++) {
                const want = aoa[r][c];
                const got = grid.rows[r] && grid.rows[r][c];
                if (want === null) {
                  if (got) return false;
                } else if (typeof want === 'number') {
                  if (!got || got.value !== want) return false;
                } else if (!got || got.raw !== want || got.value !== want) return false;
              }
            }
            return true;
          });
        },
      ),
    async: true,
  },
  {
    name: 'readers: CSV in UTF-8, UTF-8 with BOM and GBK round trips',
    heavy: true,
    property: (lib, fc) =>
      fc.asyncProperty(fc.array(fc.array(fc.oneof(cellText(fc), fc.constant('')), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.constantFrom('utf-8', 'utf-8-bom', 'gbk'), (body, encoding) => {
        // A header row as Excel exports it; in GBK it is never valid UTF-8, so detection is certain.
        const rows = [['项目', '金额'], ...body];
        const quote = (f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
        const text = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
        const bytes = encoding === 'gbk' ? lib.iconv.encode(text, 'gbk') : Buffer.from((encoding === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf8');
        const file = tmpFile('.csv');
        fs.writeFileSync(file, bytes);
        return readBack(lib, file).then((out) => {
          const grid = out.grids[0];
          for (let r = 0; r < rows.length; r++) {
            for (let c = 0; c < rows[r].length; c++) {
              const want = rows[r][c];
              const got = grid.rows[r] && grid.rows[r][c];
              if (want === '' ? !!got : !got || got.raw !== want) return false;
            }
          }
          return true;
        });
      }),
    async: true,
  },
  {
    name: 'recognizers: recognize() never throws on random grids',
    property: (lib, fc) => {
      const words = ['收入决算表', '支出决算表', '公开02表', '公开06表', '科目代码', '科目名称', '项目', '栏次', '合计', '本年收入合计', '财政拨款收入', '基本支出', '项目支出', '小计', '本表无数据', '注：', '项目支出绩效自评表', '项目名称', '全年预算数', '全年执行数', '执行率', '三级指标', '一级指标', '总分', '优', '部门整体支出绩效自评表', '绩效评价基础数据表', '单位：万元', '201', '20101', '2010101', '301', '30101', '—', '100%', '98.31%', '(3.2)', '1,654.78'];
      const value = fc.oneof(
        fc.constantFrom(...words).map((w) => ({ raw: w, value: w })),
        cellText(fc).map((w) => ({ raw: w, value: w })),
        fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }).map((x) => ({ raw: String(Math.round(x * 100) / 100), value: Math.round(x * 100) / 100 })),
        fc.constant(null),
      );
      const gridArb = fc.record({ sheet: fc.constantFrom('S1', '收入决算表', '__proto__', 'constructor'), rows: fc.array(fc.array(value, { maxLength: 10 }), { maxLength: 30 }) });
      return fc.property(fc.array(gridArb, { minLength: 1, maxLength: 3 }), (specs) => {
        const grids = specs.map((s, i) => toGrid(lib, `fuzz${i}.xlsx`, s.sheet, s.rows));
        const out = lib.recognize.recognize(grids);
        return Array.isArray(out.tables) && Array.isArray(out.unrecognised);
      });
    },
  },
  {
    name: 'claim parser: random Chinese sentences never throw; 比上年增加X万元，增长Y% yields that change claim',
    property: (lib, fc) => {
      const subjects = ['收入总计', '支出总计', '基本支出', '项目支出', '一般公共服务支出', '财政拨款收入', '“三公”经费', '本年收入', '公用经费'];
      const amount = printed(fc).map((p) => p.text.replace(/^-/, ''));
      /** A positive figure as such sentences print it: 58.63, 3.7, 1200. */
      const positive = fc.record({ n: fc.integer({ min: 1, max: 99999999 }), d: fc.integer({ min: 0, max: 2 }) }).map(({ n, d }) => (d === 0 ? String(n) : (n / 10 ** d).toFixed(d)));
      const unit = fc.constantFrom('元', '万元');
      const word = fc.constantFrom('增加', '减少', '增长', '下降', '持平', '与上年持平', '基本持平', '上升');
      const fragment = fc.oneof(
        fc.tuple(fc.constantFrom(...subjects), amount, unit).map(([s, a, u]) => `${s}${a}${u}`),
        fc.tuple(fc.constantFrom('比上年', '较上年', '较2023年', ''), word, amount, unit).map(([c, w, a, u]) => `${c}${w}${a}${u}`),
        fc.tuple(word, amount).map(([w, a]) => `${w}${a}%`),
        fc.tuple(fc.constantFrom('占', '完成年初预算的', '执行率为'), amount).map(([w, a]) => `${w}${a}%`),
        cellText(fc),
      );
      const sentence = fc.array(fragment, { minLength: 1, maxLength: 6 }).map((fs2) => fs2.join('，') + '。');
      const wellFormed = fc.tuple(fc.constantFrom(...subjects), positive, positive, positive, fc.boolean()).map(([s, cur, delta, pct, up]) => ({
        text: `${s}${cur}万元，比上年${up ? '增加' : '减少'}${delta}万元，${up ? '增长' : '下降'}${pct}%。`,
        delta,
        pct,
        up,
      }));
      return fc.property(fc.array(sentence, { maxLength: 5 }), wellFormed, (noise, good) => {
        const { D } = lib.decimal;
        const noiseDoc = narrativeDoc(noise);
        lib.narrative.extractNarrative(noiseDoc);
        const out = lib.narrative.extractNarrative(narrativeDoc([good.text]));
        return out.claims.some(
          (c) =>
            c.type === 'change' &&
            c.direction === (good.up ? 'up' : 'down') &&
            c.delta &&
            c.delta.stated.value.eq(new D(good.delta)) &&
            c.delta.unit === '万元' &&
            c.percent &&
            c.percent.value.eq(new D(good.pct)),
        );
      });
    },
  },
];

// ------------------------------------------------------------------------------------------------
// Helpers

let tmpDir = null;
let tmpSeq = 0;
function tmpFile(ext) {
  tmpDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'budget-lint-fuzz-'));
  // A handful of files reused in turn: thousands of runs must not fill the disk.
  return path.join(tmpDir, `f${tmpSeq++ % 8}${ext}`);
}
function cleanup() {
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  tmpDir = null;
}

async function readBack(lib, file) {
  return lib.read.readInput(file);
}

function toGrid(lib, file, sheet, rows) {
  const out = [];
  let colCount = 0;
  rows.forEach((row, r) => {
    const line = [];
    row.forEach((v, c) => {
      if (!v) return;
      line[c] = { r, c, address: lib.grid.a1(r, c), raw: v.raw, value: v.value };
      colCount = Math.max(colCount, c + 1);
    });
    out.push(line);
  });
  return { file, sheet, rowCount: out.length, colCount, rows: out };
}

function narrativeDoc(texts) {
  return {
    id: 'fuzz.xlsx',
    inputs: [],
    kind: 'unknown',
    meta: {},
    tables: [],
    evaluations: [],
    deptEvaluations: [],
    narrative: texts.map((text, i) => ({ text, ref: { file: 'fuzz.md', line: i + 1, column: 1 } })),
    claims: [],
    narrativeStats: { sentencesWithNumbers: 0, notUnderstood: [] },
    unrecognised: [],
  };
}

/** The modules under test, from a tree root ('<repo>/src' under jest, '<repo>/dist/src' for npm run fuzz). */
function loadLib(srcRoot) {
  const req = (p) => require(path.join(srcRoot, p));
  return {
    decimal: req('ledger/decimal'),
    interval: req('ledger/interval'),
    check: req('ledger/check'),
    cells: req('ledger/cells'),
    read: req('read'),
    grid: req('read/grid'),
    recognize: req('recognize'),
    narrative: req('narrative'),
    XLSX: require('xlsx'),
    iconv: require('iconv-lite'),
  };
}

module.exports = { targets, loadLib, cleanup };
