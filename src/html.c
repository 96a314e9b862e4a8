/* html.c: the one writer of HTML (see html.h). */
#include <config.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

void
html_escape(struct sbuf *out, const char *s)
{
	const char *run = s;

	if (s == NULL)
		return;
	for (; *s != '\0'; s++) {
		const char *rep;

		switch (*s) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		sbuf_addn(out, run, (size_t)(s - run));
		sbuf_add(out, rep);
		run = s + 1;
	}
	sbuf_addn(out, run, (size_t)(s - run));
}

void
html_url_encode(struct sbuf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	unsigned char c;

	if (s == NULL)
		return;
	for (; (c = (unsigned char)*s) != '\0'; s++) {
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		    c == '_' || c == '~')
			sbuf_addc(out, (char)c);
		else {
			sbuf_addc(out, '%');
			sbuf_addc(out, hex[c >> 4]);
			sbuf_addc(out, hex[c & 15]);
		}
	}
}

void
html_put_(struct html *h, const char *fmt, ...)
{
	struct sbuf tmp = { 0 };
	const char *run = fmt, *p, *q;
	va_list ap;

	va_start(ap, fmt);
	for (p = fmt; *p != '\0'; p++) {
		if (*p != '%')
			continue;
		sbuf_addn(&h->buf, run, (size_t)(p - run));
		switch (*++p) {
		case 's':
			html_escape(&h->buf, va_arg(ap, const char *));
			break;
		case 'u':
			html_url_encode(&tmp, va_arg(ap, const char *));
			html_escape(&h->buf, sbuf_str(&tmp));
			sbuf_free(&tmp);
			break;
		case 'd':
			sbuf_printf(&h->buf, "%d", va_arg(ap, int));
			break;
		case 'z':
			sbuf_printf(&h->buf, "%zu", va_arg(ap, size_t));
			break;
		case '%':
			sbuf_addc(&h->buf, '%');
			break;
		case '?':	/* %?{literal}: the literal when the int is true */
			if (p[1] != '{' || (q = strchr(p, '}')) == NULL)
				abort();
			if (va_arg(ap, int))
				sbuf_addn(&h->buf, p + 2, (size_t)(q - p - 2));
			p = q;
			break;
		default:	/* a programming error: show it, never guess */
			abort();
		}
		run = p + 1;
	}
	sbuf_add(&h->buf, run);
	va_end(ap);
}

const char *
html_str(const struct html *h)
{
	return sbuf_str(&h->buf);
}

size_t
html_len(const struct html *h)
{
	return h->buf.len;
}

char *
html_detach(struct html *h, size_t *len)
{
	*len = h->buf.len;
	return sbuf_detach(&h->buf);
}

void
html_free(struct html *h)
{
	sbuf_free(&h->buf);
}
