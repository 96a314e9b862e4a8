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
};

typedef int (*cli_command_fn)(struct cli *, int argc, char *argv[]);

int	cmd_status(struct cli *, int, char *[]);
int	cmd_due(struct cli *, int, char *[]);

/* Print a usage error for the current command; returns THB_EXIT_USAGE. */
int	cli_usage_error(struct cli *, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Parse --date; false (and a usage error printed) when invalid. */
bool	cli_parse_date(struct cli *, const char *arg, thb_date *);
/* Print and clear collected diagnostics. */
void	cli_flush_diags(struct cli *, struct diag_list *);

#endif
