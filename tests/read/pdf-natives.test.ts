/**
 * The natives pdfjs-dist's legacy build replaces with core-js polyfills are put back after it loads
 * (src/read/pdf/natives.ts), and only those whose native passes the behaviour the polyfill is for.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import vm from 'node:vm';
import { captureNatives, RESTORABLE, type RealmGlobal, type Restorable } from '../../src/read/pdf/natives';
import { pdfjs } from '../../src/read/pdf/load';

const ROOT = path.join(__dirname, '../..');

/** A fresh realm, as Node's main context is before pdfjs-dist loads. */
function realm(): RealmGlobal {
  return vm.runInContext('globalThis', vm.createContext({})) as RealmGlobal;
}

/** What core-js does: a JavaScript function in the native's place. */
function polyfill(g: RealmGlobal, owner: string, key: string): void {
  const o = vm.runInContext(owner, vm.createContext(g)) as Record<string, unknown>;
  const native = o[key] as (...a: unknown[]) => unknown;
  Object.defineProperty(o, key, { value: function (this: unknown, ...a: unknown[]) { return native.apply(this, a); }, writable: true, configurable: true });
}

const isNative = (g: RealmGlobal, expr: string): boolean =>
  (vm.runInContext(`Function.prototype.toString.call(${expr})`, vm.createContext(g)) as string).includes('[native code]');

describe('natives replaced by pdfjs-dist polyfills', () => {
  it('puts back every replaced native that passes its probe, and names it', () => {
    const g = realm();
    const restore = captureNatives(g);
    for (const r of RESTORABLE) polyfill(g, r.owner, r.key);
    expect(isNative(g, 'Array.prototype.push')).toBe(false);
    expect(restore().sort()).toEqual(['Array.prototype.push', 'Function.prototype.toString', 'JSON.parse', 'JSON.stringify']);
    for (const r of RESTORABLE) expect(isNative(g, `${r.owner}.${r.key}`)).toBe(true);
    // and they work: a push, a round trip through JSON
    const out = vm.runInContext('const a = [1]; a.push(2, 3); JSON.stringify(JSON.parse(JSON.stringify({ a, s: "收入" })))', vm.createContext(g));
    expect(out).toBe('{"a":[1,2,3],"s":"收入"}');
  });

  it('leaves a replacement in place when the native fails the behaviour the polyfill is for', () => {
    const g = realm();
    const strict: Restorable[] = [{ owner: 'Array.prototype', key: 'push', compliant: () => false }];
    const restore = captureNatives(g, strict);
    polyfill(g, 'Array.prototype', 'push');
    expect(restore()).toEqual([]);
    expect(isNative(g, 'Array.prototype.push')).toBe(false);
  });

  it('leaves alone what was not replaced, and a probe that throws counts as a failure', () => {
    const g = realm();
    const throwing: Restorable[] = [
      { owner: 'JSON', key: 'parse', compliant: () => { throw new Error('probe'); } },
      { owner: 'JSON', key: 'stringify', compliant: () => true },
      { owner: 'NoSuchGlobal', key: 'x', compliant: () => true },
    ];
    const restore = captureNatives(g, throwing);
    polyfill(g, 'JSON', 'parse');
    expect(restore()).toEqual([]);
    expect(isNative(g, 'JSON.parse')).toBe(false);
  });

  it('the natives of this Node pass their probes (Node ≥ 20.19)', () => {
    const g = realm();
    for (const r of RESTORABLE) {
      const owner = vm.runInContext(r.owner, vm.createContext(g)) as Record<string, (...a: unknown[]) => unknown>;
      expect([`${r.owner}.${r.key}`, r.compliant(owner[r.key], g)]).toEqual([`${r.owner}.${r.key}`, true]);
    }
  });

  it('after the reader loads pdfjs-dist, the natives of Node\'s own realm are native again', () => {
    pdfjs();
    const main = vm.runInThisContext('globalThis') as RealmGlobal;
    for (const r of RESTORABLE) expect([r.key, (vm.runInThisContext(`Function.prototype.toString.call(${r.owner}.${r.key})`) as string).includes('[native code]')]).toEqual([r.key, true]);
    expect(main.pdfjsWorker).toBeDefined();
  });

  it.each(['', '.min'])('the pinned legacy build%s replaces no native but those (a fresh process, descriptors of every global and prototype)', (min) => {
    // Any other native a new pdfjs-dist replaces fails here: measure it and add it to RESTORABLE or say why not.
    const script = `
      const path = require('node:path');
      const { createRequire } = require('node:module');
      const req = createRequire(path.join(process.cwd(), 'package.json'));
      const dir = path.dirname(req.resolve('pdfjs-dist/package.json'));
      const owners = () => {
        const out = [['globalThis', globalThis]];
        for (const k of Object.getOwnPropertyNames(globalThis)) {
          const d = Object.getOwnPropertyDescriptor(globalThis, k);
          const v = d && 'value' in d ? d.value : undefined;
          if ((typeof v === 'function' || (typeof v === 'object' && v)) && k !== 'globalThis') {
            out.push([k, v]);
            if (typeof v === 'function' && v.prototype) out.push([k + '.prototype', v.prototype]);
          }
        }
        out.push(['TypedArray', Object.getPrototypeOf(Uint8Array)], ['TypedArray.prototype', Object.getPrototypeOf(Uint8Array.prototype)]);
        return out;
      };
      const snap = () => new Map(owners().flatMap(([n, o]) => Reflect.ownKeys(o).map((k) => {
        const d = Object.getOwnPropertyDescriptor(o, k);
        return [n + '.' + String(k), d && 'value' in d ? d.value : d && d.get];
      })));
      // Node defines some globals as lazy getters that turn into values when first read: read them all first
      for (const k of Object.getOwnPropertyNames(globalThis)) { try { void globalThis[k]; } catch {} }
      const a = snap();
      globalThis.pdfjsWorker = req(path.join(dir, 'legacy/build/pdf.worker${min}.mjs'));
      req(path.join(dir, 'legacy/build/pdf${min}.mjs'));
      const b = snap();
      const replaced = [...a].filter(([k, v]) => b.has(k) && !Object.is(b.get(k), v) && typeof v === 'function').map(([k]) => k);
      process.stdout.write(JSON.stringify(replaced.sort()));`;
    const r = spawnSync(process.execPath, ['--no-warnings', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const replaced = JSON.parse(r.stdout) as string[];
    expect(replaced.filter((k) => !RESTORABLE.some((x) => `${x.owner}.${x.key}` === k))).toEqual([]);
  });
});
