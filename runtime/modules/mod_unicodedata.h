// The unicodedata module's name lookup, for \N{...} escapes.
#ifndef WF_RUNTIME_MODULES_MOD_UNICODEDATA_H
#define WF_RUNTIME_MODULES_MOD_UNICODEDATA_H

#include <stddef.h>
#include <stdint.h>

// unicodedata.lookup() without name aliases or named sequences: 1 and *cp when `name`
// (len bytes) names a character; names ignore case except CJK unified ideographs and
// Hangul syllables, as in CPython.
int wf_unicodedata_lookup(const char *name, size_t len, uint32_t *cp);

#endif
