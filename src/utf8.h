/* utf8.h: the few UTF-8 and character-class helpers that shaping
 * and layout need (no locale involved). */
#ifndef THB_UTF8_H
#define THB_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decode one code point and advance *p; 0 at the end of the string.
 * An invalid sequence decodes as U+FFFD, one byte at a time. */
uint32_t utf8_next(const char **p);

/* Encode cp into out (4 bytes at most); returns the length. */
size_t	 utf8_put(char *out, uint32_t cp);

/* Bidi embedding, override and isolate controls (U+202A-202E,
 * U+2066-2069) and marks (LRM, RLM, ALM). */
bool	 utf8_is_bidi_control(uint32_t cp);

/* Characters drawn with no glyph: bidi controls, ZWSP, ZWNJ, ZWJ, word
 * joiner, BOM, soft hyphen, variation selectors. */
bool	 utf8_is_ignorable(uint32_t cp);

/* Nonspacing or enclosing combining marks (approximate, by block): they
 * take the font of the character they sit on. */
bool	 utf8_is_mark(uint32_t cp);

#endif
