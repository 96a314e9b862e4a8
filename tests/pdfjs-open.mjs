// pdfjs-open.mjs: the PDF named on the command line, opened with pdf.js,
// for the test scripts pdfjs-text.mjs and pdfjs-struct.mjs.  pdf.js is the
// pinned pdfjs-dist of package.json (npm ci at the top of the source
// tree); NODE_PATH may name another node_modules folder.  pdf.js warns on
// stdout that it cannot render without a canvas package; the scripts need
// no rendering and write their result on stdout, so the console is
// silenced.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

console.log = console.warn = () => {};
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'package.json'));
const pdfjs = await import(pathToFileURL(require.resolve(
    'pdfjs-dist/legacy/build/pdf.mjs')).href);

export async function openPdf(file) {
    const data = new Uint8Array(fs.readFileSync(file));
    return pdfjs.getDocument({ data, verbosity: 0 }).promise;
}
