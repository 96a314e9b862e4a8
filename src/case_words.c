/* case_words.c: the codes of a case file in words (case_words.h). */
#include <config.h>

#include <string.h>

#include "case_words.h"
#include "i18n.h"

static const char *const event_words[EV__MAX] = {
	/* TRANSLATORS: the kinds of events of a case, as the web pages'
	 * timeline and forms name them; the points are those of the
	 * directives of 13 January 1997 (amended 17 April 2003). */
	[EV_INTERCEPTION] = N_("Interception by a police or inspection "
	    "service (point 5)"),
	/* TRANSLATORS: thbdoc's leaflet was given to the person.  No point
	 * is cited: point 5 asks for the Centre's multilingual leaflet, and
	 * thbdoc's leaflet does not claim to be that one. */
	[EV_LEAFLET] = N_("Leaflet handed over"),
	[EV_CENTRE_CONTACT] = N_("Specialised centre contacted (point 5)"),
	[EV_CENTRE_SUPPORT] = N_("Accompaniment by a specialised centre "
	    "(point 8.1)"),
	[EV_OFFICE_NOTIFICATION] = N_("Office des Étrangers informed "
	    "(point 8.1)"),
	[EV_ORDER_TO_LEAVE] = N_("Order to leave the territory within 45 "
	    "days (point 8.1)"),
	[EV_COMPLAINT] = N_("Complaint or statement (point 8.2)"),
	[EV_ARRIVAL_DECLARATION] = N_("Arrival declaration of 3 months "
	    "(point 8.2)"),
	[EV_PROSECUTOR_QUERY] = N_("The Office's question to the procureur "
	    "du Roi or the auditeur du travail (point 8.2)"),
	[EV_PROSECUTOR_ANSWER] = N_("Answer to the two questions "
	    "(point 8.2)"),
	[EV_GENERAL_PROSECUTOR_QUERY] = N_("Question to the procureur "
	    "général, no answer having come (point 8.2)"),
	[EV_ARRIVAL_DECLARATION_EXTENSION] = N_("Arrival declaration "
	    "extended, once only (point 8.3)"),
	[EV_REGISTRATION_CERTIFICATE] = N_("Certificate of registration in "
	    "the register of foreigners (point 8.3)"),
	[EV_REGISTRATION_CERTIFICATE_RENEWAL] = N_("Certificate of "
	    "registration extended (point 8.3)"),
	[EV_PROSECUTION] = N_("Summons, committal, requisitions or "
	    "internment request (point 8.3)"),
	[EV_CONVICTION] = N_("Conviction (point 8.3)"),
	[EV_REQUISITIONS_RETAINED] = N_("Trafficking charge retained in "
	    "the requisitions (point 8.3)"),
	[EV_INDEFINITE_RESIDENCE] = N_("Residence of indefinite duration "
	    "(point 8.3)"),
	/* TRANSLATORS: the person went back to the country of origin. */
	[EV_RETURN] = N_("Return to the country of origin"),
	/* TRANSLATORS: the person left the procedure. */
	[EV_WITHDRAWAL] = N_("Withdrawal from the procedure"),
};

struct word {
	const char	*code;
	const char	*text;
};

/* The attributes, as the schema names them (data/schema/case.xsd). */
static const struct word attr_words[] = {
	/* TRANSLATORS: how the police or inspection service sees the
	 * person: the three cases of point 5 of the directives. */
	{ "assessment", N_("Assessment by the service (point 5)") },
	{ "stay", N_("Residence situation") },
	{ "region", N_("Region") },
	{ "district", N_("Judicial district") },
	{ "police", N_("Police service") },
	/* TRANSLATORS: the number of the report (procès-verbal) that the
	 * police or inspection service wrote: of the control at an
	 * interception, of the complaint or statement after it. */
	{ "report", N_("Report number") },
	/* TRANSLATORS: the social inspection service that met the person
	 * or took the statement (points 4 and 5). */
	{ "inspection", N_("Inspection service") },
	/* TRANSLATORS: the reference the prosecutor's office (parquet or
	 * auditorat du travail) gave the file, when known. */
	{ "parquet-ref", N_("Prosecutor's office reference") },
	{ "language", N_("Language of the leaflet") },
	{ "centre", N_("Specialised centre") },
	/* TRANSLATORS: the person agrees to meet the centre (point 5). */
	{ "consent", N_("The person agrees to the contact") },
	/* TRANSLATORS: to whom the Office's question was sent. */
	{ "addressee", N_("Sent to") },
	{ "answer-by", N_("Answer expected by") },
	/* TRANSLATORS: the first question of point 8.2, word for word. */
	{ "investigation", N_("1. Is the investigation still under way?") },
	/* TRANSLATORS: the second question of point 8.2, word for word. */
	{ "victim", N_("2. Is the person, at this stage of the file, "
	    "considered a victim of trafficking in human beings?") },
	/* TRANSLATORS: how many months the certificate is valid. */
	{ "months", N_("Months of validity") },
	/* TRANSLATORS: which act of the judicial procedure (point 8.3). */
	{ "act", N_("Act") },
	/* TRANSLATORS: the court that convicted: first instance or appeal. */
	{ "instance", N_("Instance") },
	{ "statement-significant", N_("The statement or complaint is "
	    "significant for the procedure") },
	{ NULL, NULL }
};

struct value_words {
	const char		*attr;
	const struct word	*words;
};

static const struct word assessment_words[] = {
	/* TRANSLATORS: point 5, first case: the service is convinced. */
	{ "victim", N_("victim (the service is convinced)") },
	/* TRANSLATORS: point 5, second case: the service is not sure. */
	{ "uncertain", N_("not certain") },
	/* TRANSLATORS: point 5, third case: indications that the person
	 * takes part in the trafficking; no contact with a centre. */
	{ "suspect", N_("indications of taking part in the trafficking") },
	{ NULL, NULL }
};
static const struct word stay_words[] = {
	{ "legal", N_("legal") },
	{ "illegal", N_("illegal") },
	{ "precarious", N_("precarious") },
	{ NULL, NULL }
};
static const struct word region_words[] = {
	{ "flanders", N_("Flanders") },
	{ "brussels", N_("Brussels") },
	{ "wallonia", N_("Wallonia") },
	{ NULL, NULL }
};
static const struct word centre_words[] = {
	{ "payoke", N_("Payoke (Antwerp)") },
	{ "pag-asa", N_("PAG-ASA (Brussels)") },
	{ "surya", N_("Sürya (Liège)") },
	{ NULL, NULL }
};
static const struct word answer_words[] = {
	{ "yes", N_("yes") },
	{ "no", N_("no") },
	/* TRANSLATORS: the answer does not say. */
	{ "unknown", N_("no clear answer") },
	{ NULL, NULL }
};
static const struct word addressee_words[] = {
	{ "procureur", N_("procureur du Roi") },
	{ "auditeur", N_("auditeur du travail") },
	{ NULL, NULL }
};
static const struct word act_words[] = {
	{ "summons", N_("summons to appear") },
	{ "committal", N_("committal for trial by the investigating court") },
	{ "requisitions", N_("requisitions before the investigating court") },
	{ "internment", N_("internment request before the investigating "
	    "court") },
	{ NULL, NULL }
};
static const struct word instance_words[] = {
	{ "first", N_("first instance") },
	{ "appeal", N_("appeal") },
	{ NULL, NULL }
};

static const struct value_words value_words[] = {
	{ "assessment", assessment_words },
	{ "stay", stay_words },
	{ "region", region_words },
	{ "centre", centre_words },
	{ "consent", answer_words },
	{ "investigation", answer_words },
	{ "victim", answer_words },
	{ "statement-significant", answer_words },
	{ "addressee", addressee_words },
	{ "act", act_words },
	{ "instance", instance_words },
	{ NULL, NULL }
};

static const char *
word_find(const struct word *w, const char *code)
{
	for (; w->code != NULL; w++)
		if (strcmp(w->code, code) == 0)
			return w->text;
	return NULL;
}

const char *
case_words_event(enum case_event_type t)
{
	return event_words[t];
}

const char *
case_words_attr(const char *name)
{
	return word_find(attr_words, name);
}

const char *
case_words_value(const char *attr, const char *value)
{
	const struct value_words *v;

	for (v = value_words; v->attr != NULL; v++)
		if (strcmp(v->attr, attr) == 0)
			return word_find(v->words, value);
	return NULL;
}
