/* case_parse.c: read a case file into a struct case_file (stage 1).
 *
 * Order of checks: size and NUL bytes; well-formed XML with no DOCTYPE
 * (so no DTD is loaded and no entity is ever expanded: an entity bomb
 * stops at its declaration); the schema; then what the schema cannot say.
 * Only the first problem of a file is reported: one clear message.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "case.h"
#include "i18n.h"
#include "util.h"
#include "xml_read.h"

struct case_reader {
	struct xml_schema	*schema;
};

static const char *const event_names[EV__MAX] = {
	[EV_INTERCEPTION] = "interception",
	[EV_LEAFLET] = "leaflet",
	[EV_CENTRE_CONTACT] = "centre-contact",
	[EV_CENTRE_SUPPORT] = "centre-support",
	[EV_OFFICE_NOTIFICATION] = "office-notification",
	[EV_ORDER_TO_LEAVE] = "order-to-leave",
	[EV_COMPLAINT] = "complaint",
	[EV_ARRIVAL_DECLARATION] = "arrival-declaration",
	[EV_PROSECUTOR_QUERY] = "prosecutor-query",
	[EV_PROSECUTOR_ANSWER] = "prosecutor-answer",
	[EV_GENERAL_PROSECUTOR_QUERY] = "general-prosecutor-query",
	[EV_ARRIVAL_DECLARATION_EXTENSION] = "arrival-declaration-extension",
	[EV_REGISTRATION_CERTIFICATE] = "registration-certificate",
	[EV_REGISTRATION_CERTIFICATE_RENEWAL] =
	    "registration-certificate-renewal",
	[EV_PROSECUTION] = "prosecution",
	[EV_CONVICTION] = "conviction",
	[EV_REQUISITIONS_RETAINED] = "requisitions-retained",
	[EV_INDEFINITE_RESIDENCE] = "indefinite-residence",
	[EV_RETURN] = "return",
	[EV_WITHDRAWAL] = "withdrawal",
};

/* Attribute values; index 0 is "absent". */
static const char *const assessment_names[] =
    { "", "victim", "uncertain", "suspect", NULL };
static const char *const stay_names[] =
    { "", "legal", "illegal", "precarious", NULL };
static const char *const region_names[] =
    { "", "flanders", "brussels", "wallonia", NULL };
static const char *const centre_names[] =
    { "", "payoke", "pag-asa", "surya", NULL };
static const char *const answer_names[] =
    { "", "yes", "no", "unknown", NULL };
static const char *const addressee_names[] =
    { "", "procureur", "auditeur", NULL };
static const char *const act_names[] =
    { "", "summons", "committal", "requisitions", "internment", NULL };

/* The choice attributes and their tables, for case_value_name(). */
static const struct {
	const char		*attr;
	const char *const	*names;
} value_tables[] = {
	{ "assessment", assessment_names }, { "stay", stay_names },
	{ "region", region_names }, { "centre", centre_names },
	{ "consent", answer_names }, { "investigation", answer_names },
	{ "victim", answer_names }, { "statement-significant", answer_names },
	{ "addressee", addressee_names }, { "act", act_names },
};

const char *
case_value_name(const char *attr, int value)
{
	size_t i;
	int n;

	for (i = 0; i < sizeof(value_tables) / sizeof(value_tables[0]); i++) {
		if (strcmp(value_tables[i].attr, attr) != 0)
			continue;
		for (n = 0; value_tables[i].names[n] != NULL; n++)
			if (n == value)
				return value_tables[i].names[n];
		return NULL;
	}
	return NULL;
}

const char *
case_event_type_name(enum case_event_type t)
{
	return event_names[t];
}

const char *
case_centre_name(enum case_centre c)
{
	return centre_names[c];
}

const char *
case_region_name(enum case_region r)
{
	return region_names[r];
}

struct case_reader *
case_reader_new(const char *schema_path, struct diag_list *diags)
{
	struct case_reader *r;
	struct xml_schema *schema;

	if ((schema = xml_schema_load(schema_path, diags)) == NULL)
		return NULL;
	r = xcalloc(1, sizeof(*r));
	r->schema = schema;
	return r;
}

void
case_reader_free(struct case_reader *r)
{
	if (r == NULL)
		return;
	xml_schema_free(r->schema);
	free(r);
}

static int
lookup(const char *const *names, const char *value)
{
	int i;

	if (value == NULL)
		return 0;
	for (i = 1; names[i] != NULL; i++)
		if (strcmp(names[i], value) == 0)
			return i;
	return 0;	/* the schema let nothing else through */
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

bool
case_date_in_procedure(date_day d)
{
	int y, m, dd;

	date_to_ymd(d, &y, &m, &dd);
	return y >= CASE_FIRST_YEAR;
}

/* Parse a date attribute or element text; report and fail on error.  An
 * event's day, or a day it sets, comes after the directives. */
static bool
read_date(const char *file, int line, const char *what, const char *text,
    date_day *out, struct diag_list *diags)
{
	switch (date_parse(text, out)) {
	case DATE_OK:
		if (!case_date_in_procedure(*out)) {
			diag_add(diags, ERR_CASE_DATE_EARLY, file, line, 0,
			    what, text);
			return false;
		}
		return true;
	case DATE_SYNTAX:
		diag_add(diags, ERR_CASE_DATE_SYNTAX, file, line, 0, what,
		    text);
		return false;
	default:
		diag_add(diags, ERR_CASE_DATE_RANGE, file, line, 0, what, text);
		return false;
	}
}

static bool
read_months(const char *file, int line, const char *text, int *out,
    struct diag_list *diags)
{
	char *end;
	long v;

	if (text == NULL) {
		*out = 0;	/* the regime's usual period (8.3: six) */
		return true;
	}
	errno = 0;
	v = strtol(text, &end, 10);
	if (errno != 0 || end == text || *end != '\0' || v < 1 || v > 60) {
		diag_add(diags, ERR_CASE_MONTHS, file, line, 0, text);
		return false;
	}
	*out = (int)v;
	return true;
}

/* A one-line field: one line (a name with a line break could add a
 * "Date of birth" line of its own to a report); blank is missing.
 * false when refused; *field may become NULL. */
static bool
one_line(const struct case_file *c, int line, const char *what,
    char **field, struct diag_list *diags)
{
	if (*field == NULL)
		return true;
	switch (util_one_line(*field)) {
	case UTIL_LINE_OK:
		return true;
	case UTIL_LINE_FOLDED:
		diag_add(diags, WARN_CASE_FIELD_FOLDED, c->file, line, 0, what);
		return true;
	case UTIL_LINE_BLANK:
		diag_add(diags, WARN_CASE_FIELD_BLANK, c->file, line, 0, what);
		free(*field);
		*field = NULL;
		return true;
	case UTIL_LINE_BROKEN:
	default:
		diag_add(diags, ERR_CASE_FIELD_BROKEN, c->file, line, 0, what);
		return false;
	}
}

static bool
read_event(struct case_file *c, const xmlNode *node, struct case_event *ev,
    struct diag_list *diags)
{
	const char *v;
	int line = (int)xmlGetLineNo(node);
	int t;

	memset(ev, 0, sizeof(*ev));
	for (t = 0; t < EV__MAX; t++)
		if (strcmp((const char *)node->name, event_names[t]) == 0)
			break;
	ev->type = (enum case_event_type)t;
	ev->line = line;
	ev->answer_by = DATE_DAY_NONE;
	if (!read_date(c->file, line, "date", xml_attr(node, "date"), &ev->date,
	    diags))
		return false;
	ev->assessment = lookup(assessment_names, xml_attr(node, "assessment"));
	ev->stay = lookup(stay_names, xml_attr(node, "stay"));
	ev->region = lookup(region_names, xml_attr(node, "region"));
	ev->centre = lookup(centre_names, xml_attr(node, "centre"));
	ev->consent = lookup(answer_names, xml_attr(node, "consent"));
	ev->addressee = lookup(addressee_names, xml_attr(node, "addressee"));
	ev->investigation = lookup(answer_names, xml_attr(node, "investigation"));
	ev->victim = lookup(answer_names, xml_attr(node, "victim"));
	ev->act = lookup(act_names, xml_attr(node, "act"));
	ev->significant = lookup(answer_names,
	    xml_attr(node, "statement-significant"));
	v = xml_attr(node, "instance");
	ev->appeal = v != NULL && strcmp(v, "appeal") == 0;
	ev->district = dup_or_null(xml_attr(node, "district"));
	ev->police = dup_or_null(xml_attr(node, "police"));
	ev->report = dup_or_null(xml_attr(node, "report"));
	ev->inspection = dup_or_null(xml_attr(node, "inspection"));
	ev->parquet_ref = dup_or_null(xml_attr(node, "parquet-ref"));
	if (!one_line(c, line, "police=", &ev->police, diags) ||
	    !one_line(c, line, "inspection=", &ev->inspection, diags) ||
	    !one_line(c, line, "report=", &ev->report, diags) ||
	    !one_line(c, line, "parquet-ref=", &ev->parquet_ref, diags))
		return false;
	ev->language = dup_or_null(xml_attr(node, "language"));
	if (ev->type == EV_REGISTRATION_CERTIFICATE ||
	    ev->type == EV_REGISTRATION_CERTIFICATE_RENEWAL)
		if (!read_months(c->file, line, xml_attr(node, "months"),
		    &ev->months, diags))
			return false;
	if ((v = xml_attr(node, "answer-by")) != NULL) {
		char when[DATE_STRLEN];

		if (!read_date(c->file, line, "answer-by", v, &ev->answer_by,
		    diags))
			return false;
		if (ev->answer_by < ev->date) {
			date_format(ev->date, when);
			diag_add(diags, ERR_CASE_DATE_ORDER, c->file, line, 0,
			    "answer-by", v, when);
			return false;
		}
	}
	return true;
}

/* Does UTF-8 text hold a bidi control (LRM, RLM, embeddings, overrides,
 * isolates)?  In a name on a legal document they could make it read
 * otherwise than it is written. */
static bool
has_bidi_control(const char *s)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (p[0] == 0xD8 && p[1] == 0x9C)
			return true;	/* U+061C, the Arabic letter mark */
		if (p[0] != 0xE2 || p[1] == '\0' || p[2] == '\0')
			continue;
		if (p[1] == 0x80 && (p[2] == 0x8E || p[2] == 0x8F ||
		    (p[2] >= 0xAA && p[2] <= 0xAE)))
			return true;	/* U+200E, U+200F, U+202A..U+202E */
		if (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9)
			return true;	/* U+2066..U+2069 */
	}
	return false;
}

static bool
set_once(struct case_file *c, const xmlNode *node, char **field,
    struct diag_list *diags)
{
	char what[64];

	if (*field != NULL) {
		diag_add(diags, ERR_CASE_DUPLICATE, c->file,
		    (int)xmlGetLineNo(node), 0, (const char *)node->name,
		    "person");
		return false;
	}
	*field = xml_text(node);
	snprintf(what, sizeof(what), "<%s>", (const char *)node->name);
	if (!one_line(c, (int)xmlGetLineNo(node), what, field, diags))
		return false;
	if (*field != NULL && has_bidi_control(*field))
		diag_add(diags, WARN_CASE_BIDI_CONTROL, c->file,
		    (int)xmlGetLineNo(node), 0, (const char *)node->name);
	return true;
}

static bool
read_person(struct case_file *c, const xmlNode *person,
    struct diag_list *diags)
{
	struct case_person *p = &c->person;
	const xmlNode *n;
	const char *name;
	char *text;
	bool ok = true, seen_birth = false;

	for (n = person->children; n != NULL && ok; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		name = (const char *)n->name;
		if (strcmp(name, "name") == 0)
			ok = set_once(c, n, &p->name, diags);
		else if (strcmp(name, "nationality") == 0)
			ok = set_once(c, n, &p->nationality, diags);
		else if (strcmp(name, "office-ref") == 0)
			ok = set_once(c, n, &p->office_ref, diags);
		else if (strcmp(name, "language") == 0) {
			p->languages = xrealloc(p->languages,
			    (p->nlanguages + 1) * sizeof(*p->languages));
			p->languages[p->nlanguages++] = xml_text(n);
		} else if (strcmp(name, "birth-date") == 0) {
			if (seen_birth) {
				diag_add(diags, ERR_CASE_DUPLICATE, c->file,
				    (int)xmlGetLineNo(n), 0, name, "person");
				return false;
			}
			seen_birth = true;
			p->birth_date_line = (int)xmlGetLineNo(n);
			text = xml_text(n);
			ok = date_parse(text, &p->birth_date) == DATE_OK;
			if (!ok)
				diag_add(diags, ERR_CASE_PERSON_DATE, c->file,
				    (int)xmlGetLineNo(n), 0, name);
			free(text);
		}
	}
	return ok;
}

/* A birth date after the case's first event, or more than
 * CASE_MAX_AGE_YEARS before it, is a typing error (the value is never
 * shown: personal data). */
static bool
check_birth_date(const struct case_file *c, struct diag_list *diags)
{
	date_day birth = c->person.birth_date, first = DATE_DAY_NONE;
	int by, bm, bd, fy, fm, fd, age;
	char n[16];
	size_t i;

	for (i = 0; i < c->nevents; i++)
		if (first == DATE_DAY_NONE || c->events[i].date < first)
			first = c->events[i].date;
	if (birth == DATE_DAY_NONE || first == DATE_DAY_NONE)
		return true;
	if (birth > first) {
		diag_add(diags, ERR_CASE_BIRTH_AFTER, c->file,
		    c->person.birth_date_line, 0, "birth-date");
		return false;
	}
	date_to_ymd(birth, &by, &bm, &bd);
	date_to_ymd(first, &fy, &fm, &fd);
	age = fy - by - (fm < bm || (fm == bm && fd < bd));
	if (age > CASE_MAX_AGE_YEARS) {
		snprintf(n, sizeof(n), "%d", CASE_MAX_AGE_YEARS);
		diag_add(diags, ERR_CASE_BIRTH_AGE, c->file,
		    c->person.birth_date_line, 0, "birth-date", n);
		return false;
	}
	return true;
}

static bool
read_case(struct case_file *c, const xmlNode *root, struct diag_list *diags)
{
	const xmlNode *n, *e;
	size_t count = 0;

	c->id = xstrdup(xml_attr(root, "id"));
	c->regime = xstrdup(xml_attr(root, "regime"));
	c->district = dup_or_null(xml_attr(root, "district"));
	c->language = dup_or_null(xml_attr(root, "language"));
	if ((c->rules = regime_find(c->regime)) == NULL) {
		diag_add(diags, ERR_CASE_REGIME, c->file,
		    (int)xmlGetLineNo(root), 0, c->regime);
		return false;
	}
	for (n = root->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)n->name, "person") == 0) {
			if (!read_person(c, n, diags))
				return false;
			continue;
		}
		for (e = n->children; e != NULL; e = e->next)
			if (e->type == XML_ELEMENT_NODE)
				count++;
		c->events = xcalloc(count, sizeof(*c->events));
		for (e = n->children; e != NULL; e = e->next) {
			if (e->type != XML_ELEMENT_NODE)
				continue;
			/* Counted first, so that case_free() releases what a
			 * half-read event holds. */
			c->nevents++;
			if (!read_event(c, e, &c->events[c->nevents - 1], diags))
				return false;
			c->events[c->nevents - 1].order = c->nevents - 1;
		}
	}
	return check_birth_date(c, diags);
}

static const struct xml_read_options *
case_options(const struct case_reader *r, struct xml_read_options *o)
{
	o->root = "case";
	o->schema = r->schema;
	o->schema_code = ERR_CASE_SCHEMA;
	o->max_size = CASE_MAX_FILE_SIZE;
	o->parser_options = 0;
	o->private_element = "person";	/* never echo a person's data */
	return o;
}

static struct case_file *
case_from_xml(const char *name, xmlDocPtr doc, struct diag_list *diags)
{
	struct case_file *c;

	if (doc == NULL)
		return NULL;
	c = xcalloc(1, sizeof(*c));
	c->file = xstrdup(name);
	c->person.birth_date = DATE_DAY_NONE;
	if (!read_case(c, xmlDocGetRootElement(doc), diags)) {
		case_free(c);
		c = NULL;
	}
	xmlFreeDoc(doc);
	return c;
}

struct case_file *
case_read_memory(struct case_reader *r, const char *name, const char *buf,
    size_t len, struct diag_list *diags)
{
	struct xml_read_options o;

	return case_from_xml(name, xml_read_memory(name, buf, len,
	    case_options(r, &o), diags), diags);
}

struct case_file *
case_read_file(struct case_reader *r, const char *path,
    struct diag_list *diags)
{
	struct xml_read_options o;

	return case_from_xml(path, xml_read_file(path, case_options(r, &o),
	    diags), diags);
}

void
case_free(struct case_file *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nevents; i++) {
		free(c->events[i].district);
		free(c->events[i].police);
		free(c->events[i].report);
		free(c->events[i].inspection);
		free(c->events[i].parquet_ref);
		free(c->events[i].language);
	}
	free(c->events);
	for (i = 0; i < c->person.nlanguages; i++)
		free(c->person.languages[i]);
	free(c->person.languages);
	free(c->person.name);
	free(c->person.nationality);
	free(c->person.office_ref);
	free(c->file);
	free(c->id);
	free(c->regime);
	free(c->district);
	free(c->language);
	free(c);
}
