// pdfjs-text.mjs FILE.pdf: the text of a PDF as pdf.js (Firefox's reader)
// gives it: the items of each page's text content in their order, a line
// break after an item that ends a line, a form feed after each page.
// pdf.js is opened by pdfjs-open.mjs.
import { openPdf } from './pdfjs-open.mjs';

const doc = await openPdf(process.argv[2]);
let out = '';
for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const tc = await page.getTextContent();
    for (const item of tc.items)
        out += item.str + (item.hasEOL ? '\n' : '');
    out += '\n\f';
}
process.stdout.write(out);
