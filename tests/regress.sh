#!/bin/sh
# regress.sh: the one golden runner.  Every golden file of the suite is a
# row of tests/regress.tbl (what is run, into which file); this script
# runs each row and compares, like libxml2's runtest and mandoc's
# regress.pl.
#
#   tests/regress.sh [--update] [WORD...]
#
# make check runs it; "make update-golden" runs it with --update, which
# rewrites the golden files that differ (and writes missing ones): review
# the diff (git diff tests/) before committing, and say in the commit
# which goldens changed and why.  WORDs keep only the rows whose golden
# file's path holds one of them (e.g. "docs/golden/notice").
#
# A golden file that no row makes fails the run: coverage cannot go away
# unseen.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

update=no
words=
for a in "$@"; do
	case $a in
	--update) update=yes ;;
	-*) echo "usage: regress.sh [--update] [WORD...]" >&2; exit 2 ;;
	*) words="$words $a" ;;
	esac
done
[ "${UPDATE:-}" = 1 ] && update=yes

# Positions and sizes of the layout dumps are in tenths of a point; a
# move of up to half a point is not a change of layout (rounding, a font
# update), a line that breaks elsewhere or moves to another page is.
LAYOUT_TOLERANCE=5

tests="$top_srcdir/tests"
S="$top_srcdir/data/samples"
C="$tests/docs/cases"
T="$tests/tmpl"
MO="$tmp/mo"
TMPLTOOL="$top_builddir/tests/tmpl/tmpltool"
SAMPLE="$top_builddir/tests/engine/engine_sample"
# The templates live in the source tree's templates/, beside data/.
THBDOC_DATADIR="$THBDOC_DATADIR:$top_srcdir"
export THBDOC_DATADIR

skipped=0
updated=0
: >"$tmp/seen"

# ---- kinds: each writes what it records into the file $1 (the other
# arguments are the row's); status 77 = cannot run here (reason in $why).

# status --json of one sample on four dates, one line each.
kind_history() {
	out=$1 case=$2
	: >"$out"
	for date in 2026-06-01 2026-11-01 2026-12-01 2027-03-01; do
		(cd "$S" && "$THBDOC" status --json --date "$date" "$case") \
		    >>"$out" || return 1
	done
	json_ok "$out"
}

# A command of thbdoc run in data/samples: its standard output.
kind_samples() {
	out=$1
	shift
	(cd "$S" && set +f && eval "\"\$THBDOC\" $*") >"$out" || return 1
	case $out in *.json) json_ok "$out" ;; esac
}

# A refused case file (tests/bad): the message on standard error.
kind_bad() {
	out=$1
	(cd "$tests/bad" && "$THBDOC" status --date 2026-12-01 "$2") \
	    >/dev/null 2>"$out"
	[ $? -eq 1 ]
}

# An official document: its text (pdftotext), "== exit N", its messages.
kind_doc() {
	out=$1 date=$2 file=$3
	shift 3
	need_docs || return 77
	rm -f "$tmp/doc.pdf"
	"$THBDOC" "$@" --date "$date" "$file" -o "$tmp/doc.pdf" \
	    2>"$tmp/doc.err"
	st=$?
	{
		if [ -f "$tmp/doc.pdf" ]; then
			poppler "$PDFTOTEXT" -enc UTF-8 "$tmp/doc.pdf" -
		fi
		echo "== exit $st"
		sed "s|$top_srcdir/||g" "$tmp/doc.err"
	} >"$out"
}

# The blank report form in one language, as kind_doc records it.
kind_blank() {
	out=$1
	need_docs || return 77
	rm -f "$tmp/doc.pdf"
	"$THBDOC" report --blank --lang "$2" -o "$tmp/doc.pdf" 2>"$tmp/doc.err"
	st=$?
	{
		poppler "$PDFTOTEXT" -enc UTF-8 "$tmp/doc.pdf" -
		echo "== exit $st"
		cat "$tmp/doc.err"
	} >"$out"
}

# The document tree of a template (tmpltool dump), warnings included.
kind_tree() {
	out=$1 template=$2
	shift 2
	(cd "$top_srcdir" && "$TMPLTOOL" dump -x templates/template.xsd \
	    -c data/centres.xml -C data/schema/centres.xsd "$@" "$template") \
	    >"$out" 2>&1
}

# A refused template: its error lines.  Accepting it is a failure.
kind_tmpl_bad() {
	out=$1
	if "$TMPLTOOL" dump -x "$top_srcdir/templates/template.xsd" "$2" \
	    >"$tmp/tmpl.out" 2>&1; then
		echo "  accepted" >&2
		return 1
	fi
	grep ': error: ' "$tmp/tmpl.out" >"$out"
}

# The layout dump of a sample language (engine_sample dump): one line per
# page, text line, rule, box and link, with its position.
kind_layout() {
	"$SAMPLE" dump "$2" >"$1"
}

# ---- helpers

json_ok() {
	[ -n "${PYTHON3:-}" ] || return 0
	"$PYTHON3" -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    json.loads(line)' "$1" || { echo "  JSON does not parse" >&2; return 1; }
}

need_docs() {
	if [ -z "${PDFTOTEXT:-}" ]; then
		why="pdftotext not found"; return 1
	fi
	for ll in fr nl de; do
		[ -f "$THBDOC_LOCALEDIR/$ll/LC_MESSAGES/thbdoc.mo" ] && continue
		why="the fr, nl and de catalogues are not built"; return 1
	done
}

# same_layout EXPECTED ACTUAL: the same lines, pages and texts; numbers
# x= y= w= h= within LAYOUT_TOLERANCE.  Prints the first difference.
same_layout() {
	awk -v tol="$LAYOUT_TOLERANCE" '
	function same(x, y,    nx, ny, tx, ty, k, d) {
		if (x == y) return 1
		nx = split(x, tx, / /); ny = split(y, ty, / /)
		if (nx != ny) return 0
		for (k = 1; k <= nx; k++) {
			if (tx[k] == ty[k]) continue
			if (tx[k] !~ /^[xywh]=-?[0-9]+$/ || ty[k] !~ /^[xywh]=-?[0-9]+$/ ||
			    substr(tx[k], 1, 2) != substr(ty[k], 1, 2))
				return 0
			d = substr(tx[k], 3) - substr(ty[k], 3)
			if (d < -tol || d > tol) return 0
		}
		return 1
	}
	NR == FNR { a[++na] = $0; next }
	{ b[++nb] = $0 }
	END {
		for (i = 1; i <= na || i <= nb; i++) {
			if (i > na || i > nb || !same(a[i], b[i])) {
				printf "  first difference at line %d (positions within %d):\n", i, tol
				printf "  - %s\n  + %s\n", (i <= na ? a[i] : "(end)"), (i <= nb ? b[i] : "(end)")
				exit 1
			}
		}
	}' "$1" "$2"
}

wanted() {
	[ -z "$words" ] && return 0
	for w in $words; do
		case $1 in *"$w"*) return 0 ;; esac
	done
	return 1
}

# run_row EXPECTED KIND ARGS...: one golden file.
run_row() {
	row_rel=$1 row_kind=$2
	shift 2
	echo "$row_rel" >>"$tmp/seen"
	wanted "$row_rel" || return 0
	golden="$tests/$row_rel"
	actual="$tmp/actual"
	why=
	rm -f "$actual"
	"kind_$(echo "$row_kind" | tr - _)" "$actual" "$@" 2>"$tmp/kind.err"
	st=$?
	if [ $st -eq 77 ]; then
		skipped=$((skipped + 1))
		echo "SKIP: $row_rel: $why"
		return
	fi
	if [ $st -ne 0 ] || [ ! -f "$actual" ]; then
		fail "$row_rel: $row_kind $* failed (status $st)"
		sed 's/^/  | /' "$tmp/kind.err" >&2
		return
	fi
	if [ -f "$golden" ]; then
		if [ "$row_kind" = layout ]; then
			same_layout "$golden" "$actual" >"$tmp/diff"
		else
			diff -u "$golden" "$actual" >"$tmp/diff"
		fi && { pass; return; }
	else
		echo "  (no golden file yet)" >"$tmp/diff"
	fi
	if [ $update = yes ]; then
		mkdir -p "$(dirname "$golden")"
		cp "$actual" "$golden"
		updated=$((updated + 1))
		echo "updated: $row_rel"
		pass
		return
	fi
	fail "$row_rel ($row_kind $*)"
	cat "$tmp/diff" >&2
}

# ---- the table

if command -v msgfmt >/dev/null 2>&1; then
	mkdir -p "$MO"
	for po in "$T"/*.po; do
		msgfmt -c -o "$MO/$(basename "$po" .po).mo" "$po" ||
		    fail "msgfmt $po"
	done
fi

set -f
while read -r each rel kind args; do
	case $each in ''|'#'*) continue ;; esac
	case $each in
	-) items=- ;;
	!layout-langs) items=$("$SAMPLE" langs) ||
	    { fail "$SAMPLE langs"; continue; } ;;
	*) set +f
	   items=$(cd "$top_srcdir" && for f in $each; do
		[ -e "$f" ] && basename "$f" | sed 's/\.[^.]*$//'; done)
	   set -f ;;
	esac
	for item in $items; do
		r=$rel a=$args
		if [ "$item" != - ]; then
			r=$(printf '%s\n' "$rel" | sed "s|%|$item|g")
			a=$(printf '%s\n' "$args" | sed "s|%|$item|g")
		fi
		# $S, $C, $T, $MO; the samples' ./*.xml stays for kind_samples.
		eval "set -- $a"
		run_row "$r" "$kind" "$@"
	done
done <"$tests/regress.tbl"
set +f

# Every golden file is made by a row.
if [ -z "$words" ]; then
	(cd "$tests" && ls golden/*.json golden/*.txt bad/*.expected \
	    docs/golden/*.txt tmpl/golden/*.dump tmpl/bad/*.expected \
	    engine/golden/*.dump 2>/dev/null) | sort >"$tmp/golden"
	sort -u "$tmp/seen" | comm -23 "$tmp/golden" - >"$tmp/orphans"
	while read -r f; do
		fail "tests/$f: no row of tests/regress.tbl makes it (remove it, or add its row)"
	done <"$tmp/orphans"
fi

[ $updated -gt 0 ] && echo "$updated golden files rewritten: review git diff tests/"
[ $skipped -gt 0 ] && echo "$skipped rows skipped"
finish
