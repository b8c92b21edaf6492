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
  it('a narrative that fits no document among several is a narrative-only document of its own', () => {
    const g = groupDocuments(['/a/a.xlsx', '/a/b.xlsx', '/a/说明.md']);
    expect(g.unassigned).toEqual([]);
    expect(g.documents.map((d) => [d.id, d.tableFiles, d.narrativeFiles])).toEqual([
      ['/a/a.xlsx', ['/a/a.xlsx'], []],
      ['/a/b.xlsx', ['/a/b.xlsx'], []],
      ['/a/说明.md', [], ['/a/说明.md']],
    ]);
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

describe('renditions of one document are read once, never summed', () => {
  const withTables = (f: string): boolean => !f.includes('说明');
  it('workbook + Word + narrative: tables from the workbook, text from the .md, the Word file set aside', () => {
    const [d] = groupDocuments(['/a/001.docx', '/a/001.md', '/a/001.xlsx'], undefined, withTables).documents;
    expect(d.tableFiles).toEqual(['/a/001.xlsx']);
    expect(d.narrativeFiles).toEqual(['/a/001.md']);
    expect(d.setAside).toEqual([{ file: '/a/001.docx', role: 'both', usedInstead: ['/a/001.xlsx', '/a/001.md'] }]);
  });
  it('workbook + Word with tables: the Word file gives the narrative only (its tables are named as set aside)', () => {
    const g = groupDocuments(['/a/001.docx', '/a/001.xlsx'], undefined, withTables);
    expect(g.documents).toHaveLength(1);
    expect(g.documents[0].tableFiles).toEqual(['/a/001.xlsx']);
    expect(g.documents[0].narrativeFiles).toEqual(['/a/001.docx']);
    expect(g.documents[0].setAside).toEqual([{ file: '/a/001.docx', role: 'tables', usedInstead: ['/a/001.xlsx'] }]);
  });
  it('Word + PDF of one name: tables and text from the Word file, the PDF set aside', () => {
    const [d, ...rest] = groupDocuments(['/a/x.docx', '/a/x.pdf'], undefined, withTables).documents;
    expect(rest).toEqual([]);
    expect([d.tableFiles, d.narrativeFiles, d.setAside?.map((s) => [s.file, s.role])]).toEqual([['/a/x.docx'], ['/a/x.docx'], [['/a/x.pdf', 'both']]]);
  });
  it('a .md and a -narrative.docx of the same document: the .md is read, the .docx named', () => {
    const [d] = groupDocuments(['/a/000-narrative.docx', '/a/000.md', '/a/000.xlsx'], undefined, () => false).documents;
    expect(d.narrativeFiles).toEqual(['/a/000.md']);
    expect(d.setAside).toEqual([{ file: '/a/000-narrative.docx', role: 'narrative', usedInstead: ['/a/000.md'] }]);
  });
  it('.md and .txt of one name: one narrative (the .md)', () => {
    const [d] = groupDocuments(['/a/000.md', '/a/000.txt', '/a/000.xlsx']).documents;
    expect(d.narrativeFiles).toEqual(['/a/000.md']);
    expect(d.setAside?.map((s) => s.file)).toEqual(['/a/000.txt']);
  });
  it('two narratives of other names join the only workbook together (parts of one 说明)', () => {
    const [d] = groupDocuments(['/a/part1.md', '/a/part2.md', '/a/决算.xlsx']).documents;
    expect(d.narrativeFiles).toEqual(['/a/part1.md', '/a/part2.md']);
    expect(d.setAside).toBeUndefined();
  });
  it('a README next to a workbook that has its own narrative is a document of its own, not a second narrative', () => {
    const g = groupDocuments(['/a/000.md', '/a/000.xlsx', '/a/README.md']);
    expect(g.documents.map((d) => [d.id, d.narrativeFiles])).toEqual([
      ['/a/000.xlsx', ['/a/000.md']],
      ['/a/README.md', ['/a/README.md']],
    ]);
  });
  it('the same name in two folders is two documents, each with its own narrative', () => {
    const g = groupDocuments(['/a/000.md', '/a/000.xlsx', '/b/000.md', '/b/000.xlsx']);
    expect(g.documents.map((d) => [d.id, d.narrativeFiles, d.setAside])).toEqual([
      ['/a/000.xlsx', ['/a/000.md'], undefined],
      ['/b/000.xlsx', ['/b/000.md'], undefined],
    ]);
  });
  it('a file no reader takes is a document of its own (its reading gives the fatal message)', () => {
    const g = groupDocuments(['/a/000.xlsx', '/a/package.json']);
    expect(g.documents.map((d) => d.tableFiles)).toEqual([['/a/package.json'], ['/a/000.xlsx']]);
  });
  it('--narrative replaces a narrative found by name, and says so', () => {
    const [d] = groupDocuments(['/a/000.md', '/a/000.xlsx'], '/b/说明.txt').documents;
    expect(d.narrativeFiles).toEqual(['/b/说明.txt']);
    expect(d.setAside).toEqual([{ file: '/a/000.md', role: 'narrative', usedInstead: ['/b/说明.txt'] }]);
  });
});
