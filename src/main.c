/* main.c: the whole program is thbdoc_main(), so tests and fuzzers can
 * run the command line in-process. */
#include <config.h>

#include <stdio.h>

#include "cli.h"

int
main(int argc, char *argv[])
{
	return thbdoc_main(argc, argv, stdout, stderr);
}
