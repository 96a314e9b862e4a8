# tests/tmpl/lib.sh: shared by the template tests; sourced, not run.
. "$top_srcdir/tests/lib.sh"

TMPLTOOL="$top_builddir/tests/tmpl/tmpltool"
TEMPLATE_XSD="$top_srcdir/templates/template.xsd"
LEAFLET="$top_srcdir/templates/leaflet.xml"
CENTRES="$top_srcdir/data/centres.xml"
CENTRES_XSD="$top_srcdir/data/schema/centres.xsd"
here="$top_srcdir/tests/tmpl"
# The templates live in the source tree's templates/, beside data/.
THBDOC_DATADIR="$THBDOC_DATADIR:$top_srcdir"
export THBDOC_DATADIR
# xgettext finds templates/its/thbdoc.loc here, as po/Makevars has it.
GETTEXTDATADIRS="$top_srcdir/templates"
export GETTEXTDATADIRS
