/* tmpltool.c: drives the template engine for the tests in tests/tmpl/.
 *
 *   tmpltool dump [options] TEMPLATE
 *	Build the document and print doc_dump(), then the diagnostics
 *	(file names reduced to their last component, so the output does
 *	not depend on the build directory).
 *	-x XSD		template schema (required)
 *	-l LL -m MO	the person's language and its catalogue
 *	-L rtl		that language is written right to left
 *	-w LL -M MO	the official language side by side
 *	-c XML -C XSD	centres.xml and its schema
 *	-r REGION	region of interception
 *	-s STATUS	case status
 *	-v NAME=VALUE	a variable (repeatable)
 *
 *   tmpltool extracted -x XSD TEMPLATE MO
 *	MO is compiled from xgettext's extraction of TEMPLATE with every
 *	msgstr = msgid (msgen): check that the engine's msgids and
 *	xgettext's are the same set.  Exit 1 and a list when not.
 *
 *   tmpltool covered -x XSD TEMPLATE MO
 *	The same, but MO may hold more (e.g. the whole po/thbdoc.pot).
 *
 *   tmpltool msgids -x XSD TEMPLATE
 *	Print the engine's messages, one per line: line, context, msgid.
 */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "centres.h"
#include "doc_tree.h"
#include "tmpl.h"

static void
print_diags(const struct diag_list *diags)
{
	const struct diag *d;
	const char *base;
	size_t i;

	for (i = 0; i < diags->count; i++) {
		d = &diags->items[i];
		base = d->file ? strrchr(d->file, '/') : NULL;
		printf("%s:%d: %s: %s\n",
		    base ? base + 1 : d->file ? d->file : "-", d->line,
		    d->severity == DIAG_ERROR ? "error" : "warning",
		    d->message);
	}
}

/* doc_dump() does not show links: list them after the tree. */
static void
print_links(const struct doc_block *b)
{
	size_t i;

	for (i = 0; i < b->nspans; i++)
		if (b->spans[i].link != NULL)
			printf("link \"%s\" -> %s\n", b->spans[i].text,
			    b->spans[i].link);
	for (i = 0; i < b->nchildren; i++)
		print_links(b->children[i]);
}

static int
usage(void)
{
	fputs("usage: tmpltool dump|extracted|covered|msgids [options] "
	    "TEMPLATE "
	    "[MO]\n", stderr);
	return 2;
}

static int
cmd_dump(int argc, char *argv[])
{
	struct diag_list diags = { 0 };
	struct tmpl_context ctx = { .lang = { "en", DOC_DIR_LTR, NULL } };
	struct tmpl_lang with = { NULL, DOC_DIR_LTR, NULL };
	struct tmpl_var vars[16];
	const char *xsd = NULL, *mo = NULL, *with_mo = NULL;
	const char *centres_xml = NULL, *centres_xsd = NULL;
	struct catalog *cat = NULL, *with_cat = NULL;
	struct centres_list *centres = NULL;
	struct tmpl *t = NULL;
	struct doc *doc = NULL;
	char *dump, *eq;
	int c, rc = 1;

	while ((c = getopt(argc, argv, "x:l:m:L:w:M:c:C:r:s:v:")) != -1) {
		switch (c) {
		case 'x': xsd = optarg; break;
		case 'l': ctx.lang.code = optarg; break;
		case 'm': mo = optarg; break;
		case 'L': ctx.lang.dir = strcmp(optarg, "rtl") == 0 ?
		    DOC_DIR_RTL : DOC_DIR_LTR; break;
		case 'w': with.code = optarg; break;
		case 'M': with_mo = optarg; break;
		case 'c': centres_xml = optarg; break;
		case 'C': centres_xsd = optarg; break;
		case 'r': ctx.region = optarg; break;
		case 's': ctx.status = optarg; break;
		case 'v':
			if (ctx.nvars == 16 ||
			    (eq = strchr(optarg, '=')) == NULL)
				return usage();
			*eq = '\0';
			vars[ctx.nvars].name = optarg;
			vars[ctx.nvars++].value = eq + 1;
			break;
		default: return usage();
		}
	}
	if (optind + 1 != argc || xsd == NULL)
		return usage();
	ctx.vars = vars;
	if (mo != NULL && (cat = catalog_open(mo, &diags)) == NULL)
		goto done;
	if (with_mo != NULL &&
	    (with_cat = catalog_open(with_mo, &diags)) == NULL)
		goto done;
	ctx.lang.catalog = cat;
	if (with.code != NULL) {
		with.catalog = with_cat;
		ctx.with = &with;
	}
	if (centres_xml != NULL && (centres = centres_load(centres_xml,
	    centres_xsd, &diags)) == NULL)
		goto done;
	ctx.centres = centres;
	if ((t = tmpl_load(argv[optind], xsd, &diags)) == NULL)
		goto done;
	if ((doc = tmpl_build(t, &ctx, &diags)) == NULL)
		goto done;
	dump = doc_dump(doc);
	printf("page=%s author=%s subject=\"%s\" personal=%d\n",
	    doc->page_size == DOC_A5 ? "A5" : "A4",
	    doc->author ? doc->author : "", doc->subject ? doc->subject : "",
	    doc->personal_data);
	fputs(dump, stdout);
	free(dump);
	print_links(doc->root);
	rc = 0;
done:
	print_diags(&diags);
	doc_free(doc);
	tmpl_free(t);
	centres_free(centres);
	catalog_free(cat);
	catalog_free(with_cat);
	diag_list_free(&diags);
	return rc;
}

static struct tmpl *
load(int argc, char *argv[], int nargs, struct diag_list *diags)
{
	const char *xsd = NULL;
	int c;

	while ((c = getopt(argc, argv, "x:")) != -1) {
		if (c != 'x')
			return NULL;
		xsd = optarg;
	}
	if (optind + nargs != argc || xsd == NULL)
		return NULL;
	return tmpl_load(argv[optind], xsd, diags);
}

static int
cmd_extracted(int argc, char *argv[], bool exact)
{
	struct diag_list diags = { 0 };
	struct catalog *cat = NULL;
	const struct tmpl_msg *m;
	struct tmpl *t;
	size_t i, found = 0;
	int rc = 1;

	if ((t = load(argc, argv, 2, &diags)) == NULL)
		goto done;
	if ((cat = catalog_open(argv[optind + 1], &diags)) == NULL)
		goto done;
	for (i = 0; i < tmpl_msg_count(t); i++) {
		m = tmpl_msg_get(t, i);
		if (catalog_lookup(cat, m->msgctxt, m->msgid) != NULL)
			found++;
		else
			printf("not extracted by xgettext: line %d: %s%s%s\n",
			    m->line, m->msgctxt ? m->msgctxt : "",
			    m->msgctxt ? " | " : "", m->msgid);
	}
	if (found == tmpl_msg_count(t) && (!exact ||
	    catalog_count(cat) == found))
		rc = 0;
	else if (exact && catalog_count(cat) != found)
		printf("xgettext extracted %zu strings, the engine %zu\n",
		    catalog_count(cat), tmpl_msg_count(t));
done:
	print_diags(&diags);
	catalog_free(cat);
	tmpl_free(t);
	diag_list_free(&diags);
	return rc;
}

static int
cmd_msgids(int argc, char *argv[])
{
	struct diag_list diags = { 0 };
	const struct tmpl_msg *m;
	struct tmpl *t;
	size_t i;

	if ((t = load(argc, argv, 1, &diags)) == NULL) {
		print_diags(&diags);
		diag_list_free(&diags);
		return 1;
	}
	for (i = 0; i < tmpl_msg_count(t); i++) {
		m = tmpl_msg_get(t, i);
		printf("%d\t%s\t%s\n", m->line, m->msgctxt ? m->msgctxt : "",
		    m->msgid);
	}
	tmpl_free(t);
	diag_list_free(&diags);
	return 0;
}

int
main(int argc, char *argv[])
{
	if (argc < 2)
		return usage();
	if (strcmp(argv[1], "dump") == 0)
		return cmd_dump(argc - 1, argv + 1);
	if (strcmp(argv[1], "extracted") == 0)
		return cmd_extracted(argc - 1, argv + 1, true);
	if (strcmp(argv[1], "covered") == 0)
		return cmd_extracted(argc - 1, argv + 1, false);
	if (strcmp(argv[1], "msgids") == 0)
		return cmd_msgids(argc - 1, argv + 1);
	return usage();
}
