// pdfjs-text.mjs FILE.pdf: the text of a PDF as pdf.js (Firefox's reader)
// gives it: the items of each page's text content in their order, a line
// break after an item that ends a line, a form feed after each page.
// pdf.js is the pinned pdfjs-dist of package.json (npm ci at the top of
// the source tree); NODE_PATH may name another node_modules folder.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// pdf.js warns on stdout that it cannot render without a canvas
// package; text needs none, and stdout is the text.
console.log = console.warn = () => {};
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'package.json'));
const pdfjs = await import(pathToFileURL(require.resolve(
    'pdfjs-dist/legacy/build/pdf.mjs')).href);

const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise;
let out = '';
for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const tc = await page.getTextContent();
    for (const item of tc.items)
        out += item.str + (item.hasEOL ? '\n' : '');
    out += '\n\f';
}
process.stdout.write(out);
