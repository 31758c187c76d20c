// str case mapping (lower, upper, casefold, swapcase, title, capitalize), the is*
// predicates, and translate/maketrans.
//
// Case mappings are the full ones (a character may map to up to three: 'ß'.upper() is
// "SS"), and lowering a capital sigma follows the final-sigma rule: it becomes 'ς' when a
// cased letter precedes it and none follows (case-ignorable characters are skipped on
// both sides). ASCII-only strings take byte loops with no table lookups.
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/errors.h"

#include <string.h>

#define LEN(o) WF_STR_LEN(o)
#define KIND(o) WF_STR_KIND(o)

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

// ASCII strings: one byte in, one byte out.
static wf_object_t *ascii_case(wf_object_t *s, int mode) {
    wf_ssize_t n = LEN(s);
    wf_object_t *r = wf_str_new_uninit(n, 0);
    if (r == NULL || n == 0) {
        return r;
    }
    const uint8_t *p = WF_STR_DATA(s);
    uint8_t *d = WF_STR_DATA(r);
    int prev_cased = 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        int up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        int to_upper;
        switch (mode) {
            case CASE_UPPER:
                to_upper = 1;
                break;
            case CASE_SWAP:
                to_upper = low;
                break;
            case CASE_TITLE:
                to_upper = !prev_cased;
                break;
            case CASE_CAPITALIZE:
                to_upper = i == 0;
                break;
            default:
                to_upper = 0;
                break;
        }
        d[i] = to_upper ? (low ? c - 32 : c) : (up ? c + 32 : c);
        prev_cased = up || low;
    }
    return r;
}

// Is the capital sigma at i final (see the file comment)?
static int final_sigma(wf_object_t *s, wf_ssize_t i) {
    wf_ssize_t n = LEN(s), j;
    uint32_t c = 0;
    for (j = i - 1; j >= 0; j--) {
        c = wf_str_char(s, j);
        if (!wf_unicode_iscaseignorable(c)) {
            break;
        }
    }
    if (j < 0 || !wf_unicode_iscased(c)) {
        return 0;
    }
    for (j = i + 1; j < n; j++) {
        c = wf_str_char(s, j);
        if (!wf_unicode_iscaseignorable(c)) {
            break;
        }
    }
    return j == n || !wf_unicode_iscased(c);
}

static int lower_at(wf_object_t *s, wf_ssize_t i, uint32_t c, uint32_t *out) {
    if (c == 0x3A3) {
        out[0] = final_sigma(s, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return wf_unicode_to_lower(c, out);
}

static wf_object_t *do_case(wf_object_t *s, int mode) {
    if (KIND(s) == 1 && mode != CASE_FOLD) {
        return ascii_case(s, mode);
    }
    if (KIND(s) == 1) {
        return ascii_case(s, CASE_LOWER);
    }
    wf_ssize_t n = LEN(s);
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    if (wf_str_writer_reserve(&w, n) < 0) {
        return NULL;
    }
    int prev_cased = 0;
    for (wf_ssize_t i = 0; i < n && !w.failed; i++) {
        uint32_t c = wf_str_char(s, i), out[WF_UNICODE_MAX_MAPPED];
        int k;
        switch (mode) {
            case CASE_LOWER:
                k = lower_at(s, i, c, out);
                break;
            case CASE_UPPER:
                k = wf_unicode_to_upper(c, out);
                break;
            case CASE_FOLD:
                k = wf_unicode_to_fold(c, out);
                break;
            case CASE_SWAP:
                if (wf_unicode_isupper(c)) {
                    k = lower_at(s, i, c, out);
                } else if (wf_unicode_islower(c)) {
                    k = wf_unicode_to_upper(c, out);
                } else {
                    out[0] = c;
                    k = 1;
                }
                break;
            case CASE_TITLE:
                k = prev_cased ? lower_at(s, i, c, out) : wf_unicode_to_title(c, out);
                prev_cased = wf_unicode_iscased(c);
                break;
            default:
                k = i == 0 ? wf_unicode_to_title(c, out) : lower_at(s, i, c, out);
                break;
        }
        for (int j = 0; j < k; j++) {
            wf_str_writer_putc(&w, out[j]);
        }
    }
    return wf_str_writer_finish(&w);
}

wf_object_t *wf_str_meth_lower(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return do_case(self, CASE_LOWER);
}

wf_object_t *wf_str_meth_upper(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return do_case(self, CASE_UPPER);
}

wf_object_t *wf_str_meth_casefold(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return do_case(self, CASE_FOLD);
}

wf_object_t *wf_str_meth_swapcase(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return do_case(self, CASE_SWAP);
}

wf_object_t *wf_str_meth_title(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return do_case(self, CASE_TITLE);
}

wf_object_t *wf_str_meth_capitalize(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return do_case(self, CASE_CAPITALIZE);
}

// ---------------------------------------------------------------------------------------
// Predicates.

// Every character satisfies pred, and there is at least one.
static wf_object_t *all_chars(wf_object_t *s, int (*pred)(uint32_t)) {
    wf_ssize_t n = LEN(s);
    if (n == 0) {
        return WF_FALSE;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        if (!pred(wf_str_char(s, i))) {
            return WF_FALSE;
        }
    }
    return WF_TRUE;
}

wf_object_t *wf_str_meth_isalnum(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return all_chars(self, wf_unicode_isalnum);
}

wf_object_t *wf_str_meth_isalpha(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return all_chars(self, wf_unicode_isalpha);
}

wf_object_t *wf_str_meth_isdecimal(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return all_chars(self, wf_unicode_isdecimal);
}

wf_object_t *wf_str_meth_isdigit(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return all_chars(self, wf_unicode_isdigit);
}

wf_object_t *wf_str_meth_isnumeric(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return all_chars(self, wf_unicode_isnumeric);
}

wf_object_t *wf_str_meth_isspace(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return all_chars(self, wf_unicode_isspace);
}

wf_object_t *wf_str_meth_isascii(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_bool_from(KIND(self) == 1);
}

wf_object_t *wf_str_meth_isprintable(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    for (wf_ssize_t i = 0; i < LEN(self); i++) {
        if (!wf_unicode_isprintable(wf_str_char(self, i))) {
            return WF_FALSE;
        }
    }
    return WF_TRUE;
}

int wf_str_is_identifier(wf_object_t *s) {
    wf_ssize_t n = LEN(s);
    if (n == 0 || !wf_unicode_isxidstart(wf_str_char(s, 0))) {
        return 0;
    }
    for (wf_ssize_t i = 1; i < n; i++) {
        if (!wf_unicode_isxidcontinue(wf_str_char(s, i))) {
            return 0;
        }
    }
    return 1;
}

wf_object_t *wf_str_meth_isidentifier(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_bool_from(wf_str_is_identifier(self));
}

// islower / isupper: no character of the opposite case or title case, and at least one
// cased character of the wanted case.
static wf_object_t *is_case(wf_object_t *s, int (*want)(uint32_t), int (*other)(uint32_t)) {
    int cased = 0;
    for (wf_ssize_t i = 0; i < LEN(s); i++) {
        uint32_t c = wf_str_char(s, i);
        if (other(c) || wf_unicode_istitle(c)) {
            return WF_FALSE;
        }
        if (!cased && want(c)) {
            cased = 1;
        }
    }
    return wf_bool_from(cased);
}

wf_object_t *wf_str_meth_islower(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return is_case(self, wf_unicode_islower, wf_unicode_isupper);
}

wf_object_t *wf_str_meth_isupper(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return is_case(self, wf_unicode_isupper, wf_unicode_islower);
}

wf_object_t *wf_str_meth_istitle(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    int cased = 0, prev_cased = 0;
    for (wf_ssize_t i = 0; i < LEN(self); i++) {
        uint32_t c = wf_str_char(self, i);
        if (wf_unicode_isupper(c) || wf_unicode_istitle(c)) {
            if (prev_cased) {
                return WF_FALSE;
            }
            prev_cased = cased = 1;
        } else if (wf_unicode_islower(c)) {
            if (!prev_cased) {
                return WF_FALSE;
            }
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return wf_bool_from(cased);
}

// ---------------------------------------------------------------------------------------
// translate / maketrans.

// What table[c] says: 0 keep c, 1 delete, 2 write *out (new ref: a str or an int), -1 error.
static int lookup_mapping(wf_object_t *table, uint32_t c, wf_object_t **out) {
    wf_object_t *key = wf_int_from_i64(c);
    if (key == NULL) {
        return -1;
    }
    wf_object_t *v = wf_getitem(table, key);
    WF_DECREF(key);
    if (v == NULL) {
        if (wf_err_matches(&wf_exc_LookupError)) {
            wf_err_clear();
            return 0;
        }
        return -1;
    }
    if (v == WF_NONE) {
        return 1;
    }
    if (WF_INT_CHECK(v)) {
        int64_t x;
        if (wf_int_as_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
            wf_err_clear();
            WF_DECREF(v);
            wf_err_set_string(&wf_exc_ValueError, "character mapping must be in range(0x110000)");
            return -1;
        }
    } else if (!WF_STR_CHECK(v)) {
        WF_DECREF(v);
        wf_err_set_string(&wf_exc_TypeError, "character mapping must return integer, None or str");
        return -1;
    }
    *out = v;
    return 2;
}

wf_object_t *wf_str_meth_translate(wf_object_t *self, wf_object_t *table) {
    // ASCII results are looked up once each: cache[c] is 0 unknown, 1 keep, 2 delete, or
    // 3 + the replacement code point when that is a single code point.
    uint32_t cache[128] = {0};
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    for (wf_ssize_t i = 0; i < LEN(self) && !w.failed; i++) {
        uint32_t c = wf_str_char(self, i);
        if (c < 128 && cache[c] != 0) {
            if (cache[c] >= 3) {
                wf_str_writer_putc(&w, cache[c] - 3);
            }
            continue;
        }
        wf_object_t *v = NULL;
        int r = lookup_mapping(table, c, &v);
        if (r < 0) {
            wf_str_writer_discard(&w);
            return NULL;
        }
        uint32_t single = 0xFFFFFFFF;
        if (r == 0) {
            single = c;
        } else if (r == 2 && WF_INT_CHECK(v)) {
            int64_t x = 0;
            wf_int_as_i64(v, &x);
            single = (uint32_t)x;
        } else if (r == 2 && LEN(v) == 1) {
            single = wf_str_char(v, 0);
        }
        if (single != 0xFFFFFFFF) {
            wf_str_writer_putc(&w, single);
        } else if (r == 2) {
            wf_str_writer_write(&w, v);
        }
        if (c < 128) {
            cache[c] = r == 1 ? 2 : single != 0xFFFFFFFF && single < 0xFFFFFFF0 ? single + 3 : 0;
        }
        WF_XDECREF(v);
    }
    return wf_str_writer_finish(&w);
}

static int dict_set_ints(wf_object_t *d, uint32_t k, wf_object_t *v) {
    wf_object_t *key = wf_int_from_i64(k);
    if (key == NULL) {
        return -1;
    }
    int r = wf_dict_setitem(d, key, v);
    WF_DECREF(key);
    return r;
}

static wf_object_t *maketrans_dict(wf_object_t *x) {
    if (!WF_DICT_CHECK(x)) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "if you give only one argument to maketrans it must be a dict");
    }
    wf_object_t *items = wf_dict_items_list(x);
    wf_object_t *d = items != NULL ? wf_dict_new() : NULL;
    if (d == NULL) {
        WF_XDECREF(items);
        return NULL;
    }
    for (wf_ssize_t i = 0; i < WF_LIST_SIZE(items); i++) {
        wf_object_t *pair = WF_LIST_ITEMS(items)[i];
        wf_object_t *k = WF_TUPLE_GET(pair, 0), *v = WF_TUPLE_GET(pair, 1);
        int rc;
        if (WF_STR_CHECK(k)) {
            if (LEN(k) != 1) {
                wf_err_set_string(&wf_exc_ValueError,
                                  "string keys in translate table must be of length 1");
                goto error;
            }
            rc = dict_set_ints(d, wf_str_char(k, 0), v);
        } else if (WF_INT_CHECK(k)) {
            rc = wf_dict_setitem(d, k, v);
        } else {
            wf_err_set_string(&wf_exc_TypeError,
                              "keys in translate table must be strings or integers");
            goto error;
        }
        if (rc < 0) {
            goto error;
        }
    }
    WF_DECREF(items);
    return d;
error:
    WF_DECREF(items);
    WF_DECREF(d);
    return NULL;
}

wf_object_t *wf_str_meth_maketrans(wf_object_t *unused, wf_object_t *const *args,
                                   wf_ssize_t nargs) {
    (void)unused;
    if (wf_check_nargs("maketrans", nargs, 1, 3) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return maketrans_dict(args[0]);
    }
    wf_object_t *x = args[0], *y = args[1], *z = nargs > 2 ? args[2] : NULL;
    if (!WF_STR_CHECK(x)) {
        return wf_err_set_string(&wf_exc_TypeError, "first maketrans argument must be a string "
                                                    "if there is a second argument");
    }
    if (!WF_STR_CHECK(y)) {
        return wf_err_format(&wf_exc_TypeError, "maketrans() argument 2 must be str, not %s",
                             WF_ARGTYPE(y));
    }
    if (z != NULL && !WF_STR_CHECK(z)) {
        return wf_err_format(&wf_exc_TypeError, "maketrans() argument 3 must be str, not %s",
                             WF_ARGTYPE(z));
    }
    if (LEN(x) != LEN(y)) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "the first two maketrans arguments must have equal length");
    }
    wf_object_t *d = wf_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < LEN(x); i++) {
        wf_object_t *v = wf_int_from_i64(wf_str_char(y, i));
        int rc = v != NULL ? dict_set_ints(d, wf_str_char(x, i), v) : -1;
        WF_XDECREF(v);
        if (rc < 0) {
            WF_DECREF(d);
            return NULL;
        }
    }
    for (wf_ssize_t i = 0; z != NULL && i < LEN(z); i++) {
        if (dict_set_ints(d, wf_str_char(z, i), WF_NONE) < 0) {
            WF_DECREF(d);
            return NULL;
        }
    }
    return d;
}
