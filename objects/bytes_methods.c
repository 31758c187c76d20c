// Methods shared by bytes and bytearray, and the method tables of both types (the
// bytearray-only mutators live in objects/bytearray.c).
//
// Every method reads `self` through a byte view, so one implementation serves both types;
// results are built with wf_bytes_make_like(), which gives a bytearray for a bytearray
// self. Only bytes may return `self` itself (when it is an exact bytes and unchanged):
// bytearray methods always return new objects. Character classes are ASCII only, as
// CPython's bytes methods are.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <string.h>

static int c_isspace(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static int c_islower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static int c_isupper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static int c_isalpha(unsigned char c) {
    return c_islower(c) || c_isupper(c);
}
static int c_isdigit(unsigned char c) {
    return c >= '0' && c <= '9';
}

static void view(wf_object_t *self, wf_bview_t *v) {
    wf_bytes_view(self, v);
}

static wf_object_t *unchanged(wf_object_t *self) {
    if (WF_TYPE(self) == &wf_bytes_type) {
        return wf_newref(self);
    }
    wf_bview_t v;
    view(self, &v);
    return wf_bytes_make_like(self, v.data, v.len);
}

// ---------------------------------------------------------------------------------------
// Searching.

// The needle of find/count/index/...: an int byte value or a bytes-like object. Fills
// *needle/*nlen (pointing into *byte for an int). 0 / -1.
static int needle_arg(wf_object_t *o, char *byte, const char **needle, wf_ssize_t *nlen) {
    wf_bview_t v;
    if (wf_bytes_view(o, &v)) {
        *needle = v.data;
        *nlen = v.len;
        return 0;
    }
    if (!wf_index_check(o)) {
        wf_err_format(&wf_exc_TypeError,
                      "argument should be integer or bytes-like object, not '%T'", o);
        return -1;
    }
    int b;
    if (wf_bytes_byte_value(o, &b) < 0) {
        return -1;
    }
    *byte = (char)b;
    *needle = byte;
    *nlen = 1;
    return 0;
}

static wf_ssize_t bsearch_fwd(const char *h, wf_ssize_t start, wf_ssize_t end, const char *n,
                              wf_ssize_t m) {
    if (end - start < m) {
        return -1;
    }
    if (m == 0) {
        return start;
    }
    const char *p = memmem(h + start, (size_t)(end - start), n, (size_t)m);
    return p != NULL ? p - h : -1;
}

static wf_ssize_t bsearch_back(const char *h, wf_ssize_t start, wf_ssize_t end, const char *n,
                               wf_ssize_t m) {
    if (end - start < m) {
        return -1;
    }
    for (wf_ssize_t i = end - m; i >= start; i--) {
        if (memcmp(h + i, n, (size_t)m) == 0) {
            return i;
        }
    }
    return -1;
}

static wf_ssize_t bcount(const char *h, wf_ssize_t start, wf_ssize_t end, const char *n,
                         wf_ssize_t m, wf_ssize_t max) {
    if (m == 0) {
        wf_ssize_t c = end < start ? 0 : end - start + 1;
        return c < max ? c : max;
    }
    wf_ssize_t count = 0;
    while (count < max) {
        wf_ssize_t i = bsearch_fwd(h, start, end, n, m);
        if (i < 0) {
            break;
        }
        count++;
        start = i + m;
    }
    return count;
}

// kind: 0 find, 1 rfind, 2 index, 3 rindex, 4 count.
static wf_object_t *find_common(const char *fname, wf_object_t *self, wf_object_t *const *args,
                                wf_ssize_t nargs, int kind) {
    wf_ssize_t start, end, nlen;
    const char *needle;
    char byte;
    wf_bview_t v;
    if (wf_check_nargs(fname, nargs, 1, 3) < 0 || needle_arg(args[0], &byte, &needle, &nlen) < 0 ||
        wf_str_parse_start_end(args + 1, nargs - 1, &start, &end) < 0) {
        return NULL;
    }
    view(self, &v);
    wf_str_adjust_indices(v.len, &start, &end);
    if (kind == 4) {
        return wf_int_from_ssize(
            start > v.len ? 0 : bcount(v.data, start, end, needle, nlen, WF_SSIZE_MAX));
    }
    wf_ssize_t r = -1;
    if (start <= v.len) {
        r = kind & 1 ? bsearch_back(v.data, start, end, needle, nlen)
                     : bsearch_fwd(v.data, start, end, needle, nlen);
    }
    if (r < 0 && kind >= 2) {
        return wf_err_set_string(&wf_exc_ValueError, "subsection not found");
    }
    return wf_int_from_ssize(r);
}

static wf_object_t *b_find(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return find_common("find", s, a, n, 0);
}
static wf_object_t *b_rfind(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return find_common("rfind", s, a, n, 1);
}
static wf_object_t *b_index(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return find_common("index", s, a, n, 2);
}
static wf_object_t *b_rindex(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return find_common("rindex", s, a, n, 3);
}
static wf_object_t *b_count(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return find_common("count", s, a, n, 4);
}

static int btailmatch(wf_bview_t *v, wf_bview_t *sub, wf_ssize_t start, wf_ssize_t end, int dir) {
    wf_str_adjust_indices(v->len, &start, &end);
    if (start > v->len || end - start < sub->len) {
        return 0;
    }
    if (sub->len == 0) {
        return 1;
    }
    wf_ssize_t at = dir < 0 ? start : end - sub->len;
    return memcmp(v->data + at, sub->data, (size_t)sub->len) == 0;
}

static wf_object_t *starts_ends(const char *fname, wf_object_t *self, wf_object_t *const *args,
                                wf_ssize_t nargs, int dir) {
    wf_ssize_t start, end;
    wf_bview_t v, sub;
    if (wf_check_nargs(fname, nargs, 1, 3) < 0 ||
        wf_str_parse_start_end(args + 1, nargs - 1, &start, &end) < 0) {
        return NULL;
    }
    view(self, &v);
    wf_object_t *x = args[0];
    if (WF_TUPLE_CHECK(x)) {
        for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(x); i++) {
            if (!wf_bytes_view_or_raise(WF_TUPLE_GET(x, i), &sub)) {
                return NULL;
            }
            if (btailmatch(&v, &sub, start, end, dir)) {
                return WF_TRUE;
            }
        }
        return WF_FALSE;
    }
    if (!wf_bytes_view(x, &sub)) {
        return wf_err_format(&wf_exc_TypeError,
                             "%s first arg must be bytes or a tuple of bytes, not %T", fname, x);
    }
    return wf_bool_from(btailmatch(&v, &sub, start, end, dir));
}

static wf_object_t *b_startswith(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return starts_ends("startswith", s, a, n, -1);
}
static wf_object_t *b_endswith(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return starts_ends("endswith", s, a, n, 1);
}

static wf_object_t *b_removeprefix(wf_object_t *self, wf_object_t *arg) {
    wf_bview_t v, p;
    if (!wf_bytes_view_or_raise(arg, &p)) {
        return NULL;
    }
    view(self, &v);
    if (p.len <= v.len && memcmp(v.data, p.data, (size_t)p.len) == 0 && p.len > 0) {
        return wf_bytes_make_like(self, v.data + p.len, v.len - p.len);
    }
    return unchanged(self);
}

static wf_object_t *b_removesuffix(wf_object_t *self, wf_object_t *arg) {
    wf_bview_t v, p;
    if (!wf_bytes_view_or_raise(arg, &p)) {
        return NULL;
    }
    view(self, &v);
    if (p.len > 0 && p.len <= v.len && memcmp(v.data + v.len - p.len, p.data, (size_t)p.len) == 0) {
        return wf_bytes_make_like(self, v.data, v.len - p.len);
    }
    return unchanged(self);
}

// ---------------------------------------------------------------------------------------
// Splitting.

static int append_piece(wf_object_t *list, wf_object_t *self, const char *p, wf_ssize_t n) {
    wf_object_t *piece = wf_bytes_make_like(self, p, n);
    return piece != NULL ? wf_list_append_steal(list, piece) : -1;
}

static wf_object_t *split_ws(wf_object_t *self, wf_bview_t *v, wf_ssize_t maxsplit, int dir) {
    const unsigned char *s = (const unsigned char *)v->data;
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    if (dir > 0) {
        wf_ssize_t i = 0, n = v->len;
        while (maxsplit-- > 0) {
            while (i < n && c_isspace(s[i])) {
                i++;
            }
            if (i == n) {
                break;
            }
            wf_ssize_t j = i;
            while (i < n && !c_isspace(s[i])) {
                i++;
            }
            if (append_piece(list, self, v->data + j, i - j) < 0) {
                goto error;
            }
        }
        while (i < n && c_isspace(s[i])) {
            i++;
        }
        if (i < n && append_piece(list, self, v->data + i, n - i) < 0) {
            goto error;
        }
        return list;
    }
    wf_ssize_t i = v->len;
    while (maxsplit-- > 0) {
        while (i > 0 && c_isspace(s[i - 1])) {
            i--;
        }
        if (i == 0) {
            break;
        }
        wf_ssize_t j = i;
        while (i > 0 && !c_isspace(s[i - 1])) {
            i--;
        }
        if (append_piece(list, self, v->data + i, j - i) < 0) {
            goto error;
        }
    }
    while (i > 0 && c_isspace(s[i - 1])) {
        i--;
    }
    if ((i > 0 && append_piece(list, self, v->data, i) < 0) || wf_list_reverse(list) < 0) {
        goto error;
    }
    return list;
error:
    WF_DECREF(list);
    return NULL;
}

static wf_object_t *split_by(wf_object_t *self, wf_bview_t *v, wf_bview_t *sep, wf_ssize_t maxsplit,
                             int dir) {
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    if (dir > 0) {
        wf_ssize_t i = 0;
        while (maxsplit-- > 0) {
            wf_ssize_t j = bsearch_fwd(v->data, i, v->len, sep->data, sep->len);
            if (j < 0) {
                break;
            }
            if (append_piece(list, self, v->data + i, j - i) < 0) {
                goto error;
            }
            i = j + sep->len;
        }
        if (append_piece(list, self, v->data + i, v->len - i) < 0) {
            goto error;
        }
        return list;
    }
    wf_ssize_t i = v->len;
    while (maxsplit-- > 0) {
        wf_ssize_t j = bsearch_back(v->data, 0, i, sep->data, sep->len);
        if (j < 0) {
            break;
        }
        if (append_piece(list, self, v->data + j + sep->len, i - j - sep->len) < 0) {
            goto error;
        }
        i = j;
    }
    if (append_piece(list, self, v->data, i) < 0 || wf_list_reverse(list) < 0) {
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
    wf_bview_t v, sep;
    view(self, &v);
    if (a[0] == NULL || a[0] == WF_NONE) {
        return split_ws(self, &v, maxsplit, dir);
    }
    if (!wf_bytes_view_or_raise(a[0], &sep)) {
        return NULL;
    }
    if (sep.len == 0) {
        return wf_err_set_string(&wf_exc_ValueError, "empty separator");
    }
    return split_by(self, &v, &sep, maxsplit, dir);
}

static wf_object_t *b_split(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n, wf_object_t *k) {
    return split_common("split", s, a, n, k, 1);
}
static wf_object_t *b_rsplit(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n, wf_object_t *k) {
    return split_common("rsplit", s, a, n, k, -1);
}

static wf_object_t *b_splitlines(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    wf_object_t *a[1] = {NULL};
    int keepends = 0;
    if (wf_parse_args("splitlines", args, nargs, kwnames, names, 0, 0, a) < 0 ||
        (a[0] != NULL && (keepends = wf_truthy(a[0])) < 0)) {
        return NULL;
    }
    wf_bview_t v;
    view(self, &v);
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    wf_ssize_t i = 0;
    while (i < v.len) {
        wf_ssize_t j = i;
        while (j < v.len && v.data[j] != '\n' && v.data[j] != '\r') {
            j++;
        }
        wf_ssize_t eol = j;
        if (j < v.len) {
            j += v.data[j] == '\r' && j + 1 < v.len && v.data[j + 1] == '\n' ? 2 : 1;
            if (keepends) {
                eol = j;
            }
        }
        if (append_piece(list, self, v.data + i, eol - i) < 0) {
            WF_DECREF(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static wf_object_t *partition_common(wf_object_t *self, wf_object_t *arg, int dir) {
    wf_bview_t v, sep;
    if (!wf_bytes_view_or_raise(arg, &sep)) {
        return NULL;
    }
    if (sep.len == 0) {
        return wf_err_set_string(&wf_exc_ValueError, "empty separator");
    }
    view(self, &v);
    wf_ssize_t i = dir > 0 ? bsearch_fwd(v.data, 0, v.len, sep.data, sep.len)
                           : bsearch_back(v.data, 0, v.len, sep.data, sep.len);
    wf_object_t *parts[3];
    if (i < 0) {
        wf_object_t *whole = unchanged(self);
        wf_object_t *e1 = wf_bytes_make_like(self, "", 0), *e2 = wf_bytes_make_like(self, "", 0);
        if (dir > 0) {
            parts[0] = whole, parts[1] = e1, parts[2] = e2;
        } else {
            parts[0] = e1, parts[1] = e2, parts[2] = whole;
        }
    } else {
        parts[0] = wf_bytes_make_like(self, v.data, i);
        // bytes hands back the separator object itself, whatever its type (as CPython).
        parts[1] = !WF_BYTEARRAY_CHECK(self) ? wf_newref(arg)
                                             : wf_bytes_make_like(self, sep.data, sep.len);
        parts[2] = wf_bytes_make_like(self, v.data + i + sep.len, v.len - i - sep.len);
    }
    if (parts[0] == NULL || parts[1] == NULL || parts[2] == NULL) {
        for (int k = 0; k < 3; k++) {
            WF_XDECREF(parts[k]);
        }
        return NULL;
    }
    return wf_tuple_from_array_steal(parts, 3);
}

static wf_object_t *b_partition(wf_object_t *s, wf_object_t *arg) {
    return partition_common(s, arg, 1);
}
static wf_object_t *b_rpartition(wf_object_t *s, wf_object_t *arg) {
    return partition_common(s, arg, -1);
}

// ---------------------------------------------------------------------------------------
// join, replace, strip.

static wf_object_t *b_join(wf_object_t *self, wf_object_t *iterable) {
    wf_object_t *fast = wf_sequence_fast(iterable, "can only join an iterable");
    if (fast == NULL) {
        return NULL;
    }
    wf_object_t *seq = wf_sequence_tuple(fast);
    WF_DECREF(fast);
    if (seq == NULL) {
        return NULL;
    }
    wf_bview_t sep;
    view(self, &sep);
    wf_ssize_t n = WF_TUPLE_SIZE(seq), total = 0, got = 0;
    wf_bview_t *items = wf_mem_alloc(sizeof(wf_bview_t) * (size_t)(n + 1));
    char *buf = NULL;
    wf_object_t *r = NULL;
    if (items == NULL) {
        wf_err_nomemory();
        goto done;
    }
    for (; got < n; got++) {
        int ok = wf_bytes_view_any(WF_TUPLE_GET(seq, got), &items[got]);
        if (ok <= 0) {
            if (ok == 0) {
                wf_err_format(&wf_exc_TypeError,
                              "sequence item %zd: expected a bytes-like object, %T found", got,
                              WF_TUPLE_GET(seq, got));
            }
            goto done;
        }
        total += items[got].len + (got > 0 ? sep.len : 0);
    }
    buf = wf_mem_alloc((size_t)total + 1);
    if (buf == NULL) {
        wf_err_nomemory();
        goto done;
    }
    wf_ssize_t at = 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(buf + at, sep.data, (size_t)sep.len);
            at += sep.len;
        }
        memcpy(buf + at, items[i].data, (size_t)items[i].len);
        at += items[i].len;
    }
    r = wf_bytes_make_like(self, buf, at);
done:
    for (wf_ssize_t i = 0; i < got; i++) {
        wf_bview_release(&items[i]);
    }
    wf_mem_free(items);
    wf_mem_free(buf);
    WF_DECREF(seq);
    return r;
}

static wf_object_t *b_replace(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_bview_t v, old, new_;
    if (wf_check_nargs("replace", nargs, 2, 3) < 0 || !wf_bytes_view_or_raise(args[0], &old) ||
        !wf_bytes_view_or_raise(args[1], &new_)) {
        return NULL;
    }
    wf_ssize_t max = -1;
    if (nargs > 2) {
        max = wf_as_ssize(args[2], &wf_exc_OverflowError);
        if (max == -1 && wf_err_occurred()) {
            return NULL;
        }
    }
    if (max < 0) {
        max = WF_SSIZE_MAX;
    }
    view(self, &v);
    wf_ssize_t count = bcount(v.data, 0, v.len, old.data, old.len, max);
    if (count == 0) {
        return unchanged(self);
    }
    if (new_.len - old.len > 0 && count > (WF_SSIZE_MAX - v.len) / (new_.len - old.len)) {
        return wf_err_set_string(&wf_exc_OverflowError, "replace bytes is too long");
    }
    wf_ssize_t total = v.len + count * (new_.len - old.len);
    char *buf = wf_mem_alloc((size_t)total + 1);
    if (buf == NULL) {
        return wf_err_nomemory();
    }
    wf_ssize_t i = 0, at = 0;
    for (wf_ssize_t k = 0; k < count; k++) {
        wf_ssize_t j;
        if (old.len == 0) {
            j = i;
        } else {
            j = bsearch_fwd(v.data, i, v.len, old.data, old.len);
        }
        memcpy(buf + at, v.data + i, (size_t)(j - i));
        at += j - i;
        memcpy(buf + at, new_.data, (size_t)new_.len);
        at += new_.len;
        i = j + old.len;
        if (old.len == 0 && i < v.len) {
            buf[at++] = v.data[i++];
        }
    }
    memcpy(buf + at, v.data + i, (size_t)(v.len - i));
    at += v.len - i;
    wf_object_t *r = wf_bytes_make_like(self, buf, at);
    wf_mem_free(buf);
    return r;
}

static wf_object_t *strip_common(const char *fname, wf_object_t *self, wf_object_t *const *args,
                                 wf_ssize_t nargs, int which) {
    wf_bview_t v, chars = {NULL, 0, NULL};
    int use_chars = 0;
    if (wf_check_nargs(fname, nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs > 0 && args[0] != WF_NONE) {
        if (!wf_bytes_view_or_raise(args[0], &chars)) {
            return NULL;
        }
        use_chars = 1;
    }
    view(self, &v);
    wf_ssize_t i = 0, j = v.len;
#define STRIPPABLE(c)                                                                              \
    (use_chars ? memchr(chars.data, (c), (size_t)chars.len) != NULL : c_isspace((unsigned char)(c)))
    if (which & 1) {
        while (i < j && STRIPPABLE(v.data[i])) {
            i++;
        }
    }
    if (which & 2) {
        while (j > i && STRIPPABLE(v.data[j - 1])) {
            j--;
        }
    }
#undef STRIPPABLE
    if (i == 0 && j == v.len) {
        return unchanged(self);
    }
    return wf_bytes_make_like(self, v.data + i, j - i);
}

static wf_object_t *b_strip(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return strip_common("strip", s, a, n, 3);
}
static wf_object_t *b_lstrip(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return strip_common("lstrip", s, a, n, 1);
}
static wf_object_t *b_rstrip(wf_object_t *s, wf_object_t *const *a, wf_ssize_t n) {
    return strip_common("rstrip", s, a, n, 2);
}

// ---------------------------------------------------------------------------------------
// Padding and tabs.

static wf_object_t *pad(wf_object_t *self, wf_ssize_t left, wf_ssize_t right, char fill) {
    wf_bview_t v;
    view(self, &v);
    left = left < 0 ? 0 : left;
    right = right < 0 ? 0 : right;
    if (left == 0 && right == 0) {
        return unchanged(self);
    }
    if (left > WF_SSIZE_MAX - v.len - right) {
        return wf_err_nomemory();
    }
    char *buf = wf_mem_alloc((size_t)(left + v.len + right) + 1);
    if (buf == NULL) {
        return wf_err_nomemory();
    }
    memset(buf, fill, (size_t)left);
    memcpy(buf + left, v.data, (size_t)v.len);
    memset(buf + left + v.len, fill, (size_t)right);
    wf_object_t *r = wf_bytes_make_like(self, buf, left + v.len + right);
    wf_mem_free(buf);
    return r;
}

static int pad_args(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                    wf_ssize_t *width, char *fill) {
    if (wf_check_nargs(fname, nargs, 1, 2) < 0) {
        return -1;
    }
    *width = wf_as_ssize(args[0], &wf_exc_OverflowError);
    if (*width == -1 && wf_err_occurred()) {
        return -1;
    }
    *fill = ' ';
    if (nargs > 1) {
        wf_bview_t f;
        if (!wf_bytes_view(args[1], &f) || f.len != 1) {
            wf_err_format(&wf_exc_TypeError,
                          "%s() argument 2 must be a byte string of length 1, not %s", fname,
                          WF_ARGTYPE(args[1]));
            return -1;
        }
        *fill = f.data[0];
    }
    return 0;
}

static wf_object_t *b_ljust(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_ssize_t w;
    char f;
    wf_bview_t v;
    if (pad_args("ljust", args, nargs, &w, &f) < 0) {
        return NULL;
    }
    view(self, &v);
    return pad(self, 0, w - v.len, f);
}

static wf_object_t *b_rjust(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_ssize_t w;
    char f;
    wf_bview_t v;
    if (pad_args("rjust", args, nargs, &w, &f) < 0) {
        return NULL;
    }
    view(self, &v);
    return pad(self, w - v.len, 0, f);
}

static wf_object_t *b_center(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_ssize_t w;
    char f;
    wf_bview_t v;
    if (pad_args("center", args, nargs, &w, &f) < 0) {
        return NULL;
    }
    view(self, &v);
    if (w <= v.len) {
        return unchanged(self);
    }
    wf_ssize_t marg = w - v.len, left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}

static wf_object_t *b_zfill(wf_object_t *self, wf_object_t *arg) {
    wf_ssize_t w = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (w == -1 && wf_err_occurred()) {
        return NULL;
    }
    wf_bview_t v;
    view(self, &v);
    if (w <= v.len) {
        return unchanged(self);
    }
    wf_object_t *r = pad(self, w - v.len, 0, '0');
    if (r == NULL) {
        return NULL;
    }
    wf_bview_t rv;
    view(r, &rv);
    char *d = (char *)rv.data;
    if (v.len > 0 && (v.data[0] == '+' || v.data[0] == '-')) {
        d[0] = v.data[0];
        d[w - v.len] = '0';
    }
    return r;
}

static wf_object_t *b_expandtabs(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    wf_object_t *a[1] = {NULL};
    if (wf_parse_args("expandtabs", args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    wf_ssize_t tab = 8;
    if (a[0] != NULL) {
        tab = wf_as_ssize(a[0], &wf_exc_OverflowError);
        if (tab == -1 && wf_err_occurred()) {
            return NULL;
        }
    }
    wf_bview_t v;
    view(self, &v);
    wf_ssize_t total = 0, col = 0;
    for (wf_ssize_t i = 0; i < v.len; i++) {
        char c = v.data[i];
        if (c == '\t') {
            if (tab > 0) {
                wf_ssize_t sp = tab - col % tab;
                if (total > WF_SSIZE_MAX - sp) {
                    return wf_err_set_string(&wf_exc_OverflowError, "result too long");
                }
                total += sp;
                col += sp;
            }
        } else {
            total++;
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    char *buf = wf_mem_alloc((size_t)total + 1);
    if (buf == NULL) {
        return wf_err_nomemory();
    }
    wf_ssize_t at = 0;
    col = 0;
    for (wf_ssize_t i = 0; i < v.len; i++) {
        char c = v.data[i];
        if (c == '\t') {
            if (tab > 0) {
                wf_ssize_t sp = tab - col % tab;
                memset(buf + at, ' ', (size_t)sp);
                at += sp;
                col += sp;
            }
        } else {
            buf[at++] = c;
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    wf_object_t *r = wf_bytes_make_like(self, buf, at);
    wf_mem_free(buf);
    return r;
}

// ---------------------------------------------------------------------------------------
// Case and predicates (ASCII only).

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAPITALIZE };

static wf_object_t *bcase(wf_object_t *self, int mode) {
    wf_bview_t v;
    view(self, &v);
    char *buf = wf_mem_alloc((size_t)v.len + 1);
    if (buf == NULL) {
        return wf_err_nomemory();
    }
    int prev_cased = 0;
    for (wf_ssize_t i = 0; i < v.len; i++) {
        unsigned char c = (unsigned char)v.data[i];
        int up;
        switch (mode) {
            case BC_UPPER:
                up = 1;
                break;
            case BC_SWAP:
                up = c_islower(c);
                break;
            case BC_TITLE:
                up = !prev_cased;
                break;
            case BC_CAPITALIZE:
                up = i == 0;
                break;
            default:
                up = 0;
                break;
        }
        buf[i] = (char)(up ? (c_islower(c) ? c - 32 : c) : (c_isupper(c) ? c + 32 : c));
        prev_cased = c_isalpha(c);
    }
    wf_object_t *r = wf_bytes_make_like(self, buf, v.len);
    wf_mem_free(buf);
    return r;
}

static wf_object_t *b_lower(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return bcase(s, BC_LOWER);
}
static wf_object_t *b_upper(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return bcase(s, BC_UPPER);
}
static wf_object_t *b_swapcase(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return bcase(s, BC_SWAP);
}
static wf_object_t *b_title(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return bcase(s, BC_TITLE);
}
static wf_object_t *b_capitalize(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return bcase(s, BC_CAPITALIZE);
}

static wf_object_t *all_bytes(wf_object_t *self, int (*pred)(unsigned char)) {
    wf_bview_t v;
    view(self, &v);
    if (v.len == 0) {
        return WF_FALSE;
    }
    for (wf_ssize_t i = 0; i < v.len; i++) {
        if (!pred((unsigned char)v.data[i])) {
            return WF_FALSE;
        }
    }
    return WF_TRUE;
}

static int c_isalnum(unsigned char c) {
    return c_isalpha(c) || c_isdigit(c);
}

static wf_object_t *b_isalnum(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return all_bytes(s, c_isalnum);
}
static wf_object_t *b_isalpha(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return all_bytes(s, c_isalpha);
}
static wf_object_t *b_isdigit(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return all_bytes(s, c_isdigit);
}
static wf_object_t *b_isspace(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return all_bytes(s, c_isspace);
}

static wf_object_t *b_isascii(wf_object_t *self, wf_object_t *u) {
    (void)u;
    wf_bview_t v;
    view(self, &v);
    for (wf_ssize_t i = 0; i < v.len; i++) {
        if ((unsigned char)v.data[i] >= 128) {
            return WF_FALSE;
        }
    }
    return WF_TRUE;
}

static wf_object_t *bcase_pred(wf_object_t *self, int want_upper) {
    wf_bview_t v;
    view(self, &v);
    int cased = 0;
    for (wf_ssize_t i = 0; i < v.len; i++) {
        unsigned char c = (unsigned char)v.data[i];
        if (want_upper ? c_islower(c) : c_isupper(c)) {
            return WF_FALSE;
        }
        cased |= want_upper ? c_isupper(c) : c_islower(c);
    }
    return wf_bool_from(cased);
}

static wf_object_t *b_islower_m(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return bcase_pred(s, 0);
}
static wf_object_t *b_isupper_m(wf_object_t *s, wf_object_t *u) {
    (void)u;
    return bcase_pred(s, 1);
}

static wf_object_t *b_istitle(wf_object_t *self, wf_object_t *u) {
    (void)u;
    wf_bview_t v;
    view(self, &v);
    int cased = 0, prev = 0;
    for (wf_ssize_t i = 0; i < v.len; i++) {
        unsigned char c = (unsigned char)v.data[i];
        if (c_isupper(c)) {
            if (prev) {
                return WF_FALSE;
            }
            prev = cased = 1;
        } else if (c_islower(c)) {
            if (!prev) {
                return WF_FALSE;
            }
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return wf_bool_from(cased);
}

// ---------------------------------------------------------------------------------------
// translate, maketrans, decode, hex, fromhex, dunders.

static wf_object_t *b_translate(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"", "delete", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args("translate", args, nargs, kwnames, names, 1, 1, a) < 0) {
        return NULL;
    }
    wf_bview_t table = {NULL, 0, NULL}, del = {"", 0, NULL}, v;
    if (a[0] != WF_NONE) {
        if (!wf_bytes_view_or_raise(a[0], &table)) {
            return NULL;
        }
        if (table.len != 256) {
            return wf_err_set_string(&wf_exc_ValueError,
                                     "translation table must be 256 characters long");
        }
    }
    if (a[1] != NULL && !wf_bytes_view_or_raise(a[1], &del)) {
        return NULL;
    }
    char drop[256] = {0};
    for (wf_ssize_t i = 0; i < del.len; i++) {
        drop[(unsigned char)del.data[i]] = 1;
    }
    view(self, &v);
    char *buf = wf_mem_alloc((size_t)v.len + 1);
    if (buf == NULL) {
        return wf_err_nomemory();
    }
    wf_ssize_t at = 0;
    int changed = 0;
    for (wf_ssize_t i = 0; i < v.len; i++) {
        unsigned char c = (unsigned char)v.data[i];
        if (drop[c]) {
            changed = 1;
            continue;
        }
        buf[at] = table.data != NULL ? table.data[c] : (char)c;
        changed |= buf[at] != (char)c;
        at++;
    }
    wf_object_t *r = changed ? wf_bytes_make_like(self, buf, at) : unchanged(self);
    wf_mem_free(buf);
    return r;
}

static wf_object_t *b_maketrans(wf_object_t *unused, wf_object_t *const *args, wf_ssize_t nargs) {
    (void)unused;
    wf_bview_t frm, to;
    if (nargs != 2) {
        return wf_err_format(&wf_exc_TypeError, "maketrans expected 2 arguments, got %zd", nargs);
    }
    if (!wf_bytes_view_or_raise(args[0], &frm) || !wf_bytes_view_or_raise(args[1], &to)) {
        return NULL;
    }
    if (frm.len != to.len) {
        return wf_err_set_string(&wf_exc_ValueError, "maketrans arguments must have same length");
    }
    char table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (char)i;
    }
    for (wf_ssize_t i = 0; i < frm.len; i++) {
        table[(unsigned char)frm.data[i]] = to.data[i];
    }
    return wf_bytes_from(table, 256);
}

static wf_object_t *b_decode(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                             wf_object_t *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    const char *enc = "utf-8", *errs = NULL;
    if (wf_parse_args("decode", args, nargs, kwnames, names, 0, 0, a) < 0 ||
        wf_str_arg_cstr("decode", "encoding", a[0], &enc) < 0 ||
        wf_str_arg_cstr("decode", "errors", a[1], &errs) < 0) {
        return NULL;
    }
    wf_bview_t v;
    view(self, &v);
    return wf_bytes_decode(v.data, v.len, enc, errs);
}

static wf_object_t *b_hex(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                          wf_object_t *kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    static const char digits[] = "0123456789abcdef";
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args("hex", args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    char sepc = 0;
    wf_ssize_t group = 1;
    if (a[0] != NULL) {
        wf_ssize_t sl = wf_len(a[0]);
        if (sl < 0) {
            return NULL;
        }
        if (sl != 1) {
            return wf_err_set_string(&wf_exc_ValueError, "sep must be length 1.");
        }
        wf_bview_t sv;
        if (WF_STR_CHECK(a[0])) {
            if (wf_str_char(a[0], 0) >= 128) {
                return wf_err_set_string(&wf_exc_ValueError, "sep must be ASCII.");
            }
            sepc = (char)wf_str_char(a[0], 0);
        } else if (wf_bytes_view(a[0], &sv)) {
            if ((unsigned char)sv.data[0] >= 128) {
                return wf_err_set_string(&wf_exc_ValueError, "sep must be ASCII.");
            }
            sepc = sv.data[0];
        } else {
            return wf_err_format(&wf_exc_TypeError, "sep must be str or bytes.");
        }
        if (a[1] != NULL) {
            group = wf_as_ssize(a[1], &wf_exc_OverflowError);
            if (group == -1 && wf_err_occurred()) {
                return NULL;
            }
        }
    }
    wf_bview_t v;
    view(self, &v);
    wf_ssize_t g = group < 0 ? -group : group;
    wf_ssize_t nsep = sepc && g > 0 && v.len > 0 ? (v.len - 1) / g : 0;
    wf_object_t *r = wf_str_new_uninit(v.len * 2 + nsep, 0);
    if (r == NULL || v.len == 0) {
        return r;
    }
    char *d = WF_STR_DATA(r);
    wf_ssize_t at = 0;
    for (wf_ssize_t i = 0; i < v.len; i++) {
        // With a positive group the separators are counted from the right end.
        if (i > 0 && nsep > 0 && (group > 0 ? (v.len - i) % g == 0 : i % g == 0)) {
            d[at++] = sepc;
        }
        unsigned char c = (unsigned char)v.data[i];
        d[at++] = digits[c >> 4];
        d[at++] = digits[c & 15];
    }
    return r;
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') {
        return (int)(c - '0');
    }
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        return (int)((c | 0x20) - 'a' + 10);
    }
    return -1;
}

static wf_object_t *b_fromhex(wf_object_t *cls, wf_object_t *arg) {
    if (!WF_STR_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError, "fromhex() argument must be str, not %s",
                             WF_ARGTYPE(arg));
    }
    wf_ssize_t n = WF_STR_LEN(arg), i = 0, at = 0;
    char *buf = wf_mem_alloc((size_t)n / 2 + 1);
    if (buf == NULL) {
        return wf_err_nomemory();
    }
    while (i < n) {
        uint32_t c = wf_str_char(arg, i);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        int hi = hexval(c);
        int lo = i + 1 < n ? hexval(wf_str_char(arg, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            wf_mem_free(buf);
            return wf_err_format(&wf_exc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %zd",
                                 hi < 0 ? i : i + 1);
        }
        buf[at++] = (char)(hi << 4 | lo);
        i += 2;
    }
    wf_type_t *t = (wf_type_t *)cls;
    wf_object_t *r;
    if (t == &wf_bytearray_type ||
        (t != &wf_bytes_type && wf_type_is_subtype(t, &wf_bytearray_type))) {
        r = wf_bytearray_from(buf, at);
    } else {
        r = wf_bytes_from(buf, at);
    }
    wf_mem_free(buf);
    if (r != NULL && t != &wf_bytes_type && t != &wf_bytearray_type) {
        wf_object_t *sub = wf_call_one(cls, r);
        WF_DECREF(r);
        r = sub;
    }
    return r;
}

static wf_object_t *b_getnewargs(wf_object_t *self, wf_object_t *u) {
    (void)u;
    wf_object_t *copy = wf_bytes_from(WF_BYTES_DATA(self), WF_BYTES_LEN(self));
    if (copy == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_tuple_pack(1, copy);
    WF_DECREF(copy);
    return r;
}

static wf_object_t *b_bytes(wf_object_t *self, wf_object_t *u) {
    (void)u;
    if (WF_TYPE(self) == &wf_bytes_type) {
        return wf_newref(self);
    }
    return wf_bytes_from(WF_BYTES_DATA(self), WF_BYTES_LEN(self));
}

static wf_object_t *b_sizeof(wf_object_t *self, wf_object_t *u) {
    (void)u;
    return wf_int_from_ssize(33 + WF_BYTES_LEN(self));
}

static wf_object_t *b_format(wf_object_t *self, wf_object_t *spec) {
    if (!WF_STR_CHECK(spec)) {
        return wf_err_format(&wf_exc_TypeError, "__format__() argument must be str, not %s",
                             WF_ARGTYPE(spec));
    }
    if (WF_STR_LEN(spec) > 0) {
        return wf_err_format(&wf_exc_TypeError, "unsupported format string passed to %s.__format__",
                             WF_TYPE(self)->name);
    }
    return wf_str(self);
}

// ---------------------------------------------------------------------------------------
// Tables.

#define NOARGS(name, fn, doc)                                                                      \
    { name, {.noargs = fn}, WF_METH_NOARGS, doc }
#define FAST(name, fn, doc)                                                                        \
    { name, {.fast = fn}, WF_METH_FASTCALL, doc }
#define FASTKW(name, fn, doc)                                                                      \
    { name, {.fastkw = fn}, WF_METH_FASTCALL | WF_METH_KEYWORDS, doc }
#define ONE(name, fn, doc)                                                                         \
    { name, {.o = fn}, WF_METH_O, doc }

// Entries common to both types, in CPython's order.
#define COMMON_METHODS                                                                             \
    NOARGS("capitalize", b_capitalize, "B.capitalize() -> copy of B"),                             \
        FAST("center", b_center, "Return a centered string of length width."),                     \
        FAST("count", b_count,                                                                     \
             "Return the number of non-overlapping occurrences of subsection "                     \
             "'sub' in bytes B[start:end]."),                                                      \
        FASTKW("decode", b_decode, "Decode the bytes using the codec registered for encoding."),   \
        FAST("endswith", b_endswith, "Return True if the bytes ends with the specified suffix."),  \
        FASTKW("expandtabs", b_expandtabs,                                                         \
               "Return a copy where all tab characters are "                                       \
               "expanded using spaces."),                                                          \
        FAST("find", b_find, "Return the lowest index in B where subsection 'sub' is found."),     \
        {"fromhex",                                                                                \
         {.o = b_fromhex},                                                                         \
         WF_METH_O | WF_METH_CLASS,                                                                \
         "Create a bytes object from a string of hexadecimal numbers."},                           \
        FASTKW("hex", b_hex, "Create a string of hexadecimal numbers from a bytes object."),       \
        FAST("index", b_index, "Return the lowest index in B where subsection 'sub' is found."),   \
        NOARGS("isalnum", b_isalnum, "B.isalnum() -> bool"),                                       \
        NOARGS("isalpha", b_isalpha, "B.isalpha() -> bool"),                                       \
        NOARGS("isascii", b_isascii, "B.isascii() -> bool"),                                       \
        NOARGS("isdigit", b_isdigit, "B.isdigit() -> bool"),                                       \
        NOARGS("islower", b_islower_m, "B.islower() -> bool"),                                     \
        NOARGS("isspace", b_isspace, "B.isspace() -> bool"),                                       \
        NOARGS("istitle", b_istitle, "B.istitle() -> bool"),                                       \
        NOARGS("isupper", b_isupper_m, "B.isupper() -> bool"),                                     \
        ONE("join", b_join, "Concatenate any number of bytes objects."),                           \
        FAST("ljust", b_ljust, "Return a left-justified string of length width."),                 \
        NOARGS("lower", b_lower, "B.lower() -> copy of B"),                                        \
        FAST("lstrip", b_lstrip, "Strip leading bytes contained in the argument."),                \
        {"maketrans",                                                                              \
         {.fast = b_maketrans},                                                                    \
         WF_METH_FASTCALL | WF_METH_STATIC,                                                        \
         "Return a translation table usable for the bytes or bytearray translate method."},        \
        ONE("partition", b_partition,                                                              \
            "Partition the bytes into three parts using the given "                                \
            "separator."),                                                                         \
        ONE("removeprefix", b_removeprefix,                                                        \
            "Return a bytes object with the given prefix "                                         \
            "string removed if present."),                                                         \
        ONE("removesuffix", b_removesuffix,                                                        \
            "Return a bytes object with the given suffix "                                         \
            "string removed if present."),                                                         \
        FAST("replace", b_replace,                                                                 \
             "Return a copy with all occurrences of substring old "                                \
             "replaced by new."),                                                                  \
        FAST("rfind", b_rfind, "Return the highest index in B where subsection 'sub' is found."),  \
        FAST("rindex", b_rindex,                                                                   \
             "Return the highest index in B where subsection 'sub' is "                            \
             "found."),                                                                            \
        FAST("rjust", b_rjust, "Return a right-justified string of length width."),                \
        ONE("rpartition", b_rpartition,                                                            \
            "Partition the bytes into three parts using the given "                                \
            "separator."),                                                                         \
        FASTKW("rsplit", b_rsplit,                                                                 \
               "Return a list of the sections in the bytes, using sep as "                         \
               "the delimiter."),                                                                  \
        FAST("rstrip", b_rstrip, "Strip trailing bytes contained in the argument."),               \
        FASTKW("split", b_split,                                                                   \
               "Return a list of the sections in the bytes, using sep as the "                     \
               "delimiter."),                                                                      \
        FASTKW("splitlines", b_splitlines,                                                         \
               "Return a list of the lines in the bytes, breaking "                                \
               "at line boundaries."),                                                             \
        FAST("startswith", b_startswith,                                                           \
             "Return True if the bytes starts with the specified "                                 \
             "prefix."),                                                                           \
        FAST("strip", b_strip, "Strip leading and trailing bytes contained in the argument."),     \
        NOARGS("swapcase", b_swapcase, "B.swapcase() -> copy of B"),                               \
        NOARGS("title", b_title, "B.title() -> copy of B"),                                        \
        FASTKW("translate", b_translate,                                                           \
               "Return a copy with each character mapped by the "                                  \
               "given translation table."),                                                        \
        NOARGS("upper", b_upper, "B.upper() -> copy of B"),                                        \
        ONE("zfill", b_zfill,                                                                      \
            "Pad a numeric string with zeros on the left, to fill a field of "                     \
            "the given width."),                                                                   \
        ONE("__format__", b_format, "Default object formatter.")

wf_method_def_t wf_bytes_methods[] = {
    COMMON_METHODS,
    NOARGS("__getnewargs__", b_getnewargs, NULL),
    NOARGS("__bytes__", b_bytes, "Convert this value to exact type bytes."),
    NOARGS("__sizeof__", b_sizeof, "Returns the size of the bytes object in memory, in bytes."),
    {0},
};

wf_method_def_t wf_bytearray_methods[] = {
    COMMON_METHODS,
    ONE("append", wf_bytearray_append_meth, "Append a single item to the end of the bytearray."),
    NOARGS("clear", wf_bytearray_clear_meth, "Remove all items from the bytearray."),
    NOARGS("copy", wf_bytearray_copy_meth, "Return a copy of B."),
    ONE("extend", wf_bytearray_extend_meth,
        "Append all the items from the iterator or sequence to the end of the bytearray."),
    FAST("insert", wf_bytearray_insert_meth,
         "Insert a single item into the bytearray before "
         "the given index."),
    FAST("pop", wf_bytearray_pop_meth, "Remove and return a single item from B."),
    ONE("remove", wf_bytearray_remove_meth,
        "Remove the first occurrence of a value in the "
        "bytearray."),
    NOARGS("reverse", wf_bytearray_reverse_meth,
           "Reverse the order of the values in B in "
           "place."),
    NOARGS("__alloc__", wf_bytearray_alloc_meth, "B.__alloc__() -> int"),
    ONE("__reduce_ex__", wf_bytearray_reduce_ex_meth, "Return state information for pickling."),
    NOARGS("__reduce__", wf_bytearray_reduce_meth, "Return state information for pickling."),
    NOARGS("__sizeof__", wf_bytearray_sizeof_meth,
           "Returns the size of the bytearray object in "
           "memory, in bytes."),
    {0},
};
