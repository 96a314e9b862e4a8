#!/bin/sh
# hostile.sh: pathological inputs and a hostile environment.  Each gives
# one clear message, a documented exit status, bounded time and memory,
# and no output file (tests/bad/ holds the malformed case files).
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
samples="$top_srcdir/data/samples"

# A 200 MB case file: refused by its size, without reading it all.
{ printf '<?xml version="1.0"?>\n<case id="H-1" regime="1997-2003">\n'; } \
    >"$tmp/huge.xml"
truncate -s 200M "$tmp/huge.xml"
"$THBDOC" status --date 2026-12-01 "$tmp/huge.xml" >"$tmp/out" 2>"$tmp/err"
check "200 MB case file: exit status" 1 "$?"
check_grep "200 MB case file: message" "huge.xml: error: file too large" \
    "$tmp/err"
check "200 MB case file: nothing on stdout" "" "$(cat "$tmp/out")"

# 100,000 events: read, folded and reported (one warning per ignored
# event would be 100,000 lines: they are complaints after the first, so
# none).
{
	printf '<?xml version="1.0"?>\n<case id="H-2" regime="1997-2003">\n'
	printf '<events>\n<interception date="2026-01-05" assessment="victim"'
	printf ' stay="illegal" region="brussels"/>\n'
	printf '<order-to-leave date="2026-01-06"/>\n'
	i=0
	while [ $i -lt 1000 ]; do
		printf '<complaint date="2026-01-10"/>%.0s' $(seq 1 100)
		printf '\n'
		i=$((i + 1))
	done
	printf '</events>\n</case>\n'
} >"$tmp/many.xml"
"$THBDOC" status --json --date 2026-02-01 "$tmp/many.xml" >"$tmp/out" \
    2>"$tmp/err"
check "100,000 events: exit status" 0 "$?"
check_grep "100,000 events: the status" '"state":"reflection"' "$tmp/out"

# Contradictory events: warnings naming the point, never a crash.
cat >"$tmp/contra.xml" <<'XML'
<?xml version="1.0"?>
<case id="H-3" regime="1997-2003">
  <events>
    <indefinite-residence date="2026-01-01"/>
    <order-to-leave date="2026-01-02"/>
    <registration-certificate-renewal date="2026-01-03"/>
    <interception date="2026-01-04" assessment="suspect" stay="illegal"
        region="wallonia"/>
    <arrival-declaration date="2026-01-05"/>
  </events>
</case>
XML
"$THBDOC" status --json --date 2026-02-01 "$tmp/contra.xml" >"$tmp/out" \
    2>"$tmp/err"
check "contradictory events: exit status" 0 "$?"
check_grep "contradictory events: warned" '"code":"indefinite-without-ground"' \
    "$tmp/out"
check_grep "contradictory events: after exclusion" \
    '"code":"event-after-exclusion","point":"5.3"' "$tmp/out"

# A full disk (a file size limit): a clean error, exit 3, no file, no
# temporary file.
mkdir "$tmp/full"
(
	trap '' XFSZ
	ulimit -f 1
	exec "$THBDOC" leaflet --lang en -o "$tmp/full/leaflet.pdf"
) 2>"$tmp/err"
check "full disk: exit status" 3 "$?"
check_grep "full disk: message" "error: cannot write .*File too large" \
    "$tmp/err"
check "full disk: no file left" "" "$(ls "$tmp/full")"

# Output in a folder that does not exist, or under a file.
"$THBDOC" leaflet --lang en -o "$tmp/no/such/folder/x.pdf" 2>"$tmp/err"
check "missing folder: exit status" 3 "$?"
check_grep "missing folder: message" "cannot write" "$tmp/err"
: >"$tmp/plain"
"$THBDOC" leaflet --lang en -o "$tmp/plain/x.pdf" 2>"$tmp/err"
check "folder is a file: exit status" 3 "$?"

# Fonts missing from the installation: said, exit 3, no file.
mkdir -p "$tmp/data/fonts"
cp "$top_srcdir/fonts/fonts.xml" "$tmp/data/fonts/" 2>/dev/null ||
    cp "$top_srcdir/data/fonts/fonts.xml" "$tmp/data/fonts/" 2>/dev/null
THBDOC_DATADIR="$tmp/data:$top_srcdir/data:$top_srcdir" \
    "$THBDOC" leaflet --allow-incomplete --lang ar -o "$tmp/nofont.pdf" \
    2>"$tmp/err"
st=$?
check "missing fonts: exit status" 3 "$st"
check "missing fonts: no file" no "$([ -e "$tmp/nofont.pdf" ] && echo yes || echo no)"
check "missing fonts: one line per problem, no crash" 0 \
    "$(grep -vc '^thbdoc: ' "$tmp/err")"

# --- issue 14: hardening, round 2 ---

# The shim (tests/shim.c) cannot run under AddressSanitizer's allocator.
shim=no
if [ -n "${THB_SHIM:-}" ] && [ -f "$THB_SHIM" ] &&
    LD_PRELOAD="$THB_SHIM" "$THBDOC" --version >/dev/null 2>&1; then
	shim=yes
fi
case_with_name() {	# FILE NAME-XML: a case naming a person
	cat >"$1" <<XML
<?xml version="1.0"?>
<case id="H-9" regime="1997-2003" district="liege">
  <person><name>$2</name><language>ro</language></person>
  <events>
    <interception date="2026-11-03" assessment="victim" stay="illegal"
        region="wallonia"/>
    <order-to-leave date="2026-11-05"/>
  </events>
</case>
XML
}

# 14.5 killed while writing (SIGXFSZ, as a full quota does): no file is
# left, under any name, with or without O_TMPFILE.
for way in tmpfile named; do
	rm -rf "$tmp/kill"; mkdir "$tmp/kill"
	(
		[ $way = named ] && export LD_PRELOAD="$THB_SHIM" THB_SHIM_NO_TMPFILE=1
		ulimit -f 16	# above the font subsets, below the PDF
		# SIGXFSZ may be ignored on entry, which sh cannot undo.
		exec "$PYTHON3" -c 'import os, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
os.execv(sys.argv[1], sys.argv[1:])' "$THBDOC" leaflet --lang en \
		    -o "$tmp/kill/leaflet.pdf"
	) 2>/dev/null
	st=$?
	if [ $way = named ] && [ $shim = no ]; then continue; fi
	check "killed by SIGXFSZ ($way): died of it" 153 "$st"
	check "killed by SIGXFSZ ($way): nothing left" "" \
	    "$(ls -A "$tmp/kill")"
done
# ... and SIGTERM in the middle of a long run leaves nothing either.
rm -rf "$tmp/kill"; mkdir "$tmp/kill"
"$THBDOC" leaflet --all -o "$tmp/kill" 2>/dev/null &
pid=$!
sleep 1
kill -TERM $pid 2>/dev/null
wait $pid 2>/dev/null
check "SIGTERM during leaflet --all: no temporary file" "" \
    "$(ls -A "$tmp/kill" | grep -v '^leaflet-[a-z_]*\.pdf$')"

# 14.5 the fallback without O_TMPFILE still writes, mode 0600, no trace.
if [ $shim = yes ]; then
	rm -rf "$tmp/named"; mkdir "$tmp/named"
	case_with_name "$tmp/named.xml" "Ion Popescu"
	LD_PRELOAD="$THB_SHIM" THB_SHIM_NO_TMPFILE=1 "$THBDOC" notice \
	    --allow-incomplete --date 2026-11-29 "$tmp/named.xml" -o "$tmp/named/n.pdf" \
	    2>"$tmp/err"
	check "no O_TMPFILE: written" 0 "$?"
	check "no O_TMPFILE: only the document" "n.pdf" \
	    "$(ls -A "$tmp/named")"
	check "no O_TMPFILE: mode 0600" 600 "$(stat -c %a "$tmp/named/n.pdf")"
fi

# 14.5 no byte of a person's data in a message: Latin-1 bytes of a name,
# an entity named after the person, their language.
printf '<?xml version="1.0"?>\n<case id="H-10" regime="1997-2003">\n<person><name>Jos\351 L\363pez</name></person>\n</case>\n' \
    >"$tmp/latin1.xml"
"$THBDOC" status "$tmp/latin1.xml" >/dev/null 2>"$tmp/err"
check "Latin-1 name: exit status" 1 "$?"
check_grep "Latin-1 name: line given" "latin1.xml:3:" "$tmp/err"
check "Latin-1 name: no byte of it" 0 \
    "$(grep -c -e 'Jos' -e '0xE9' -e 'E9' -e 'pez' "$tmp/err")"
case_with_name "$tmp/entity.xml" "&amp;Joseph;"
sed -i 's/&amp;Joseph;/\&Joseph;/' "$tmp/entity.xml"
"$THBDOC" status "$tmp/entity.xml" >/dev/null 2>"$tmp/err"
check "entity in a name: exit status" 1 "$?"
check "entity in a name: not named" 0 "$(grep -c 'Joseph' "$tmp/err")"
case_with_name "$tmp/lang.xml" "Ion"
sed -i 's|<language>ro</language>|<language>zzq</language>|' "$tmp/lang.xml"
"$THBDOC" notice --date 2026-11-29 "$tmp/lang.xml" -o "$tmp/lang.pdf" \
    2>"$tmp/err"
check "unknown language of the person: exit status" 2 "$?"
check "unknown language of the person: not shown" 0 \
    "$(grep -c 'zzq' "$tmp/err")"
case_with_name "$tmp/value.xml" "Ion"
sed -i 's/<order-to-leave date="2026-11-05"/<order-to-leave date="20J6-11-05"/' \
    "$tmp/value.xml"
"$THBDOC" status "$tmp/value.xml" >/dev/null 2>"$tmp/err"
check "a value failing the schema: not shown" 0 "$(grep -c '20J6' "$tmp/err")"

# 14.1 standard output on a full disk: every command says so, status 5.
for cmd in "status --date 2026-12-01 $samples" \
    "due --json --date 2026-12-01 $samples" "languages" \
    "check-translations --po-dir $top_srcdir/po fr" "--help" "--version" \
    "leaflet --lang en -o -"; do
	# shellcheck disable=SC2086
	"$THBDOC" $cmd >/dev/full 2>"$tmp/err"
	check "full standard output ($cmd): exit status" 5 "$?"
	check_grep "full standard output ($cmd): message" \
	    "error: cannot write to standard output" "$tmp/err"
done

# 14.9 -o -: a PDF on standard output for what names nobody, never for
# a document naming a person; no file named "-".
( cd "$tmp" && "$THBDOC" leaflet --lang en -o - >"$tmp/stdout.pdf" )
check "leaflet -o -: exit status" 0 "$?"
check "leaflet -o -: a PDF" "%PDF" "$(head -c 4 "$tmp/stdout.pdf")"
check "leaflet -o -: no file named -" no \
    "$([ -e "$tmp/-" ] && echo yes || echo no)"
( cd "$tmp" && "$THBDOC" leaflet --all -o - >"$tmp/out" 2>"$tmp/err" )
check "leaflet --all -o -: refused" 2 "$?"
check "leaflet --all -o -: no folder named -" no \
    "$([ -e "$tmp/-" ] && echo yes || echo no)"
case_with_name "$tmp/person.xml" "Ion Popescu"
( cd "$tmp" && "$THBDOC" notice --allow-incomplete --date 2026-11-29 \
    person.xml -o - \
    >"$tmp/out" 2>"$tmp/err" )
check "notice -o -: refused" 2 "$?"
check "notice -o -: nothing on standard output" 0 "$(wc -c <"$tmp/out")"
check_grep "notice -o -: message" "names a person" "$tmp/err"

# 14.9 --force replaces a regular file only: never a link (to a device or
# not), a device node, a FIFO or a folder.
mkdir "$tmp/force"
ln -s /dev/null "$tmp/force/link-dev.pdf"
: >"$tmp/force/target"; ln -s target "$tmp/force/link.pdf"
mkfifo "$tmp/force/fifo.pdf"
mkdir "$tmp/force/dir.pdf"
for f in link-dev link fifo dir; do
	"$THBDOC" leaflet --lang en --force -o "$tmp/force/$f.pdf" 2>"$tmp/err"
	check "--force on $f: refused" 3 "$?"
	check_grep "--force on $f: message" "not a regular file" "$tmp/err"
done
# A device of our own (a null device made in the test folder, as root),
# never the machine's /dev/null: if the refusal ever broke, the test would
# replace the system's device with a file (seen once on a shared machine).
if [ "$(id -u)" -eq 0 ] && mknod "$tmp/force/null-dev" c 1 3 2>/dev/null; then
	"$THBDOC" leaflet --lang en --force -o "$tmp/force/null-dev" 2>"$tmp/err"
	check "--force on a device: refused" 3 "$?"
	check "--force on a device: still a device" yes \
	    "$([ -c "$tmp/force/null-dev" ] && echo yes || echo no)"
fi
check "--force on a link: still a link" yes \
    "$([ -L "$tmp/force/link.pdf" ] && echo yes || echo no)"
check "--force on a link: its target untouched" 0 \
    "$(wc -c <"$tmp/force/target")"
: >"$tmp/force/plain.pdf"
"$THBDOC" leaflet --lang en --force -o "$tmp/force/plain.pdf" 2>"$tmp/err"
check "--force on a regular file: replaced" 0 "$?"

# 14.9 a folder any user can write, without the sticky bit, is refused;
# with the sticky bit (as /tmp) it is fine.
mkdir "$tmp/open"; chmod 0777 "$tmp/open"
"$THBDOC" leaflet --lang en -o "$tmp/open/l.pdf" 2>"$tmp/err"
check "world-writable folder: refused" 3 "$?"
check_grep "world-writable folder: message" "sticky bit" "$tmp/err"
check "world-writable folder: nothing written" "" "$(ls -A "$tmp/open")"
chmod 1777 "$tmp/open"
"$THBDOC" leaflet --lang en -o "$tmp/open/l.pdf" 2>"$tmp/err"
check "sticky world-writable folder: written" 0 "$?"
# 14.6 one-line fields stay one line: a name cannot add a "Date de
# naissance" line to the report; tabs fold; spaces only is missing.
case_with_name "$tmp/forged.xml" 'Ion&#10;Date de naissance : 01/01/1990'
"$THBDOC" report --date 2026-11-29 "$tmp/forged.xml" -o "$tmp/forged.pdf" \
    2>"$tmp/err"
check "line break in a name: refused" 1 "$?"
check_grep "line break in a name: field and line" \
    "forged.xml:3: error: <name> holds a line break" "$tmp/err"
check "line break in a name: no document" no \
    "$([ -e "$tmp/forged.pdf" ] && echo yes || echo no)"
check "line break in a name: value not shown" 0 \
    "$(grep -c -e 'Ion' -e '1990' "$tmp/err")"
case_with_name "$tmp/police.xml" "Ion"
sed -i 's/region="wallonia"/region="wallonia" police="PZ Liège\&#13;\&#10;Fake"/' \
    "$tmp/police.xml"
"$THBDOC" report --date 2026-11-29 "$tmp/police.xml" -o "$tmp/police.pdf" \
    2>"$tmp/err"
check "line break in police=: refused" 1 "$?"
check_grep "line break in police=: said" "police= holds a line break" \
    "$tmp/err"
case_with_name "$tmp/nel.xml" 'Ion&#x85;Pop'
"$THBDOC" status "$tmp/nel.xml" >/dev/null 2>"$tmp/err"
check "NEL (C1) in a name: refused" 1 "$?"
case_with_name "$tmp/tabs.xml" 'Ion&#9;&#9;Popescu'
"$THBDOC" report --date 2026-11-29 "$tmp/tabs.xml" -o "$tmp/tabs.pdf" \
    2>"$tmp/err"
check "tabs in a name: written" 0 "$?"
check_grep "tabs in a name: warned" "warning: <name> holds tabs" "$tmp/err"
check_grep "tabs in a name: one space" "Nom : Ion Popescu" \
    "$(mkdir -p "$tmp/t"; $PDFTOTEXT "$tmp/tabs.pdf" "$tmp/t/tabs.txt" \
    2>/dev/null; echo "$tmp/t/tabs.txt")"
case_with_name "$tmp/blank.xml" '    '
"$THBDOC" report --date 2026-11-29 "$tmp/blank.xml" -o "$tmp/blank.pdf" \
    2>"$tmp/err"
check_grep "a name of spaces: missing" "<name> holds only spaces" "$tmp/err"
case_with_name "$tmp/alm.xml" 'Ion&#x61C;Popescu'
"$THBDOC" status "$tmp/alm.xml" >/dev/null 2>"$tmp/err"
check_grep "U+061C in a name: flagged" "bidirectional control" "$tmp/err"
# 14.8 terminal safety: escape sequences, C1 and bidi controls in a file
# name are shown escaped, never sent raw; a long value is cut.
esc=$(printf 'a\033]0;owned\007\033[31mred\302\233\342\200\256x')
mkdir "$tmp/term"
case_with_name "$tmp/term/$esc.xml" "Ion"
"$THBDOC" status --date 2026-11-29 "$tmp/term" >"$tmp/out" 2>"$tmp/err"
"$THBDOC" status "$tmp/term/missing-$esc.xml" >>"$tmp/out" 2>>"$tmp/err"
"$THBDOC" due --date 2026-11-29 "$tmp/term" >>"$tmp/out" 2>>"$tmp/err"
check "escapes in a file name: none reach the terminal" 0 \
    "$(cat "$tmp/out" "$tmp/err" | LC_ALL=C grep -c "$(printf '[\033\007]')")"
check "C1 and bidi in a file name: none reach the terminal" 0 \
    "$(cat "$tmp/out" "$tmp/err" | grep -c -e "$(printf '\302\233')" \
    -e "$(printf '\342\200\256')")"
check_grep "escapes in a file name: shown" 'a\\x1B\]0;owned\\x07' "$tmp/err"
check_grep "bidi in a file name: shown" '<U+202E>x' "$tmp/out"
long=$(head -c 100000 /dev/zero | tr '\0' x)
printf '<?xml version="1.0"?>\n<case id="H-11" regime="1997-2003" district="%s">\n<events/>\n</case>\n' \
    "$long" >"$tmp/long.xml"
"$THBDOC" report --date 2026-11-29 "$tmp/long.xml" -o "$tmp/long.pdf" \
    2>"$tmp/err"
check "a 100 kB value: a short message" 1 \
    "$([ "$(wc -c <"$tmp/err")" -lt 1000 ] && echo 1 || echo "$(wc -c <"$tmp/err")")"

# 14.10 --json: any byte of a file name gives valid UTF-8 JSON (a byte
# that is not UTF-8 as \udcXX, Python's surrogateescape).
mkdir "$tmp/json"
case_with_name "$tmp/json/$(printf 'Jos\351\033').xml" "Ion"
"$THBDOC" due --json --date 2026-11-29 "$tmp/json" >"$tmp/out" 2>"$tmp/err"
check "Latin-1 file name: --json is UTF-8 JSON, the name recoverable" \
    "$(printf 'Jos\351\033.xml' | od -An -tx1 | tr -d ' \n')" \
    "$("$PYTHON3" -c 'import json, sys
for l in open(sys.argv[1], "rb").read().decode("utf-8").splitlines():
    f = json.loads(l)["file"].encode("utf-8", "surrogateescape")
    sys.stdout.write(f.rsplit(b"/", 1)[1].hex())
    break' "$tmp/out" 2>&1)"
# 14.10 what real systems write: UTF-16 with a byte order mark (either
# order) and CRLF line ends are read as UTF-8 would be.
sed 's/$/\r/' "$samples/$(ls "$samples" | head -1)" >"$tmp/crlf.xml"
"$THBDOC" status --json --date 2026-12-01 "$tmp/crlf.xml" >"$tmp/crlf.out"
check "CRLF case file: read" 0 "$?"
for enc in UTF-16LE UTF-16BE; do
	{ if [ $enc = UTF-16LE ]; then printf '\377\376'; else printf '\376\377'; fi
	  sed 's/encoding="UTF-8"/encoding="UTF-16"/' "$tmp/crlf.xml" |
	  iconv -f UTF-8 -t $enc; } >"$tmp/u16.xml"
	"$THBDOC" status --json --date 2026-12-01 "$tmp/u16.xml" \
	    >"$tmp/u16.out" 2>"$tmp/err"
	check "$enc case file with BOM: read" 0 "$?"
	check "$enc case file with BOM: same status as UTF-8" \
	    "$(cat "$tmp/crlf.out")" "$(cat "$tmp/u16.out")"
done
{ printf '\377\376'; printf '<\000c\000\000\330'; } >"$tmp/u16bad.xml"
"$THBDOC" status "$tmp/u16bad.xml" >/dev/null 2>"$tmp/err"
check "broken UTF-16: exit status" 1 "$?"
check_grep "broken UTF-16: said" "not valid UTF-16" "$tmp/err"

# 14.10 dates past 9999: refused cleanly, never printed as year 0000.
case_with_name "$tmp/y9999.xml" "Ion"
sed -i 's/2026-11-0\([35]\)/9999-12-2\1/' "$tmp/y9999.xml"
"$THBDOC" status "$tmp/y9999.xml" >"$tmp/out" 2>"$tmp/err"
check "a date in 9999: refused" 1 "$?"
check_grep "a date in 9999: said" "years 1900 to 9899" "$tmp/err"
"$THBDOC" status --date 9999-12-31 "$samples" >"$tmp/out" 2>"$tmp/err"
check "--date 9999-12-31: refused" 2 "$?"
check "no year 0000 anywhere" 0 "$(grep -c '0000-' "$tmp/out")"

# 14.10 the same case id in two files: a warning.
mkdir "$tmp/twice"
case_with_name "$tmp/twice/a.xml" "Ion"
cp "$tmp/twice/a.xml" "$tmp/twice/b.xml"
"$THBDOC" due --date 2026-11-29 "$tmp/twice" >/dev/null 2>"$tmp/err"
check "one case id twice: exit status" 0 "$?"
check_grep "one case id twice: warned" \
    "b.xml: warning: the case id H-9 is also the id of .*a.xml" "$tmp/err"

# 14.10 fonts.xml: read through the safe reader and its schema; a face's
# file is a name in fonts/, never a path; a FIFO is not opened.
mkdir -p "$tmp/fdata/fonts"
sed 's|file="NotoSans-Regular.ttf"|file="../../../../etc/passwd"|' \
    "$top_srcdir/fonts/fonts.xml" >"$tmp/fdata/fonts/fonts.xml"
THBDOC_DATADIR="$tmp/fdata:$THBDOC_DATADIR" \
    "$THBDOC" leaflet --lang en -o "$tmp/fpath.pdf" 2>"$tmp/err"
check "fonts.xml with a path: refused" 1 \
    "$([ $? -ne 0 ] && [ ! -e "$tmp/fpath.pdf" ] && echo 1 || echo 0)"
check_grep "fonts.xml with a path: said" "fonts.xml.*error: .*file" "$tmp/err"
printf '<?xml version="1.0"?>\n<!DOCTYPE fonts [<!ENTITY e "x">]>\n<fonts/>\n' \
    >"$tmp/fdata/fonts/fonts.xml"
THBDOC_DATADIR="$tmp/fdata:$THBDOC_DATADIR" \
    "$THBDOC" leaflet --lang en -o "$tmp/fdtd.pdf" 2>"$tmp/err"
check_grep "fonts.xml with a DOCTYPE: refused" "DOCTYPE" "$tmp/err"
rm "$tmp/fdata/fonts/fonts.xml"
cp "$top_srcdir/fonts/fonts.xml" "$tmp/fdata/fonts/"
mkfifo "$tmp/fdata/fonts/NotoSans-Regular.ttf"
THBDOC_DATADIR="$tmp/fdata:$THBDOC_DATADIR" timeout 20 \
    "$THBDOC" leaflet --lang en -o "$tmp/ffifo.pdf" 2>"$tmp/err"
check "a FIFO for a font: not opened, no stall" 0 "$?"
# 14.2 limits in time as well as size: 100,000 attributes in one element
# (under 1 MB: 82 s in libxml2 2.9) or a 1 MB attribute are refused at
# once, before the parser.
"$PYTHON3" -c 'import sys
a = " ".join("a%d=\"1\"" % i for i in range(100000))
open(sys.argv[1], "w").write("<?xml version=\"1.0\"?>\n<case id=\"H-12\" regime=\"1997-2003\">\n<events><complaint date=\"2026-01-01\" %s/></events></case>\n" % a)
open(sys.argv[2], "w").write("<?xml version=\"1.0\"?>\n<case id=\"H-13\" regime=\"1997-2003\" district=\"%s\"/>\n" % ("x" * 1000000))' \
    "$tmp/attrs.xml" "$tmp/attr1m.xml"
timeout 10 "$THBDOC" status "$tmp/attrs.xml" >/dev/null 2>"$tmp/err"
check "100,000 attributes: refused at once" 1 "$?"
check_grep "100,000 attributes: said" \
    "attrs.xml:3: error: .*attributes in one element (at most 64)" "$tmp/err"
timeout 10 "$THBDOC" status "$tmp/attr1m.xml" >/dev/null 2>"$tmp/err"
check "1 MB attribute: refused" 1 "$?"
check "1 MB attribute: a short message" 1 \
    "$([ "$(wc -c <"$tmp/err")" -lt 300 ] && echo 1 || echo 0)"

# 14.2 folder walks: links to "..", to "." (three times), out of the
# tree, dangling; a FIFO named like a case; folders nested too deep.
mkdir -p "$tmp/walk/sub"
case_with_name "$tmp/walk/a.xml" "Ion"
sed 's/H-9/H-14/' "$tmp/walk/a.xml" >"$tmp/walk/sub/b.xml"
ln -s .. "$tmp/walk/sub/up"
ln -s . "$tmp/walk/self1"; ln -s . "$tmp/walk/self2"; ln -s . "$tmp/walk/self3"
ln -s "$samples" "$tmp/walk/outside"
ln -s nowhere.xml "$tmp/walk/dangling.xml"
mkfifo "$tmp/walk/fifo.xml"
timeout 20 "$THBDOC" due --json --date 2026-11-29 "$tmp/walk" >"$tmp/out" \
    2>"$tmp/err"
check "folder walk with link loops: ends" 0 "$?"
check "folder walk: each case once" "2" \
    "$(sed 's/.*"case":"\([^"]*\)".*/\1/' "$tmp/out" | sort -u | wc -l | tr -d ' ')"
check "folder walk: no case listed twice" \
    "$(sed 's/.*"case":"\([^"]*\)","action":"\([^"]*\)".*/\1 \2/' "$tmp/out" | sort -u | wc -l)" \
    "$(wc -l <"$tmp/out")"
check "folder walk: nothing from outside the tree" 0 \
    "$(grep -c -v '"case":"H-' "$tmp/out")"
check_grep "folder walk: link out of the tree said" "outside: warning: not followed" "$tmp/err"
d="$tmp/deep"; i=0
while [ $i -lt 20 ]; do d="$d/d$i"; i=$((i + 1)); done
mkdir -p "$d"
"$THBDOC" due "$tmp/deep" >/dev/null 2>"$tmp/err"
check_grep "folders too deep: said" "16 levels deep at most" "$tmp/err"
timeout 10 "$THBDOC" status "$tmp/walk/fifo.xml" >/dev/null 2>"$tmp/err"
check "a FIFO as a case file: refused, no stall" 1 "$?"
check_grep "a FIFO as a case file: said" "not a regular file" "$tmp/err"
# 14.4 a catalogue is data: a .mo whose translation has other printf
# conversions than its source, or whose plural formula divides by zero,
# crashed thbdoc.  The program's messages then stay in English (with a
# warning for the formula); a document's catalogue is refused, said.
if locale -a 2>/dev/null | grep -qi '^fr_FR.utf-\{0,1\}8$' &&
    command -v msgfmt >/dev/null; then
	mkdir -p "$tmp/loc/fr/LC_MESSAGES"
	cat >"$tmp/badfmt.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n"

msgid "Case %s, as of %s (%s)\n"
msgstr "Dossier %s %s %s %s %s, au %d (%s)\n"

msgid "  Rights:\n"
msgstr "  Droits %s %s %s %s %s %s %s %s :\n"
PO
	msgfmt -o "$tmp/loc/fr/LC_MESSAGES/thbdoc.mo" "$tmp/badfmt.po"
	LC_ALL=fr_FR.UTF-8 LANGUAGE=fr THBDOC_LOCALEDIR="$tmp/loc" \
	    "$THBDOC" status --date 2026-12-01 "$samples" >"$tmp/out" 2>"$tmp/err"
	check "mismatched formats in the program's catalogue: no crash" 0 "$?"
	check_grep "mismatched formats: the source is used" "^Case " "$tmp/out"
	check_grep "mismatched formats: a good one still used" "^  Rights:" "$tmp/out"
	cat >"$tmp/div0.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n / (n - n));\n"

msgid "  Extended or renewed: %d time\n"
msgid_plural "  Extended or renewed: %d times\n"
msgstr[0] "  Prorogé %d fois\n"
msgstr[1] "  Prorogé %d fois\n"
PO
	msgfmt -o "$tmp/loc/fr/LC_MESSAGES/thbdoc.mo" "$tmp/div0.po" 2>/dev/null
	LC_ALL=fr_FR.UTF-8 LANGUAGE=fr THBDOC_LOCALEDIR="$tmp/loc" \
	    "$THBDOC" status --date 2026-12-01 "$samples" >"$tmp/out" 2>"$tmp/err"
	check "plural formula dividing by zero: no crash" 0 "$?"
	check_grep "plural formula dividing by zero: said" \
	    "catalogue of the program's messages is not used" "$tmp/err"
	check_grep "plural formula dividing by zero: English" \
	    "Extended or renewed: 1 time" "$tmp/out"
fi
if command -v msgfmt >/dev/null; then
	mkdir -p "$tmp/loc2/ro/LC_MESSAGES"
	cat >"$tmp/docfmt.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\nLanguage: ro\n"

msgid "Call %s"
msgstr "Sunați %d %s"
PO
	msgfmt -o "$tmp/loc2/ro/LC_MESSAGES/thbdoc-docs.mo" "$tmp/docfmt.po"
	THBDOC_LOCALEDIR="$tmp/loc2:$THBDOC_LOCALEDIR" \
	    "$THBDOC" leaflet --lang ro -o "$tmp/ro.pdf" 2>"$tmp/err"
	check "a document catalogue with bad formats: refused" 3 \
	    "$([ -e "$tmp/ro.pdf" ] && echo written || echo 3)"
	check_grep "a document catalogue with bad formats: said" \
	    "thbdoc-docs.mo: error: .*printf conversions differ.*Call %s" "$tmp/err"
fi
# 14.3 out of memory is exit 3 with a message, everywhere: the Nth
# allocation and all after it fail (tests/shim.c), for N spread over every
# allocation of a leaflet (Latin, and Arabic through HarfBuzz) and of a
# report; never a crash, never "invalid case file", never a file left.
if [ $shim = yes ]; then
	case_with_name "$tmp/oom.xml" "Ion Popescu"
	oom_run() {	# NAME SAMPLES ARGS...: fail at N for SAMPLES values of N
		_name=$1 _samples=$2; shift 2
		rm -f "$tmp/oom.pdf"
		LD_PRELOAD="$THB_SHIM" THB_SHIM_COUNT="$tmp/oom.count" \
		    "$THBDOC" "$@" -o "$tmp/oom.pdf" >/dev/null 2>&1
		_total=$(cat "$tmp/oom.count")
		_bad=0 _k=1
		while [ $_k -le "$_samples" ]; do
			# (the count varies a little from run to run:
			# libxml2's dictionaries are seeded at random)
			_n=$(( _total * 97 / 100 * _k / _samples - _k % 3 ))
			[ $_n -lt 1 ] && _n=1
			rm -f "$tmp/oom.pdf"
			timeout 60 env LD_PRELOAD="$THB_SHIM" \
			    THB_SHIM_FAIL_ALLOC=$_n "$THBDOC" "$@" \
			    -o "$tmp/oom.pdf" >/dev/null 2>"$tmp/oom.err"
			_st=$?
			if [ $_st -ne 3 ] || ! grep -q "out of memory" \
			    "$tmp/oom.err" || [ -e "$tmp/oom.pdf" ]; then
				_bad=$((_bad + 1))
				echo "  $_name: allocation $_n of $_total: status $_st" >&2
				head -2 "$tmp/oom.err" | sed 's/^/  | /' >&2
			fi
			_k=$((_k + 1))
		done
		check "out of memory, $_name ($_samples points of $_total allocations)" 0 "$_bad"
	}
	oom_run "leaflet en" 40 leaflet --lang en
	oom_run "leaflet ar (HarfBuzz)" 40 leaflet --lang ar --allow-incomplete
	oom_run "report" 60 report --date 2026-11-29 "$tmp/oom.xml"
	# ... and every allocation of shaping, not a sample: Arabic with
	# brackets (fribidi 1.0.8 crashed there), Devanagari, Thai, names
	# in fonts opened on demand (tests/oom_shape.c; forked children, so
	# the same allocations every run).
	LD_PRELOAD="$THB_SHIM" "$top_builddir/tests/oom_shape" \
	    >"$tmp/oom_shape.out" 2>&1
	check "out of memory, every allocation of shaping: $(tail -1 \
	    "$tmp/oom_shape.out")" 0 "$?"
	grep -v "passed, .* failed" "$tmp/oom_shape.out" | sed 's/^/  /' >&2
fi
# 14.7 a name in any script is drawn: a report naming a person in each
# script a name may be written in has the name in its text layer, drawn
# with the script's font (embedded), and the notice in Arabic (whose chain
# ends with the faces of "*") is written too.  The names are made up.
# pdftotext reads a Thaana name with its vowel marks out of order and
# does not take N'Ko as right-to-left; MuPDF reads both: either reader
# giving the name back is enough.  U+2060 (a glyph with no character of
# its own, pdf_out.c) is left out of the comparison.
while IFS='|' read -r block face nm; do
	case_with_name "$tmp/script.xml" "$nm"
	rm -f "$tmp/script.pdf" "$tmp/notice.pdf"
	"$THBDOC" report --date 2026-11-29 "$tmp/script.xml" \
	    -o "$tmp/script.pdf" 2>"$tmp/err"
	check "a $block name: report written" 0 "$?"
	# (one font object or more: a glyph drawn for several texts gets a
	# text map of its own, pdf_out.c)
	check "a $block name: $face embedded" yes \
	    "$(poppler pdffonts "$tmp/script.pdf" | grep -q "+$face " &&
	    echo yes || echo no)"
	{ poppler pdftotext "$tmp/script.pdf" -
	  [ -n "${MUTOOL:-}" ] && "$MUTOOL" draw -q -F txt -o - \
	      "$tmp/script.pdf" 1 2>/dev/null; } |
	    sed 's/\xe2\x81\xa0//g' >"$tmp/script.txt"
	check "a $block name: in the text layer" yes \
	    "$(grep -q -F "Nom : $nm" "$tmp/script.txt" && echo yes || echo no)"
	"$THBDOC" notice --allow-incomplete --lang ar --date 2026-11-29 \
	    "$tmp/script.xml" -o "$tmp/notice.pdf" 2>"$tmp/err"
	check "a $block name: Arabic notice written" 0 "$?"
done <<'NAMES'
Georgian|NotoSansGeorgian-Regular|ნინო ბერიძე
Armenian|NotoSansArmenian-Regular|Անի Պետրոսյան
Hebrew|NotoSansHebrew-Regular|נועה לוי
Syriac|NotoSansSyriac-Regular|ܡܪܝܡ ܫܡܥܘܢ
Thaana|NotoSansThaana-Regular|އާމިނަތު ހަސަން
Tamil|NotoSansTamil-Regular|கவிதா முருகன்
Telugu|NotoSansTelugu-Regular|లక్ష్మి రెడ్డి
Kannada|NotoSansKannada-Regular|ಅನಿತಾ ರಾವ್
Malayalam|NotoSansMalayalam-Regular|അനു മേനോൻ
Gujarati|NotoSansGujarati-Regular|પ્રિયા પટેલ
Gurmukhi|NotoSansGurmukhi-Regular|ਹਰਪ੍ਰੀਤ ਕੌਰ
Oriya|NotoSansOriya-Regular|ସୁନିତା ଦାସ
Sinhala|NotoSansSinhala-Regular|නිමාලි පෙරේරා
Khmer|NotoSansKhmer-Regular|សុខា ចាន់
Lao|NotoSansLao-Regular|ສົມພອນ ແກ້ວ
Myanmar|NotoSansMyanmar-Regular|အေးအေး မောင်
Tifinagh|NotoSansTifinagh-Regular|ⵜⵉⵍⴻⵍⵍⵉ ⵏⴰⵢⵜ
Adlam|NotoSansAdlam-Regular|𞤀𞤣𞤢𞤥 𞤄𞤢𞤪𞤭
NKo|NotoSansNKo-Regular|ߊߘߊߡߊ ߞߊ߲ߕߍ
Hangul|NanumGothic|김민준
NAMES
# ... and a name with a character no font of thbdoc has is never printed
# blank: the official document is refused, naming the field and the
# Unicode block (not the character).  Linear B; a Private Use character
# (the prepared fonts use that area for their own glyphs, so it would
# draw some ligature); an unassigned code point.
pua=$(printf '\356\200\200')	# U+E000
for nm in "Ana 𐀀𐀁:Linear B Syllabary" "Ana $pua:Private Use Area" \
    "Ana ͸:Greek and Coptic"; do
	case_with_name "$tmp/script.xml" "${nm%%:*}"
	rm -f "$tmp/script.pdf"
	"$THBDOC" report --date 2026-11-29 "$tmp/script.xml" \
	    -o "$tmp/script.pdf" 2>"$tmp/err"
	check "a ${nm#*:} name: refused" 1 "$?"
	check "a ${nm#*:} name: no document" no \
	    "$([ -e "$tmp/script.pdf" ] && echo yes || echo no)"
	check_grep "a ${nm#*:} name: field and block" \
	    "<name> holds a character of the Unicode block \"${nm#*:}\"" "$tmp/err"
	check "a ${nm#*:} name: not shown" 0 "$(grep -c "${nm%%:*}" "$tmp/err")"
done
case_with_name "$tmp/script.xml" "Ірина Шевченко"
"$THBDOC" report --date 2026-11-29 "$tmp/script.xml" -o "$tmp/script.pdf" \
    2>"$tmp/err"
check "a Cyrillic name: written" 0 "$?"
finish
