// pdfjs-struct.mjs FILE.pdf: the structure tree of a tagged PDF as pdf.js
// (Firefox's reader, and the screen readers that go through it) gives it,
// page by page, in the form of poppler's "pdfinfo -struct-text": one
// line per element (its role, then lang=LL and alt="..." when it has
// them), indented by depth, and under it the text of each of its marked
// contents, quoted, in the order of the tree.
import { openPdf } from './pdfjs-open.mjs';

const doc = await openPdf(process.argv[2]);
let out = '';
for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    // The text of each marked content, by its id.
    const tc = await page.getTextContent({ includeMarkedContent: true });
    const text = new Map();
    const open = [];
    for (const item of tc.items) {
        if (item.type === 'beginMarkedContentProps' ||
            item.type === 'beginMarkedContent') {
            open.push(item.id || null);
            if (item.id)
                text.set(item.id, '');
        } else if (item.type === 'endMarkedContent') {
            open.pop();
        } else if (item.str !== undefined) {
            const id = open.filter(x => x).pop();
            if (id)
                text.set(id, text.get(id) + item.str);
        }
    }
    const walk = (node, depth) => {
        if (node.type === 'content') {
            out += ' '.repeat(2 * depth) + JSON.stringify(
                text.get(node.id) || '') + '\n';
            return;
        }
        if (node.role === undefined)
            return;
        let line = ' '.repeat(2 * depth) + node.role;
        if (node.lang)
            line += ' lang=' + node.lang;
        if (node.alt)
            line += ' alt=' + JSON.stringify(node.alt);
        out += line + '\n';
        for (const c of node.children || [])
            walk(c, depth + 1);
    };
    const tree = await page.getStructTree();
    if (tree)
        for (const c of tree.children || [])
            walk(c, 0);
}
process.stdout.write(out);
