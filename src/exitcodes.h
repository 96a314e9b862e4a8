/* exitcodes.h: the exit statuses of thbdoc, documented in thbdoc.1. */
#ifndef THB_EXITCODES_H
#define THB_EXITCODES_H

enum thb_exit {
	THB_EXIT_OK = 0,	/* everything done */
	THB_EXIT_INPUT = 1,	/* an input file was invalid; the others were done */
	THB_EXIT_USAGE = 2,	/* bad command line */
	THB_EXIT_SYSTEM = 3,	/* cannot read, write or allocate; data files missing */
	THB_EXIT_REFUSED = 4,	/* the case does not call for the document asked */
	THB_EXIT_OUTPUT = 5	/* standard output could not be written: what
				   was asked is incomplete or lost */
};

#endif
