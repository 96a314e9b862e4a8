/* i18n.h: gettext macros for the program's own messages. */
#ifndef THB_I18N_H
#define THB_I18N_H

#include <locale.h>

#if ENABLE_NLS
# include <libintl.h>
/* Through catalog.c: a translation whose printf conversions differ from
 * its source's is not used (the source is): a catalogue is data. */
char *catalog_gettext(const char *) __attribute__((format_arg(1)));
char *catalog_ngettext(const char *, const char *, unsigned long)
    __attribute__((format_arg(1))) __attribute__((format_arg(2)));
# define _(s) catalog_gettext(s)
# define P_(s, p, n) catalog_ngettext((s), (p), (unsigned long)(n))
#else
# define _(s) ((const char *)(s))
# define P_(s, p, n) ((n) == 1 ? (s) : (p))
# define gettext(s) ((char *)(s))
# define dgettext(d, s) ((char *)(s))
#endif

/* Mark a string for extraction without translating it here. */
#define N_(s) (s)

#endif
