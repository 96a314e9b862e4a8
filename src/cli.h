/* cli.h: the command line as a function, so tests and fuzzers can run it
 * in-process (libxml2's xmllintMain pattern). */
#ifndef THB_CLI_H
#define THB_CLI_H

#include <stdio.h>

/* Returns the exit status (exitcodes.h). */
int	thbdoc_main(int argc, char *argv[], FILE *out, FILE *err);

#endif
