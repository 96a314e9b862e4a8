/* cli_int.h: what the subcommands share.  Each subcommand is a function
 * listed in the command table of cli.c; it parses its own options with
 * getopt_long and returns an exit status (exitcodes.h). */
#ifndef THB_CLI_INT_H
#define THB_CLI_INT_H

#include <stdbool.h>
#include <stdio.h>

#include "date.h"
#include "diag.h"

struct cli {
	FILE		*out;
	FILE		*err;
	const char	*command;	/* "status", "due", ... */
	int		 status;	/* worst exit status so far */
};

/* Case files named on the command line: files as given, folders
 * searched (recursively, in name order) for *.xml. */
struct cli_file_list {
	char		**paths;
	size_t		 count;
};

typedef int (*cli_command_fn)(struct cli *, int argc, char *argv[]);

int	cli_cmd_status(struct cli *, int, char *[]);
int	cli_cmd_due(struct cli *, int, char *[]);
int	cli_cmd_leaflet(struct cli *, int, char *[]);
int	cli_cmd_pocket_card(struct cli *, int, char *[]);
int	cli_cmd_languages(struct cli *, int, char *[]);
int	cli_cmd_check_translations(struct cli *, int, char *[]);
int	cli_cmd_language_card(struct cli *, int, char *[]);
int	cli_cmd_report(struct cli *, int, char *[]);
int	cli_cmd_letter(struct cli *, int, char *[]);
int	cli_cmd_request(struct cli *, int, char *[]);
int	cli_cmd_notice(struct cli *, int, char *[]);
int	cli_cmd_serve(struct cli *, int, char *[]);
int	cli_cmd_user(struct cli *, int, char *[]);

/* Print a usage error for the current command; returns THB_EXIT_USAGE. */
int	cli_usage_error(struct cli *, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Parse --date; false (and a usage error printed) when invalid. */
bool	cli_parse_date(struct cli *, const char *arg, date_day *);
/* Print and clear collected diagnostics; remember the worst status. */
void	cli_flush_diags(struct cli *, struct diag_list *);
/* Expand arguments into case files; problems go to the diag list. */
/* Folders given on the command line are read this many levels deep (the
 * folder itself is level 0); a link is followed only to a folder inside
 * the one given and never to a folder already read. */
#define CLI_WALK_DEPTH		16
#define CLI_WALK_DEPTH_TEXT	"16"
void	cli_collect_files(struct cli_file_list *, char *const args[], int n,
	    struct diag_list *);
void	cli_file_list_free(struct cli_file_list *);
/* The case reader with the installed schema, or NULL (and a message). */
struct case_reader *cli_case_reader(struct cli *);

struct case_file;
typedef void (*cli_case_fn)(const struct case_file *, void *);
/* Read every case file named (folders searched), in order; print each
 * problem as it comes; call fn for each valid case.  Returns the exit
 * status so far. */
int	cli_each_case(struct cli *, char *const args[], int n, cli_case_fn,
	    void *);

#endif
