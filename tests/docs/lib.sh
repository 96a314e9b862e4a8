# tests/docs/lib.sh: shared by the document tests; sourced, not run.
. "$top_srcdir/tests/lib.sh"

here="$top_srcdir/tests/docs"
samples="$top_srcdir/data/samples"
cases="$here/cases"
# The templates live in the source tree's templates/, beside data/.
THBDOC_DATADIR="$THBDOC_DATADIR:$top_srcdir"
export THBDOC_DATADIR

# expect_status NAME STATUS COMMAND...: the exit status of a command;
# its output in $tmp/out and $tmp/err.
expect_status() {
	name=$1 want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	check "$name: exit status" "$want" "$?"
}

# Are the fr, nl and de catalogues built (tests/locale)?
have_catalogues() {
	for ll in fr nl de; do
		[ -f "$THBDOC_LOCALEDIR/$ll/LC_MESSAGES/thbdoc.mo" ] || return 1
	done
}
