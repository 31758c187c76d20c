// str methods: searching (find/count/index, startswith/endswith, `in`), splitting and
// joining, replacing, stripping, padding, encoding, and the method table of the type.
// Case mapping, the is* predicates and translate live in objects/str_case.c.
//
// Searches work on the raw data of each kind. Because the kind is canonical, a kind-4
// needle (it holds a non-ASCII code point) can never occur in a kind-1 haystack, and a
// kind-1 needle in a kind-4 haystack is compared code point by code point. Methods that
// return their argument unchanged return it only when it is an exact str (a subclass
// instance is copied), as CPython does.
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <string.h>

#define U8(o) ((const uint8_t *)WF_STR_DATA(o))
#define U32(o) ((const uint32_t *)WF_STR_DATA(o))
#define LEN(o) WF_STR_LEN(o)
#define KIND(o) WF_STR_KIND(o)

// ---------------------------------------------------------------------------------------
// Argument helpers.

int wf_str_parse_start_end(wf_object_t *const *args, wf_ssize_t nargs, wf_ssize_t *start,
                           wf_ssize_t *end) {
    *start = 0;
    *end = WF_SSIZE_MAX;
    if (nargs > 0 && !wf_slice_index(args[0], start, 1)) {
        return -1;
    }
    if (nargs > 1 && !wf_slice_index(args[1], end, 1)) {
        return -1;
    }
    return 0;
}

int wf_str_arg_cstr(const char *fname, const char *argname, wf_object_t *arg, const char **out) {
    if (arg == NULL) {
        return 0;
    }
    if (!WF_STR_CHECK(arg)) {
        wf_err_format(&wf_exc_TypeError, "%s() argument '%s' must be str, not %s", fname, argname,
                      WF_ARGTYPE(arg));
        return -1;
    }
    wf_ssize_t n;
    const char *s = wf_str_as_utf8(arg, &n);
    if (s == NULL) {
        return -1;
    }
    if ((wf_ssize_t)strlen(s) != n) {
        wf_err_set_string(&wf_exc_ValueError, "embedded null character");
        return -1;
    }
    *out = s;
    return 0;
}

// "find() argument 1 must be str, not int"
static int check_str_arg(const char *fname, int num, wf_object_t *o) {
    if (WF_STR_CHECK(o)) {
        return 0;
    }
    wf_err_format(&wf_exc_TypeError, "%s() argument %d must be str, not %s", fname, num,
                  WF_ARGTYPE(o));
    return -1;
}

static wf_object_t *unchanged(wf_object_t *self) {
    return wf_str_exact(self);
}

// ---------------------------------------------------------------------------------------
// Searching.

// Does s[i:i+len(sub)] equal sub? (the range is in bounds)
static int match_at(wf_object_t *s, wf_ssize_t i, wf_object_t *sub) {
    wf_ssize_t m = LEN(sub);
    if (KIND(s) == KIND(sub)) {
        size_t k = KIND(s);
        return memcmp((const char *)WF_STR_DATA(s) + (size_t)i * k, WF_STR_DATA(sub),
                      (size_t)m * k) == 0;
    }
    if (KIND(sub) == 4) {
        return 0;
    }
    const uint32_t *p = U32(s) + i;
    const uint8_t *q = U8(sub);
    for (wf_ssize_t j = 0; j < m; j++) {
        if (p[j] != q[j]) {
            return 0;
        }
    }
    return 1;
}

// First (dir > 0) or last occurrence of sub in s[start:end] (0 <= start, end <= len).
static wf_ssize_t search(wf_object_t *s, wf_object_t *sub, wf_ssize_t start, wf_ssize_t end,
                         int dir) {
    wf_ssize_t m = LEN(sub);
    if (end - start < m) {
        return -1;
    }
    if (m == 0) {
        return dir > 0 ? start : end;
    }
    if (KIND(sub) > KIND(s)) {
        return -1;
    }
    if (KIND(s) == 1) {
        const char *base = (const char *)U8(s);
        if (dir > 0) {
            const char *p = memmem(base + start, (size_t)(end - start), U8(sub), (size_t)m);
            return p != NULL ? p - base : -1;
        }
        const uint8_t first = U8(sub)[0];
        for (wf_ssize_t i = end - m; i >= start; i--) {
            if ((uint8_t)base[i] == first && memcmp(base + i, U8(sub), (size_t)m) == 0) {
                return i;
            }
        }
        return -1;
    }
    uint32_t first = wf_str_char(sub, 0);
    const uint32_t *p = U32(s);
    if (dir > 0) {
        for (wf_ssize_t i = start; i <= end - m; i++) {
            if (p[i] == first && match_at(s, i, sub)) {
                return i;
            }
        }
    } else {
        for (wf_ssize_t i = end - m; i >= start; i--) {
            if (p[i] == first && match_at(s, i, sub)) {
                return i;
            }
        }
    }
    return -1;
}

wf_ssize_t wf_str_find(wf_object_t *s, wf_object_t *needle, wf_ssize_t start, wf_ssize_t end,
                       int dir) {
    wf_str_adjust_indices(LEN(s), &start, &end);
    if (start > LEN(s)) {
        return -1;
    }
    return search(s, needle, start, end, dir);
}

int wf_str_contains(wf_object_t *s, wf_object_t *needle) {
    return search(s, needle, 0, LEN(s), 1) >= 0;
}

// Non-overlapping occurrences of sub in s[start:end] (already clamped), at most maxcount.
static wf_ssize_t count_sub(wf_object_t *s, wf_object_t *sub, wf_ssize_t start, wf_ssize_t end,
                            wf_ssize_t maxcount) {
    wf_ssize_t m = LEN(sub), n = 0;
    if (m == 0) {
        wf_ssize_t c = end < start ? 0 : end - start + 1;
        return c < maxcount ? c : maxcount;
    }
    while (n < maxcount) {
        wf_ssize_t i = search(s, sub, start, end, 1);
        if (i < 0) {
            break;
        }
        n++;
        start = i + m;
    }
    return n;
}

// count/find/index/rfind/rindex(sub[, start[, end]]): parse into clamped indices.
// Returns 1 to go on, 0 when the range is empty beyond the string (result "not found"),
// -1 on error.
static int find_args(const char *fname, wf_object_t *self, wf_object_t *const *args,
                     wf_ssize_t nargs, wf_ssize_t *start, wf_ssize_t *end) {
    if (wf_check_nargs(fname, nargs, 1, 3) < 0 || check_str_arg(fname, 1, args[0]) < 0 ||
        wf_str_parse_start_end(args + 1, nargs - 1, start, end) < 0) {
        return -1;
    }
    wf_str_adjust_indices(LEN(self), start, end);
    return *start <= LEN(self);
}

static wf_object_t *find_common(const char *fname, wf_object_t *self, wf_object_t *const *args,
                                wf_ssize_t nargs, int dir, int raise) {
    wf_ssize_t start, end, r = -1;
    int ok = find_args(fname, self, args, nargs, &start, &end);
    if (ok < 0) {
        return NULL;
    }
    if (ok) {
        r = search(self, args[0], start, end, dir);
    }
    if (r < 0 && raise) {
        return wf_err_set_string(&wf_exc_ValueError, "substring not found");
    }
    return wf_int_from_ssize(r);
}

static wf_object_t *str_find(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return find_common("find", self, args, nargs, 1, 0);
}

static wf_object_t *str_rfind(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return find_common("rfind", self, args, nargs, -1, 0);
}

static wf_object_t *str_index(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return find_common("index", self, args, nargs, 1, 1);
}

static wf_object_t *str_rindex(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return find_common("rindex", self, args, nargs, -1, 1);
}

static wf_object_t *str_count(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_ssize_t start, end;
    int ok = find_args("count", self, args, nargs, &start, &end);
    if (ok < 0) {
        return NULL;
    }
    return wf_int_from_ssize(ok ? count_sub(self, args[0], start, end, WF_SSIZE_MAX) : 0);
}

// Does self[start:end] start (dir < 0) or end (dir > 0) with sub?
static int tailmatch(wf_object_t *self, wf_object_t *sub, wf_ssize_t start, wf_ssize_t end,
                     int dir) {
    wf_str_adjust_indices(LEN(self), &start, &end);
    wf_ssize_t m = LEN(sub);
    if (start > LEN(self) || end - start < m) {
        return 0;
    }
    if (m == 0) {
        return 1;
    }
    return match_at(self, dir < 0 ? start : end - m, sub);
}

static wf_object_t *starts_ends(const char *fname, wf_object_t *self, wf_object_t *const *args,
                                wf_ssize_t nargs, int dir) {
    wf_ssize_t start, end;
    if (wf_check_nargs(fname, nargs, 1, 3) < 0 ||
        wf_str_parse_start_end(args + 1, nargs - 1, &start, &end) < 0) {
        return NULL;
    }
    wf_object_t *x = args[0];
    if (WF_TUPLE_CHECK(x)) {
        for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(x); i++) {
            wf_object_t *item = WF_TUPLE_GET(x, i);
            if (!WF_STR_CHECK(item)) {
                return wf_err_format(&wf_exc_TypeError,
                                     "tuple for %s must only contain str, not %T", fname, item);
            }
            if (tailmatch(self, item, start, end, dir)) {
                return WF_TRUE;
            }
        }
        return WF_FALSE;
    }
    if (!WF_STR_CHECK(x)) {
        return wf_err_format(&wf_exc_TypeError,
                             "%s first arg must be str or a tuple of str, not %T", fname, x);
    }
    return wf_bool_from(tailmatch(self, x, start, end, dir));
}

static wf_object_t *str_startswith(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return starts_ends("startswith", self, args, nargs, -1);
}

static wf_object_t *str_endswith(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return starts_ends("endswith", self, args, nargs, 1);
}

static wf_object_t *str_removeprefix(wf_object_t *self, wf_object_t *prefix) {
    if (!WF_STR_CHECK(prefix)) {
        return wf_err_format(&wf_exc_TypeError, "removeprefix() argument must be str, not %s",
                             WF_ARGTYPE(prefix));
    }
    if (tailmatch(self, prefix, 0, WF_SSIZE_MAX, -1)) {
        return wf_str_substring(self, LEN(prefix), LEN(self));
    }
    return unchanged(self);
}

static wf_object_t *str_removesuffix(wf_object_t *self, wf_object_t *suffix) {
    if (!WF_STR_CHECK(suffix)) {
        return wf_err_format(&wf_exc_TypeError, "removesuffix() argument must be str, not %s",
                             WF_ARGTYPE(suffix));
    }
    if (LEN(suffix) > 0 && tailmatch(self, suffix, 0, WF_SSIZE_MAX, 1)) {
        return wf_str_substring(self, 0, LEN(self) - LEN(suffix));
    }
    return unchanged(self);
}

// ---------------------------------------------------------------------------------------
// Splitting and partitioning.

static int append_sub(wf_object_t *list, wf_object_t *s, wf_ssize_t a, wf_ssize_t b) {
    wf_object_t *piece = wf_str_substring(s, a, b);
    if (piece == NULL) {
        return -1;
    }
    return wf_list_append_steal(list, piece);
}

static int isspace_at(wf_object_t *s, wf_ssize_t i) {
    return wf_unicode_isspace(wf_str_char(s, i));
}

static wf_object_t *split_whitespace(wf_object_t *s, wf_ssize_t maxsplit) {
    wf_ssize_t n = LEN(s), i = 0;
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    while (maxsplit-- > 0) {
        while (i < n && isspace_at(s, i)) {
            i++;
        }
        if (i == n) {
            break;
        }
        wf_ssize_t j = i;
        while (i < n && !isspace_at(s, i)) {
            i++;
        }
        if (j == 0 && i == n && WF_STR_CHECK_EXACT(s)) {
            wf_list_append(list, s); // no separator at all: the string itself
            return list;
        }
        if (append_sub(list, s, j, i) < 0) {
            goto error;
        }
    }
    while (i < n && isspace_at(s, i)) {
        i++;
    }
    if (i != n && append_sub(list, s, i, n) < 0) {
        goto error;
    }
    return list;
error:
    WF_DECREF(list);
    return NULL;
}

static wf_object_t *rsplit_whitespace(wf_object_t *s, wf_ssize_t maxsplit) {
    wf_ssize_t i = LEN(s);
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    while (maxsplit-- > 0) {
        while (i > 0 && isspace_at(s, i - 1)) {
            i--;
        }
        if (i == 0) {
            break;
        }
        wf_ssize_t j = i;
        while (i > 0 && !isspace_at(s, i - 1)) {
            i--;
        }
        if (append_sub(list, s, i, j) < 0) {
            goto error;
        }
    }
    while (i > 0 && isspace_at(s, i - 1)) {
        i--;
    }
    if (i > 0 && append_sub(list, s, 0, i) < 0) {
        goto error;
    }
    if (wf_list_reverse(list) < 0) {
        goto error;
    }
    return list;
error:
    WF_DECREF(list);
    return NULL;
}

static wf_object_t *split_sep(wf_object_t *s, wf_object_t *sep, wf_ssize_t maxsplit, int dir) {
    wf_ssize_t n = LEN(s), m = LEN(sep);
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    if (dir > 0) {
        wf_ssize_t i = 0;
        while (maxsplit-- > 0) {
            wf_ssize_t j = search(s, sep, i, n, 1);
            if (j < 0) {
                break;
            }
            if (append_sub(list, s, i, j) < 0) {
                goto error;
            }
            i = j + m;
        }
        if (i == 0 && WF_STR_CHECK_EXACT(s)) {
            if (wf_list_append(list, s) < 0) {
                goto error;
            }
        } else if (append_sub(list, s, i, n) < 0) {
            goto error;
        }
        return list;
    }
    wf_ssize_t i = n;
    while (maxsplit-- > 0) {
        wf_ssize_t j = search(s, sep, 0, i, -1);
        if (j < 0) {
            break;
        }
        if (append_sub(list, s, j + m, i) < 0) {
            goto error;
        }
        i = j;
    }
    if (append_sub(list, s, 0, i) < 0 || wf_list_reverse(list) < 0) {
        goto error;
    }
    return list;
error:
    WF_DECREF(list);
    return NULL;
}

static wf_object_t *split_common(const char *fname, wf_object_t *self, wf_object_t *const *args,
                                 wf_ssize_t nargs, wf_object_t *kwnames, int dir) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args(fname, args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    wf_ssize_t maxsplit = -1;
    if (a[1] != NULL) {
        maxsplit = wf_as_ssize(a[1], &wf_exc_OverflowError);
        if (maxsplit == -1 && wf_err_occurred()) {
            return NULL;
        }
    }
    if (maxsplit < 0) {
        maxsplit = WF_SSIZE_MAX;
    }
    wf_object_t *sep = a[0];
    if (sep == NULL || sep == WF_NONE) {
        return dir > 0 ? split_whitespace(self, maxsplit) : rsplit_whitespace(self, maxsplit);
    }
    if (!WF_STR_CHECK(sep)) {
        return wf_err_format(&wf_exc_TypeError, "must be str or None, not %T", sep);
    }
    if (LEN(sep) == 0) {
        return wf_err_set_string(&wf_exc_ValueError, "empty separator");
    }
    return split_sep(self, sep, maxsplit, dir);
}

static wf_object_t *str_split(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                              wf_object_t *kwnames) {
    return split_common("split", self, args, nargs, kwnames, 1);
}

static wf_object_t *str_rsplit(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                               wf_object_t *kwnames) {
    return split_common("rsplit", self, args, nargs, kwnames, -1);
}

static wf_object_t *str_splitlines(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    wf_object_t *a[1] = {NULL};
    if (wf_parse_args("splitlines", args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    int keepends = 0;
    if (a[0] != NULL && (keepends = wf_truthy(a[0])) < 0) {
        return NULL;
    }
    wf_ssize_t n = LEN(self), i = 0;
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    while (i < n) {
        wf_ssize_t j = i;
        while (j < n && !wf_unicode_islinebreak(wf_str_char(self, j))) {
            j++;
        }
        wf_ssize_t eol = j;
        if (j < n) {
            if (wf_str_char(self, j) == '\r' && j + 1 < n && wf_str_char(self, j + 1) == '\n') {
                j += 2;
            } else {
                j++;
            }
            if (keepends) {
                eol = j;
            }
        }
        if (i == 0 && j == n && eol == n && WF_STR_CHECK_EXACT(self)) {
            if (wf_list_append(list, self) < 0) {
                goto error;
            }
            break;
        }
        if (append_sub(list, self, i, eol) < 0) {
            goto error;
        }
        i = j;
    }
    return list;
error:
    WF_DECREF(list);
    return NULL;
}

static wf_object_t *partition_common(wf_object_t *self, wf_object_t *sep, int dir) {
    if (!WF_STR_CHECK(sep)) {
        return wf_err_format(&wf_exc_TypeError, "must be str, not %T", sep);
    }
    if (LEN(sep) == 0) {
        return wf_err_set_string(&wf_exc_ValueError, "empty separator");
    }
    wf_ssize_t i = search(self, sep, 0, LEN(self), dir);
    wf_object_t *e = wf_str_empty(), *r;
    if (i < 0) {
        wf_object_t *whole = unchanged(self);
        if (whole == NULL) {
            return NULL;
        }
        r = dir > 0 ? wf_tuple_pack(3, whole, e, e) : wf_tuple_pack(3, e, e, whole);
        WF_DECREF(whole);
        return r;
    }
    wf_object_t *head = wf_str_substring(self, 0, i);
    wf_object_t *tail = wf_str_substring(self, i + LEN(sep), LEN(self));
    wf_object_t *mid = wf_str_exact(sep);
    r = head != NULL && tail != NULL && mid != NULL ? wf_tuple_pack(3, head, mid, tail) : NULL;
    WF_XDECREF(head);
    WF_XDECREF(tail);
    WF_XDECREF(mid);
    return r;
}

static wf_object_t *str_partition(wf_object_t *self, wf_object_t *sep) {
    return partition_common(self, sep, 1);
}

static wf_object_t *str_rpartition(wf_object_t *self, wf_object_t *sep) {
    return partition_common(self, sep, -1);
}

// ---------------------------------------------------------------------------------------
// join.

wf_object_t *wf_str_join(wf_object_t *sep, wf_object_t *iterable) {
    wf_object_t *seq = wf_sequence_fast(iterable, "can only join an iterable");
    if (seq == NULL) {
        return NULL;
    }
    // A list may change while we read it; take a tuple snapshot.
    wf_object_t *items = WF_LIST_CHECK_EXACT(seq) ? wf_list_as_tuple(seq) : wf_newref(seq);
    WF_DECREF(seq);
    if (items == NULL) {
        return NULL;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(items);
    wf_object_t *r = NULL;
    if (n == 1 && WF_STR_CHECK_EXACT(WF_TUPLE_GET(items, 0))) {
        r = wf_newref(WF_TUPLE_GET(items, 0));
        WF_DECREF(items);
        return r;
    }
    wf_ssize_t total = 0;
    int kind = KIND(sep);
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *item = WF_TUPLE_GET(items, i);
        if (!WF_STR_CHECK(item)) {
            wf_err_format(&wf_exc_TypeError, "sequence item %zd: expected str instance, %T found",
                          i, item);
            goto done;
        }
        if (LEN(item) > WF_SSIZE_MAX / 4 - total - LEN(sep)) {
            wf_err_set_string(&wf_exc_OverflowError,
                              "join() result is too long for a Python string");
            goto done;
        }
        total += LEN(item) + (i > 0 ? LEN(sep) : 0);
        if (KIND(item) > kind) {
            kind = KIND(item);
        }
    }
    r = wf_str_new_uninit(total, kind == 1 ? 0 : 0x10FFFF);
    if (r == NULL || total == 0) {
        goto done;
    }
    wf_ssize_t at = 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *item = WF_TUPLE_GET(items, i);
        if (i > 0 && LEN(sep) > 0) {
            if (kind == 1) {
                memcpy((char *)WF_STR_DATA(r) + at, WF_STR_DATA(sep), (size_t)LEN(sep));
            } else {
                for (wf_ssize_t k = 0; k < LEN(sep); k++) {
                    ((uint32_t *)WF_STR_DATA(r))[at + k] = wf_str_char(sep, k);
                }
            }
            at += LEN(sep);
        }
        wf_ssize_t m = LEN(item);
        if (kind == 1) {
            memcpy((char *)WF_STR_DATA(r) + at, WF_STR_DATA(item), (size_t)m);
        } else if (KIND(item) == 4) {
            memcpy((uint32_t *)WF_STR_DATA(r) + at, WF_STR_DATA(item), (size_t)m * 4);
        } else {
            for (wf_ssize_t k = 0; k < m; k++) {
                ((uint32_t *)WF_STR_DATA(r))[at + k] = U8(item)[k];
            }
        }
        at += m;
    }
done:
    WF_DECREF(items);
    return r;
}

static wf_object_t *str_join(wf_object_t *self, wf_object_t *iterable) {
    return wf_str_join(self, iterable);
}

// ---------------------------------------------------------------------------------------
// replace.

static wf_object_t *replace_impl(wf_object_t *self, wf_object_t *old, wf_object_t *new_,
                                 wf_ssize_t maxcount) {
    wf_ssize_t n = LEN(self), m = LEN(old);
    if (maxcount < 0) {
        maxcount = WF_SSIZE_MAX;
    }
    wf_ssize_t count = count_sub(self, old, 0, n, maxcount);
    if (count == 0) {
        return unchanged(self);
    }
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    wf_ssize_t i = 0;
    if (m == 0) {
        // Insert `new` before every character (and at the end), count times.
        for (wf_ssize_t k = 0; k < count; k++) {
            wf_str_writer_write(&w, new_);
            if (i < n) {
                wf_str_writer_putc(&w, wf_str_char(self, i++));
            }
        }
        wf_str_writer_write_sub(&w, self, i, n);
        return wf_str_writer_finish(&w);
    }
    for (wf_ssize_t k = 0; k < count; k++) {
        wf_ssize_t j = search(self, old, i, n, 1);
        wf_str_writer_write_sub(&w, self, i, j);
        wf_str_writer_write(&w, new_);
        i = j + m;
    }
    wf_str_writer_write_sub(&w, self, i, n);
    return wf_str_writer_finish(&w);
}

static wf_object_t *str_replace(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"", "", "count", NULL};
    wf_object_t *a[3] = {NULL, NULL, NULL};
    if (wf_parse_args("replace", args, nargs, kwnames, names, 2, 2, a) < 0) {
        return NULL;
    }
    if (check_str_arg("replace", 1, a[0]) < 0 || check_str_arg("replace", 2, a[1]) < 0) {
        return NULL;
    }
    wf_ssize_t count = -1;
    if (a[2] != NULL) {
        count = wf_as_ssize(a[2], &wf_exc_OverflowError);
        if (count == -1 && wf_err_occurred()) {
            return NULL;
        }
    }
    return replace_impl(self, a[0], a[1], count);
}

// ---------------------------------------------------------------------------------------
// Stripping.

static int in_chars(wf_object_t *chars, uint32_t c) {
    for (wf_ssize_t i = 0; i < LEN(chars); i++) {
        if (wf_str_char(chars, i) == c) {
            return 1;
        }
    }
    return 0;
}

// which: 1 left, 2 right, 3 both.
static wf_object_t *strip_common(const char *fname, wf_object_t *self, wf_object_t *const *args,
                                 wf_ssize_t nargs, int which) {
    if (wf_check_nargs(fname, nargs, 0, 1) < 0) {
        return NULL;
    }
    wf_object_t *chars = nargs > 0 && args[0] != WF_NONE ? args[0] : NULL;
    if (chars != NULL && !WF_STR_CHECK(chars)) {
        return wf_err_format(&wf_exc_TypeError, "%s arg must be None or str", fname);
    }
    wf_ssize_t i = 0, j = LEN(self);
    if (which & 1) {
        while (i < j && (chars ? in_chars(chars, wf_str_char(self, i)) : isspace_at(self, i))) {
            i++;
        }
    }
    if (which & 2) {
        while (j > i &&
               (chars ? in_chars(chars, wf_str_char(self, j - 1)) : isspace_at(self, j - 1))) {
            j--;
        }
    }
    if (i == 0 && j == LEN(self)) {
        return unchanged(self);
    }
    return wf_str_substring(self, i, j);
}

static wf_object_t *str_strip(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return strip_common("strip", self, args, nargs, 3);
}

static wf_object_t *str_lstrip(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return strip_common("lstrip", self, args, nargs, 1);
}

static wf_object_t *str_rstrip(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return strip_common("rstrip", self, args, nargs, 2);
}

// ---------------------------------------------------------------------------------------
// Padding.

static wf_object_t *pad(wf_object_t *self, wf_ssize_t left, wf_ssize_t right, uint32_t fill) {
    if (left < 0) {
        left = 0;
    }
    if (right < 0) {
        right = 0;
    }
    if (left == 0 && right == 0) {
        return unchanged(self);
    }
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    if (wf_str_writer_reserve(&w, left + right + LEN(self)) < 0) {
        return NULL;
    }
    wf_str_writer_fill(&w, fill, left);
    wf_str_writer_write(&w, self);
    wf_str_writer_fill(&w, fill, right);
    return wf_str_writer_finish(&w);
}

// Parse (width, fillchar=' '); 0 / -1.
static int pad_args(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                    wf_ssize_t *width, uint32_t *fill) {
    if (wf_check_nargs(fname, nargs, 1, 2) < 0) {
        return -1;
    }
    *width = wf_as_ssize(args[0], &wf_exc_OverflowError);
    if (*width == -1 && wf_err_occurred()) {
        return -1;
    }
    *fill = ' ';
    if (nargs > 1) {
        wf_object_t *f = args[1];
        if (!WF_STR_CHECK(f)) {
            wf_err_format(&wf_exc_TypeError,
                          "The fill character must be a unicode character, not %T", f);
            return -1;
        }
        if (LEN(f) != 1) {
            wf_err_set_string(&wf_exc_TypeError,
                              "The fill character must be exactly one character long");
            return -1;
        }
        *fill = wf_str_char(f, 0);
    }
    return 0;
}

static wf_object_t *str_ljust(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_ssize_t width;
    uint32_t fill;
    if (pad_args("ljust", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    return pad(self, 0, width - LEN(self), fill);
}

static wf_object_t *str_rjust(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_ssize_t width;
    uint32_t fill;
    if (pad_args("rjust", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    return pad(self, width - LEN(self), 0, fill);
}

static wf_object_t *str_center(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_ssize_t width;
    uint32_t fill;
    if (pad_args("center", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    if (width <= LEN(self)) {
        return unchanged(self);
    }
    wf_ssize_t marg = width - LEN(self);
    wf_ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static wf_object_t *str_zfill(wf_object_t *self, wf_object_t *arg) {
    wf_ssize_t width = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (width == -1 && wf_err_occurred()) {
        return NULL;
    }
    wf_ssize_t n = LEN(self);
    if (width <= n) {
        return unchanged(self);
    }
    wf_ssize_t fill = width - n;
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    if (wf_str_writer_reserve(&w, width) < 0) {
        return NULL;
    }
    wf_ssize_t start = 0;
    if (n > 0 && (wf_str_char(self, 0) == '+' || wf_str_char(self, 0) == '-')) {
        wf_str_writer_putc(&w, wf_str_char(self, 0));
        start = 1;
    }
    wf_str_writer_fill(&w, '0', fill);
    wf_str_writer_write_sub(&w, self, start, n);
    return wf_str_writer_finish(&w);
}

static wf_object_t *str_expandtabs(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    wf_object_t *a[1] = {NULL};
    if (wf_parse_args("expandtabs", args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    wf_ssize_t tabsize = 8;
    if (a[0] != NULL) {
        if (!wf_index_check(a[0])) {
            return wf_err_format(&wf_exc_TypeError,
                                 "'%T' object cannot be interpreted as an integer", a[0]);
        }
        wf_object_t *i = wf_index(a[0]);
        if (i == NULL) {
            return NULL;
        }
        int64_t v;
        int fits = wf_int_to_i64_if_fits(i, &v);
        WF_DECREF(i);
        if (!fits || v > INT32_MAX || v < INT32_MIN) {
            return wf_err_set_string(&wf_exc_OverflowError,
                                     "Python int too large to convert to C int");
        }
        tabsize = (wf_ssize_t)v;
    }
    wf_ssize_t n = LEN(self), col = 0;
    int has_tab = 0;
    for (wf_ssize_t i = 0; i < n && !has_tab; i++) {
        has_tab = wf_str_char(self, i) == '\t';
    }
    if (!has_tab) {
        return unchanged(self);
    }
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    for (wf_ssize_t i = 0; i < n; i++) {
        uint32_t c = wf_str_char(self, i);
        if (c == '\t') {
            if (tabsize > 0) {
                wf_ssize_t spaces = tabsize - col % tabsize;
                if (col > WF_SSIZE_MAX - spaces) {
                    wf_str_writer_discard(&w);
                    return wf_err_set_string(&wf_exc_OverflowError, "result too long");
                }
                if (wf_str_writer_fill(&w, ' ', spaces) < 0) {
                    break;
                }
                col += spaces;
            }
        } else {
            wf_str_writer_putc(&w, c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return wf_str_writer_finish(&w);
}

// ---------------------------------------------------------------------------------------
// Encoding, formatting, small dunders.

static wf_object_t *str_encode(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                               wf_object_t *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    const char *enc = "utf-8", *errs = NULL;
    if (wf_parse_args("encode", args, nargs, kwnames, names, 0, 0, a) < 0 ||
        wf_str_arg_cstr("encode", "encoding", a[0], &enc) < 0 ||
        wf_str_arg_cstr("encode", "errors", a[1], &errs) < 0) {
        return NULL;
    }
    return wf_str_encode(self, enc, errs);
}

static wf_object_t *str_format_meth(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                    wf_object_t *kwnames) {
    return wf_str_format_method(self, args, nargs, kwnames);
}

static wf_object_t *str_format_map(wf_object_t *self, wf_object_t *mapping) {
    return wf_str_format_map(self, mapping);
}

static wf_object_t *str_dunder_format(wf_object_t *self, wf_object_t *spec) {
    if (!WF_STR_CHECK(spec)) {
        return wf_err_format(&wf_exc_TypeError, "__format__() argument must be str, not %s",
                             WF_ARGTYPE(spec));
    }
    return wf_format_str(self, spec);
}

static wf_object_t *str_getnewargs(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_object_t *copy = wf_str_exact(self);
    if (copy == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_tuple_pack(1, copy);
    WF_DECREF(copy);
    return r;
}

static wf_object_t *str_sizeof(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_str_t *s = (wf_str_t *)self;
    wf_ssize_t size = (wf_ssize_t)s->data_offset + (LEN(self) + 1) * KIND(self);
    if (KIND(self) == 4 && s->utf8 != NULL) {
        size += s->utf8_len + 1;
    }
    return wf_int_from_ssize(size);
}

#define NOARGS(name, fn, doc)                                                                      \
    { name, {.noargs = fn}, WF_METH_NOARGS, doc }
#define FAST(name, fn, doc)                                                                        \
    { name, {.fast = fn}, WF_METH_FASTCALL, doc }
#define FASTKW(name, fn, doc)                                                                      \
    { name, {.fastkw = fn}, WF_METH_FASTCALL | WF_METH_KEYWORDS, doc }
#define ONE(name, fn, doc)                                                                         \
    { name, {.o = fn}, WF_METH_O, doc }

wf_method_def_t wf_str_methods[] = {
    NOARGS("capitalize", wf_str_meth_capitalize, "Return a capitalized version of the string."),
    NOARGS("casefold", wf_str_meth_casefold,
           "Return a version of the string suitable for caseless comparisons."),
    FAST("center", str_center,
         "Return a centered string of length width.\n\nPadding is done using the specified fill "
         "character (default is a space)."),
    FAST("count", str_count,
         "Return the number of non-overlapping occurrences of substring sub in string "
         "S[start:end]."),
    FASTKW("encode", str_encode, "Encode the string using the codec registered for encoding."),
    FAST("endswith", str_endswith,
         "Return True if the string ends with the specified suffix, False otherwise."),
    FASTKW("expandtabs", str_expandtabs,
           "Return a copy where all tab characters are expanded using spaces."),
    FAST("find", str_find,
         "Return the lowest index in S where substring sub is found, such that sub is "
         "contained within S[start:end].\n\nReturn -1 on failure."),
    FASTKW("format", str_format_meth,
           "Return a formatted version of the string, using substitutions from args and "
           "kwargs.\nThe substitutions are identified by braces ('{' and '}')."),
    ONE("format_map", str_format_map,
        "Return a formatted version of the string, using substitutions from mapping.\nThe "
        "substitutions are identified by braces ('{' and '}')."),
    FAST("index", str_index,
         "Return the lowest index in S where substring sub is found, such that sub is "
         "contained within S[start:end].\n\nRaises ValueError when the substring is not "
         "found."),
    NOARGS("isalnum", wf_str_meth_isalnum,
           "Return True if the string is an alpha-numeric string, False otherwise."),
    NOARGS("isalpha", wf_str_meth_isalpha,
           "Return True if the string is an alphabetic string, False otherwise."),
    NOARGS("isascii", wf_str_meth_isascii,
           "Return True if all characters in the string are ASCII, False otherwise."),
    NOARGS("isdecimal", wf_str_meth_isdecimal,
           "Return True if the string is a decimal string, False otherwise."),
    NOARGS("isdigit", wf_str_meth_isdigit,
           "Return True if the string is a digit string, False otherwise."),
    NOARGS("isidentifier", wf_str_meth_isidentifier,
           "Return True if the string is a valid Python identifier, False otherwise."),
    NOARGS("islower", wf_str_meth_islower,
           "Return True if the string is a lowercase string, False otherwise."),
    NOARGS("isnumeric", wf_str_meth_isnumeric,
           "Return True if the string is a numeric string, False otherwise."),
    NOARGS("isprintable", wf_str_meth_isprintable,
           "Return True if all characters in the string are printable, False otherwise."),
    NOARGS("isspace", wf_str_meth_isspace,
           "Return True if the string is a whitespace string, False otherwise."),
    NOARGS("istitle", wf_str_meth_istitle,
           "Return True if the string is a title-cased string, False otherwise."),
    NOARGS("isupper", wf_str_meth_isupper,
           "Return True if the string is an uppercase string, False otherwise."),
    ONE("join", str_join, "Concatenate any number of strings."),
    FAST("ljust", str_ljust,
         "Return a left-justified string of length width.\n\nPadding is done using the "
         "specified fill character (default is a space)."),
    NOARGS("lower", wf_str_meth_lower, "Return a copy of the string converted to lowercase."),
    FAST("lstrip", str_lstrip,
         "Return a copy of the string with leading whitespace removed.\n\nIf chars is given "
         "and not None, remove characters in chars instead."),
    {"maketrans",
     {.fast = wf_str_meth_maketrans},
     WF_METH_FASTCALL | WF_METH_STATIC,
     "Return a translation table usable for str.translate()."},
    ONE("partition", str_partition,
        "Partition the string into three parts using the given separator."),
    ONE("removeprefix", str_removeprefix,
        "Return a str with the given prefix string removed if present."),
    ONE("removesuffix", str_removesuffix,
        "Return a str with the given suffix string removed if present."),
    FASTKW("replace", str_replace,
           "Return a copy with all occurrences of substring old replaced by new."),
    FAST("rfind", str_rfind,
         "Return the highest index in S where substring sub is found, such that sub is "
         "contained within S[start:end].\n\nReturn -1 on failure."),
    FAST("rindex", str_rindex,
         "Return the highest index in S where substring sub is found, such that sub is "
         "contained within S[start:end].\n\nRaises ValueError when the substring is not "
         "found."),
    FAST("rjust", str_rjust,
         "Return a right-justified string of length width.\n\nPadding is done using the "
         "specified fill character (default is a space)."),
    ONE("rpartition", str_rpartition,
        "Partition the string into three parts using the given separator."),
    FASTKW("rsplit", str_rsplit,
           "Return a list of the substrings in the string, using sep as the separator "
           "string."),
    FAST("rstrip", str_rstrip,
         "Return a copy of the string with trailing whitespace removed.\n\nIf chars is given "
         "and not None, remove characters in chars instead."),
    FASTKW("split", str_split,
           "Return a list of the substrings in the string, using sep as the separator "
           "string."),
    FASTKW("splitlines", str_splitlines,
           "Return a list of the lines in the string, breaking at line boundaries."),
    FAST("startswith", str_startswith,
         "Return True if the string starts with the specified prefix, False otherwise."),
    FAST("strip", str_strip,
         "Return a copy of the string with leading and trailing whitespace removed.\n\nIf "
         "chars is given and not None, remove characters in chars instead."),
    NOARGS("swapcase", wf_str_meth_swapcase,
           "Convert uppercase characters to lowercase and lowercase characters to uppercase."),
    NOARGS("title", wf_str_meth_title,
           "Return a version of the string where each word is "
           "titlecased."),
    ONE("translate", wf_str_meth_translate,
        "Replace each character in the string using the given translation table."),
    NOARGS("upper", wf_str_meth_upper, "Return a copy of the string converted to uppercase."),
    ONE("zfill", str_zfill,
        "Pad a numeric string with zeros on the left, to fill a field of the given width."),
    ONE("__format__", str_dunder_format,
        "Return a formatted version of the string as described "
        "by format_spec."),
    NOARGS("__getnewargs__", str_getnewargs, NULL),
    NOARGS("__sizeof__", str_sizeof, "Return the size of the string in memory, in bytes."),
    {0},
};
