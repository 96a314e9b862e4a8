/* i18n.h: gettext macros for the program's own messages. */
#ifndef THB_I18N_H
#define THB_I18N_H

#include <locale.h>

#if ENABLE_NLS
# include <libintl.h>
# define _(s) gettext(s)
# define P_(s, p, n) ngettext((s), (p), (n))
#else
# define _(s) ((const char *)(s))
# define P_(s, p, n) ((n) == 1 ? (s) : (p))
# define gettext(s) ((char *)(s))
# define dgettext(d, s) ((char *)(s))
#endif

/* Mark a string for extraction without translating it here. */
#define N_(s) (s)

#endif
