// str: immutable Unicode text with O(1) indexing.
//
// Storage: kind 1 when every code point is ASCII (one byte each, which is also valid
// UTF-8), otherwise kind 4 (uint32 code points). The kind is canonical: equal strings have
// the same kind. The data follows the struct inline and is NUL-terminated. Instances of
// str subclasses keep their data inline too, but after the subclass's own fields (its
// __dict__ pointer, slots); `data_offset` says where, so WF_STR_DATA works for both. A
// kind-4 string caches its UTF-8 encoding on first request.
#ifndef WF_OBJECTS_STR_H
#define WF_OBJECTS_STR_H

#include "objects/type.h"
#include <stdarg.h>

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t length;     // code points
    wf_hash_t hash;        // -1 = not yet computed (written once, racy reads are benign)
    uint8_t kind;          // 1 or 4
    uint8_t interned;
    uint32_t data_offset;  // bytes from the object start to the data (sizeof(wf_str_t) for str)
    char *utf8;            // kind 4: cached UTF-8 or NULL; kind 1: points at the data
    wf_ssize_t utf8_len;
} wf_str_t;

extern wf_type_t wf_str_type;
#define WF_STR_CHECK(o) ((WF_TYPE(o)->flags & WF_TPFLAGS_STR_SUBCLASS) != 0)
#define WF_STR_CHECK_EXACT(o) (WF_TYPE(o) == &wf_str_type)
#define WF_STR_LEN(o) (((wf_str_t *)(o))->length)
#define WF_STR_KIND(o) (((wf_str_t *)(o))->kind)
#define WF_STR_DATA(o) ((void *)((char *)(o) + ((wf_str_t *)(o))->data_offset))
#define WF_STR_ASCII(o) ((const char *)WF_STR_DATA(o))  // kind 1 only
static inline uint32_t wf_str_char(wf_object_t *s, wf_ssize_t i) {
    return WF_STR_KIND(s) == 1 ? ((const uint8_t *)WF_STR_DATA(s))[i]
                               : ((const uint32_t *)WF_STR_DATA(s))[i];
}

// Constructors (new references, NULL + exception).
wf_object_t *wf_str_from_utf8(const char *s, wf_ssize_t len);  // strict: UnicodeDecodeError
wf_object_t *wf_str_from_cstr(const char *s);
// errors: "strict", "replace", "surrogateescape", "surrogatepass", "ignore", "backslashreplace"
wf_object_t *wf_str_decode_utf8(const char *s, wf_ssize_t len, const char *errors);
wf_object_t *wf_str_from_ucs4(const uint32_t *cps, wf_ssize_t n);
wf_object_t *wf_str_from_char(uint32_t cp);  // cached and immortal below 256
// Uninitialised string of n code points able to hold maxchar; fill WF_STR_DATA then use.
wf_object_t *wf_str_new_uninit(wf_ssize_t n, uint32_t maxchar);
// Same format codes as wf_err_format (runtime/errors.h).
wf_object_t *wf_str_from_format(const char *fmt, ...);
wf_object_t *wf_str_from_vformat(const char *fmt, va_list ap);
wf_object_t *wf_str_empty(void);  // immortal ""

// Access.
// UTF-8 view, valid while the string lives; NULL + UnicodeEncodeError for lone surrogates.
const char *wf_str_as_utf8(wf_object_t *s, wf_ssize_t *len);
wf_hash_t wf_str_hash(wf_object_t *s);
int wf_str_eq(wf_object_t *a, wf_object_t *b);              // 0/1, exact comparison
int wf_str_eq_cstr(wf_object_t *a, const char *s);           // 0/1
int wf_str_compare(wf_object_t *a, wf_object_t *b);          // <0, 0, >0 by code point
wf_object_t *wf_str_concat(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_str_join(wf_object_t *sep, wf_object_t *iterable);
wf_object_t *wf_str_substring(wf_object_t *s, wf_ssize_t start, wf_ssize_t end);
wf_object_t *wf_str_repr(wf_object_t *s);
// Interning: identifiers and attribute names. The interned string is immortal.
wf_object_t *wf_str_intern_cstr(const char *s);   // new (immortal) reference
void wf_str_intern_inplace(wf_object_t **p);      // replaces *p with the interned copy
// `%` formatting and str.format (objects/str_format.c).
wf_object_t *wf_str_percent_format(wf_object_t *fmt, wf_object_t *args);
wf_object_t *wf_str_format_method(wf_object_t *fmt, wf_object_t *const *args, wf_ssize_t nargs,
                                  wf_object_t *kwnames);
wf_object_t *wf_str_format_map(wf_object_t *fmt, wf_object_t *mapping);  // fmt.format_map(m)

// Builder: accumulates UTF-8; finish() produces the str.
typedef struct {
    char *buf;
    wf_ssize_t len, cap;
    int failed;            // an append failed (exception set); finish returns NULL
    char small[200];
} wf_strbuf_t;
void wf_strbuf_init(wf_strbuf_t *sb);
int wf_strbuf_append_cstr(wf_strbuf_t *sb, const char *s);       // 0 / -1
int wf_strbuf_append_utf8(wf_strbuf_t *sb, const char *s, wf_ssize_t n);
int wf_strbuf_append_char(wf_strbuf_t *sb, uint32_t cp);
int wf_strbuf_append_str(wf_strbuf_t *sb, wf_object_t *str);     // a str object
int wf_strbuf_append_repr(wf_strbuf_t *sb, wf_object_t *o);      // repr(o)
int wf_strbuf_append_format(wf_strbuf_t *sb, const char *fmt, ...);
wf_object_t *wf_strbuf_finish(wf_strbuf_t *sb);                  // frees the buffer
void wf_strbuf_discard(wf_strbuf_t *sb);

int wf_str_init(void);  // one-char cache, empty string; 0 / -1

// ---- Additions by the str implementation -------------------------------------------------

extern wf_type_t wf_str_iter_type, wf_str_ascii_iter_type;

wf_object_t *wf_str_from_ascii(const char *s, wf_ssize_t len);   // caller guarantees ASCII
wf_object_t *wf_str_from_latin1(const char *s, wf_ssize_t len);  // bytes 0..255 as code points
// *pleft += right, for the eval loop's `s += t` on a local: consumes the reference in
// *pleft and stores the result there (on error -1 and *pleft is unchanged). When *pleft
// is an exact str referenced only by the caller it is grown in place, which turns a loop
// of appends from quadratic into linear time, as in CPython. Both must be str.
int wf_str_append(wf_object_t **pleft, wf_object_t *right);
// s * n (n <= 0 gives ""): MemoryError / OverflowError "repeated string is too long".
wf_object_t *wf_str_repeat(wf_object_t *s, wf_ssize_t n);
// `needle in s` for two str objects: 0/1.
int wf_str_contains(wf_object_t *s, wf_object_t *needle);
// Index of needle in s[start:end] (clamped like slice indices; dir > 0 first match, dir < 0
// last match), -1 when absent. Never fails.
wf_ssize_t wf_str_find(wf_object_t *s, wf_object_t *needle, wf_ssize_t start, wf_ssize_t end,
                       int dir);
// The interned copy of `s` (an exact str; new reference, immortal). NULL on MemoryError.
wf_object_t *wf_str_intern(wf_object_t *s);
// str.isidentifier(): 0/1.
int wf_str_is_identifier(wf_object_t *s);
// ascii(): repr text with every non-ASCII code point escaped (\xhh, \uhhhh, \Uhhhhhhhh).
wf_object_t *wf_str_escape_non_ascii(wf_object_t *s);
// Exact str with the value of a str subclass instance (or s itself when exact).
wf_object_t *wf_str_exact(wf_object_t *s);
// The largest code point of s (0 for "").
uint32_t wf_str_max_char(wf_object_t *s);
// str(obj, encoding, errors) decoding part: obj must be bytes-like. errors may be NULL.
wf_object_t *wf_str_decode_object(wf_object_t *obj, const char *encoding, const char *errors);

#endif
