import { groupDocuments } from '../../src/engine/documents';

describe('which files make one document (DESIGN §3)', () => {
  it('a workbook with the narrative of the same base name', () => {
    const g = groupDocuments(['/a/2024.xlsx', '/a/2024.md', '/a/2023.xlsx', '/a/2023.md']);
    expect(g.documents.map((d) => [d.id, d.narrativeFiles])).toEqual([
      ['/a/2024.xlsx', ['/a/2024.md']],
      ['/a/2023.xlsx', ['/a/2023.md']],
    ]);
  });
  it('two workbooks are two documents', () => {
    expect(groupDocuments(['/a/a.xlsx', '/a/b.xlsx']).documents).toHaveLength(2);
  });
  it('the CSVs of one folder are one document', () => {
    const g = groupDocuments(['/x/01.csv', '/x/02.csv', '/y/01.csv']);
    expect(g.documents.map((d) => [d.id, d.tableFiles.length])).toEqual([
      ['/x', 2],
      ['/y', 1],
    ]);
  });
  it('a narrative joins the only document of the run', () => {
    expect(groupDocuments(['/a/决算.xlsx', '/a/说明.md']).documents[0].narrativeFiles).toEqual(['/a/说明.md']);
  });
  it('a narrative that fits no document among several is unassigned (asks for --narrative)', () => {
    const g = groupDocuments(['/a/a.xlsx', '/a/b.xlsx', '/a/说明.md']);
    expect(g.unassigned).toEqual(['/a/说明.md']);
  });
  it('a .docx with a twin workbook is its narrative; alone it is a document', () => {
    expect(groupDocuments(['/a/预算.xlsx', '/a/预算.docx']).documents[0].narrativeFiles).toEqual(['/a/预算.docx']);
    expect(groupDocuments(['/a/预算.docx']).documents[0].tableFiles).toEqual(['/a/预算.docx']);
  });
  it('--narrative names it explicitly', () => {
    const g = groupDocuments(['/a/a.xlsx'], '/b/x.txt');
    expect(g.documents[0].narrativeFiles).toEqual(['/b/x.txt']);
  });
});

describe('a .docx is a document when it holds tables, otherwise a narrative', () => {
  it('a table-less .docx with another name joins the only workbook', () => {
    const g = groupDocuments(['/a/决算.xlsx', '/a/情况说明.docx'], undefined, () => false);
    expect(g.documents).toHaveLength(1);
    expect(g.documents[0].narrativeFiles).toEqual(['/a/情况说明.docx']);
  });
  it('a .docx with tables is a document of its own', () => {
    expect(groupDocuments(['/a/决算.xlsx', '/a/预算.docx'], undefined, () => true).documents).toHaveLength(2);
  });
  it('peeks into real files', () => {
    const path = require('node:path');
    const fx = (f: string) => path.join(__dirname, '../../fixtures', f);
    const g = groupDocuments([fx('seed-000/000.xlsx'), fx('seed-000/000-narrative.docx')]);
    expect(g.documents[0].narrativeFiles).toEqual([fx('seed-000/000-narrative.docx')]);
    expect(groupDocuments([fx('seed-000-tables.docx')]).documents[0].tableFiles).toHaveLength(1);
  });
});
