/* regime.c: the regimes thbdoc knows, as tables (see regime.h).
 *
 * Only the Directives of 13 January 1997 as amended on 17 April 2003 (the
 * "1997-2003" regime).  The law that replaced them (Aliens Act arts 61/2
 * to 61/5, in force 1 June 2007, amended in 2017) is a second table of the
 * same shape once its articles are checked against the official text:
 * see doc/regimes.md.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "phase.h"	/* the states and rights the tables are indexed by */
#include "regime.h"

static const struct regime_document documents_1997[] = {
	{ DOCUMENT_ORDER_TO_LEAVE, DATE_DAY_NONE, "order-to-leave",
	    N_("order to leave the territory within 45 days"), "8.1" },
	{ DOCUMENT_ARRIVAL_DECLARATION, DATE_DAY_NONE, "arrival-declaration",
	    N_("arrival declaration"), "8.2" },
	{ DOCUMENT_REGISTRATION_CERTIFICATE, DATE_DAY_NONE,
	    "registration-certificate",
	    N_("certificate of registration in the register of foreigners "
	    "(CIRE)"), "8.3" },
	{ DOCUMENT_INDEFINITE_RESIDENCE, DATE_DAY_NONE, "indefinite-residence",
	    N_("authorisation of residence of indefinite duration"), "8.3" },
};

static const struct regime_state states_1997[STATE__MAX] = {
	[STATE_NONE] = { "8", -1, 0, 0,
	    N_("no step of the procedure yet") },
	[STATE_IDENTIFIED] = { "5", 0, 0, 0,
	    /* TRANSLATORS: a state of a case (thbdoc status, the web case page
	       and case list): the police have identified a possible victim;
	       the leaflet, a specialised centre and the Office des Etrangers
	       come next (point 5). "Office": the Office des Etrangers. */
	    N_("possible victim identified: leaflet, centre, Office") },
	[STATE_EXCLUDED] = { "5.3", -1, 0, 0,
	    N_("excluded: indications of involvement in the exploitation") },
	/* 8.1: the centre's accompaniment from the first phase for a person
	 * a centre took on ("accompagnée"; 8.2: "également obligatoire"). */
	[STATE_REFLECTION] = { "8.1", 1,
	    RIGHT_SOCIAL_AID, RIGHT_CENTRE_ACCOMPANIMENT,
	    N_("reflection period of 45 days") },
	[STATE_ARRIVAL_DECLARATION] = { "8.2", 2,
	    RIGHT_SOCIAL_AID |
	    RIGHT_TEMPORARY_WORK_AUTHORISATION | RIGHT_CENTRE_ACCOMPANIMENT, 0,
	    N_("arrival declaration of 3 months") },
	[STATE_ARRIVAL_DECLARATION_EXTENDED] = { "8.3", 2,
	    RIGHT_SOCIAL_AID |
	    RIGHT_TEMPORARY_WORK_AUTHORISATION | RIGHT_CENTRE_ACCOMPANIMENT, 0,
	    N_("arrival declaration, extended once for 3 months") },
	[STATE_REGISTRATION_CERTIFICATE] = { "8.3", 3, RIGHT_SOCIAL_AID |
	    RIGHT_WORK_PERMIT_B | RIGHT_CENTRE_ACCOMPANIMENT, 0,
	    N_("certificate of registration in the register of foreigners") },
	/* 8.3: work permit B "à partir de cette phase", phase 4 too. */
	[STATE_INDEFINITE_RESIDENCE] = { "8.3", 4,
	    RIGHT_SOCIAL_AID | RIGHT_WORK_PERMIT_B, 0,
	    N_("residence of indefinite duration") },
	[STATE_RETURNED] = { "2", -1, 0, 0,
	    N_("returned to the country of origin") },
	[STATE_ENDED] = { "8", -1, 0, 0,
	    N_("out of the protection procedure") },
};

/* In the bit order of enum phase_right. */
static const struct regime_right rights_1997[PHASE_RIGHT_COUNT] = {
	{ "social-aid", "9",
	    N_("social aid from the CPAS or through the centre") },
	{ "temporary-work-authorisation", "8.2",
	    N_("temporary work authorisation") },
	{ "centre-accompaniment", "8.1, 8.2, 8.3",
	    /* 8.2: "également obligatoire"; 8.3: "reste obligatoire".
	     * 8.1 says "accompagnée", not whether it is mandatory. */
	    N_("accompaniment by a specialised centre (mandatory in the "
	    "second and third phases)") },
	{ "work-permit-b", "8.3",
	    N_("work permit B") },
};

static const struct regime regime_1997 = {
	.code = "1997-2003",
	.title = N_("Directives of 13 January 1997, amended 17 April 2003"),
	/* 8.1: "un ordre de quitter le territoire dans les 45 jours" */
	.reflection = { .days = 45 },
	/* The directives have no special period for minors. */
	.reflection_minor = { 0, 0 },
	/* 8.2: "une autorisation de séjour provisoire de trois mois" */
	.declaration = { .months = 3 },
	/* 8.3: "prorogée une seule fois pour une même période de trois
	 * mois" */
	.declaration_extensions = 1,
	.extension = { .months = 3 },
	/* 8.3: "de plus de trois mois (habituellement six mois)" */
	.certificate = { .months = 6 },
	.certificate_more_than = { .months = 3 },
	/* 8.2: "immédiatement, et au plus tard un mois avant l'expiration" */
	.query_latest = { .months = 1 },
	/* Our decision, not the text's (8.2 only says the Office "signale
	 * la date à laquelle cette réponse est attendue"): 15 days before
	 * the declaration expires, in time to decide on 8.3. */
	.answer_default = { .days = 15 },
	.majority = 18,
	/* 8.3: "dès que la déclaration ou la plainte a abouti à une
	 * condamnation en première instance" */
	.indefinite_on_appeal = false,
	.documents = documents_1997,
	.ndocuments = sizeof(documents_1997) / sizeof(documents_1997[0]),
	.states = states_1997,
	.nstates = STATE__MAX,
	.rights = rights_1997,
	.nrights = PHASE_RIGHT_COUNT,
};

/* Every regime a case file may name. */
static const struct regime *const regimes[] = {
	&regime_1997,
};
#define NREGIMES (sizeof(regimes) / sizeof(regimes[0]))

const struct regime *
regime_find(const char *code)
{
	size_t i;

	for (i = 0; code != NULL && i < NREGIMES; i++)
		if (strcmp(regimes[i]->code, code) == 0)
			return regimes[i];
	return NULL;
}

const struct regime *
regime_default(void)
{
	return &regime_1997;
}

bool
regime_period_is_set(struct regime_period p)
{
	return p.days != 0 || p.months != 0;
}

date_day
regime_period_end(struct regime_period p, date_day act)
{
	if (p.months != 0)
		return date_months_end(act, p.months);
	return date_days_end(act, p.days);
}

date_day
regime_period_before(struct regime_period p, date_day t)
{
	if (p.months != 0)
		return date_months_before(t, p.months);
	return t - p.days;
}

const struct regime_document *
regime_document(const struct regime *r, enum regime_document_type type,
    date_day issued)
{
	const struct regime_document *best = NULL;
	size_t i;

	for (i = 0; i < r->ndocuments; i++) {
		const struct regime_document *d = &r->documents[i];

		if (d->type != type)
			continue;
		if (best == NULL || d->from == DATE_DAY_NONE ||
		    (issued != DATE_DAY_NONE && d->from <= issued))
			best = d;
	}
	return best;
}
