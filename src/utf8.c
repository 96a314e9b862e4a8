/* utf8.c: UTF-8 decoding and character classes for layout. */
#include <config.h>

#include "utf8.h"

uint32_t
utf8_next(const char **pp)
{
	const unsigned char *p = (const unsigned char *)*pp;
	uint32_t cp;
	int n, i;

	if (*p == 0)
		return 0;
	if (*p < 0x80) {
		*pp += 1;
		return *p;
	}
	if ((*p & 0xE0) == 0xC0) {
		cp = *p & 0x1F;
		n = 1;
	} else if ((*p & 0xF0) == 0xE0) {
		cp = *p & 0x0F;
		n = 2;
	} else if ((*p & 0xF8) == 0xF0) {
		cp = *p & 0x07;
		n = 3;
	} else {
		*pp += 1;
		return 0xFFFD;
	}
	for (i = 1; i <= n; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*pp += 1;
			return 0xFFFD;
		}
		cp = cp << 6 | (p[i] & 0x3F);
	}
	*pp += n + 1;
	if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) ||
	    (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0xFFFD;
	return cp;
}

size_t
utf8_put(char *out, uint32_t cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

bool
utf8_is_bidi_control(uint32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) ||
	    (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

bool
utf8_is_ignorable(uint32_t cp)
{
	return utf8_is_bidi_control(cp) || cp == 0x00AD ||
	    (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 ||
	    cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F);
}

bool
utf8_is_mark(uint32_t cp)
{
	return (cp >= 0x0300 && cp <= 0x036F) ||
	    (cp >= 0x0483 && cp <= 0x0489) ||
	    (cp >= 0x0591 && cp <= 0x05C7) ||
	    (cp >= 0x0610 && cp <= 0x061A) ||
	    (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
	    (cp >= 0x06D6 && cp <= 0x06ED) ||
	    (cp >= 0x0900 && cp <= 0x0903) ||
	    (cp >= 0x093A && cp <= 0x094F && cp != 0x093D) ||
	    (cp >= 0x0951 && cp <= 0x0957) || cp == 0x0962 || cp == 0x0963 ||
	    (cp >= 0x0981 && cp <= 0x0983) ||
	    (cp >= 0x09BC && cp <= 0x09D7 && cp != 0x09BD) ||
	    cp == 0x09E2 || cp == 0x09E3 ||
	    cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) ||
	    (cp >= 0x0E47 && cp <= 0x0E4E) ||
	    (cp >= 0x135D && cp <= 0x135F) ||
	    (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	    (cp >= 0x1DC0 && cp <= 0x1DFF) ||
	    (cp >= 0x20D0 && cp <= 0x20FF) ||
	    (cp >= 0xFE20 && cp <= 0xFE2F) ||
	    utf8_is_ignorable(cp);
}
