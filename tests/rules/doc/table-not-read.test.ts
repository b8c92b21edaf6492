/** doc/table-not-read is reported by the engine; its behaviour is tested in tests/engine/gate.test.ts. */
import rule from '../../../rules/doc/table-not-read';
import { lintWith } from '../../helpers/rule-tester';
import { doc, table } from '../../helpers/ledger';

describe('doc/table-not-read', () => {
  it('reports nothing by itself (the engine collapses misread tables under this id)', () => {
    const t = table('final-02', { columns: ['total'], rows: [{ key: 'total', cells: { total: '1.00' } }] });
    expect(lintWith(rule, doc({ tables: [t] }))).toEqual([]);
  });
});
