/**
 * pdfjs-dist's legacy build bundles core-js polyfills, and on Node 20 a few of them replace natives
 * Node already has with JavaScript versions (measured on the 30-page corpus PDF: the polyfilled
 * Array.prototype.push alone took ~150 ms of a 1.9 s run). They replace natives for the whole
 * process, not only for pdfjs, so every later stage of a lint pays for them too.
 *
 * Found by snapshotting the property descriptors of every global and built-in prototype before and
 * after loading both builds (Node 20.20, pdfjs-dist 5.6.205): these four are replaced; everything
 * else it touches is an addition (Iterator helpers, Set methods, Promise.try, Uint8Array base64, …),
 * which is left alone. Each is put back only when the native is present and passes the very
 * behaviour the polyfill was installed for, probed on the native itself:
 *
 * - Array.prototype.push — core-js replaces it on V8 ≤ 12.1 because `push()` with *no* arguments on
 *   an array whose length is read-only does not throw. That call writes nothing either way; the
 *   probe requires what matters: pushing an element there throws a TypeError, and lengths beyond
 *   2³² and up to 2⁵³ − 1 are handled as the spec says.
 * - JSON.stringify, JSON.parse — replaced only to add JSON.rawJSON and the `context.source`
 *   argument of a reviver (the JSON.parse-source-text-access proposal, not in Node 20). Nothing in
 *   pdfjs-dist or budget-lint uses them; the probes check well-formed output for lone surrogates,
 *   symbols dropped as the spec says, and `-0` parsed.
 * - Function.prototype.toString — wrapped so that polyfills print as `[native code]`; the native
 *   is spec-compliant, and with the natives above restored there is little left to disguise.
 */
import vm from 'node:vm';

type Fn = (...args: unknown[]) => unknown;

export interface Restorable {
  /** where the native lives, as an expression in the realm ("Array.prototype") */
  owner: string;
  key: string;
  /** the behaviour the polyfill exists for, probed on the native itself */
  compliant(native: Fn, realm: RealmGlobal): boolean;
}

/** The globals of one realm (Node's main context, or a vm context in tests). */
export type RealmGlobal = Record<string, unknown> & { Object: ObjectConstructor; TypeError: TypeErrorConstructor; Symbol: SymbolConstructor };

const throwsTypeError = (realm: RealmGlobal, f: () => unknown): boolean => {
  try {
    f();
    return false;
  } catch (err) {
    return err instanceof realm.TypeError || (err as Error)?.name === 'TypeError';
  }
};

export const RESTORABLE: readonly Restorable[] = [
  {
    owner: 'Array.prototype',
    key: 'push',
    compliant: (push, realm) =>
      throwsTypeError(realm, () => push.call(realm.Object.defineProperty([], 'length', { writable: false }), 1)) &&
      push.call({ length: 0x100000000 }, 1) === 0x100000001 &&
      throwsTypeError(realm, () => push.call({ length: Number.MAX_SAFE_INTEGER }, 1)) &&
      (() => {
        const a = [1];
        return push.call(a, 2, 3) === 3 && a.join() === '1,2,3';
      })(),
  },
  {
    owner: 'JSON',
    key: 'stringify',
    compliant: (stringify, realm) => {
      const sym = realm.Symbol('probe');
      return (
        stringify('\uDF06\uD834') === '"\\udf06\\ud834"' &&
        stringify('\uDEAD') === '"\\udead"' &&
        stringify([sym]) === '[null]' &&
        stringify({ a: sym }) === '{}' &&
        stringify(realm.Object(sym)) === '{}' &&
        stringify({ b: [1, '二'] }, null, 1) === '{\n "b": [\n  1,\n  "二"\n ]\n}'
      );
    },
  },
  {
    owner: 'JSON',
    key: 'parse',
    compliant: (parse) => {
      const r = parse('{"a":[1,"二"],"b":2}', (k: string, v: unknown) => (k === 'b' ? 3 : v)) as { a: unknown[]; b: number };
      return 1 / (parse('-0 \t') as number) === -Infinity && r.b === 3 && r.a[1] === '二';
    },
  },
  {
    owner: 'Function.prototype',
    key: 'toString',
    compliant: (toString, realm) =>
      typeof toString.call(realm.Object) === 'string' &&
      (toString.call(realm.Object) as string).includes('[native code]') &&
      (toString.call(function probe(a: number) { return a; }) as string).startsWith('function probe('),
  },
];

/** Node's own global: where pdfjs-dist is loaded (a test runner's sandbox has other built-ins). */
export function mainRealm(): RealmGlobal {
  return vm.runInThisContext('globalThis') as RealmGlobal;
}

function ownerIn(realm: RealmGlobal, owner: string): Record<string, unknown> | undefined {
  let o: unknown = realm;
  for (const part of owner.split('.')) o = (o as Record<string, unknown> | undefined)?.[part];
  return o as Record<string, unknown> | undefined;
}

/**
 * Remembers the natives before a library loads; the function it returns puts back each one the
 * library replaced, when the native passes its probe, and names those it restored.
 */
export function captureNatives(realm: RealmGlobal = mainRealm(), list: readonly Restorable[] = RESTORABLE): () => string[] {
  const before = list.map((r) => {
    const owner = ownerIn(realm, r.owner);
    return { r, owner, descriptor: owner ? Object.getOwnPropertyDescriptor(owner, r.key) : undefined };
  });
  return () => {
    const restored: string[] = [];
    for (const { r, owner, descriptor } of before) {
      if (!owner || !descriptor || typeof descriptor.value !== 'function') continue;
      const now = Object.getOwnPropertyDescriptor(owner, r.key);
      if (!now || now.value === descriptor.value) continue;
      let ok = false;
      try {
        ok = r.compliant(descriptor.value as Fn, realm);
      } catch {
        ok = false;
      }
      if (!ok) continue;
      Object.defineProperty(owner, r.key, descriptor);
      restored.push(`${r.owner}.${r.key}`);
    }
    return restored;
  };
}
