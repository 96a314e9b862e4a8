// pdfjs-form.mjs FILE.pdf [OUT.pdf NAME=VALUE...]: the form fields of a
// PDF as pdf.js (Firefox's reader) gives them, one line per widget:
//   page TYPE NAME [radio=VALUE | check] [multiline] tu="WHAT IT SAYS"
// TYPE is the field type (Tx, Btn); tu is the alternate text a screen
// reader announces (/TU).  With OUT.pdf, fills the fields as an officer
// would in Firefox (the annotation storage: a text field NAME=TEXT, a
// check box NAME=Yes, a radio group NAME=CHOICE) and saves the document
// through pdf.js into OUT.pdf, with the appearances pdf.js writes.
import fs from 'node:fs';
import { openPdf } from './pdfjs-open.mjs';

const [file, out, ...sets] = process.argv.slice(2);
const want = new Map(sets.map(s => {
    const i = s.indexOf('=');
    return [s.slice(0, i), s.slice(i + 1)];
}));
const doc = await openPdf(file);
const lines = [];
for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    for (const a of await page.getAnnotations()) {
        if (a.subtype !== 'Widget')
            continue;
        let kind = '';
        if (a.radioButton)
            kind = ' radio=' + a.buttonValue;
        else if (a.checkBox)
            kind = ' check';
        lines.push(`${p} ${a.fieldType} ${a.fieldName}${kind}` +
            `${a.multiLine ? ' multiline' : ''}` +
            ` tu="${a.alternativeText}"`);
        if (!want.has(a.fieldName))
            continue;
        const v = want.get(a.fieldName);
        if (a.fieldType === 'Tx')
            doc.annotationStorage.setValue(a.id, { value: v });
        else if (a.radioButton)
            doc.annotationStorage.setValue(a.id,
                { value: a.buttonValue === v });
        else if (a.checkBox)
            doc.annotationStorage.setValue(a.id, { value: v === 'Yes' });
    }
}
process.stdout.write(lines.join('\n') + '\n');
if (out)
    fs.writeFileSync(out, await doc.saveDocument());
