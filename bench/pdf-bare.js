// The PDF baseline: a fresh node process that loads pdfjs-dist (legacy build, worker in this
// thread, the same document options as the reader) and runs getTextContent + getOperatorList over
// every page of the given PDF, nothing else.
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const nodeRequire = createRequire(__filename);
const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
globalThis.pdfjsWorker = nodeRequire(path.join(dir, 'legacy/build/pdf.worker.mjs'));
const pdfjs = nodeRequire(path.join(dir, 'legacy/build/pdf.mjs'));

(async () => {
  for (const f of process.argv.slice(2)) {
    const data = new Uint8Array(fs.readFileSync(f));
    const doc = await pdfjs.getDocument({ data, cMapUrl: path.join(dir, 'cmaps') + path.sep, cMapPacked: true, standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep, isEvalSupported: false, disableFontFace: false, useSystemFonts: false, verbosity: 0 }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await Promise.all([page.getTextContent({ includeMarkedContent: true }), page.getOperatorList()]);
      page.cleanup();
    }
    await doc.destroy();
  }
})();
