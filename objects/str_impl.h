// Private interface shared by the str, bytes and codec sources (objects/str*.c,
// objects/bytes*.c, objects/bytearray.c, objects/codecs.c). Nothing else includes it.
#ifndef WF_OBJECTS_STR_IMPL_H
#define WF_OBJECTS_STR_IMPL_H

#include "objects/bytes.h"
#include "objects/str.h"

// ---- str writer --------------------------------------------------------------------------
// Builds a str code point by code point without knowing its final kind: the buffer holds
// bytes while everything written is ASCII and widens to uint32 at the first other code
// point, so finish() produces the canonical kind with one copy. Appends return 0 / -1
// (MemoryError set, the writer marked failed; finish then returns NULL).
typedef struct {
    void *buf;           // uint8_t (kind 1) or uint32_t (kind 4) items
    wf_ssize_t len, cap; // in items
    uint8_t kind;
    uint8_t failed;
    uint32_t small[64]; // initial storage
} wf_str_writer_t;

void wf_str_writer_init(wf_str_writer_t *w);
int wf_str_writer_reserve(wf_str_writer_t *w, wf_ssize_t extra);
int wf_str_writer_putc_slow(wf_str_writer_t *w, uint32_t cp);
static inline int wf_str_writer_putc(wf_str_writer_t *w, uint32_t cp) {
    if (w->kind == 1 && cp < 128 && w->len < w->cap) {
        ((uint8_t *)w->buf)[w->len++] = (uint8_t)cp;
        return 0;
    }
    return wf_str_writer_putc_slow(w, cp);
}
int wf_str_writer_write(wf_str_writer_t *w, wf_object_t *str);
int wf_str_writer_write_sub(wf_str_writer_t *w, wf_object_t *str, wf_ssize_t start, wf_ssize_t end);
int wf_str_writer_write_ascii(wf_str_writer_t *w, const char *s, wf_ssize_t n);
int wf_str_writer_fill(wf_str_writer_t *w, uint32_t cp, wf_ssize_t n);
wf_object_t *wf_str_writer_finish(wf_str_writer_t *w);
void wf_str_writer_discard(wf_str_writer_t *w);

// ---- helpers -----------------------------------------------------------------------------

// The type name argument-conversion errors print: "None" for None ("must be str, not None").
#define WF_ARGTYPE(o) ((o) == WF_NONE ? "None" : WF_TYPE(o)->name)
// The count of a sequence repetition (s * n): "can't multiply sequence by non-int of type
// 'float'", OverflowError "cannot fit 'int' into an index-sized integer"; negative counts
// become 0. 0 / -1.
int wf_str_repeat_count(wf_object_t *num, wf_ssize_t *out);

// The hash of a byte string (str kind 1 and bytes share it, as in CPython).
wf_hash_t wf_str_hash_bytes(const void *p, size_t n);
// New exact str of n code points copied from `cps` starting at... (see wf_str_from_ucs4).
// Substring with a step (step != 0, n items).
wf_object_t *wf_str_slice_step(wf_object_t *s, wf_ssize_t start, wf_ssize_t step, wf_ssize_t n);
// Clamp start/end like a slice of a sequence of length len (negative counts from the end).
static inline void wf_str_adjust_indices(wf_ssize_t len, wf_ssize_t *start, wf_ssize_t *end) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
}
// Parse the optional start/end arguments of count/find/index/startswith... (args[0..n),
// None allowed). 0 / -1 (TypeError "slice indices must be integers or None or have an
// __index__ method").
int wf_str_parse_start_end(wf_object_t *const *args, wf_ssize_t nargs, wf_ssize_t *start,
                           wf_ssize_t *end);
// The C string of an `encoding` / `errors` argument ("encode() argument 'errors' must be
// str, not int"); NULL arg leaves *out untouched. 0 / -1.
int wf_str_arg_cstr(const char *fname, const char *argname, wf_object_t *arg, const char **out);

// Iterate over the str methods table (objects/str_methods.c), for the type object.
extern wf_method_def_t wf_str_methods[];

// ---- methods implemented in objects/str_case.c (listed in the table in str_methods.c) ----

wf_object_t *wf_str_meth_lower(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_upper(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_casefold(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_swapcase(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_title(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_capitalize(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isalnum(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isalpha(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isascii(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isdecimal(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isdigit(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isidentifier(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_islower(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isnumeric(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isprintable(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isspace(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_istitle(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_isupper(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_str_meth_translate(wf_object_t *self, wf_object_t *table);
wf_object_t *wf_str_meth_maketrans(wf_object_t *unused, wf_object_t *const *args, wf_ssize_t nargs);

// ---- codecs (objects/codecs.c) -------------------------------------------------------------

// Canonical codec of an encoding name: 0 utf-8, 1 ascii, 2 latin-1, -1 unknown (no
// exception set).
enum {
    WF_CODEC_UTF8 = 0,
    WF_CODEC_ASCII = 1,
    WF_CODEC_LATIN1 = 2,
    // Two- and four-byte units; the plain names read a byte order mark and write one
    // (little-endian without a mark).
    WF_CODEC_UTF16 = 3,
    WF_CODEC_UTF16_LE = 4,
    WF_CODEC_UTF16_BE = 5,
    WF_CODEC_UTF32 = 6,
    WF_CODEC_UTF32_LE = 7,
    WF_CODEC_UTF32_BE = 8,
    // Python escapes over Latin-1 (\xhh, \uXXXX, \N{name}, ...); the raw form knows only
    // \uXXXX and \UXXXXXXXX.
    WF_CODEC_UNICODE_ESCAPE = 9,
    WF_CODEC_RAW_UNICODE_ESCAPE = 10,
};
int wf_codecs_lookup(const char *encoding);
// Decode with a known codec; errors NULL means "strict".
wf_object_t *wf_codecs_decode(int codec, const char *s, wf_ssize_t len, const char *errors);
wf_object_t *wf_codecs_encode(int codec, wf_object_t *str, const char *errors);
// UTF-8 of a str: 0 with *out a wf_mem_alloc'ed NUL-terminated buffer, or -1 with
// UnicodeEncodeError (lone surrogates) or MemoryError set. allow_surrogates encodes them
// as three bytes ("surrogatepass").
int wf_codecs_utf8_of_str(wf_object_t *str, int allow_surrogates, char **out, wf_ssize_t *outlen);

// ---- bytes internals shared by bytes.c, bytes_methods.c and bytearray.c ---------------------

// A read-only view of a bytes-like argument (bytes, bytearray, or a subclass).
typedef struct {
    const char *data;
    wf_ssize_t len;
    wf_object_t *owner;  // wf_bytes_view_any: a copy to drop with wf_bview_release
} wf_bview_t;
// 1 and fills *v for bytes, bytearray, a C-contiguous memoryview or another exporter
// written in C, 0 otherwise (no exception). The data is borrowed from `o`.
int wf_bytes_view(wf_object_t *o, wf_bview_t *v);
// The same, also accepting classes with __buffer__ (their contents are copied once, with
// the export released at once): 1, 0 (not bytes-like, no exception) or -1 (the exporter
// failed). Pair with wf_bview_release().
int wf_bytes_view_any(wf_object_t *o, wf_bview_t *v);
void wf_bview_release(wf_bview_t *v);
// Same but raises TypeError "a bytes-like object is required, not 'int'" when not.
int wf_bytes_view_or_raise(wf_object_t *o, wf_bview_t *v);

// Method tables (bytes_methods.c); the common entries work on self of either type and
// build results of self's kind (bytes or bytearray).
extern wf_method_def_t wf_bytes_methods[], wf_bytearray_methods[];
// bytearray-only methods (bytearray.c), listed in wf_bytearray_methods.
wf_object_t *wf_bytearray_append_meth(wf_object_t *self, wf_object_t *item);
wf_object_t *wf_bytearray_clear_meth(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_bytearray_copy_meth(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_bytearray_extend_meth(wf_object_t *self, wf_object_t *iterable);
wf_object_t *wf_bytearray_insert_meth(wf_object_t *self, wf_object_t *const *args,
                                      wf_ssize_t nargs);
wf_object_t *wf_bytearray_pop_meth(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs);
wf_object_t *wf_bytearray_remove_meth(wf_object_t *self, wf_object_t *value);
wf_object_t *wf_bytearray_reverse_meth(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_bytearray_alloc_meth(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_bytearray_sizeof_meth(wf_object_t *self, wf_object_t *unused);
wf_object_t *wf_bytearray_reduce_ex_meth(wf_object_t *self, wf_object_t *protocol);
wf_object_t *wf_bytearray_reduce_meth(wf_object_t *self, wf_object_t *unused);
// `x in data` for bytes and bytearray: an int byte value or a bytes-like object. -1/0/1.
int wf_bytes_contains_in(const char *data, wf_ssize_t len, wf_object_t *x);
// Iterator over a bytes or bytearray (type: wf_bytes_iter_type / wf_bytearray_iter_type).
wf_object_t *wf_bytes_iter_new(wf_type_t *t, wf_object_t *seq);
// Result builder: bytes or bytearray with the given contents.
wf_object_t *wf_bytes_make_like(wf_object_t *self, const char *data, wf_ssize_t len);
// bytes(x) conversion used by bytes.__new__ and bytearray.__init__: fills a malloc'ed
// buffer (*out, *outlen) from an int count, iterable of ints, or buffer. 0 / -1.
int wf_bytes_collect(wf_object_t *x, char **out, wf_ssize_t *outlen);
// repr of a byte string with the given prefix/suffix ("b'" / "'" or "bytearray(b'" / "')").
wf_object_t *wf_bytes_repr_data(const char *data, wf_ssize_t len, const char *prefix,
                                const char *suffix);
// Percent formatting for bytes (objects/str_format.c): result is bytes.
wf_object_t *wf_bytes_percent_format(const char *fmt, wf_ssize_t fmtlen, wf_object_t *args);
// Comparison of two byte strings for richcompare slots.
wf_object_t *wf_bytes_compare_op(const char *a, wf_ssize_t na, const char *b, wf_ssize_t nb,
                                 int op);
// Value of a byte argument: an int in range(256) ("byte must be in range(0, 256)").
int wf_bytes_byte_value(wf_object_t *o, int *out);

#endif
