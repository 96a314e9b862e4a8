/* test_districts.c: data/districts.xml and the resolution of the names
 * case files use: every alias of every national language to one
 * district, its language (Brussels by the file's), its court of appeal
 * and prosecutors' offices. */
#include <config.h>

#include <dirent.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "case.h"
#include "districts.h"
#include "paths.h"
#include "util.h"

static struct districts_table *table;

static int
setup(void **state)
{
	struct diag_list diags = { 0 };
	char *xml = paths_find("districts.xml");
	char *xsd = paths_find("schema/districts.xsd");

	if (xml != NULL && xsd != NULL)
		table = districts_load(xml, xsd, &diags);
	free(xml);
	free(xsd);
	diag_list_free(&diags);
	return table == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	districts_free(table);
	return 0;
}

static void
assert_resolves(const char *name, const char *id)
{
	const struct districts_entry *d = districts_find(table, name);

	if (d == NULL)
		fail_msg("\"%s\" resolves to no district", name);
	if (strcmp(d->id, id) != 0)
		fail_msg("\"%s\" resolves to %s, not %s", name, d->id, id);
}

/* The 12 judicial districts since the reform of 1 April 2014, with the
 * district of Brussels in two entries (Brussels and Halle-Vilvoorde: two
 * procureurs du Roi, two languages), and the 5 courts of appeal. */
static void
twelve_districts_five_courts(void **state)
{
	assert_int_equal(table->count, 13);
	assert_non_null(districts_find(table, "halle-vilvoorde"));
	assert_int_equal(table->ncourts, 5);
}

/* The names of the districts and of their seats, in every national
 * language, each to one district. */
static void
names_in_every_language(void **state)
{
	static const char *const cases[][2] = {
		{ "gent", "oost-vlaanderen" },
		{ "gand", "oost-vlaanderen" },
		{ "oost-vlaanderen", "oost-vlaanderen" },
		{ "dendermonde", "oost-vlaanderen" },
		{ "termonde", "oost-vlaanderen" },
		{ "oudenaarde", "oost-vlaanderen" },
		{ "audenarde", "oost-vlaanderen" },
		{ "liege", "liege" }, { "luik", "liege" },
		{ "luttich", "liege" },
		{ "bruxelles", "bruxelles" }, { "brussel", "bruxelles" },
		{ "eupen", "eupen" },
		{ "halle-vilvoorde", "halle-vilvoorde" },
		{ "antwerpen", "antwerpen" }, { "anvers", "antwerpen" },
		{ "antwerp", "antwerpen" }, { "mechelen", "antwerpen" },
		{ "malines", "antwerpen" }, { "turnhout", "antwerpen" },
		{ "hasselt", "limburg" }, { "tongeren", "limburg" },
		{ "limburg", "limburg" },
		{ "brugge", "west-vlaanderen" }, { "bruges", "west-vlaanderen" },
		{ "kortrijk", "west-vlaanderen" },
		{ "courtrai", "west-vlaanderen" },
		{ "ieper", "west-vlaanderen" }, { "veurne", "west-vlaanderen" },
		{ "west-vlaanderen", "west-vlaanderen" },
		{ "leuven", "leuven" }, { "louvain", "leuven" },
		{ "nivelles", "brabant-wallon" }, { "nijvel", "brabant-wallon" },
		{ "brabant-wallon", "brabant-wallon" },
		{ "mons", "hainaut" }, { "bergen", "hainaut" },
		{ "charleroi", "hainaut" }, { "tournai", "hainaut" },
		{ "doornik", "hainaut" }, { "hainaut", "hainaut" },
		{ "henegouwen", "hainaut" },
		{ "namur", "namur" }, { "namen", "namur" },
		{ "dinant", "namur" },
		{ "arlon", "luxembourg" }, { "aarlen", "luxembourg" },
		{ "marche-en-famenne", "luxembourg" },
		{ "neufchateau", "luxembourg" },
		{ "luxembourg", "luxembourg" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_resolves(cases[i][0], cases[i][1]);
	/* Only the lowercase ASCII forms: the file says how to write them. */
	assert_null(districts_find(table, "Gent"));
	assert_null(districts_find(table, "liège"));
	assert_null(districts_find(table, "atlantis"));
	assert_null(districts_find(table, NULL));
}

/* Every district named anywhere in the sample cases resolves. */
static void
sample_districts_resolve(void **state)
{
	struct diag_list diags = { 0 };
	char *schema = paths_find("schema/case.xsd"), *dir, *path;
	const char *top = getenv("top_srcdir");
	struct case_reader *r = case_reader_new(schema, &diags);
	struct case_file *c;
	struct dirent *de;
	DIR *dp;
	size_t i, n = 0;

	assert_non_null(r);
	dir = xasprintf("%s/data/samples", top != NULL ? top : ".");
	assert_non_null(dp = opendir(dir));
	while ((de = readdir(dp)) != NULL) {
		if (strstr(de->d_name, ".xml") == NULL)
			continue;
		path = xasprintf("%s/%s", dir, de->d_name);
		c = case_read_file(r, path, &diags);
		assert_non_null(c);
		if (c->district != NULL && !districts_find(table, c->district))
			fail_msg("%s: district \"%s\"", path, c->district);
		for (i = 0; i < c->nevents; i++)
			if (c->events[i].district != NULL &&
			    !districts_find(table, c->events[i].district))
				fail_msg("%s: district \"%s\"", path,
				    c->events[i].district);
		case_free(c);
		free(path);
		n++;
	}
	closedir(dp);
	assert_true(n >= 16);
	free(dir);
	free(schema);
	case_reader_free(r);
	diag_list_free(&diags);
}

static enum districts_lang
lang_of(const char *name, const char *chosen, const char **out)
{
	return districts_language(districts_find(table, name), chosen, out);
}

/* Dutch in Flanders and Halle-Vilvoorde, French in Wallonia, German in
 * Eupen; Brussels by the file's language, which must be given. */
static void
languages(void **state)
{
	static const char *const one[][2] = {
		{ "gent", "nl" }, { "antwerpen", "nl" }, { "hasselt", "nl" },
		{ "brugge", "nl" }, { "leuven", "nl" },
		{ "halle-vilvoorde", "nl" }, { "nivelles", "fr" },
		{ "charleroi", "fr" }, { "liege", "fr" }, { "namur", "fr" },
		{ "arlon", "fr" }, { "eupen", "de" },
	};
	const char *out;
	size_t i;

	for (i = 0; i < sizeof(one) / sizeof(one[0]); i++) {
		assert_int_equal(lang_of(one[i][0], NULL, &out),
		    DISTRICT_LANG_OK);
		assert_string_equal(out, one[i][1]);
		assert_false(districts_bilingual(districts_find(table,
		    one[i][0])));
	}
	assert_int_equal(lang_of("bruxelles", NULL, &out),
	    DISTRICT_LANG_NEEDED);
	assert_int_equal(lang_of("brussel", "nl", &out), DISTRICT_LANG_OK);
	assert_string_equal(out, "nl");
	assert_int_equal(lang_of("bruxelles", "fr", &out), DISTRICT_LANG_OK);
	assert_string_equal(out, "fr");
	assert_int_equal(lang_of("bruxelles", "de", &out),
	    DISTRICT_LANG_WRONG);
	assert_int_equal(lang_of("gent", "fr", &out), DISTRICT_LANG_WRONG);
	assert_string_equal(out, "nl");
	assert_int_equal(lang_of("eupen", "de", &out), DISTRICT_LANG_OK);
}

/* The procureur général sits at the court of appeal of the district. */
static void
courts_of_appeal(void **state)
{
	static const char *const cases[][3] = {
		{ "gent", "nl", "hof van beroep te Gent" },
		{ "kortrijk", "nl", "hof van beroep te Gent" },
		{ "hasselt", "nl", "hof van beroep te Antwerpen" },
		{ "mechelen", "nl", "hof van beroep te Antwerpen" },
		{ "leuven", "nl", "hof van beroep te Brussel" },
		{ "halle-vilvoorde", "nl", "hof van beroep te Brussel" },
		{ "bruxelles", "fr", "cour d'appel de Bruxelles" },
		{ "brussel", "nl", "hof van beroep te Brussel" },
		{ "nivelles", "fr", "cour d'appel de Bruxelles" },
		{ "charleroi", "fr", "cour d'appel de Mons" },
		{ "tournai", "fr", "cour d'appel de Mons" },
		{ "liege", "fr", "cour d'appel de Li\xc3\xa8ge" },
		{ "namur", "fr", "cour d'appel de Li\xc3\xa8ge" },
		{ "arlon", "fr", "cour d'appel de Li\xc3\xa8ge" },
		{ "eupen", "de", "Appellationshof L\xc3\xbc" "ttich" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_string_equal(districts_court_name(districts_find(table,
		    cases[i][0]), cases[i][1]), cases[i][2]);
}

/* Hainaut has two procureurs du Roi: Charleroi, and Hainaut for Mons and
 * Tournai; Brussels has its offices in both languages. */
static void
prosecutors_offices(void **state)
{
	const struct districts_entry *h = districts_find(table, "mons");
	const struct districts_entry *b = districts_find(table, "bruxelles");

	assert_string_equal(districts_office(h, false, "fr", "charleroi"),
	    "Parquet de Charleroi");
	assert_string_equal(districts_office(h, false, "fr", "mons"),
	    "Parquet du Hainaut");
	assert_string_equal(districts_office(h, false, "fr", "tournai"),
	    "Parquet du Hainaut");
	assert_string_equal(districts_office(b, false, "nl", "brussel"),
	    "Parket Brussel");
	assert_string_equal(districts_office(b, true, "fr", "bruxelles"),
	    "Auditorat du travail de Bruxelles");
	assert_string_equal(districts_office(districts_find(table, "eupen"),
	    false, "de", "eupen"), "Staatsanwaltschaft Eupen");
	assert_string_equal(districts_name(b, "nl"), "Brussel");
	assert_string_equal(districts_name(b, "fr"), "Bruxelles");
}

/* Nine labour prosecutors' offices, one per labour court (issue 11):
 * Namur and Luxembourg are divisions of Liège's, Halle-Vilvoorde has its
 * own arbeidsauditeur.  Counted by the office's name up to its
 * division. */
static void
nine_labour_prosecutors_offices(void **state)
{
	const char *seen[32];
	size_t nseen = 0, i, j, k, len;

	for (i = 0; i < table->count; i++) {
		const struct districts_entry *e = &table->items[i];

		for (j = 0; j < e->nlabour_prosecutors; j++) {
			const char *t = e->labour_prosecutors[j].text;

			if (strcmp(e->labour_prosecutors[j].lang, "nl") == 0 &&
			    strcmp(e->id, "bruxelles") == 0)
				continue;	/* Brussels: one office, named
						   in two languages */
			len = strcspn(t, ",");
			for (k = 0; k < nseen; k++)
				if (strlen(seen[k]) == len &&
				    strncmp(seen[k], t, len) == 0)
					break;
			if (k == nseen) {
				assert_true(nseen < 32);
				seen[nseen++] = t;
			}
		}
	}
	assert_int_equal(nseen, 9);
	assert_string_equal(districts_office(districts_find(table, "namur"),
	    true, "fr", "namur"),
	    "Auditorat du travail de Li\xc3\xa8ge, division de Namur");
	assert_string_equal(districts_office(districts_find(table, "arlon"),
	    true, "fr", "arlon"),
	    "Auditorat du travail de Li\xc3\xa8ge, division du Luxembourg");
	assert_string_equal(districts_office(districts_find(table, "vilvoorde"),
	    true, "nl", "vilvoorde"), "Arbeidsauditoraat Halle-Vilvoorde");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(twelve_districts_five_courts),
		cmocka_unit_test(names_in_every_language),
		cmocka_unit_test(sample_districts_resolve),
		cmocka_unit_test(languages),
		cmocka_unit_test(courts_of_appeal),
		cmocka_unit_test(prosecutors_offices),
		cmocka_unit_test(nine_labour_prosecutors_offices),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
