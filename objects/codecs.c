// Text encodings: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32, in both directions, with the standard error
// handlers (strict, replace, ignore, surrogateescape, surrogatepass, backslashreplace and,
// for encoding, xmlcharrefreplace).
//
// Behaviour follows CPython 3.13 exactly where a program can see it: which bytes an
// invalid UTF-8 sequence covers (the maximal valid prefix, so b'\xf0\x90(' is one error
// of two bytes), the reasons in UnicodeDecodeError/UnicodeEncodeError, the grouping of
// consecutive unencodable characters into one error, and that an unknown error handler
// name is only reported when an error actually happens.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/tokenizer.h"
#include "runtime/mem.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *const codec_names[] = {
    "utf-8",     "ascii",     "latin-1",       "utf-16",          "utf-16-le", "utf-16-be",
    "utf-32",    "utf-32-le", "utf-32-be",     "unicodeescape",   "rawunicodeescape"};

// Bytes per code unit of the wide codecs (0 for the byte-oriented ones).
static int unit_size(int codec) {
    return codec >= WF_CODEC_UTF32 ? 4 : codec >= WF_CODEC_UTF16 ? 2 : 0;
}

static int big_endian(int codec) {
    return codec == WF_CODEC_UTF16_BE || codec == WF_CODEC_UTF32_BE;
}

// ---------------------------------------------------------------------------------------
// Names.

// Encoding names are compared after normalisation as CPython's encodings package does:
// lower case, and every run of characters other than letters, digits and '.' becomes a
// single '_' (leading and trailing runs dropped).
static void normalize(const char *in, char *out, size_t size) {
    size_t n = 0;
    int pending = 0;
    for (; *in && n + 2 < size; in++) {
        unsigned char c = (unsigned char)*in;
        if (isalnum(c) || c == '.') {
            if (pending && n > 0) {
                out[n++] = '_';
            }
            pending = 0;
            out[n++] = (char)tolower(c);
        } else {
            pending = 1;
        }
    }
    out[n] = 0;
}

int wf_codecs_lookup(const char *encoding) {
    static const struct {
        const char *name;
        int codec;
    } aliases[] = {
        {"utf_8", WF_CODEC_UTF8},
        {"utf8", WF_CODEC_UTF8},
        {"u8", WF_CODEC_UTF8},
        {"utf", WF_CODEC_UTF8},
        {"utf8_ucs2", WF_CODEC_UTF8},
        {"utf8_ucs4", WF_CODEC_UTF8},
        {"cp65001", WF_CODEC_UTF8},
        {"ascii", WF_CODEC_ASCII},
        {"us_ascii", WF_CODEC_ASCII},
        {"646", WF_CODEC_ASCII},
        {"ansi_x3.4_1968", WF_CODEC_ASCII},
        {"ansi_x3_4_1968", WF_CODEC_ASCII},
        {"ansi_x3.4_1986", WF_CODEC_ASCII},
        {"cp367", WF_CODEC_ASCII},
        {"csascii", WF_CODEC_ASCII},
        {"ibm367", WF_CODEC_ASCII},
        {"iso646_us", WF_CODEC_ASCII},
        {"iso_646.irv_1991", WF_CODEC_ASCII},
        {"iso_ir_6", WF_CODEC_ASCII},
        {"us", WF_CODEC_ASCII},
        {"latin_1", WF_CODEC_LATIN1},
        {"latin1", WF_CODEC_LATIN1},
        {"latin", WF_CODEC_LATIN1},
        {"l1", WF_CODEC_LATIN1},
        {"iso8859_1", WF_CODEC_LATIN1},
        {"iso_8859_1", WF_CODEC_LATIN1},
        {"iso_8859_1_1987", WF_CODEC_LATIN1},
        {"iso_ir_100", WF_CODEC_LATIN1},
        {"8859", WF_CODEC_LATIN1},
        {"cp819", WF_CODEC_LATIN1},
        {"iso8859", WF_CODEC_LATIN1},
        {"csisolatin1", WF_CODEC_LATIN1},
        {"ibm819", WF_CODEC_LATIN1},
        {"utf_16", WF_CODEC_UTF16},
        {"utf16", WF_CODEC_UTF16},
        {"u16", WF_CODEC_UTF16},
        {"utf_16le", WF_CODEC_UTF16_LE},
        {"utf_16_le", WF_CODEC_UTF16_LE},
        {"unicodelittleunmarked", WF_CODEC_UTF16_LE},
        {"utf_16be", WF_CODEC_UTF16_BE},
        {"utf_16_be", WF_CODEC_UTF16_BE},
        {"unicodebigunmarked", WF_CODEC_UTF16_BE},
        {"utf_32", WF_CODEC_UTF32},
        {"utf32", WF_CODEC_UTF32},
        {"u32", WF_CODEC_UTF32},
        {"utf_32le", WF_CODEC_UTF32_LE},
        {"utf_32_le", WF_CODEC_UTF32_LE},
        {"utf_32be", WF_CODEC_UTF32_BE},
        {"utf_32_be", WF_CODEC_UTF32_BE},
        {"unicode_escape", WF_CODEC_UNICODE_ESCAPE},
        {"unicodeescape", WF_CODEC_UNICODE_ESCAPE},
        {"raw_unicode_escape", WF_CODEC_RAW_UNICODE_ESCAPE},
        {"rawunicodeescape", WF_CODEC_RAW_UNICODE_ESCAPE},
    };
    char norm[64];
    if (encoding == NULL) {
        return WF_CODEC_UTF8;
    }
    if (strlen(encoding) >= sizeof norm - 2) {
        return -1;
    }
    normalize(encoding, norm, sizeof norm);
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        if (strcmp(norm, aliases[i].name) == 0) {
            return aliases[i].codec;
        }
    }
    return -1;
}

enum {
    EH_STRICT,
    EH_REPLACE,
    EH_IGNORE,
    EH_SURROGATEESCAPE,
    EH_SURROGATEPASS,
    EH_BACKSLASHREPLACE,
    EH_XMLCHARREFREPLACE,
    EH_UNKNOWN,
};

static int parse_errors(const char *errors) {
    static const char *const names[] = {"strict",           "replace",       "ignore",
                                        "surrogateescape",  "surrogatepass", "backslashreplace",
                                        "xmlcharrefreplace"};
    if (errors == NULL) {
        return EH_STRICT;
    }
    for (int i = 0; i < EH_UNKNOWN; i++) {
        if (strcmp(errors, names[i]) == 0) {
            return i;
        }
    }
    return EH_UNKNOWN;
}

// Handler to use at the first error; -1 with LookupError for an unknown name.
static int error_handler(const char *errors) {
    int eh = parse_errors(errors);
    if (eh == EH_UNKNOWN) {
        wf_err_format(&wf_exc_LookupError, "unknown error handler name '%s'", errors);
        return -1;
    }
    return eh;
}

// ---------------------------------------------------------------------------------------
// Raising.

static wf_object_t *raise_unicode_error(wf_type_t *type, int codec, wf_object_t *obj,
                                        wf_ssize_t start, wf_ssize_t end, const char *reason) {
    wf_object_t *enc = wf_str_from_cstr(codec_names[codec]);
    wf_object_t *st = wf_int_from_ssize(start);
    wf_object_t *en = wf_int_from_ssize(end);
    wf_object_t *rs = wf_str_from_cstr(reason);
    if (enc != NULL && st != NULL && en != NULL && rs != NULL) {
        wf_object_t *args = wf_tuple_pack(5, enc, obj, st, en, rs);
        if (args != NULL) {
            wf_err_set(type, args);
            WF_DECREF(args);
        }
    }
    WF_XDECREF(enc);
    WF_XDECREF(st);
    WF_XDECREF(en);
    WF_XDECREF(rs);
    return NULL;
}

static wf_object_t *raise_decode_error(int codec, const char *s, wf_ssize_t n, wf_ssize_t start,
                                       wf_ssize_t end, const char *reason) {
    wf_object_t *b = wf_bytes_from(s, n);
    if (b == NULL) {
        return NULL;
    }
    raise_unicode_error(&wf_exc_UnicodeDecodeError, codec, b, start, end, reason);
    WF_DECREF(b);
    return NULL;
}

// ---------------------------------------------------------------------------------------
// Decoding.

static int is_surrogate_cp(uint32_t c) {
    return c >= 0xD800 && c <= 0xDFFF;
}

// Decode one multi-byte UTF-8 sequence at s[i] (s[i] >= 0x80). Returns its length with
// *cp set, or 0 with the invalid range [i, *bad_end) and the reason.
static int utf8_sequence(const unsigned char *s, wf_ssize_t n, wf_ssize_t i, uint32_t *cp,
                         wf_ssize_t *bad_end, const char **reason) {
    unsigned c = s[i];
    int need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c < 0xC2 || c > 0xF4) {
        *bad_end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    if (c < 0xE0) {
        need = 1;
    } else if (c < 0xF0) {
        need = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF; // no encoded surrogates
    } else {
        need = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    }
    for (int k = 1; k <= need; k++) {
        if (i + k >= n) {
            *bad_end = n;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned b = s[i + k];
        if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) {
            *bad_end = i + k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    if (need == 1) {
        *cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    } else if (need == 2) {
        *cp = ((c & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    } else {
        *cp = ((c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12) |
              ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    }
    return need + 1;
}

// Apply a decoding error handler to the bytes [start, end); returns the position to go
// on from, or -1 (exception set).
static wf_ssize_t decode_handle(int eh, int codec, const unsigned char *s, wf_ssize_t n,
                                wf_ssize_t start, wf_ssize_t end, const char *reason,
                                wf_str_writer_t *w) {
    char buf[8];
    switch (eh) {
        case EH_REPLACE:
            wf_str_writer_putc(w, 0xFFFD);
            return end;
        case EH_IGNORE:
            return end;
        case EH_SURROGATEESCAPE:
            for (wf_ssize_t k = start; k < end; k++) {
                if (s[k] < 128) {
                    raise_decode_error(codec, (const char *)s, n, start, end, reason);
                    return -1;
                }
                wf_str_writer_putc(w, 0xDC00 + s[k]);
            }
            return end;
        case EH_BACKSLASHREPLACE:
            for (wf_ssize_t k = start; k < end; k++) {
                snprintf(buf, sizeof buf, "\\x%02x", s[k]);
                wf_str_writer_write_ascii(w, buf, 4);
            }
            return end;
        case EH_SURROGATEPASS:
            if (codec == WF_CODEC_UTF8 && start + 2 < n && (s[start] & 0xF0) == 0xE0 &&
                (s[start + 1] & 0xC0) == 0x80 && (s[start + 2] & 0xC0) == 0x80) {
                uint32_t cp = ((uint32_t)(s[start] & 0x0F) << 12) |
                              ((uint32_t)(s[start + 1] & 0x3F) << 6) | (s[start + 2] & 0x3F);
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    wf_str_writer_putc(w, cp);
                    return start + 3;
                }
            }
            break;
        case EH_XMLCHARREFREPLACE:
            wf_err_set_string(&wf_exc_TypeError,
                              "don't know how to handle UnicodeDecodeError in error callback");
            return -1;
        default:
            break;
    }
    raise_decode_error(codec, (const char *)s, n, start, end, reason);
    return -1;
}

static wf_object_t *decode_bytes(int codec, const char *data, wf_ssize_t n, const char *errors) {
    const unsigned char *s = (const unsigned char *)data;
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    if (wf_str_writer_reserve(&w, n) < 0) {
        return NULL;
    }
    int eh = -1;
    wf_ssize_t i = 0;
    while (i < n && !w.failed) {
        unsigned c = s[i];
        if (c < 0x80) {
            wf_ssize_t j = i + 1;
            while (j < n && s[j] < 0x80) {
                j++;
            }
            wf_str_writer_write_ascii(&w, data + i, j - i);
            i = j;
            continue;
        }
        uint32_t cp;
        wf_ssize_t bad_end = i + 1;
        const char *reason = "ordinal not in range(128)";
        int len = 0;
        if (codec == WF_CODEC_LATIN1) {
            cp = c;
            len = 1;
        } else if (codec == WF_CODEC_UTF8) {
            len = utf8_sequence(s, n, i, &cp, &bad_end, &reason);
        }
        if (len > 0) {
            wf_str_writer_putc(&w, cp);
            i += len;
            continue;
        }
        if (eh < 0 && (eh = error_handler(errors)) < 0) {
            wf_str_writer_discard(&w);
            return NULL;
        }
        i = decode_handle(eh, codec, s, n, i, bad_end, reason, &w);
        if (i < 0) {
            wf_str_writer_discard(&w);
            return NULL;
        }
    }
    return wf_str_writer_finish(&w);
}

static uint32_t read_unit(const unsigned char *p, int size, int big) {
    uint32_t v = 0;
    for (int k = 0; k < size; k++) {
        v |= (uint32_t)p[big ? k : size - 1 - k] << (8 * (size - 1 - k));
    }
    return v;
}

// UTF-16 and UTF-32. The BOM-reading forms pick the byte order from a leading mark.
static wf_object_t *decode_wide(int codec, const char *data, wf_ssize_t n, const char *errors) {
    const unsigned char *s = (const unsigned char *)data;
    int size = unit_size(codec), big = big_endian(codec);
    wf_ssize_t i = 0;
    if (codec == WF_CODEC_UTF16 && n >= 2) {
        if (s[0] == 0xFF && s[1] == 0xFE) {
            i = 2;
        } else if (s[0] == 0xFE && s[1] == 0xFF) {
            i = 2, big = 1;
        }
    } else if (codec == WF_CODEC_UTF32 && n >= 4) {
        if (s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0) {
            i = 4;
        } else if (s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF) {
            i = 4, big = 1;
        }
    }
    // Errors name the byte order actually read.
    if (codec == WF_CODEC_UTF16) {
        codec = big ? WF_CODEC_UTF16_BE : WF_CODEC_UTF16_LE;
    } else if (codec == WF_CODEC_UTF32) {
        codec = big ? WF_CODEC_UTF32_BE : WF_CODEC_UTF32_LE;
    }
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    if (wf_str_writer_reserve(&w, n / size) < 0) {
        return NULL;
    }
    int eh = -1;
    while (i < n && !w.failed) {
        const char *reason = NULL;
        wf_ssize_t bad_end = i + size;
        uint32_t c = 0;
        if (n - i < size) {
            reason = "truncated data";
            bad_end = n;
        } else {
            c = read_unit(s + i, size, big);
            if (size == 4) {
                if (c > 0x10FFFF) {
                    reason = "code point not in range(0x110000)";
                } else if (is_surrogate_cp(c)) {
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
                }
            } else if (c >= 0xD800 && c < 0xDC00) {
                if (n - i < 4) {
                    reason = "unexpected end of data";
                    bad_end = n;
                } else {
                    uint32_t lo = read_unit(s + i + 2, 2, big);
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                        i += 2;
                    } else {
                        reason = "illegal UTF-16 surrogate";
                    }
                }
            } else if (c >= 0xDC00 && c < 0xE000) {
                reason = "illegal encoding";
            }
        }
        if (reason == NULL) {
            wf_str_writer_putc(&w, c);
            i += size;
            continue;
        }
        if (eh < 0 && (eh = error_handler(errors)) < 0) {
            wf_str_writer_discard(&w);
            return NULL;
        }
        i = decode_handle(eh, codec, s, n, i, bad_end, reason, &w);
        if (i < 0) {
            wf_str_writer_discard(&w);
            return NULL;
        }
    }
    return wf_str_writer_finish(&w);
}

static int hex_digits(const unsigned char *s, wf_ssize_t n, wf_ssize_t at, int count,
                      uint32_t *out) {
    uint32_t v = 0;
    int k = 0;
    for (; k < count && at + k < n; k++) {
        int c = s[at + k], d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
            d = (c | 0x20) - 'a' + 10;
        } else {
            break;
        }
        v = v * 16 + (uint32_t)d;
    }
    *out = v;
    return k;
}

// unicode_escape / raw_unicode_escape decoding: the bytes are Latin-1 text with Python's
// backslash escapes (only \u and \U for the raw form).
static wf_object_t *decode_escapes(int codec, const char *data, wf_ssize_t n, const char *errors) {
    const unsigned char *s = (const unsigned char *)data;
    int raw = codec == WF_CODEC_RAW_UNICODE_ESCAPE;
    char warning[64] = "";  // the first invalid escape, reported once at the end
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    if (wf_str_writer_reserve(&w, n) < 0) {
        return NULL;
    }
    int eh = -1;
    wf_ssize_t i = 0;
    while (i < n && !w.failed) {
        if (s[i] != '\\') {
            wf_str_writer_putc(&w, s[i++]);
            continue;
        }
        wf_ssize_t start = i;
        if (raw) {
            // Only an odd run of backslashes before u/U starts an escape.
            wf_ssize_t run = 0;
            while (i + run < n && s[i + run] == '\\') {
                run++;
            }
            if (run % 2 == 0 || i + run >= n || (s[i + run] != 'u' && s[i + run] != 'U')) {
                for (wf_ssize_t k = 0; k < run; k++) {
                    wf_str_writer_putc(&w, '\\');
                }
                i += run;
                continue;
            }
            for (wf_ssize_t k = 0; k < run - 1; k++) {
                wf_str_writer_putc(&w, '\\');
            }
            start = i = i + run - 1;
        }
        const char *reason = NULL;
        wf_ssize_t end = i + 2;
        uint32_t cp = 0;
        if (i + 1 >= n) {
            reason = "\\ at end of string";
            end = n;
        } else {
            unsigned char c = s[i + 1];
            int want = 0;
            switch (raw ? (c == 'u' || c == 'U' ? c : 0) : c) {
                case '\n': i += 2; continue;  // line continuation
                case '\\': cp = '\\'; break;
                case '\'': cp = '\''; break;
                case '"': cp = '"'; break;
                case 'a': cp = 7; break;
                case 'b': cp = 8; break;
                case 'f': cp = 12; break;
                case 'n': cp = 10; break;
                case 'r': cp = 13; break;
                case 't': cp = 9; break;
                case 'v': cp = 11; break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int k = 0;
                    while (k < 3 && i + 1 + k < n && s[i + 1 + k] >= '0' && s[i + 1 + k] <= '7') {
                        cp = cp * 8 + (uint32_t)(s[i + 1 + k] - '0');
                        k++;
                    }
                    end = i + 1 + k;
                    if (cp > 0377 && warning[0] == 0) {
                        snprintf(warning, sizeof warning, "invalid octal escape sequence '\\%o'",
                                 cp);
                    }
                    break;
                }
                case 'x': want = 2; break;
                case 'u': want = 4; break;
                case 'U': want = 8; break;
                case 'N': {
                    reason = "malformed \\N character escape";
                    wf_ssize_t j = i + 2;
                    if (j < n && s[j] == '{') {
                        wf_ssize_t k = j + 1;
                        while (k < n && s[k] != '}') {
                            k++;
                        }
                        if (k < n && k > j + 1) {
                            end = k + 1;
                            reason = wf_tokenizer_lookup_name((const char *)s + j + 1,
                                                              (size_t)(k - j - 1), &cp)
                                         ? NULL
                                         : "unknown Unicode character name";
                        }
                    }
                    break;
                }
                case 0:  // raw form, not an escape (unreachable: handled above)
                    cp = c;
                    break;
                default: {
                    // Unknown escapes stay as written, with a warning.
                    if (warning[0] == 0) {
                        snprintf(warning, sizeof warning,
                                 c < 0x80 ? "invalid escape sequence '\\%c'"
                                          : "invalid escape sequence '\\x%02x'", c);
                    }
                    wf_str_writer_putc(&w, '\\');
                    wf_str_writer_putc(&w, c);
                    i += 2;
                    continue;
                }
            }
            if (want > 0) {
                int got = hex_digits(s, n, i + 2, want, &cp);
                end = i + 2 + got;
                if (got < want) {
                    reason = want == 2   ? "truncated \\xXX escape"
                             : want == 4 ? "truncated \\uXXXX escape"
                                         : "truncated \\UXXXXXXXX escape";
                } else if (cp > 0x10FFFF) {
                    reason = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
                }
            }
        }
        if (reason == NULL) {
            wf_str_writer_putc(&w, cp);
            i = end;
            continue;
        }
        if (eh < 0 && (eh = error_handler(errors)) < 0) {
            wf_str_writer_discard(&w);
            return NULL;
        }
        i = decode_handle(eh, codec, s, n, start, end, reason, &w);
        if (i < 0) {
            wf_str_writer_discard(&w);
            return NULL;
        }
    }
    if (warning[0] != 0 && wf_err_warn(&wf_exc_DeprecationWarning, warning, 1) < 0) {
        wf_str_writer_discard(&w);
        return NULL;
    }
    return wf_str_writer_finish(&w);
}

wf_object_t *wf_codecs_decode(int codec, const char *s, wf_ssize_t len, const char *errors) {
    if (codec == WF_CODEC_UNICODE_ESCAPE || codec == WF_CODEC_RAW_UNICODE_ESCAPE) {
        return decode_escapes(codec, s, len, errors);
    }
    if (unit_size(codec) > 0) {
        return decode_wide(codec, s, len, errors);
    }
    return decode_bytes(codec, s, len, errors);
}

// ---------------------------------------------------------------------------------------
// Encoding.

typedef struct {
    char *buf;
    wf_ssize_t len, cap;
} bbuf_t;

static int bbuf_reserve(bbuf_t *b, wf_ssize_t extra) {
    if (extra <= b->cap - b->len) {
        return 0;
    }
    if (extra > WF_SSIZE_MAX / 4 - b->len) {
        wf_err_nomemory();
        return -1;
    }
    wf_ssize_t cap = b->cap * 2 > b->len + extra ? b->cap * 2 : b->len + extra + 16;
    char *nb = wf_mem_realloc(b->buf, (size_t)cap + 1);
    if (nb == NULL) {
        wf_err_nomemory();
        return -1;
    }
    b->buf = nb;
    b->cap = cap;
    return 0;
}

static int bbuf_write(bbuf_t *b, const char *s, wf_ssize_t n) {
    if (bbuf_reserve(b, n) < 0) {
        return -1;
    }
    memcpy(b->buf + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

static int put_utf8(bbuf_t *b, uint32_t cp) {
    char t[4];
    int n;
    if (cp < 0x80) {
        t[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return bbuf_write(b, t, n);
}

static int is_surrogate(uint32_t c) {
    return c >= 0xD800 && c <= 0xDFFF;
}

// Can `codec` encode c directly?
static int encodable(int codec, uint32_t c) {
    switch (codec) {
        case WF_CODEC_UNICODE_ESCAPE:
        case WF_CODEC_RAW_UNICODE_ESCAPE:
            return 1;  // everything has an escape
        case WF_CODEC_ASCII:
            return c < 128;
        case WF_CODEC_LATIN1:
            return c < 256;
        default:
            return !is_surrogate(c);
    }
}

static int put_unit(bbuf_t *b, uint32_t v, int size, int big) {
    char t[4];
    for (int k = 0; k < size; k++) {
        int shift = 8 * (big ? size - 1 - k : k);
        t[k] = (char)(v >> shift);
    }
    return bbuf_write(b, t, size);
}

// unicode_escape: printable ASCII as is, the rest escaped; the raw form escapes only
// what Latin-1 cannot hold.
static int put_escaped(bbuf_t *b, int codec, uint32_t c) {
    char t[12];
    int n;
    if (codec == WF_CODEC_RAW_UNICODE_ESCAPE) {
        if (c < 0x100) {
            t[0] = (char)c;
            return bbuf_write(b, t, 1);
        }
        n = snprintf(t, sizeof t, c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
        return bbuf_write(b, t, n);
    }
    switch (c) {
        case '\\': return bbuf_write(b, "\\\\", 2);
        case '\t': return bbuf_write(b, "\\t", 2);
        case '\n': return bbuf_write(b, "\\n", 2);
        case '\r': return bbuf_write(b, "\\r", 2);
        default: break;
    }
    if (c >= 0x20 && c < 0x7f) {
        t[0] = (char)c;
        return bbuf_write(b, t, 1);
    }
    n = snprintf(t, sizeof t, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                 (unsigned)c);
    return bbuf_write(b, t, n);
}

static int put_direct(bbuf_t *b, int codec, uint32_t c) {
    if (codec == WF_CODEC_UTF8) {
        return put_utf8(b, c);
    }
    if (codec == WF_CODEC_UNICODE_ESCAPE || codec == WF_CODEC_RAW_UNICODE_ESCAPE) {
        return put_escaped(b, codec, c);
    }
    int size = unit_size(codec);
    if (size == 4) {
        return put_unit(b, c, 4, big_endian(codec));
    }
    if (size == 2) {
        if (c >= 0x10000) {
            c -= 0x10000;
            if (put_unit(b, 0xD800 + (c >> 10), 2, big_endian(codec)) < 0) {
                return -1;
            }
            c = 0xDC00 + (c & 0x3FF);
        }
        return put_unit(b, c, 2, big_endian(codec));
    }
    char ch = (char)c;
    return bbuf_write(b, &ch, 1);
}

// Replacement text of an error handler, in the codec's own units.
static int put_ascii(bbuf_t *b, int codec, const char *s, wf_ssize_t n) {
    if (unit_size(codec) == 0) {
        return bbuf_write(b, s, n);
    }
    for (wf_ssize_t k = 0; k < n; k++) {
        if (put_direct(b, codec, (unsigned char)s[k]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int raise_encode_error(int codec, wf_object_t *str, wf_ssize_t start, wf_ssize_t end) {
    const char *reason = codec == WF_CODEC_ASCII    ? "ordinal not in range(128)"
                         : codec == WF_CODEC_LATIN1 ? "ordinal not in range(256)"
                                                    : "surrogates not allowed";
    raise_unicode_error(&wf_exc_UnicodeEncodeError, codec, str, start, end, reason);
    return -1;
}

// Apply an encoding error handler to the characters [start, end) of str. 0 / -1.
static int encode_handle(int eh, int codec, wf_object_t *str, wf_ssize_t start, wf_ssize_t end,
                         bbuf_t *b) {
    char buf[24];
    for (wf_ssize_t k = start; k < end; k++) {
        uint32_t c = wf_str_char(str, k);
        int n, rc = 0;
        switch (eh) {
            case EH_REPLACE:
                rc = put_ascii(b, codec, "?", 1);
                break;
            case EH_IGNORE:
                break;
            case EH_BACKSLASHREPLACE:
                n = snprintf(buf, sizeof buf,
                             c < 0x100     ? "\\x%02x"
                             : c < 0x10000 ? "\\u%04x"
                                           : "\\U%08x",
                             (unsigned)c);
                rc = put_ascii(b, codec, buf, n);
                break;
            case EH_XMLCHARREFREPLACE:
                n = snprintf(buf, sizeof buf, "&#%u;", (unsigned)c);
                rc = put_ascii(b, codec, buf, n);
                break;
            case EH_SURROGATEESCAPE:
                if (c < 0xDC80 || c > 0xDCFF) {
                    return raise_encode_error(codec, str, k, end);
                }
                buf[0] = (char)(c - 0xDC00);
                rc = bbuf_write(b, buf, 1);
                break;
            case EH_SURROGATEPASS:
                if (codec == WF_CODEC_ASCII || codec == WF_CODEC_LATIN1) {
                    return raise_encode_error(codec, str, start, end);
                }
                rc = codec == WF_CODEC_UTF8 ? put_utf8(b, c)
                                            : put_unit(b, c, unit_size(codec), big_endian(codec));
                break;
            default:
                return raise_encode_error(codec, str, start, end);
        }
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

// Encode str into b. 0 / -1.
static int encode_into(int codec, wf_object_t *str, const char *errors, bbuf_t *b) {
    wf_ssize_t n = WF_STR_LEN(str);
    int size = unit_size(codec);
    if (codec == WF_CODEC_UTF16 || codec == WF_CODEC_UTF32) {
        // A byte order mark, then little-endian units.
        if (put_unit(b, 0xFEFF, size, 0) < 0) {
            return -1;
        }
    }
    if (WF_STR_KIND(str) == 1 && size == 0 && codec <= WF_CODEC_LATIN1) {
        return bbuf_write(b, WF_STR_DATA(str), n); // ASCII is valid in every byte codec
    }
    if (bbuf_reserve(b, codec == WF_CODEC_UTF8 ? n * 2 : size > 0 ? n * size : n) < 0) {
        return -1;
    }
    int eh = -1;
    wf_ssize_t i = 0;
    while (i < n) {
        uint32_t c = wf_str_char(str, i);
        if (encodable(codec, c)) {
            if (put_direct(b, codec, c) < 0) {
                return -1;
            }
            i++;
            continue;
        }
        wf_ssize_t j = i + 1;
        while (j < n && !encodable(codec, wf_str_char(str, j))) {
            j++;
        }
        if (eh < 0 && (eh = error_handler(errors)) < 0) {
            return -1;
        }
        if (encode_handle(eh, codec, str, i, j, b) < 0) {
            return -1;
        }
        i = j;
    }
    return 0;
}

wf_object_t *wf_codecs_encode(int codec, wf_object_t *str, const char *errors) {
    if (WF_STR_KIND(str) == 1 && codec <= WF_CODEC_LATIN1) {
        return wf_bytes_from(WF_STR_DATA(str), WF_STR_LEN(str));
    }
    bbuf_t b = {NULL, 0, 0};
    if (encode_into(codec, str, errors, &b) < 0) {
        wf_mem_free(b.buf);
        return NULL;
    }
    wf_object_t *r = wf_bytes_from(b.buf, b.len);
    wf_mem_free(b.buf);
    return r;
}

int wf_codecs_utf8_of_str(wf_object_t *str, int allow_surrogates, char **out, wf_ssize_t *outlen) {
    bbuf_t b = {NULL, 0, 0};
    if (bbuf_reserve(&b, WF_STR_LEN(str) + 1) < 0 ||
        encode_into(WF_CODEC_UTF8, str, allow_surrogates ? "surrogatepass" : NULL, &b) < 0) {
        wf_mem_free(b.buf);
        return -1;
    }
    b.buf[b.len] = 0; // bbuf keeps one spare byte beyond cap
    *out = b.buf;
    *outlen = b.len;
    return 0;
}

// ---------------------------------------------------------------------------------------
// Entry points by encoding name.

// Encodings and error handlers that the codecs here do not know are found in the codec
// registry of the _codecs module (codecs.register, codecs.register_error). An unknown
// handler name only matters once an error happens, so the codec first runs strictly.
static wf_object_t *registry_call(const char *fn, wf_object_t *obj, const char *encoding,
                                  const char *errors) {
    wf_object_t *m = wf_import_module_cstr("_codecs");
    if (m == NULL && wf_err_matches(&wf_exc_ImportError)) {
        // No registry to ask (an embedding without the library): nothing more is known.
        wf_err_clear();
        if (wf_codecs_lookup(encoding) < 0) {
            return wf_err_format(&wf_exc_LookupError, "unknown encoding: %s", encoding);
        }
        return wf_err_format(&wf_exc_LookupError, "unknown error handler name '%s'",
                             errors != NULL ? errors : "strict");
    }
    wf_object_t *f = m != NULL ? wf_getattr_cstr(m, fn) : NULL;
    WF_XDECREF(m);
    if (f == NULL) {
        return NULL;
    }
    wf_object_t *args[3] = {obj, wf_str_from_cstr(encoding),
                            errors != NULL ? wf_str_from_cstr(errors) : wf_newref(WF_NONE)};
    wf_object_t *r = args[1] != NULL && args[2] != NULL ? wf_vectorcall(f, args, 3, NULL) : NULL;
    WF_XDECREF(args[1]);
    WF_XDECREF(args[2]);
    WF_DECREF(f);
    return r;
}

wf_object_t *wf_str_encode(wf_object_t *s, const char *encoding, const char *errors) {
    int codec = wf_codecs_lookup(encoding);
    if (codec >= 0 && parse_errors(errors) != EH_UNKNOWN) {
        return wf_codecs_encode(codec, s, errors);
    }
    if (codec >= 0) {
        wf_object_t *r = wf_codecs_encode(codec, s, NULL);
        if (r != NULL || !wf_err_matches(&wf_exc_UnicodeEncodeError)) {
            return r;
        }
        wf_err_clear();
    }
    return registry_call("_str_encode", s, encoding, errors);
}

wf_object_t *wf_bytes_decode(const char *data, wf_ssize_t len, const char *encoding,
                             const char *errors) {
    int codec = wf_codecs_lookup(encoding);
    if (codec >= 0 && parse_errors(errors) != EH_UNKNOWN) {
        return wf_codecs_decode(codec, data, len, errors);
    }
    if (codec >= 0) {
        wf_object_t *r = wf_codecs_decode(codec, data, len, NULL);
        if (r != NULL || !wf_err_matches(&wf_exc_UnicodeDecodeError)) {
            return r;
        }
        wf_err_clear();
    }
    wf_object_t *b = wf_bytes_from(data, len);
    wf_object_t *r = b != NULL ? registry_call("_bytes_decode", b, encoding, errors) : NULL;
    WF_XDECREF(b);
    return r;
}
