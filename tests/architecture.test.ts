/**
 * The module graph has no import cycles (type-only imports included): data flows one way, read →
 * recognize → ledger → rules → report, and the engine never imports the public API that wraps it.
 * madge builds the graph from the TypeScript sources.
 */
import path from 'node:path';
import madge from 'madge';

const ROOT = path.join(__dirname, '..');

it('src/ and rules/ have no circular imports', async () => {
  const graph = await madge([path.join(ROOT, 'src'), path.join(ROOT, 'rules')], {
    fileExtensions: ['ts'],
    tsConfig: path.join(ROOT, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });
  expect(Object.keys(graph.obj()).length).toBeGreaterThan(150);
  expect(graph.circular()).toEqual([]);
}, 60000);
