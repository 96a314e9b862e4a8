/* serve_css_text.c: the style sheet of thbdoc serve, served from the binary
 * (nothing is loaded from another host).  Tablet-sized targets (48 px),
 * contrast at least 4.5:1 (WCAG AA), visible focus. */
#include <config.h>

#include "serve_int.h"

const char serve_css_text[] =
":root{--fg:#1a1a1a;--bg:#fff;--accent:#0b4f8a;--late:#a30000;"
"--muted:#4a4a4a;--line:#c8c8c8;--soft:#f2f5f8}\n"
"*{box-sizing:border-box}\n"
"body{margin:0;font:1.0625rem/1.5 system-ui,\"Noto Sans\",sans-serif;"
"color:var(--fg);background:var(--bg)}\n"
".skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;"
"background:#fff;padding:8px;z-index:9}\n"
"header{display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center;"
"padding:8px 16px;background:var(--accent);color:#fff}\n"
"header a{color:#fff}.brand{font-weight:700;margin:0}\n"
"header nav ul,.tabs ul{display:flex;flex-wrap:wrap;gap:4px 16px;"
"list-style:none;margin:0;padding:0}\n"
"header nav a{display:inline-block;padding:10px 4px}\n"
"a[aria-current=page]{font-weight:700;text-decoration:underline 3px}\n"
".who{margin-left:auto;display:flex;flex-wrap:wrap;gap:8px;"
"align-items:center}\n"
".who label{position:absolute;left:-999px}\n"
"form.inline{display:inline-flex;gap:4px;align-items:center;margin:0}\n"
"main{padding:8px 16px 32px;max-width:1200px;margin:auto}\n"
"h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:1.5em}\n"
"button,select,input{font:inherit;min-height:48px;padding:8px 12px;"
"border:1px solid var(--muted);border-radius:6px;background:#fff;"
"color:var(--fg)}\n"
"button{background:var(--accent);color:#fff;border-color:var(--accent);"
"cursor:pointer}\n"
"a.button{display:inline-block;padding:12px 16px;background:var(--accent);"
"color:#fff;border-radius:6px;min-height:48px}\n"
"form.doc{margin:8px 0}form.doc .point{display:block;margin:2px 0 0}\n"
"button.secondary{background:#fff;color:var(--accent)}\n"
"header button,header select{min-height:40px;padding:4px 8px}\n"
/* The focus: two rings, white inside and near-black outside (WCAG 2.2
 * technique C40: the two differ by 17:1, so one of them stands out by 3:1
 * or more on any background; tests/web/contrast.py computes the ratios
 * against every background of this sheet).  The amber ring it replaces
 * gave 2.2:1 on white. */
":focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;"
"box-shadow:0 0 0 2px #fff}\n"
"form.stack{display:grid;gap:8px;max-width:420px}\n"
"form.event,form.filters{display:flex;flex-wrap:wrap;gap:12px;"
"align-items:flex-end;margin:8px 0}\n"
"form.event div,form.filters div{display:flex;flex-direction:column}\n"
"table{border-collapse:collapse;width:100%;margin:8px 0}\n"
"th,td{text-align:left;padding:8px;border-bottom:1px solid var(--line);"
"vertical-align:top}\n"
/* A case id is one word: never broken at its hyphens (BXL-2026-0142). */
"table a[href^=\"/cases/\"]{white-space:nowrap}\n"
"caption{text-align:left;font-weight:700;padding:4px 0}\n"
".overdue,.error{color:var(--late)}\n"
".error{border-left:6px solid var(--late);padding:4px 12px;"
"background:#fff4f4}\n"
".point,.meta{color:var(--muted);font-size:.95rem}\n"
/* The translators' checks: the failing checks, then each message with its
 * place in the PO file (an error's place in bold, a warning's muted). */
"ul.failing{color:var(--late)}\n"
".diags span.error{border:none;background:none;padding:0;"
"font-weight:700}\n"
".columns{display:grid;grid-template-columns:repeat(auto-fit,"
"minmax(340px,1fr));gap:24px}\n"
".status{background:var(--soft);padding:4px 16px 12px;border-radius:8px}\n"
"dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}\n"
"dt{font-weight:700}dd{margin:0}dd ul{margin:0;padding-left:1.2em}\n"
".timeline{list-style:none;padding:0;border-left:3px solid var(--accent);"
"margin-left:8px}\n"
".timeline>li{padding:4px 12px}.attrs{color:var(--muted);"
"list-style:none;margin:0;padding:0;overflow-wrap:anywhere}\n"
"details{border:1px solid var(--line);border-radius:6px;margin:6px 0;"
"padding:4px 12px}\n"
"summary{cursor:pointer;min-height:40px;line-height:40px;"
"font-weight:600}\n"
".regions{display:flex;flex-wrap:wrap;gap:16px;border:none;padding:0}\n"
".regions label{min-height:48px;display:flex;align-items:center;gap:6px}\n"
/* The language card: read at arm's length on a tablet (1024x768 either
 * way): the instruction in each language at 1.5rem (24 px), its name in
 * itself beneath, the officer's name for it small. */
".langs{list-style:none;padding:0;display:grid;gap:12px;"
"grid-template-columns:repeat(auto-fill,minmax(220px,1fr))}\n"
".langs button{width:100%;height:100%;min-height:96px;display:flex;"
"flex-direction:column;justify-content:center;gap:4px;padding:10px 12px;"
"background:#fff;color:var(--fg);border:2px solid var(--accent);"
"text-align:start}\n"
".langs .say{font-size:1.5rem;line-height:1.3;font-weight:600}\n"
".langs .self{font-size:1.2rem}\n"
".langs .officer{font-size:.95rem;color:var(--muted)}\n"
".side{display:grid;grid-template-columns:1fr 1fr;gap:12px}\n"
".side iframe{width:100%;height:80vh;border:1px solid var(--line)}\n"
"footer{padding:16px;color:var(--muted);font-size:.9rem;"
"border-top:1px solid var(--line)}\n"
"@media (max-width:700px){.side{grid-template-columns:1fr}}\n"
".field-error{color:var(--late);font-weight:600;margin:4px 0 0;"
"max-width:22em}\n"
"[aria-invalid=true]{border:2px solid var(--late)}\n"
".note{color:var(--muted);margin:0;flex-basis:100%}\n"
"select.filled{border:2px solid var(--accent);background:var(--soft)}\n";

/* The officer's page: the language the person touches on the card is
 * written into the interception form as the leaflet handed (unless the
 * card marks its leaflet as incomplete: then it was refused, and a note
 * says so; the officer chooses it if it was printed anyway), and the
 * region chosen as the region (both visible, both can be changed).  The
 * card opens the leaflet in a new tab, so the form stays.  Without the
 * script the page works the same, the officer chooses both by hand. */
const char serve_css_script[] =
"\"use strict\";\n"
"(function () {\n"
"  var card = document.querySelector(\"form.card\");\n"
"  var form = document.getElementById(\"interception\");\n"
"  if (!card || !form) return;\n"
"  function fill(name, value) {\n"
"    var el = form.elements[name];\n"
"    if (!el || !value) return;\n"
"    el.value = value;\n"
"    el.classList.add(\"filled\");\n"
"  }\n"
"  function region() {\n"
"    var r = card.querySelector(\"input[name=region]:checked\");\n"
"    return r ? r.value : \"\";\n"
"  }\n"
"  card.addEventListener(\"change\", function () {\n"
"    fill(\"region\", region());\n"
"  });\n"
"  card.addEventListener(\"submit\", function (ev) {\n"
"    var b = ev.submitter;\n"
"    if (!b || b.name !== \"lang\") return;\n"
"    var note = document.getElementById(\"language-note\");\n"
"    var refused = document.getElementById(\"leaflet-refused-note\");\n"
"    fill(\"region\", region());\n"
"    if (b.getAttribute(\"data-incomplete\") === \"yes\") {\n"
"      if (note) note.hidden = true;\n"
"      if (refused) refused.hidden = false;\n"
"      return;\n"
"    }\n"
"    fill(\"language\", b.value);\n"
"    if (refused) refused.hidden = true;\n"
"    if (note) note.hidden = false;\n"
"  });\n"
"})();\n";
