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
