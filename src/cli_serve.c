/* cli_serve.c: thbdoc serve (the web application) and thbdoc user (its
 * users file). */
#include <config.h>

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "cli_int.h"
#include "exitcodes.h"
#include "i18n.h"
#include "serve.h"
#include "users.h"
#include "util.h"

static void
serve_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command. Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated. Keep the line breaks and the alignment of the option
	   list; write no % sign. The roles (police, centre, office,
	   translator) and the centres (payoke, pag-asa, surya) are values to
	   type: keep them. */
	fprintf(fp, _("Usage: thbdoc serve --cases DIR [--users FILE] "
	    "[--listen ADDR:PORT]\n"
	    "                    [--cert FILE --key FILE] [--audit FILE] "
	    "[--idle MINUTES]\n"
	    "                    [--threads N] [--po-dir DIR] [--date DATE]\n"
	    "The web application: the officer's language card and "
	    "interception form,\nthe case list, the case pages with their "
	    "status and events, the work\nlist, the translators' page and a "
	    "JSON API, for the users of the users\nfile.  The case folder is "
	    "the store: the same XML files as the command\nline reads, "
	    "checked by the same reader and written atomically (0600).\n\n"
	    "  -c, --cases DIR      the folder of case files (required)\n"
	    "  -u, --users FILE     the users file (default: "
	    "DIR/.thbdoc-users)\n"
	    "  -l, --listen A:P     address and port (default: "
	    "127.0.0.1:8080; port 0:\n"
	    "                       any free port, printed); beyond the "
	    "loopback only\n"
	    "                       with --cert and --key\n"
	    "      --cert FILE      TLS certificate (PEM)\n"
	    "      --key FILE       TLS private key (PEM)\n"
	    "  -a, --audit FILE     the audit journal (default: "
	    "DIR/.thbdoc-audit.log)\n"
	    "  -i, --idle MINUTES   log out after this idle time (default: "
	    "30)\n"
	    "  -t, --threads N      worker threads (default: 4)\n"
	    "  -p, --po-dir DIR     the leaflet's PO files (a source tree's "
	    "po-docs), for\n"
	    "                       the translators' checks, as thbdoc "
	    "check-translations\n"
	    "                       (default: po-docs in the working folder, "
	    "if there is\n"
	    "                       one; else the translators' page shows no "
	    "checks)\n"
	    "  -d, --date DATE      the day the pages and documents look from "
	    "(default:\n"
	    "                       each day's date; for tests and "
	    "demonstrations)\n"
	    "  -h, --help           show this help\n\n"
	    "It runs until interrupted (SIGINT, SIGTERM).  Nothing about a "
	    "case or a\nperson is printed; the audit journal says who read or "
	    "changed which case\nand when.  See thbdoc(1), SERVE.\n"));
}

int
cli_cmd_serve(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "cases", required_argument, NULL, 'c' },
		{ "users", required_argument, NULL, 'u' },
		{ "listen", required_argument, NULL, 'l' },
		{ "cert", required_argument, NULL, 'C' },
		{ "key", required_argument, NULL, 'K' },
		{ "audit", required_argument, NULL, 'a' },
		{ "idle", required_argument, NULL, 'i' },
		{ "threads", required_argument, NULL, 't' },
		{ "po-dir", required_argument, NULL, 'p' },
		{ "date", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct serve_config cfg = { NULL, NULL, NULL, "127.0.0.1:8080", NULL,
	    NULL, 30, 4, NULL, DATE_DAY_NONE };
	char *users = NULL, *audit = NULL, *end;
	long v;
	int ch, st;

	while ((ch = getopt_long(argc, argv, "c:u:l:a:i:t:p:d:h", opts, NULL))
	    != -1) {
		switch (ch) {
		case 'c': cfg.cases = optarg; break;
		case 'u': cfg.users = optarg; break;
		case 'l': cfg.listen = optarg; break;
		case 'C': cfg.cert = optarg; break;
		case 'K': cfg.key = optarg; break;
		case 'a': cfg.audit = optarg; break;
		case 'p': cfg.po_dir = optarg; break;
		case 'd':
			if (!cli_parse_date(cli, optarg, &cfg.as_of))
				return THB_EXIT_USAGE;
			break;
		case 'i':
		case 't':
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || v < 1 ||
			    v > (ch == 'i' ? 24 * 60 : 64))
				/* TRANSLATORS: thbdoc serve: %1$s: an option's
				   name without its dashes (idle or threads,
				   not translated); %2$d: the largest number
				   allowed; %3$s: the value given. */
				return cli_usage_error(cli, _("--%s takes a "
				    "number from 1 to %d, not '%s'"),
				    ch == 'i' ? "idle" : "threads",
				    ch == 'i' ? 24 * 60 : 64, optarg);
			if (ch == 'i')
				cfg.idle_minutes = (int)v;
			else
				cfg.threads = (int)v;
			break;
		case 'h':
			serve_help(cli->out);
			return THB_EXIT_OK;
		default:
			return cli_usage_error(cli, _("unknown option"));
		}
	}
	if (cfg.cases == NULL)
		/* TRANSLATORS: thbdoc serve: --cases is an option: keep it;
		   DIR (a folder) may be translated as in the help. */
		return cli_usage_error(cli, _("--cases DIR is required"));
	if (optind != argc)
		return cli_usage_error(cli, _("unexpected argument '%s'"),
		    argv[optind]);
	/* As thbdoc check-translations: the PO files are sources, not
	 * installed; a server started in a source tree finds them. */
	if (cfg.po_dir == NULL && access("po-docs/fr.po", R_OK) == 0)
		cfg.po_dir = "po-docs";
	if (cfg.users == NULL)
		cfg.users = users = xasprintf("%s/.thbdoc-users", cfg.cases);
	if (cfg.audit == NULL)
		cfg.audit = audit = xasprintf("%s/.thbdoc-audit.log",
		    cfg.cases);
	st = serve_run(&cfg, cli->err);
	free(users);
	free(audit);
	return st;
}

/* --- thbdoc user ------------------------------------------------------------ */

static void
user_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command. Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated. Keep the line breaks and the alignment of the option
	   list; write no % sign. The roles (police, centre, office,
	   translator) and the centres (payoke, pag-asa, surya) are values to
	   type: keep them. */
	fprintf(fp, _("Usage: thbdoc user add NAME --role ROLE [--centre "
	    "CENTRE] --users FILE\n"
	    "       thbdoc user del NAME --users FILE\n"
	    "       thbdoc user list --users FILE\n"
	    "       thbdoc user token NAME --users FILE\n"
	    "The users of 'thbdoc serve'.  add reads the password from "
	    "standard input\n(one line; at a terminal, asked twice without "
	    "echo) and stores only its\nyescrypt hash; the file is written "
	    "atomically with mode 0600.  add on an\nexisting user sets a new "
	    "password and role.  token prints a new API token\nfor the JSON "
	    "API (shown once; only its hash is kept).\n\n"
	    "  -r, --role ROLE      police, centre, office or translator\n"
	    "  -c, --centre CENTRE  for a centre's user: payoke, pag-asa or "
	    "surya\n"
	    "  -u, --users FILE     the users file\n"
	    "  -h, --help           show this help\n\n"
	    "A user name: 1 to 32 of a-z, 0-9, '.', '_', '-' (not first).  "
	    "A password:\n10 to 256 characters.\n"));
}

/* One line from standard input, without its newline; at a terminal,
 * without echo.  NULL at end of file. */
static char *
read_password(const char *prompt, FILE *err)
{
	struct termios old, quiet;
	bool tty = isatty(STDIN_FILENO) != 0;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (tty) {
		fputs(prompt, err);
		fflush(err);
		tcgetattr(STDIN_FILENO, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	n = getline(&line, &cap, stdin);
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', err);
	}
	if (n < 0) {
		free(line);
		return NULL;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return line;
}

static void
wipe_free(char *s)
{
	if (s != NULL) {
		explicit_bzero(s, strlen(s));
		free(s);
	}
}

static int
user_error(struct cli *cli, char *err)
{
	fprintf(cli->err, "thbdoc: user: %s\n", err);
	free(err);
	return THB_EXIT_SYSTEM;
}

static int
user_add(struct cli *cli, struct users_db *db, const char *users,
    const char *name, int role, const char *centre_s)
{
	char *pw, *again = NULL, *err = NULL;
	const char *problem;
	int centre = CENTRE_NONE, c, st = THB_EXIT_OK;

	if (role < 0)
		/* TRANSLATORS: thbdoc user add: police, centre, office and
		   translator are the values to type: keep them. */
		return cli_usage_error(cli, _("--role is required: police, "
		    "centre, office or translator"));
	if (role == ROLE_CENTRE) {
		for (c = CENTRE_PAYOKE; c <= CENTRE_SURYA; c++)
			if (centre_s != NULL &&
			    strcmp(centre_s, case_centre_name((enum case_centre)c)) == 0)
				centre = c;
		if (centre == CENTRE_NONE)
			/* TRANSLATORS: thbdoc user add: payoke, pag-asa and
			   surya are the values to type: keep them. */
			return cli_usage_error(cli, _("a centre's user needs "
			    "--centre payoke, pag-asa or surya"));
	} else if (centre_s != NULL)
		return cli_usage_error(cli, _("--centre is for a centre's "
		    "user only"));
	/* TRANSLATORS: thbdoc user add: the prompts at a terminal for the new
	   password, then for the same password again. Keep the space at the
	   end. */
	if ((pw = read_password(_("Password: "), cli->err)) == NULL)
		return cli_usage_error(cli, _("no password on standard "
		    "input"));
	if (isatty(STDIN_FILENO) &&
	    /* TRANSLATORS: thbdoc user add: the prompt for the same password a
	       second time. Keep the space at the end. */
	    ((again = read_password(_("Again: "), cli->err)) == NULL ||
	    strcmp(pw, again) != 0)) {
		wipe_free(pw);
		wipe_free(again);
		return cli_usage_error(cli, _("the two passwords differ"));
	}
	if ((problem = users_password_problem(pw)) != NULL) {
		wipe_free(pw);
		wipe_free(again);
		return cli_usage_error(cli, "%s", problem);
	}
	if (!users_set(db, name, (enum users_role)role, (enum case_centre)centre,
	    pw, &err) || !users_save(db, users, &err))
		st = user_error(cli, err);
	wipe_free(pw);
	wipe_free(again);
	return st;
}

int
cli_cmd_user(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "role", required_argument, NULL, 'r' },
		{ "centre", required_argument, NULL, 'c' },
		{ "users", required_argument, NULL, 'u' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *users = NULL, *centre = NULL, *verb, *name = NULL;
	struct users_db *db;
	char *err = NULL, *token;
	int ch, role = -1, st = THB_EXIT_OK;
	size_t i;

	while ((ch = getopt_long(argc, argv, "r:c:u:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'r':
			if ((role = users_role_parse(optarg)) < 0)
				/* TRANSLATORS: thbdoc user: %s: the value
				   given to --role; police, centre, office and
				   translator are the values to type: keep
				   them. */
				return cli_usage_error(cli, _("unknown role "
				    "'%s': police, centre, office or "
				    "translator"), optarg);
			break;
		case 'c': centre = optarg; break;
		case 'u': users = optarg; break;
		case 'h':
			user_help(cli->out);
			return THB_EXIT_OK;
		default:
			return cli_usage_error(cli, _("unknown option"));
		}
	}
	if (optind >= argc)
		/* TRANSLATORS: thbdoc user, given no action: add, del, list
		   and token are the actions to type (thbdoc user add ...):
		   keep them. */
		return cli_usage_error(cli, _("add, del, list or token?"));
	verb = argv[optind++];
	if (strcmp(verb, "list") != 0) {
		if (optind >= argc)
			return cli_usage_error(cli, _("no user name given"));
		name = argv[optind++];
		if (!users_valid_name(name))
			/* TRANSLATORS: thbdoc user: %s: the name given; a user
			   name is 1 to 32 characters from a-z, 0-9 and the
			   three characters in quotes. */
			return cli_usage_error(cli, _("'%s' is not a user "
			    "name: 1 to 32 of a-z, 0-9, '.', '_', '-'"), name);
	}
	if (optind != argc)
		return cli_usage_error(cli, _("unexpected argument '%s'"),
		    argv[optind]);
	if (users == NULL)
		/* TRANSLATORS: thbdoc user: --users is an option: keep it;
		   FILE may be translated as in the help. */
		return cli_usage_error(cli, _("--users FILE is required"));
	if ((db = users_load(users, strcmp(verb, "add") == 0, &err)) == NULL)
		return user_error(cli, err);
	if (strcmp(verb, "add") == 0)
		st = user_add(cli, db, users, name, role, centre);
	else if (strcmp(verb, "del") == 0) {
		if (!users_delete(db, name)) {
			/* TRANSLATORS: thbdoc user del and token: %s: the user
			   name given. Keep "thbdoc: user:". */
			fprintf(cli->err, _("thbdoc: user: no user '%s'\n"),
			    name);
			st = THB_EXIT_USAGE;
		} else if (!users_save(db, users, &err))
			st = user_error(cli, err);
	} else if (strcmp(verb, "list") == 0) {
		for (i = 0; i < db->count; i++)
			fprintf(cli->out, "%s\t%s\t%s\t%s\n",
			    db->items[i].name,
			    users_role_name(db->items[i].role),
			    db->items[i].centre != CENTRE_NONE ?
			    case_centre_name(db->items[i].centre) : "-",
			    db->items[i].token_hash != NULL ? "token" : "-");
	} else if (strcmp(verb, "token") == 0) {
		if ((token = users_new_token(db, name)) == NULL) {
			fprintf(cli->err, _("thbdoc: user: no user '%s'\n"),
			    name);
			st = THB_EXIT_USAGE;
		} else if (!users_save(db, users, &err)) {
			st = user_error(cli, err);
			wipe_free(token);
		} else {
			fprintf(cli->out, "%s\n", token);
			wipe_free(token);
		}
	} else
		/* TRANSLATORS: thbdoc user: %s: the word given; add, del, list
		   and token are the actions to type: keep them. */
		st = cli_usage_error(cli, _("unknown action '%s': add, del, "
		    "list or token"), verb);
	users_free(db);
	return st;
}
