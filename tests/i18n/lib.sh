# tests/i18n/lib.sh: shared by the translation tests; sourced, not run.
. "$top_srcdir/tests/lib.sh"

here="$top_srcdir/tests/i18n"
# Templates are found in the source tree, beside data/.
THBDOC_DATADIR="$THBDOC_DATADIR:$top_srcdir"
export THBDOC_DATADIR

# line_of FILE EXTENDED-REGEX: the number of the first line that matches.
line_of() {
	grep -n -E -m1 -- "$2" "$1" | cut -d: -f1
}

# check_status NAME WANT COMMAND...: run, keep stdout/stderr in $tmp.
check_status() {
	_name=$1 _want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	_got=$?
	check "$_name: exit status" "$_want" "$_got"
	if [ "$_got" -ge 128 ]; then
		fail "$_name: killed by a signal"; cat "$tmp/err" >&2
	fi
}

# compile PO LOCALEDIR LL: msgfmt a fixture into LOCALEDIR/LL/LC_MESSAGES,
# as a catalogue of the documents' domain (the leaflet's).
compile() {
	mkdir -p "$2/$3/LC_MESSAGES" &&
	msgfmt -o "$2/$3/LC_MESSAGES/thbdoc-docs.mo" "$1"
}
