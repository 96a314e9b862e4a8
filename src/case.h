/* case.h: a case file, as read and checked (stage 1 of the pipeline).
 *
 * The case reader parses an XML case file with libxml2 (no network, no DTD,
 * no entity expansion), validates it against data/schema/case.xsd, checks
 * what a schema cannot say (real calendar days, one regime), and returns a
 * read-only struct case_file.  Events keep their order in the file; the
 * phase model sorts them.
 *
 * Ownership: case_read_*() returns a case that the caller releases with
 * case_free(); every string inside belongs to it.  The reader is reused
 * across files (it holds the compiled schema) and freed with
 * case_reader_free().
 */
#ifndef THB_CASE_H
#define THB_CASE_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "diag.h"
#include "regime.h"

enum case_event_type {
	EV_INTERCEPTION,
	EV_LEAFLET,
	EV_CENTRE_CONTACT,
	EV_CENTRE_SUPPORT,
	EV_OFFICE_NOTIFICATION,
	EV_ORDER_TO_LEAVE,
	EV_COMPLAINT,
	EV_ARRIVAL_DECLARATION,
	EV_PROSECUTOR_QUERY,
	EV_PROSECUTOR_ANSWER,
	EV_GENERAL_PROSECUTOR_QUERY,
	EV_ARRIVAL_DECLARATION_EXTENSION,
	EV_REGISTRATION_CERTIFICATE,
	EV_REGISTRATION_CERTIFICATE_RENEWAL,
	EV_PROSECUTION,
	EV_CONVICTION,
	EV_REQUISITIONS_RETAINED,
	EV_INDEFINITE_RESIDENCE,
	EV_RETURN,
	EV_WITHDRAWAL,
	EV__MAX
};

enum case_assessment { ASSESS_NONE, ASSESS_VICTIM, ASSESS_UNCERTAIN, ASSESS_SUSPECT };
enum case_stay { STAY_NONE, STAY_LEGAL, STAY_ILLEGAL, STAY_PRECARIOUS };
enum case_region { REGION_NONE, REGION_FLANDERS, REGION_BRUSSELS, REGION_WALLONIA };
enum case_centre { CENTRE_NONE, CENTRE_PAYOKE, CENTRE_PAG_ASA, CENTRE_SURYA };
enum case_answer { ANSWER_NONE, ANSWER_YES, ANSWER_NO, ANSWER_UNKNOWN };
enum case_addressee { ADDRESSEE_NONE, ADDRESSEE_PROCUREUR, ADDRESSEE_AUDITEUR };
enum case_prosecution_act { ACT_NONE, ACT_SUMMONS, ACT_COMMITTAL, ACT_REQUISITIONS,
	ACT_INTERNMENT };

struct case_event {
	enum case_event_type	 type;
	date_day	 date;
	int		 line;		/* in the case file */
	size_t		 order;		/* position in the file */

	/* Attributes; each event type uses a few, the rest stay zero. */
	enum case_assessment	 assessment;	/* interception */
	enum case_stay	 stay;		/* interception */
	enum case_region	 region;	/* interception */
	char		*district;	/* interception, prosecutor-query */
	char		*police;	/* interception, complaint: the police
					   service */
	char		*inspection;	/* interception, complaint: or the
					   inspection service */
	char		*report;	/* interception, complaint: the report
					   (procès-verbal) number */
	char		*parquet_ref;	/* complaint: the parquet's reference */
	char		*language;	/* leaflet */
	enum case_centre	 centre;	/* centre-contact, centre-support */
	enum case_answer	 consent;	/* centre-contact: YES, NO or NONE */
	enum case_addressee	 addressee;	/* prosecutor-query */
	date_day	 answer_by;	/* prosecutor-query, or DATE_DAY_NONE */
	enum case_answer	 investigation;	/* prosecutor-answer: still under way? */
	enum case_answer	 victim;	/* prosecutor-answer: a victim of THB? */
	int		 months;	/* registration certificate; 0: the
					   regime's usual period */
	enum case_prosecution_act act;	/* prosecution */
	bool		 appeal;	/* conviction: on appeal, not first instance */
	enum case_answer	 significant;	/* requisitions-retained */
};

struct case_person {
	char		*name;
	date_day	 birth_date;	/* DATE_DAY_NONE when absent */
	int		 birth_date_line;	/* for messages */
	char		*nationality;	/* ISO 3166-1 alpha-2 */
	char		**languages;	/* BCP 47, in the order given */
	size_t		 nlanguages;
	char		*office_ref;
};

struct case_file {
	char		*file;
	char		*id;
	char		*regime;
	const struct regime *rules;	/* NULL: regime_default() */
	char		*district;	/* case-level, may be NULL */
	char		*language;	/* official language of the file, may be NULL */
	struct case_person	 person;
	struct case_event *events;	/* in file order */
	size_t		 nevents;
};

struct case_reader;

/* schema_path: the case schema (data/schema/case.xsd). */
struct case_reader *case_reader_new(const char *schema_path, struct diag_list *);
void		 case_reader_free(struct case_reader *);

/* NULL on failure, with at least one error in the list. */
struct case_file	*case_read_file(struct case_reader *, const char *path,
		    struct diag_list *);
struct case_file	*case_read_memory(struct case_reader *, const char *name,
		    const char *buf, size_t len, struct diag_list *);
void		 case_free(struct case_file *);

/* Names as in the case file vocabulary. */
/* The directives of 13 January 1997 opened the procedure: no event of a
 * case, and no day a letter sets, comes before 1997.  One rule for the
 * case reader and the web forms. */
#define CASE_FIRST_YEAR	1997
bool		 case_date_in_procedure(date_day);
/* A person born after the case's first event, or older than this at it,
 * is a typing error: the case reader refuses the file. */
#define CASE_MAX_AGE_YEARS	120

const char	*case_event_type_name(enum case_event_type);
const char	*case_centre_name(enum case_centre);
const char	*case_region_name(enum case_region);
/* The case file's word for the value of a choice attribute (the enum's
 * number: case_value_name("assessment", ASSESS_SUSPECT) is "suspect"), ""
 * for the absent value 0, NULL for an attribute that is no choice or a
 * number out of its range. */
const char	*case_value_name(const char *attr, int value);

#define CASE_MAX_FILE_SIZE (16UL * 1024 * 1024)

#endif
