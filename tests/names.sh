#!/bin/sh
# names.sh: every public name carries its module's prefix (HACKING, "Names").
# Functions are read from the library's symbol table, types and macros from
# the headers of src/.  The few exceptions are listed here and in HACKING.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
lib="$top_builddir/libthbdoc.a"
NM=${NM:-nm}

# prefix FILE: the module prefix of a header or object file.  A file named
# for its stage (case_parse, doc_tree, po_read, ...) belongs to the module
# of its first word; every cli_*.c file to cli.
prefix() {
	b=$(basename "$1"); b=${b%.*}
	case $b in
	case_parse) echo case ;;
	doc_tree) echo doc ;;
	po_read) echo po ;;
	xml_read) echo xml ;;
	pdf_out|pdf_out_int) echo pdf ;;
	status_out) echo status ;;
	tmpl_*) echo tmpl ;;
	cli_*) echo cli ;;
	*_int) echo "${b%_int}" ;;
	*) echo "$b" ;;
	esac
}

# allowed PREFIX NAME: NAME is PREFIX, or starts with PREFIX_ (any case),
# or is one of the written exceptions.
allowed() {
	lower=$(printf '%s' "$2" | tr 'A-Z' 'a-z')
	case $lower in
	"$1"|"$1"_*) return 0 ;;
	esac
	case "$1:$2" in
	# The program's entry point, named after the program (xmllintMain).
	cli:thbdoc_main) return 0 ;;
	# The exit statuses are the program's interface (man page, EXIT STATUS).
	exitcodes:thb_exit|exitcodes:THB_EXIT_*) return 0 ;;
	# gettext's no-op marker.
	i18n:N_) return 0 ;;
	# Allocation that exits on failure, and the string buffer: util.h.
	util:xmalloc|util:xcalloc|util:xrealloc|util:xstrdup|util:xasprintf) \
		return 0 ;;
	util:sbuf|util:sbuf_*) return 0 ;;
	esac
	case $2 in
	# Header guards.
	THB_*_H) return 0 ;;
	esac
	return 1
}

if [ ! -f "$lib" ]; then
	echo "SKIP: no $lib"
	exit 77
fi

# Functions and variables the library exports, with their object file.
# Symbols the compiler makes for its sanitizers (__odr_asan.NAME,
# __asan_*, __ubsan_*, __sancov_*) are not names of ours.
"$NM" -A -g --defined-only "$lib" 2>/dev/null |
    awk 'NF == 3 && $3 !~ /^__(odr_asan|asan|ubsan|sancov)/ {
	split($1, a, ":"); print a[2], $3 }' \
    >"$tmp/syms"
[ -s "$tmp/syms" ] || { fail "no symbols read from $lib with $NM"; }
while read -r obj name; do
	p=$(prefix "$obj")
	if allowed "$p" "$name"; then pass; else
		fail "function $name (${obj%.o}.c) lacks the prefix ${p}_"
	fi
done <"$tmp/syms"

# Types (struct, enum, union tags, typedefs) and macros at the top level
# of each header.
for h in "$top_srcdir"/src/*.h; do
	p=$(prefix "$h")
	awk '
	/^(struct|enum|union) [A-Za-z_0-9]+ *\{/ { print $2; next }
	/^typedef .*;/ {
		s = $0; sub(/;.*/, "", s)
		if (s ~ /\(\*[A-Za-z_0-9]+\)/) { sub(/.*\(\*/, "", s); sub(/\).*/, "", s) }
		else { sub(/.*[ *\t]/, "", s) }
		print s; next
	}
	/^#define [A-Za-z_0-9]+/ { s = $2; sub(/\(.*/, "", s); print s }
	' "$h" >"$tmp/names"
	while read -r name; do
		if allowed "$p" "$name"; then pass; else
			fail "$name ($(basename "$h")) lacks the prefix ${p}_"
		fi
	done <"$tmp/names"
done

echo "names: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
