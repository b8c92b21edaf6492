// The baseline: a fresh node process that loads SheetJS and parses the given workbooks, nothing else.
const fs = require('node:fs');
const XLSX = require('xlsx');
for (const f of process.argv.slice(2)) XLSX.read(fs.readFileSync(f), { type: 'buffer', dense: true });
