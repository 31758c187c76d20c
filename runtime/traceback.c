// Traceback objects, and the printer for uncaught exceptions.
//
// The printer produces what CPython 3.13 prints (its traceback module's format, which the
// interpreter uses for uncaught exceptions): for every frame the "File ..., line N, in f"
// line, the source lines of the failing expression (read from the file through a small
// cache), and caret lines marking the expression, with `~` for the operands and `^` for
// the operator of binary operations, subscripts and calls. Which expression to mark comes
// from the code object's position table; where the operator is found comes from parsing
// the expression's source text again (with Weft's own parser), as CPython does with `ast`.
//
// Output is built in one buffer and written with a single write() call to the file.
#include "runtime/traceback.h"

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_sys.h"
#include "runtime/parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <pthread.h>
#include <unistd.h>

#define TB(o) ((wf_traceback_t *)(o))

// ---------------------------------------------------------------------------------------
// The traceback type

wf_object_t *wf_traceback_new(wf_object_t *next, wf_object_t *frameobj, int lasti, int lineno) {
    wf_traceback_t *tb = (wf_traceback_t *)wf_type_alloc(&wf_traceback_type, 0);
    if (tb == NULL) {
        return NULL;
    }
    tb->next = wf_xnewref(next);
    tb->frame = wf_newref(frameobj);
    tb->lasti = lasti;
    tb->lineno = lineno;
    wf_gc_track(WF_OBJ(tb));
    return WF_OBJ(tb);
}

int wf_traceback_here(wf_frame_t *f) {
    if (wf_err_occurred() == NULL ||
        (f->code != NULL && (((wf_code_t *)f->code)->flags & WF_CO_HIDE_FRAMES))) {
        return 0;
    }
    wf_object_t *exc = wf_err_fetch();
    if (!WF_EXC_CHECK(exc)) {
        wf_err_restore(exc);
        return 0;
    }
    wf_object_t *fo = wf_frame_get_object(f);
    wf_object_t *tb =
        fo != NULL ? wf_traceback_new(wf_exc_get_traceback(exc), fo, wf_frame_lasti(f), -1) : NULL;
    if (tb == NULL) {
        wf_err_clear(); // keep the original exception rather than the MemoryError
        wf_err_restore(exc);
        return -1;
    }
    wf_exc_set_traceback(exc, tb);
    wf_err_restore(exc);
    return 0;
}

int wf_traceback_lineno(wf_object_t *o) {
    wf_traceback_t *tb = TB(o);
    if (tb->lineno < 0) {
        wf_frame_t *f = ((wf_frameobj_t *)tb->frame)->frame;
        if (f == NULL || f->code == NULL) {
            return -1;
        }
        if (tb->lasti < 0) {
            return WF_CODE(f->code)->firstlineno;
        }
        int pos[4];
        wf_frame_code_positions(f->code, tb->lasti, pos);
        tb->lineno = pos[0];
    }
    return tb->lineno;
}

static void tb_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, tb_dealloc)) {
        return;
    }
    WF_CLEAR(TB(o)->next);
    WF_CLEAR(TB(o)->frame);
    wf_object_free(o);
    wf_list_trash_end();
}

static int tb_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    if (TB(o)->next != NULL) {
        int r = visit(TB(o)->next, arg);
        if (r != 0) {
            return r;
        }
    }
    return TB(o)->frame != NULL ? visit(TB(o)->frame, arg) : 0;
}

static int tb_clear(wf_object_t *o) {
    WF_CLEAR(TB(o)->next);
    WF_CLEAR(TB(o)->frame);
    return 0;
}

static wf_object_t *tb_get_next(wf_object_t *o, void *c) {
    return wf_newref(TB(o)->next != NULL ? TB(o)->next : WF_NONE);
}

static int tb_set_next(wf_object_t *o, wf_object_t *v, void *c) {
    if (v == NULL) {
        wf_err_set_string(&wf_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == WF_NONE) {
        v = NULL;
    } else if (!WF_TRACEBACK_CHECK(v)) {
        wf_err_format(&wf_exc_TypeError, "expected traceback object, got '%s'",
                      wf_type_short_name(WF_TYPE(v)));
        return -1;
    }
    for (wf_object_t *cur = v; cur != NULL; cur = TB(cur)->next) {
        if (cur == o) {
            wf_err_set_string(&wf_exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    WF_SETREF(TB(o)->next, wf_xnewref(v));
    return 0;
}

static wf_object_t *tb_get_frame(wf_object_t *o, void *c) {
    return wf_newref(TB(o)->frame);
}

static wf_object_t *tb_get_lasti(wf_object_t *o, void *c) {
    return wf_int_from_i64(TB(o)->lasti < 0 ? -1 : TB(o)->lasti * 2);
}

static wf_object_t *tb_get_lineno(wf_object_t *o, void *c) {
    int line = wf_traceback_lineno(o);
    if (line < 0) {
        WF_RETURN_NONE;
    }
    return wf_int_from_i64(line);
}

static wf_getset_def_t tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {0},
};

// TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
static wf_object_t *tb_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    wf_object_t *a[4] = {NULL};
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "TracebackType() takes no keyword arguments");
    }
    if (wf_parse_args("TracebackType", args != NULL ? WF_TUPLE_ITEMS(args) : NULL, n, NULL, names,
                      0, 4, a) < 0) {
        return NULL;
    }
    if (a[0] != WF_NONE && !WF_TRACEBACK_CHECK(a[0])) {
        return wf_err_format(&wf_exc_TypeError, "expected traceback object or None, got '%s'",
                             wf_type_short_name(WF_TYPE(a[0])));
    }
    if (!WF_FRAMEOBJ_CHECK(a[1])) {
        return wf_err_format(&wf_exc_TypeError,
                             "TracebackType() argument 'tb_frame' must be frame, not %T", a[1]);
    }
    int64_t lasti, lineno;
    if (wf_int_as_i64(a[2], &lasti) < 0 || wf_int_as_i64(a[3], &lineno) < 0) {
        return NULL;
    }
    return wf_traceback_new(a[0] == WF_NONE ? NULL : a[0], a[1], lasti < 0 ? -1 : (int)(lasti / 2),
                            (int)lineno);
}

static wf_object_t *tb_dir(wf_object_t *o, wf_object_t *unused) {
    return wf_list_from_array(
        (wf_object_t *[]){wf_str_intern_cstr("tb_frame"), wf_str_intern_cstr("tb_next"),
                          wf_str_intern_cstr("tb_lasti"), wf_str_intern_cstr("tb_lineno")},
        4);
}

static wf_method_def_t tb_methods[] = {
    {"__dir__", {.noargs = tb_dir}, WF_METH_NOARGS, NULL},
    {0},
};

wf_type_t wf_traceback_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "traceback",
    .basicsize = sizeof(wf_traceback_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Create a new traceback object.",
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .new = tb_new,
    .getsets = tb_getsets,
    .methods = tb_methods,
};

// ---------------------------------------------------------------------------------------
// "Did you mean" suggestions (CPython's Levenshtein rules: moves cost 2, case changes 1)

#define MOVE_COST 2
#define CASE_COST 1
#define MAX_STRING_SIZE 40
#define MAX_CANDIDATE_ITEMS 750

static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) {
        return MOVE_COST;
    }
    if (a == b) {
        return 0;
    }
    if ('A' <= a && a <= 'Z') {
        a += 'a' - 'A';
    }
    if ('A' <= b && b <= 'Z') {
        b += 'a' - 'A';
    }
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    size_t buffer[MAX_STRING_SIZE];
    while (an && bn && a[0] == b[0]) {
        a++, an--, b++, bn--;
    }
    while (an && bn && a[an - 1] == b[bn - 1]) {
        an--, bn--;
    }
    if (an == 0 || bn == 0) {
        return (an + bn) * MOVE_COST;
    }
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) {
        return max_cost + 1;
    }
    if (bn < an) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    for (size_t i = 0; i < an; i++) {
        buffer[i] = (i + 1) * MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) {
                minimum = result;
            }
        }
        if (minimum > max_cost) {
            return max_cost + 1;
        }
    }
    return result;
}

wf_object_t *wf_suggest_name(wf_object_t *dir, wf_object_t *name) {
    if (!WF_LIST_CHECK(dir) || !WF_STR_CHECK(name)) {
        return NULL;
    }
    wf_ssize_t n = WF_LIST_SIZE(dir);
    if (n >= MAX_CANDIDATE_ITEMS) {
        return NULL;
    }
    wf_ssize_t name_len;
    const char *name_s = wf_str_as_utf8(name, &name_len);
    if (name_s == NULL) {
        wf_err_clear();
        return NULL;
    }
    size_t best_distance = SIZE_MAX;
    wf_object_t *best = NULL;
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *item = WF_LIST_ITEMS(dir)[i];
        if (!WF_STR_CHECK(item) || wf_str_eq(name, item)) {
            continue;
        }
        wf_ssize_t item_len;
        const char *item_s = wf_str_as_utf8(item, &item_len);
        if (item_s == NULL) {
            wf_err_clear();
            return NULL;
        }
        size_t max_distance = (size_t)(name_len + item_len + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) {
            max_distance = best_distance - 1;
        }
        size_t d = levenshtein(name_s, (size_t)name_len, item_s, (size_t)item_len, max_distance);
        if (d > max_distance) {
            continue;
        }
        if (best == NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return wf_xnewref(best);
}

// ---------------------------------------------------------------------------------------
// Source lines

typedef struct {
    char *name;
    char *data;         // file contents, lines NUL-separated after splitting
    wf_ssize_t *starts; // start offset of each line
    wf_ssize_t *lens;   // length of each line (without the line ending)
    int nlines;
    time_t mtime;
    off_t size;
} cached_file_t;

#define LINECACHE_SIZE 8
static cached_file_t linecache[LINECACHE_SIZE];
static int linecache_next;

static void cache_free(cached_file_t *c) {
    wf_mem_free(c->name);
    wf_mem_free(c->data);
    wf_mem_free(c->starts);
    wf_mem_free(c->lens);
    memset(c, 0, sizeof(*c));
}

// Split `data` at \n, \r\n and \r (universal newlines).
static int cache_split(cached_file_t *c, wf_ssize_t n) {
    int cap = 64;
    c->starts = wf_mem_alloc(sizeof(wf_ssize_t) * (size_t)cap);
    c->lens = wf_mem_alloc(sizeof(wf_ssize_t) * (size_t)cap);
    if (c->starts == NULL || c->lens == NULL) {
        return -1;
    }
    wf_ssize_t i = 0;
    if (n >= 3 && memcmp(c->data, "\xef\xbb\xbf", 3) == 0) {
        i = 3; // UTF-8 byte order mark
    }
    while (i < n) {
        wf_ssize_t start = i;
        while (i < n && c->data[i] != '\n' && c->data[i] != '\r') {
            i++;
        }
        if (c->nlines == cap) {
            cap *= 2;
            wf_ssize_t *s2 = wf_mem_realloc(c->starts, sizeof(wf_ssize_t) * (size_t)cap);
            if (s2 == NULL) {
                return -1;
            }
            c->starts = s2;
            wf_ssize_t *l2 = wf_mem_realloc(c->lens, sizeof(wf_ssize_t) * (size_t)cap);
            if (l2 == NULL) {
                return -1;
            }
            c->lens = l2;
        }
        c->starts[c->nlines] = start;
        c->lens[c->nlines] = i - start;
        c->nlines++;
        if (i < n && c->data[i] == '\r' && i + 1 < n && c->data[i + 1] == '\n') {
            i++;
        }
        i++;
    }
    return 0;
}

// Open `filename` as linecache does: directly, else relative to each sys.path entry.
static FILE *open_source(const char *filename, struct stat *st) {
    if (stat(filename, st) == 0) {
        return fopen(filename, "rb");
    }
    if (filename[0] == '/') {
        return NULL;
    }
    wf_object_t *path = wf_sys_get_object("path");
    if (path == NULL || !WF_LIST_CHECK(path)) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < WF_LIST_SIZE(path); i++) {
        wf_object_t *dir = WF_LIST_ITEMS(path)[i];
        if (!WF_STR_CHECK(dir)) {
            continue;
        }
        const char *d = wf_str_as_utf8(dir, NULL);
        if (d == NULL) {
            wf_err_clear();
            continue;
        }
        char full[4096];
        snprintf(full, sizeof(full), "%s%s%s", d, (*d && d[strlen(d) - 1] != '/') ? "/" : "",
                 filename);
        if (stat(full, st) == 0) {
            return fopen(full, "rb");
        }
    }
    return NULL;
}

static cached_file_t *cache_load(const char *filename) {
    struct stat st;
    for (int i = 0; i < LINECACHE_SIZE; i++) {
        cached_file_t *c = &linecache[i];
        if (c->name != NULL && strcmp(c->name, filename) == 0) {
            if (stat(filename, &st) != 0 || (st.st_mtime == c->mtime && st.st_size == c->size)) {
                return c;
            }
            cache_free(c);
            break;
        }
    }
    FILE *fp = open_source(filename, &st);
    if (fp == NULL) {
        return NULL;
    }
    cached_file_t *c = &linecache[linecache_next];
    linecache_next = (linecache_next + 1) % LINECACHE_SIZE;
    cache_free(c);
    wf_ssize_t n = (wf_ssize_t)st.st_size;
    c->data = wf_mem_alloc((size_t)n + 1);
    c->name = wf_mem_strdup(filename);
    if (c->data == NULL || c->name == NULL ||
        (n > 0 && fread(c->data, 1, (size_t)n, fp) != (size_t)n) || cache_split(c, n) < 0) {
        fclose(fp);
        cache_free(c);
        return NULL;
    }
    fclose(fp);
    c->data[n] = '\0';
    c->mtime = st.st_mtime;
    c->size = st.st_size;
    return c;
}

// The cache is shared by every thread; the lock is held only while a line is copied out.
static pthread_mutex_t linecache_lock = PTHREAD_MUTEX_INITIALIZER;

// Copy line `lineno` of `filename` (UTF-8, no line ending) into a new buffer; NULL if
// unavailable.
// Pseudo-files ("<doctest x[0]>", "<demo>") have source only if a program put their lines
// into the linecache module's cache, as doctest does: look there when it is loaded.
static char *python_cache_line(const char *filename, int lineno, wf_ssize_t *len) {
    wf_object_t *mods = wf_sys_get_object("modules");
    wf_object_t *lc = NULL, *cache = NULL, *key = NULL, *entry = NULL;
    wf_object_t *pending = wf_err_fetch();  // may run while an exception is being reported
    char *r = NULL;
    if (mods == NULL || !WF_DICT_CHECK(mods) ||
        wf_dict_get_ref_cstr(mods, "linecache", &lc) <= 0 ||
        wf_getattr_opt(lc, wf_str_intern_cstr("cache"), &cache) <= 0 || !WF_DICT_CHECK(cache) ||
        (key = wf_str_from_cstr(filename)) == NULL || wf_dict_get_ref(cache, key, &entry) <= 0) {
        goto done;
    }
    if (WF_TUPLE_CHECK(entry) && WF_TUPLE_SIZE(entry) >= 3) {
        wf_object_t *lines = WF_TUPLE_GET(entry, 2);
        wf_object_t *line = WF_LIST_CHECK(lines) ? wf_list_get_ref(lines, lineno - 1) : NULL;
        wf_ssize_t n;
        const char *text = line != NULL && WF_STR_CHECK(line) ? wf_str_as_utf8(line, &n) : NULL;
        if (text != NULL) {
            while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r')) {
                n--;
            }
            r = wf_mem_alloc((size_t)n + 1);
            if (r != NULL) {
                memcpy(r, text, (size_t)n);
                r[n] = '\0';
                *len = n;
            }
        }
        WF_XDECREF(line);
    }
done:
    wf_err_clear();
    wf_err_restore(pending);
    WF_XDECREF(lc);
    WF_XDECREF(cache);
    WF_XDECREF(key);
    WF_XDECREF(entry);
    return r;
}

// The source of `-c`, shown for "<string>" frames as CPython 3.13 does (its line N is
// also what exec()'d code at line N shows, there as here).
static struct {
    char *name;
    cached_file_t file;
} pseudo;

void wf_traceback_set_pseudo_source(const char *name, const char *src, wf_ssize_t len) {
    pthread_mutex_lock(&linecache_lock);
    cache_free(&pseudo.file);
    wf_mem_free(pseudo.name);
    pseudo.name = wf_mem_strdup(name);
    pseudo.file.data = wf_mem_alloc((size_t)len + 1);
    if (pseudo.name != NULL && pseudo.file.data != NULL) {
        memcpy(pseudo.file.data, src, (size_t)len);
        pseudo.file.data[len] = '\0';
        if (cache_split(&pseudo.file, len) < 0) {
            cache_free(&pseudo.file);
        }
    }
    pthread_mutex_unlock(&linecache_lock);
}

wf_object_t *wf_traceback_pseudo_sources(void) {
    wf_object_t *d = wf_dict_new();
    if (d == NULL) {
        return NULL;
    }
    pthread_mutex_lock(&linecache_lock);
    char *name = pseudo.name != NULL ? wf_mem_strdup(pseudo.name) : NULL;
    wf_ssize_t n = 0;
    char *text = NULL;
    if (name != NULL && pseudo.file.data != NULL) {
        // Reassemble the text from its lines (splitting replaced the line endings).
        for (int i = 0; i < pseudo.file.nlines; i++) {
            n += pseudo.file.lens[i] + 1;
        }
        text = wf_mem_alloc((size_t)n + 1);
        if (text != NULL) {
            wf_ssize_t at = 0;
            for (int i = 0; i < pseudo.file.nlines; i++) {
                memcpy(text + at, pseudo.file.data + pseudo.file.starts[i],
                       (size_t)pseudo.file.lens[i]);
                at += pseudo.file.lens[i];
                text[at++] = '\n';
            }
        }
    }
    pthread_mutex_unlock(&linecache_lock);
    if (name != NULL && text != NULL) {
        wf_object_t *v = wf_str_decode_utf8(text, n, "surrogateescape");
        if (v == NULL || wf_dict_setitem_cstr(d, name, v) < 0) {
            WF_CLEAR(d);
        }
        WF_XDECREF(v);
    }
    wf_mem_free(name);
    wf_mem_free(text);
    return d;
}

static char *cached_line(cached_file_t *c, int lineno, wf_ssize_t *len) {
    char *r = NULL;
    if (c != NULL && c->data != NULL && lineno <= c->nlines) {
        *len = c->lens[lineno - 1];
        r = wf_mem_alloc((size_t)*len + 1);
        if (r != NULL) {
            memcpy(r, c->data + c->starts[lineno - 1], (size_t)*len);
            r[*len] = '\0';
        }
    }
    return r;
}

static char *source_line_copy(const char *filename, int lineno, wf_ssize_t *len) {
    size_t fl = strlen(filename);
    if (fl == 0 || lineno < 1) {
        return NULL;
    }
    if (filename[0] == '<' && filename[fl - 1] == '>') {
        char *r = python_cache_line(filename, lineno, len);
        if (r == NULL && pseudo.name != NULL && strcmp(pseudo.name, filename) == 0) {
            pthread_mutex_lock(&linecache_lock);
            r = cached_line(&pseudo.file, lineno, len);
            pthread_mutex_unlock(&linecache_lock);
        }
        return r;
    }
    char *r = NULL;
    pthread_mutex_lock(&linecache_lock);
    cached_file_t *c = cache_load(filename);
    if (c != NULL && lineno <= c->nlines) {
        *len = c->lens[lineno - 1];
        r = wf_mem_alloc((size_t)*len + 1);
        if (r != NULL) {
            memcpy(r, c->data + c->starts[lineno - 1], (size_t)*len);
            r[*len] = '\0';
        }
    }
    pthread_mutex_unlock(&linecache_lock);
    return r;
}

wf_object_t *wf_traceback_source_line(const char *filename, int lineno) {
    wf_ssize_t len = 0;
    char *line = source_line_copy(filename, lineno, &len);
    if (line == NULL) {
        return NULL;
    }
    wf_object_t *s = wf_str_decode_utf8(line, len, "replace");
    wf_mem_free(line);
    if (s == NULL) {
        wf_err_clear();
    }
    return s;
}

// ---------------------------------------------------------------------------------------
// Text in code points

typedef struct {
    uint32_t *cp;
    int len, cap;
} ustr_t;

static int ustr_push(ustr_t *u, uint32_t c) {
    if (u->len == u->cap) {
        int cap = u->cap ? u->cap * 2 : 64;
        uint32_t *p = wf_mem_realloc(u->cp, sizeof(uint32_t) * (size_t)cap);
        if (p == NULL) {
            return -1;
        }
        u->cp = p;
        u->cap = cap;
    }
    u->cp[u->len++] = c;
    return 0;
}

static void ustr_free(ustr_t *u) {
    wf_mem_free(u->cp);
    u->cp = NULL;
    u->len = u->cap = 0;
}

// Decode UTF-8, appending to u; each invalid byte becomes U+FFFD. 0 / -1 (no memory).
static int utf8_decode(ustr_t *u, const char *s, wf_ssize_t n) {
    const unsigned char *p = (const unsigned char *)s;
    wf_ssize_t i = 0;
    while (i < n) {
        uint32_t c = p[i];
        int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        uint32_t cp = extra <= 0 ? c : c & (0x3Fu >> extra);
        int ok = extra >= 0 && i + extra <= n - 1;
        for (int k = 1; ok && k <= extra; k++) {
            if ((p[i + k] & 0xC0) != 0x80) {
                ok = 0;
            } else {
                cp = (cp << 6) | (p[i + k] & 0x3F);
            }
        }
        if (ustr_push(u, ok ? cp : 0xFFFD) < 0) {
            return -1;
        }
        i += ok ? 1 + extra : 1;
    }
    return 0;
}

// Characters in the first `bytes` bytes of a UTF-8 line (CPython decodes with "replace").
static int byte_to_char_offset(const char *s, wf_ssize_t n, wf_ssize_t bytes) {
    if (bytes > n) {
        bytes = n;
    }
    if (bytes < 0) {
        bytes = 0;
    }
    ustr_t u = {0};
    utf8_decode(&u, s, bytes);
    int r = u.len;
    ustr_free(&u);
    return r;
}

static int is_space(uint32_t c) {
    return c < 128 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f))
                   : wf_unicode_isspace(c);
}

// East Asian Wide and Fullwidth characters take two columns on a terminal.
static int wide_char(uint32_t c) {
    static const uint32_t ranges[][2] = {
        {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
        {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
        {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
        {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
        {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
        {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
        {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
        {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
        {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
        {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
        {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
        {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
        {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F320},
        {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
        {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
        {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
        {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4},
        {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
        {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC},
        {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945},
        {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    if (c < 0x1100) {
        return 0;
    }
    for (size_t i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++) {
        if (c >= ranges[i][0] && c <= ranges[i][1]) {
            return 1;
        }
    }
    return 0;
}

// Terminal columns taken by the first `offset` characters of a line (an ASCII line counts
// `offset` even past its end, as CPython does).
static int display_width(const ustr_t *line, int offset) {
    int ascii = 1;
    for (int i = 0; i < line->len; i++) {
        if (line->cp[i] >= 128) {
            ascii = 0;
            break;
        }
    }
    if (ascii) {
        return offset;
    }
    int w = 0;
    for (int i = 0; i < offset && i < line->len; i++) {
        w += wide_char(line->cp[i]) ? 2 : 1;
    }
    return w;
}

static int leading_spaces(const ustr_t *line) {
    int n = 0;
    while (n < line->len && is_space(line->cp[n])) {
        n++;
    }
    return n;
}

static void append_cps(wf_strbuf_t *sb, const uint32_t *cp, int n) {
    for (int i = 0; i < n; i++) {
        wf_strbuf_append_char(sb, cp[i]);
    }
}

// textwrap.dedent over an array of lines (without line endings): whitespace-only lines
// become empty; the longest common leading run of spaces/tabs of the other lines goes.
static void dedent_lines(ustr_t *lines, int n) {
    int have_margin = 0;
    ustr_t *ref = NULL;
    int margin = 0;
    for (int i = 0; i < n; i++) {
        ustr_t *l = &lines[i];
        int k = 0;
        while (k < l->len && (l->cp[k] == ' ' || l->cp[k] == '\t')) {
            k++;
        }
        if (k == l->len) {
            l->len = 0; // whitespace only
            continue;
        }
        if (!have_margin) {
            have_margin = 1;
            ref = l;
            margin = k;
            continue;
        }
        int j = 0;
        while (j < margin && j < k && l->cp[j] == ref->cp[j]) {
            j++;
        }
        margin = j;
    }
    if (margin == 0) {
        return;
    }
    for (int i = 0; i < n; i++) {
        ustr_t *l = &lines[i];
        if (l->len >= margin) {
            memmove(l->cp, l->cp + margin, sizeof(uint32_t) * (size_t)(l->len - margin));
            l->len -= margin;
        }
    }
}

// ---------------------------------------------------------------------------------------
// Caret anchors: where the operator / brackets of the failing expression are

typedef struct {
    int left_line, left_col, right_line, right_col;
} anchors_t;

typedef struct {
    ustr_t *lines;
    int n;
} seglines_t;

static char *encode_utf8(const uint32_t *cp, int n, wf_ssize_t *len) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    append_cps(&sb, cp, n);
    wf_object_t *s = wf_strbuf_finish(&sb);
    if (s == NULL) {
        wf_err_clear();
        return NULL;
    }
    wf_ssize_t l;
    const char *u = wf_str_as_utf8(s, &l);
    char *r = u != NULL ? wf_mem_alloc((size_t)l + 1) : NULL;
    if (r != NULL) {
        memcpy(r, u, (size_t)l + 1);
        *len = l;
    }
    wf_err_clear();
    WF_DECREF(s);
    return r;
}

// Character column of byte offset `off` in segment line `ln`; -1 if out of range.
static int seg_normalize(seglines_t *sl, int ln, int off) {
    if (ln < 0 || ln >= sl->n) {
        return -1;
    }
    wf_ssize_t blen;
    char *b = encode_utf8(sl->lines[ln].cp, sl->lines[ln].len, &blen);
    if (b == NULL) {
        return -1;
    }
    int r = byte_to_char_offset(b, blen, off);
    wf_mem_free(b);
    return r;
}

// next_valid_char: move past the end of lines; 0 ok, -1 when running off the segment.
static int seg_valid(seglines_t *sl, int *ln, int *col) {
    while (*ln < sl->n && *col >= sl->lines[*ln].len) {
        *col = 0;
        (*ln)++;
    }
    return *ln < sl->n ? 0 : -1;
}

// increment_until: advance to the first character satisfying `stop` (skipping the rest of
// a line at '\\' or '#'). kind 0: non-space and not ')'; otherwise the character itself.
static int seg_advance(seglines_t *sl, int *ln, int *col, uint32_t stop_char) {
    for (;;) {
        if (*ln >= sl->n || *col >= sl->lines[*ln].len) {
            return -1;
        }
        uint32_t ch = sl->lines[*ln].cp[*col];
        if (ch == '\\' || ch == '#') {
            *col = 0;
            (*ln)++;
            if (seg_valid(sl, ln, col) < 0) {
                return -1;
            }
            continue;
        }
        int stop = stop_char == 0 ? (!is_space(ch) && ch != ')') : ch == stop_char;
        if (stop) {
            return 0;
        }
        (*col)++;
        if (seg_valid(sl, ln, col) < 0) {
            return -1;
        }
    }
}

static int setup_position(seglines_t *sl, wf_ast_expr_t *e, int force_valid, int *ln, int *col) {
    *ln = e->end_lineno - 2;
    *col = seg_normalize(sl, *ln, e->end_col_offset);
    if (*col < 0) {
        return -1;
    }
    return force_valid ? seg_valid(sl, ln, col) : 0;
}

static int find_anchors(const ustr_t *segment, anchors_t *out) {
    // Split the segment into lines.
    ustr_t lines[64];
    int n = 0;
    memset(lines, 0, sizeof(lines));
    int start = 0;
    for (int i = 0; i <= segment->len; i++) {
        if (i == segment->len || segment->cp[i] == '\n') {
            if (i == segment->len && i == start && n > 0) {
                break; // splitlines drops a final empty piece
            }
            if (n == 64) {
                goto fail;
            }
            for (int k = start; k < i; k++) {
                if (ustr_push(&lines[n], segment->cp[k]) < 0) {
                    goto fail;
                }
            }
            n++;
            start = i + 1;
        }
    }
    wf_ssize_t blen;
    char *body = encode_utf8(segment->cp, segment->len, &blen);
    if (body == NULL) {
        goto fail;
    }
    char *src = wf_mem_alloc((size_t)blen + 5);
    if (src == NULL) {
        wf_mem_free(body);
        goto fail;
    }
    memcpy(src, "(\n", 2);
    memcpy(src + 2, body, (size_t)blen);
    memcpy(src + 2 + blen, "\n)", 3);
    wf_mem_free(body);
    wf_arena_t *arena = wf_arena_new();
    wf_parse_error_t err;
    memset(&err, 0, sizeof(err));
    wf_ast_mod_t *mod = arena != NULL ? wf_parse(arena, src, (size_t)blen + 4, "<string>",
                                                 WF_PARSE_FILE | WF_PARSE_FLAG_STR_INPUT, &err)
                                      : NULL;
    wf_mem_free(src);
    int found = -1;
    seglines_t sl = {lines, n};
    if (mod != NULL && mod->kind == WF_AST_Module && mod->v.Module.body.len == 1 &&
        mod->v.Module.body.items[0]->kind == WF_AST_Expr) {
        wf_ast_expr_t *e = mod->v.Module.body.items[0]->v.Expr.value;
        int ln, col;
        if (e->kind == WF_AST_BinOp) {
            wf_ast_expr_t *right = e->v.BinOp.right;
            if (setup_position(&sl, e->v.BinOp.left, 1, &ln, &col) == 0 &&
                seg_advance(&sl, &ln, &col, 0) == 0) {
                int rc = col + 1;
                int rline = right->lineno - 2;
                int rcol = rline > ln ? 0 : seg_normalize(&sl, rline, right->col_offset);
                if (rc < lines[ln].len && (rline > ln || rc < rcol) &&
                    !is_space(lines[ln].cp[rc]) && lines[ln].cp[rc] != '\\' &&
                    lines[ln].cp[rc] != '#') {
                    rc++;
                }
                *out = (anchors_t){ln, col, ln, rc};
                found = 0;
            }
        } else if (e->kind == WF_AST_Subscript || e->kind == WF_AST_Call) {
            wf_ast_expr_t *inner =
                e->kind == WF_AST_Subscript ? e->v.Subscript.value : e->v.Call.func;
            uint32_t bracket = e->kind == WF_AST_Subscript ? '[' : '(';
            int rl, rcol;
            if (setup_position(&sl, inner, 1, &ln, &col) == 0 &&
                seg_advance(&sl, &ln, &col, bracket) == 0 &&
                setup_position(&sl, e, 0, &rl, &rcol) == 0) {
                *out = (anchors_t){ln, col, rl, rcol};
                found = 0;
            }
        }
    }
    if (mod == NULL) {
        wf_parse_error_clear(&err);
    }
    wf_arena_free(arena);
    for (int i = 0; i < n; i++) {
        ustr_free(&lines[i]);
    }
    return found;
fail:
    for (int i = 0; i < 64; i++) {
        ustr_free(&lines[i]);
    }
    return -1;
}

// CPython hides the carets when they would mark the whole line, and for `return f(...)` /
// `x = f(...)` where the call spans the whole statement.
static int should_show_carets(int start, int end, ustr_t *all, int n, int have_anchors) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            wf_strbuf_append_cstr(&sb, "\n");
        }
        append_cps(&sb, all[i].cp, all[i].len);
    }
    wf_object_t *s = wf_strbuf_finish(&sb);
    if (s != NULL) {
        wf_ssize_t len;
        const char *src = wf_str_as_utf8(s, &len);
        wf_arena_t *arena = src != NULL ? wf_arena_new() : NULL;
        wf_parse_error_t err;
        memset(&err, 0, sizeof(err));
        wf_ast_mod_t *mod = arena != NULL ? wf_parse(arena, src, (size_t)len, "<string>",
                                                     WF_PARSE_FILE | WF_PARSE_FLAG_STR_INPUT, &err)
                                          : NULL;
        int hide = -1;
        if (mod != NULL && mod->kind == WF_AST_Module) {
            if (mod->v.Module.body.len == 0) {
                hide = 1;
            } else {
                wf_ast_stmt_t *st = mod->v.Module.body.items[0];
                wf_ast_expr_t *value = NULL;
                if (st->kind == WF_AST_Return && st->v.Return.value != NULL &&
                    st->v.Return.value->kind == WF_AST_Call &&
                    st->v.Return.value->v.Call.func->kind == WF_AST_Name) {
                    value = st->v.Return.value;
                } else if (st->kind == WF_AST_Assign && st->v.Assign.value->kind == WF_AST_Call &&
                           st->v.Assign.targets.len == 1 &&
                           st->v.Assign.targets.items[0]->kind == WF_AST_Name) {
                    value = st->v.Assign.value;
                }
                if (value != NULL && value->lineno == 1 && value->end_lineno == n &&
                    value->col_offset == start && value->end_col_offset == end) {
                    hide = 1;
                }
            }
        } else if (mod == NULL) {
            wf_parse_error_clear(&err);
        }
        wf_arena_free(arena);
        WF_DECREF(s);
        if (hide == 1) {
            return 0;
        }
    }
    wf_err_clear();
    if (have_anchors) {
        return 1;
    }
    for (int i = 0; i < start && i < all[0].len; i++) {
        if (!is_space(all[0].cp[i])) {
            return 1;
        }
    }
    for (int i = end < 0 ? 0 : end; i < all[n - 1].len; i++) {
        if (!is_space(all[n - 1].cp[i])) {
            return 1;
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// One frame of a traceback

typedef struct {
    ustr_t *all; // dedented lines
    int n;
    int show;
    int have_anchors;
    anchors_t a; // in display columns, lines relative to all[]
    int dp_start, dp_end;
} caret_info_t;

static int push_line(ustr_t **out, int *nout, int *cap, const ustr_t *src) {
    if (*nout == *cap) {
        int c = *cap ? *cap * 2 : 8;
        ustr_t *p = wf_mem_realloc(*out, sizeof(ustr_t) * (size_t)c);
        if (p == NULL) {
            return -1;
        }
        *out = p;
        *cap = c;
    }
    ustr_t copy = {0};
    for (int i = 0; i < src->len; i++) {
        if (ustr_push(&copy, src->cp[i]) < 0) {
            ustr_free(&copy);
            return -1;
        }
    }
    (*out)[(*nout)++] = copy;
    return 0;
}

// output_line(): the source line and, when shown, its caret line.
static int output_line(caret_info_t *ci, int ln, ustr_t **out, int *nout, int *cap) {
    if (push_line(out, nout, cap, &ci->all[ln]) < 0) {
        return -1;
    }
    if (!ci->show) {
        return 0;
    }
    const ustr_t *line = &ci->all[ln];
    int num_spaces = leading_spaces(line);
    int num = ln == ci->n - 1 ? ci->dp_end : display_width(line, line->len);
    ustr_t carets = {0};
    for (int col = 0; col < num; col++) {
        uint32_t ch;
        if (col < num_spaces || (ln == 0 && col < ci->dp_start)) {
            ch = ' ';
        } else if (ci->have_anchors &&
                   (ln > ci->a.left_line || (ln == ci->a.left_line && col >= ci->a.left_col)) &&
                   (ln < ci->a.right_line || (ln == ci->a.right_line && col < ci->a.right_col))) {
            ch = '^';
        } else {
            ch = ci->have_anchors ? '~' : '^';
        }
        if (ustr_push(&carets, ch) < 0) {
            ustr_free(&carets);
            return -1;
        }
    }
    int r = push_line(out, nout, cap, &carets);
    ustr_free(&carets);
    return r;
}

// The source part of a frame: lines [lineno, end_lineno] with the expression marked.
static void format_source(wf_strbuf_t *sb, ustr_t *orig, int n, int colno, int end_colno) {
    // Original lines as UTF-8 for the byte -> character conversion of the columns.
    wf_ssize_t b0len, blen;
    char *b0 = encode_utf8(orig[0].cp, orig[0].len, &b0len);
    char *bl = encode_utf8(orig[n - 1].cp, orig[n - 1].len, &blen);
    if (b0 == NULL || bl == NULL) {
        wf_mem_free(b0);
        wf_mem_free(bl);
        return;
    }
    int start = byte_to_char_offset(b0, b0len, colno);
    int end = byte_to_char_offset(bl, blen, end_colno);
    wf_mem_free(b0);
    wf_mem_free(bl);
    ustr_t *all = wf_mem_calloc((size_t)n, sizeof(ustr_t));
    if (all == NULL) {
        return;
    }
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < orig[i].len; k++) {
            ustr_push(&all[i], orig[i].cp[k]);
        }
    }
    dedent_lines(all, n);
    int dedent = orig[0].len - all[0].len;
    start = start - dedent < 0 ? 0 : start - dedent;
    end = end - dedent < 0 ? 0 : end - dedent;
    caret_info_t ci = {all, n, 0, 0, {0, 0, 0, 0}, 0, 0};
    ci.dp_start = display_width(&all[0], start);
    ci.dp_end = display_width(&all[n - 1], end);
    // The expression's text: joined lines cut at start (first line) and end (last line).
    ustr_t joined = {0};
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            ustr_push(&joined, '\n');
        }
        for (int k = 0; k < all[i].len; k++) {
            ustr_push(&joined, all[i].cp[k]);
        }
    }
    int stop = joined.len - (all[n - 1].len - end);
    if (stop > joined.len) {
        stop = joined.len;
    }
    ustr_t segment = {0};
    for (int i = start; i < stop; i++) {
        ustr_push(&segment, joined.cp[i]);
    }
    ustr_free(&joined);
    anchors_t a;
    if (segment.len > 0 && find_anchors(&segment, &a) == 0 && a.left_line < n && a.right_line < n) {
        ci.have_anchors = 1;
        if (a.left_line == 0) {
            a.left_col += start;
        }
        if (a.right_line == 0) {
            a.right_col += start;
        }
        a.left_col = display_width(&all[a.left_line], a.left_col);
        a.right_col = display_width(&all[a.right_line], a.right_col);
        ci.a = a;
    }
    ustr_free(&segment);
    wf_err_clear();
    ci.show = should_show_carets(start, end, all, n, ci.have_anchors);
    // Significant lines: first, last and those around the anchors.
    char *sig = wf_mem_calloc((size_t)n, 1);
    ustr_t *out = NULL;
    int nout = 0, cap = 0;
    if (sig != NULL) {
        sig[0] = sig[n - 1] = 1;
        if (ci.have_anchors) {
            for (int d = -1; d <= 1; d++) {
                if (ci.a.left_line + d >= 0 && ci.a.left_line + d < n) {
                    sig[ci.a.left_line + d] = 1;
                }
                if (ci.a.right_line + d >= 0 && ci.a.right_line + d < n) {
                    sig[ci.a.right_line + d] = 1;
                }
            }
        }
        int prev = -1;
        for (int ln = 0; ln < n; ln++) {
            if (!sig[ln]) {
                continue;
            }
            if (prev >= 0) {
                int diff = ln - prev;
                if (diff == 2) {
                    output_line(&ci, ln - 1, &out, &nout, &cap);
                } else if (diff > 2) {
                    char buf[64];
                    snprintf(buf, sizeof(buf), "...<%d lines>...", diff - 1);
                    ustr_t u = {0};
                    utf8_decode(&u, buf, (wf_ssize_t)strlen(buf));
                    push_line(&out, &nout, &cap, &u);
                    ustr_free(&u);
                }
            }
            output_line(&ci, ln, &out, &nout, &cap);
            prev = ln;
        }
    }
    dedent_lines(out, nout);
    for (int i = 0; i < nout; i++) {
        wf_strbuf_append_cstr(sb, "    ");
        append_cps(sb, out[i].cp, out[i].len);
        wf_strbuf_append_cstr(sb, "\n");
        ustr_free(&out[i]);
    }
    wf_mem_free(out);
    wf_mem_free(sig);
    for (int i = 0; i < n; i++) {
        ustr_free(&all[i]);
    }
    wf_mem_free(all);
}

// Python's str.rstrip() on a UTF-8 line.
static void rstrip(ustr_t *u) {
    while (u->len > 0 && is_space(u->cp[u->len - 1])) {
        u->len--;
    }
}

static void format_frame(wf_strbuf_t *sb, wf_object_t *filename, int lineno, int end_lineno,
                         int colno, int end_colno, wf_object_t *name) {
    wf_strbuf_append_cstr(sb, "  File \"");
    wf_strbuf_append_str(sb, filename);
    if (lineno < 0) {
        wf_strbuf_append_cstr(sb, "\", line None, in ");
    } else {
        wf_strbuf_append_format(sb, "\", line %d, in ", lineno);
    }
    wf_strbuf_append_str(sb, name);
    wf_strbuf_append_cstr(sb, "\n");
    if (lineno < 0) {
        return;
    }
    if (end_lineno < 0) {
        end_lineno = lineno;
    }
    int n = end_lineno - lineno + 1;
    if (n <= 0 || n > 10000) {
        return;
    }
    const char *fname = wf_str_as_utf8(filename, NULL);
    if (fname == NULL) {
        wf_err_clear();
        return;
    }
    ustr_t *orig = wf_mem_calloc((size_t)n, sizeof(ustr_t));
    if (orig == NULL) {
        return;
    }
    int any = 0;
    for (int i = 0; i < n; i++) {
        wf_ssize_t len = 0;
        char *line = source_line_copy(fname, lineno + i, &len);
        if (line != NULL) {
            utf8_decode(&orig[i], line, len);
            wf_mem_free(line);
        }
        rstrip(&orig[i]);
        if (orig[i].len > 0) {
            any = 1;
        }
    }
    if (any) {
        if (colno < 0 || end_colno < 0) {
            // No columns: only the first line, stripped.
            int s = leading_spaces(&orig[0]);
            if (orig[0].len > s) {
                wf_strbuf_append_cstr(sb, "    ");
                append_cps(sb, orig[0].cp + s, orig[0].len - s);
            }
            wf_strbuf_append_cstr(sb, "\n");
        } else {
            format_source(sb, orig, n, colno, end_colno);
        }
    }
    for (int i = 0; i < n; i++) {
        ustr_free(&orig[i]);
    }
    wf_mem_free(orig);
}

// Which traceback entries to show. The interpreter's printer keeps the last
// sys.tracebacklimit entries; the traceback module passes its own `limit`: the first
// `limit` entries when it is >= 0, the last -limit when it is negative.
typedef struct {
    int given;      // use `limit` instead of sys.tracebacklimit
    int64_t limit;
} tblimit_t;

// The "Traceback (most recent call last):" body: one entry per traceback level, honouring
// the limit, with runs of the same frame and line folded. Returns 0 when no entry shows.
static int format_stack(wf_strbuf_t *sb, wf_object_t *tb, int plain, const tblimit_t *lim) {
    wf_ssize_t count = 0;
    for (wf_object_t *t = tb; t != NULL; t = TB(t)->next) {
        count++;
    }
    wf_ssize_t skip = 0, end = count;
    wf_object_t *limit = lim != NULL && lim->given ? NULL : wf_sys_get_object("tracebacklimit");
    if (lim != NULL && lim->given) {
        if (lim->limit >= 0) {
            end = lim->limit < count ? (wf_ssize_t)lim->limit : count;
        } else if (-lim->limit < count) {
            skip = count + (wf_ssize_t)lim->limit;
        }
    } else if (limit != NULL && WF_INT_CHECK(limit)) {
        int64_t l = 0;
        if (wf_int_as_i64(limit, &l) < 0) {
            wf_err_clear();
            l = INT64_MAX;
        }
        if (l < 0) {
            l = 0;
        }
        if (l < count) {
            skip = count - (wf_ssize_t)l;
        }
    }
    if (end - skip <= 0) {
        return 0;
    }
    wf_object_t *last_file = NULL, *last_name = NULL;
    int last_line = -2, repeat = 0;
    wf_ssize_t i = 0;
    for (wf_object_t *t = tb; t != NULL && i < end; t = TB(t)->next, i++) {
        if (i < skip) {
            continue;
        }
        wf_frame_t *f = ((wf_frameobj_t *)TB(t)->frame)->frame;
        if (f == NULL || f->code == NULL) {
            continue;
        }
        int pos[4] = {-1, -1, -1, -1};
        if (TB(t)->lasti >= 0) {
            wf_frame_code_positions(f->code, TB(t)->lasti, pos);
        }
        if (pos[0] < 0) {
            pos[0] = wf_traceback_lineno(t);
            pos[1] = pos[2] = pos[3] = -1;
        }
        if (plain) {
            pos[1] = pos[0];
            pos[2] = pos[3] = -1; // the interpreter's C printer shows no carets
        }
        wf_object_t *file = wf_frame_code_filename(f->code);
        wf_object_t *name = wf_frame_code_name(f->code);
        if (last_file == NULL || !wf_str_eq(last_file, file) || last_line != pos[0] ||
            !wf_str_eq(last_name, name)) {
            if (repeat > 3) {
                repeat -= 3;
                wf_strbuf_append_format(sb, "  [Previous line repeated %d more time%s]\n", repeat,
                                        repeat > 1 ? "s" : "");
            }
            last_file = file;
            last_line = pos[0];
            last_name = name;
            repeat = 0;
        }
        repeat++;
        if (repeat > 3) {
            continue;
        }
        format_frame(sb, file, pos[0], pos[1], pos[2], pos[3], name);
    }
    if (repeat > 3) {
        repeat -= 3;
        wf_strbuf_append_format(sb, "  [Previous line repeated %d more time%s]\n", repeat,
                                repeat > 1 ? "s" : "");
    }
    return 1;
}

// ---------------------------------------------------------------------------------------
// The exception line(s)

// str(v) or "<what str() failed>"; appended to sb.
static void append_safe(wf_strbuf_t *sb, wf_object_t *v, const char *what, int use_repr) {
    wf_object_t *s = use_repr ? wf_repr(v) : wf_str(v);
    if (s == NULL || !WF_STR_CHECK(s)) {
        wf_err_clear();
        wf_strbuf_append_format(sb, "<%s %s() failed>", what, use_repr ? "repr" : "str");
    } else {
        wf_strbuf_append_str(sb, s);
    }
    WF_XDECREF(s);
}

static wf_object_t *safe_str(wf_object_t *v, const char *what) {
    wf_object_t *s = wf_str(v);
    if (s == NULL || !WF_STR_CHECK(s)) {
        wf_err_clear();
        WF_XDECREF(s);
        return wf_str_from_format("<%s str() failed>", what);
    }
    return s;
}

// "module.Qualname", or just the qualname for builtins and __main__.
static wf_object_t *exc_type_str(wf_type_t *t) {
    wf_object_t *qual = wf_getattr(WF_OBJ(t), WF_ID(__qualname__));
    if (qual == NULL) {
        wf_err_clear();
        qual = wf_str_from_cstr(wf_type_short_name(t));
        if (qual == NULL) {
            return NULL;
        }
    }
    wf_object_t *mod = wf_getattr(WF_OBJ(t), WF_ID(__module__));
    if (mod == NULL) {
        wf_err_clear();
    }
    wf_object_t *r;
    if (mod != NULL && WF_STR_CHECK(mod) &&
        (wf_str_eq_cstr(mod, "__main__") || wf_str_eq_cstr(mod, "builtins"))) {
        r = wf_newref(qual);
    } else if (mod != NULL && WF_STR_CHECK(mod)) {
        r = wf_str_from_format("%U.%S", mod, qual);
    } else {
        r = wf_str_from_format("<unknown>.%S", qual);
    }
    WF_XDECREF(mod);
    WF_DECREF(qual);
    return r;
}

// The innermost frame of a traceback (borrowed frame or NULL).
static wf_frame_t *last_frame(wf_object_t *tb) {
    if (tb == NULL) {
        return NULL;
    }
    while (TB(tb)->next != NULL) {
        tb = TB(tb)->next;
    }
    return ((wf_frameobj_t *)TB(tb)->frame)->frame;
}

static int list_extend_keys(wf_object_t *list, wf_object_t *d) {
    if (d == NULL) {
        return 0;
    }
    wf_object_t *keys = WF_DICT_CHECK(d) ? wf_dict_keys_list(d) : wf_sequence_list(d);
    if (keys == NULL) {
        return -1;
    }
    int r = wf_list_extend(list, keys);
    WF_DECREF(keys);
    return r;
}

// Set while formatting for traceback.format_exception_only(), which (as CPython) looks at
// no frame: NameError gets no "Did you mean" there.
static WF_THREAD_LOCAL int without_frames;

// The candidate names and the suggestion for a NameError / AttributeError / ImportError.
static wf_object_t *compute_suggestion(wf_object_t *exc, wf_object_t *wrong) {
    if (wrong == NULL || !WF_STR_CHECK(wrong)) {
        return NULL;
    }
    wf_object_t *tb = without_frames ? NULL : wf_exc_get_traceback(exc);
    wf_object_t *d = NULL;
    int hide_underscored = WF_STR_LEN(wrong) == 0 || wf_str_char(wrong, 0) != '_';
    if (wf_type_check(exc, &wf_exc_AttributeError)) {
        wf_object_t *obj = ((wf_exc_attribute_t *)exc)->obj;
        if (obj == NULL) {
            return NULL;
        }
        d = wf_dir(obj);
        wf_frame_t *f = last_frame(tb);
        if (d != NULL && hide_underscored && f != NULL) {
            wf_object_t *locals = wf_frame_locals_dict(f);
            wf_object_t *self = NULL;
            if (locals != NULL && WF_DICT_CHECK(locals) &&
                wf_dict_get_ref_cstr(locals, "self", &self) > 0) {
                if (self == obj) {
                    hide_underscored = 0;
                }
                WF_DECREF(self);
            }
            WF_XDECREF(locals);
        }
    } else if (wf_type_check(exc, &wf_exc_ImportError)) {
        wf_object_t *modname = ((wf_exc_import_t *)exc)->name;
        wf_object_t *mod =
            modname != NULL && WF_STR_CHECK(modname) ? wf_import_module(modname) : NULL;
        if (mod != NULL) {
            d = wf_dir(mod);
            WF_DECREF(mod);
        }
    } else {
        wf_frame_t *f = last_frame(tb);
        if (f == NULL) {
            return NULL;
        }
        wf_object_t *locals = wf_frame_locals_dict(f);
        d = wf_list_new(0);
        if (d == NULL || locals == NULL || list_extend_keys(d, locals) < 0 ||
            list_extend_keys(d, f->globals) < 0 || list_extend_keys(d, f->builtins) < 0) {
            WF_XDECREF(locals);
            WF_XDECREF(d);
            wf_err_clear();
            return NULL;
        }
        hide_underscored = 0;
        wf_object_t *self = NULL;
        if (WF_DICT_CHECK(locals) && wf_dict_get_ref_cstr(locals, "self", &self) > 0) {
            int has = wf_hasattr(self, wrong);
            WF_DECREF(self);
            if (has > 0) {
                WF_DECREF(locals);
                WF_DECREF(d);
                return wf_str_from_format("self.%U", wrong);
            }
        }
        WF_DECREF(locals);
    }
    if (d == NULL) {
        wf_err_clear();
        return NULL;
    }
    if (hide_underscored) {
        wf_object_t *filtered = wf_list_new(0);
        for (wf_ssize_t i = 0; filtered != NULL && i < WF_LIST_SIZE(d); i++) {
            wf_object_t *s = WF_LIST_ITEMS(d)[i];
            if (WF_STR_CHECK(s) && (WF_STR_LEN(s) == 0 || wf_str_char(s, 0) != '_')) {
                if (wf_list_append(filtered, s) < 0) {
                    WF_CLEAR(filtered);
                }
            }
        }
        WF_DECREF(d);
        d = filtered;
        if (d == NULL) {
            wf_err_clear();
            return NULL;
        }
    }
    wf_object_t *r = wf_suggest_name(d, wrong);
    WF_DECREF(d);
    wf_err_clear();
    return r;
}

// str(exc) plus the "Did you mean" / "Did you forget to import" hints.
static wf_object_t *exc_message(wf_object_t *exc) {
    wf_object_t *s = safe_str(exc, "exception");
    if (s == NULL) {
        return NULL;
    }
    wf_object_t *wrong = NULL;
    int is_name = 0;
    if (wf_type_check(exc, &wf_exc_ImportError)) {
        wrong = ((wf_exc_import_t *)exc)->name_from;
    } else if (wf_type_check(exc, &wf_exc_NameError)) {
        wrong = ((wf_exc_name_t *)exc)->name;
        is_name = 1;
    } else if (wf_type_check(exc, &wf_exc_AttributeError)) {
        wrong = ((wf_exc_attribute_t *)exc)->name;
    }
    if (wrong == NULL || wrong == WF_NONE) {
        return s;
    }
    wf_object_t *saved = wf_err_fetch();
    wf_object_t *sugg = compute_suggestion(exc, wrong);
    if (sugg != NULL) {
        WF_SETREF(s, wf_str_from_format("%U. Did you mean: '%U'?", s, sugg));
        WF_DECREF(sugg);
    }
    if (s != NULL && is_name && WF_STR_CHECK(wrong)) {
        wf_object_t *names = wf_sys_get_object("stdlib_module_names");
        if (names != NULL && wf_contains(names, wrong) > 0) {
            if (sugg != NULL) {
                WF_SETREF(s, wf_str_from_format("%U Or did you forget to import '%U'?", s, wrong));
            } else {
                WF_SETREF(s, wf_str_from_format("%U. Did you forget to import '%U'?", s, wrong));
            }
        }
    }
    wf_err_clear();
    wf_err_restore(saved);
    return s;
}

static int64_t int_or(wf_object_t *v, int64_t dflt) {
    int64_t x;
    if (v == NULL || v == WF_NONE || !WF_INT_CHECK(v) || wf_int_as_i64(v, &x) < 0) {
        wf_err_clear();
        return dflt;
    }
    return x;
}

// The File/text/caret lines and "SyntaxError: msg" of a syntax error.
static void format_syntax_error(wf_strbuf_t *sb, wf_object_t *exc, wf_object_t *stype) {
    wf_exc_syntax_t *se = (wf_exc_syntax_t *)exc;
    int has_lineno = se->lineno != NULL && se->lineno != WF_NONE;
    int has_file = se->filename != NULL && se->filename != WF_NONE;
    int suffix = 0;
    if (has_lineno) {
        wf_strbuf_append_cstr(sb, "  File \"");
        int truthy = has_file ? wf_truthy(se->filename) : 0;
        if (truthy > 0) {
            append_safe(sb, se->filename, "filename", 0);
        } else {
            wf_err_clear();
            wf_strbuf_append_cstr(sb, "<string>");
        }
        wf_strbuf_append_cstr(sb, "\", line ");
        append_safe(sb, se->lineno, "lineno", 0);
        wf_strbuf_append_cstr(sb, "\n");
    } else if (has_file) {
        suffix = 1;
    }
    if (se->text != NULL && se->text != WF_NONE && WF_STR_CHECK(se->text)) {
        ustr_t text = {0};
        wf_ssize_t tl;
        const char *t = wf_str_as_utf8(se->text, &tl);
        if (t != NULL) {
            utf8_decode(&text, t, tl);
        }
        wf_err_clear();
        int tlen = text.len;
        int rlen = tlen;
        while (rlen > 0 && text.cp[rlen - 1] == '\n') {
            rlen--;
        }
        int lstart = 0;
        while (lstart < rlen &&
               (text.cp[lstart] == ' ' || text.cp[lstart] == '\n' || text.cp[lstart] == '\f')) {
            lstart++;
        }
        int spaces = lstart;
        wf_strbuf_append_cstr(sb, "    ");
        append_cps(sb, text.cp + lstart, rlen - lstart);
        wf_strbuf_append_cstr(sb, "\n");
        if (se->offset != NULL && se->offset != WF_NONE) {
            int64_t offset = int_or(se->offset, 0);
            int64_t end_offset;
            int same_line = (se->end_lineno == NULL || se->end_lineno == WF_NONE)
                                ? 0
                                : wf_richcompare_bool(se->lineno, se->end_lineno, WF_EQ) > 0;
            wf_err_clear();
            if (same_line) {
                end_offset = int_or(se->end_offset, 0);
                if (end_offset == 0) {
                    end_offset = offset;
                }
            } else {
                end_offset = rlen + 1;
            }
            if (tlen > 0 && offset > tlen) {
                offset = rlen + 1;
            }
            if (tlen > 0 && end_offset > tlen) {
                end_offset = rlen + 1;
            }
            if (offset >= end_offset || end_offset < 0) {
                end_offset = offset + 1;
            }
            int64_t colno = offset - 1 - spaces, end_colno = end_offset - 1 - spaces;
            if (colno >= 0) {
                wf_strbuf_append_cstr(sb, "    ");
                for (int64_t i = 0; i < colno && lstart + i < rlen; i++) {
                    uint32_t c = text.cp[lstart + i];
                    wf_strbuf_append_char(sb, is_space(c) ? c : ' ');
                }
                for (int64_t i = colno; i < end_colno; i++) {
                    wf_strbuf_append_cstr(sb, "^");
                }
                wf_strbuf_append_cstr(sb, "\n");
            }
        }
        ustr_free(&text);
    }
    wf_strbuf_append_str(sb, stype);
    wf_strbuf_append_cstr(sb, ": ");
    int msg_truthy = se->msg != NULL ? wf_truthy(se->msg) : 0;
    if (msg_truthy > 0) {
        append_safe(sb, se->msg, "msg", 0);
    } else {
        wf_err_clear();
        wf_strbuf_append_cstr(sb, "<no detail available>");
    }
    if (suffix) {
        wf_strbuf_append_cstr(sb, " (");
        append_safe(sb, se->filename, "filename", 0);
        wf_strbuf_append_cstr(sb, ")");
    }
    wf_strbuf_append_cstr(sb, "\n");
}

static void format_notes(wf_strbuf_t *sb, wf_object_t *exc) {
    wf_object_t *notes = NULL;
    if (wf_getattr_opt(exc, WF_ID(__notes__), &notes) < 0) {
        wf_object_t *e = wf_err_fetch();
        wf_strbuf_append_cstr(sb, "Ignored error getting __notes__: ");
        append_safe(sb, e, "__notes__", 1);
        wf_strbuf_append_cstr(sb, "\n");
        WF_XDECREF(e);
        return;
    }
    if (notes == NULL) {
        return;
    }
    if (WF_LIST_CHECK(notes) || WF_TUPLE_CHECK(notes)) {
        wf_object_t *items = wf_sequence_list(notes);
        for (wf_ssize_t i = 0; items != NULL && i < WF_LIST_SIZE(items); i++) {
            wf_object_t *s = safe_str(WF_LIST_ITEMS(items)[i], "note");
            if (s != NULL) {
                wf_strbuf_append_str(sb, s);
                wf_strbuf_append_cstr(sb, "\n");
                WF_DECREF(s);
            }
        }
        WF_XDECREF(items);
    } else {
        append_safe(sb, notes, "__notes__", 1);
        wf_strbuf_append_cstr(sb, "\n");
    }
    WF_DECREF(notes);
    wf_err_clear();
}

// format_exception_only() of one exception (no chain).
static void format_exception_only(wf_strbuf_t *sb, wf_object_t *exc) {
    wf_object_t *stype = exc_type_str(WF_TYPE(exc));
    if (stype == NULL) {
        wf_err_clear();
        return;
    }
    if (wf_type_check(exc, &wf_exc_SyntaxError)) {
        format_syntax_error(sb, exc, stype);
    } else {
        wf_object_t *msg = exc_message(exc);
        wf_strbuf_append_str(sb, stype);
        if (msg != NULL && WF_STR_LEN(msg) > 0) {
            wf_strbuf_append_cstr(sb, ": ");
            wf_strbuf_append_str(sb, msg);
        }
        wf_strbuf_append_cstr(sb, "\n");
        WF_XDECREF(msg);
    }
    WF_DECREF(stype);
    format_notes(sb, exc);
}

// ---------------------------------------------------------------------------------------
// Chains and exception groups

typedef struct {
    wf_strbuf_t out;
    int depth; // exception group nesting
    int need_close;
    wf_object_t **seen;
    int nseen, capseen;
    tblimit_t limit;
    int no_chain;   // this exception only, not its cause or context
} pctx_t;

static int seen_has(pctx_t *c, wf_object_t *e) {
    for (int i = 0; i < c->nseen; i++) {
        if (c->seen[i] == e) {
            return 1;
        }
    }
    return 0;
}

static void seen_add(pctx_t *c, wf_object_t *e) {
    if (c->nseen == c->capseen) {
        int cap = c->capseen ? c->capseen * 2 : 16;
        wf_object_t **p = wf_mem_realloc(c->seen, sizeof(wf_object_t *) * (size_t)cap);
        if (p == NULL) {
            return;
        }
        c->seen = p;
        c->capseen = cap;
    }
    c->seen[c->nseen++] = e;
}

// Write `text` with the group indentation ("  " per level and a margin character) in
// front of every line.
static void emit(pctx_t *c, wf_object_t *text, char margin) {
    if (text == NULL) {
        return;
    }
    wf_ssize_t len;
    const char *s = wf_str_as_utf8(text, &len);
    if (s == NULL) {
        wf_err_clear();
        return;
    }
    if (c->depth == 0) {
        wf_strbuf_append_utf8(&c->out, s, len);
        return;
    }
    wf_ssize_t i = 0;
    while (i < len) {
        for (int k = 0; k < 2 * c->depth; k++) {
            wf_strbuf_append_cstr(&c->out, " ");
        }
        char m[3] = {margin ? margin : '|', ' ', 0};
        wf_strbuf_append_cstr(&c->out, m);
        wf_ssize_t j = i;
        while (j < len && s[j] != '\n') {
            j++;
        }
        wf_strbuf_append_utf8(&c->out, s + i, j - i + (j < len ? 1 : 0));
        i = j + 1;
    }
}

static void emit_cstr(pctx_t *c, const char *text, char margin) {
    wf_object_t *s = wf_str_from_cstr(text);
    emit(c, s, margin);
    WF_XDECREF(s);
    wf_err_clear();
}

static void emit_buf(pctx_t *c, wf_strbuf_t *sb, char margin) {
    wf_object_t *s = wf_strbuf_finish(sb);
    if (s == NULL) {
        wf_err_clear();
        return;
    }
    emit(c, s, margin);
    WF_DECREF(s);
}

static void raw_indent(pctx_t *c) {
    for (int k = 0; k < 2 * c->depth; k++) {
        wf_strbuf_append_cstr(&c->out, " ");
    }
}

static const char cause_message[] =
    "\nThe above exception was the direct cause of the following exception:\n\n";
static const char context_message[] =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void format_exc(pctx_t *c, wf_object_t *exc);

static void format_group(pctx_t *c, wf_object_t *exc) {
    int toplevel = c->depth == 0;
    if (toplevel) {
        c->depth++;
    }
    wf_object_t *tb = wf_exc_get_traceback(exc);
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    if (tb != NULL && format_stack(&sb, tb, 0, &c->limit)) {
        emit_cstr(c, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : 0);
        emit_buf(c, &sb, 0);
    } else {
        wf_strbuf_discard(&sb);
    }
    wf_strbuf_init(&sb);
    format_exception_only(&sb, exc);
    emit_buf(c, &sb, 0);
    wf_object_t *excs = NULL;
    if (wf_getattr_opt(exc, wf_str_intern_cstr("exceptions"), &excs) <= 0 ||
        !WF_TUPLE_CHECK(excs)) {
        wf_err_clear();
        WF_XDECREF(excs);
        if (toplevel) {
            c->depth = 0;
        }
        return;
    }
    wf_ssize_t num = WF_TUPLE_SIZE(excs);
    wf_ssize_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        int last = i == n - 1;
        if (last) {
            c->need_close = 1;
        }
        int truncated = i >= MAX_GROUP_WIDTH;
        raw_indent(c);
        wf_strbuf_append_cstr(&c->out, i == 0 ? "+-" : "  ");
        if (truncated) {
            wf_strbuf_append_cstr(&c->out, "+---------------- ... ----------------\n");
        } else {
            wf_strbuf_append_format(&c->out, "+---------------- %zd ----------------\n", i + 1);
        }
        c->depth++;
        if (!truncated) {
            format_exc(c, WF_TUPLE_GET(excs, i));
        } else {
            wf_ssize_t remaining = num - MAX_GROUP_WIDTH;
            char buf[64];
            snprintf(buf, sizeof(buf), "and %zd more exception%s\n", remaining,
                     remaining > 1 ? "s" : "");
            emit_cstr(c, buf, 0);
        }
        if (last && c->need_close) {
            raw_indent(c);
            wf_strbuf_append_cstr(&c->out, "+------------------------------------\n");
            c->need_close = 0;
        }
        c->depth--;
    }
    WF_DECREF(excs);
    if (toplevel) {
        c->depth = 0;
    }
}

static void format_exc(pctx_t *c, wf_object_t *exc) {
    // The chain, innermost (this exception) first.
    wf_object_t *chain[256];
    const char *msgs[256];
    int n = 0;
    seen_add(c, exc);
    for (wf_object_t *e = exc; e != NULL && n < 256;) {
        wf_exc_base_t *b = (wf_exc_base_t *)e;
        wf_object_t *next = NULL;
        const char *msg = NULL;
        if (c->no_chain) {
            // no cause or context
        } else if (b->cause != NULL && b->cause != WF_NONE && WF_EXC_CHECK(b->cause) &&
            !seen_has(c, b->cause)) {
            next = b->cause;
            msg = cause_message;
        } else if (!b->suppress_context && b->context != NULL && b->context != WF_NONE &&
                   WF_EXC_CHECK(b->context) && !seen_has(c, b->context)) {
            next = b->context;
            msg = context_message;
        }
        chain[n] = e;
        msgs[n] = msg;
        n++;
        if (next != NULL) {
            seen_add(c, next);
        }
        e = next;
    }
    for (int i = n - 1; i >= 0; i--) {
        wf_object_t *e = chain[i];
        if (wf_type_check(e, &wf_exc_BaseExceptionGroup)) {
            if (c->depth > MAX_GROUP_DEPTH) {
                char buf[64];
                snprintf(buf, sizeof(buf), "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
                emit_cstr(c, buf, 0);
            } else {
                format_group(c, e);
            }
        } else {
            wf_object_t *tb = wf_exc_get_traceback(e);
            wf_strbuf_t sb;
            wf_strbuf_init(&sb);
            if (tb != NULL && format_stack(&sb, tb, 0, &c->limit)) {
                emit_cstr(c, "Traceback (most recent call last):\n", 0);
                emit_buf(c, &sb, 0);
            } else {
                wf_strbuf_discard(&sb);
            }
            wf_strbuf_init(&sb);
            format_exception_only(&sb, e);
            emit_buf(c, &sb, 0);
        }
        if (i > 0 && msgs[i - 1] != NULL) {
            emit_cstr(c, msgs[i - 1], 0);
        }
    }
}

wf_object_t *wf_traceback_format_frame(wf_object_t *filename, int lineno, int end_lineno,
                                       int colno, int end_colno, wf_object_t *name) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    format_frame(&sb, filename, lineno, end_lineno, colno, end_colno, name);
    return wf_strbuf_finish(&sb);
}

wf_object_t *wf_traceback_format_exception_only(wf_object_t *exc) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    without_frames++;
    format_exception_only(&sb, exc);
    without_frames--;
    return wf_strbuf_finish(&sb);
}

wf_object_t *wf_traceback_format_exception_only_framed(wf_object_t *exc) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    format_exception_only(&sb, exc);
    return wf_strbuf_finish(&sb);
}

wf_object_t *wf_traceback_format_exception(wf_object_t *exc) {
    return wf_traceback_format_exception_ex(exc, 0, 0, 1);
}

wf_object_t *wf_traceback_format_exception_ex(wf_object_t *exc, int limit_given, int64_t limit,
                                              int chain) {
    pctx_t c;
    memset(&c, 0, sizeof(c));
    c.limit.given = limit_given;
    c.limit.limit = limit;
    c.no_chain = !chain;
    wf_strbuf_init(&c.out);
    wf_object_t *saved = wf_err_fetch();
    format_exc(&c, exc);
    wf_mem_free(c.seen);
    wf_err_clear();
    wf_err_restore(saved);
    return wf_strbuf_finish(&c.out);
}

// ---------------------------------------------------------------------------------------
// Printing

static void write_fd2(wf_object_t *text) {
    wf_ssize_t len;
    const char *s = wf_str_as_utf8(text, &len);
    if (s == NULL) {
        wf_err_clear();
        return;
    }
    while (len > 0) {
        ssize_t w = write(2, s, (size_t)len);
        if (w <= 0) {
            break;
        }
        s += w;
        len -= w;
    }
}

// Write to a file object (one write() call, then flush()), or to fd 2 without one.
static void write_text(wf_object_t *text, wf_object_t *file) {
    if (file == NULL || file == WF_NONE) {
        write_fd2(text);
        return;
    }
    wf_object_t *r = wf_call_method(file, WF_ID(write), &text, 1);
    if (r == NULL) {
        wf_err_clear();
        write_fd2(text);
    }
    WF_XDECREF(r);
    r = wf_call_method(file, WF_ID(flush), NULL, 0);
    WF_XDECREF(r);
    wf_err_clear();
}

void wf_err_display(wf_object_t *exc, wf_object_t *file) {
    if (exc == NULL) {
        return;
    }
    wf_object_t *saved = wf_err_fetch();
    wf_object_t *text = NULL;
    if (WF_EXC_CHECK(exc)) {
        text = wf_traceback_format_exception(exc);
    } else {
        text = wf_str_from_format("TypeError: print_exception(): Exception expected for value, "
                                  "%s found\n",
                                  wf_type_short_name(WF_TYPE(exc)));
    }
    if (text == NULL) {
        wf_err_clear();
        wf_err_restore(saved);
        return;
    }
    write_text(text, file);
    WF_DECREF(text);
    wf_err_restore(saved);
}

void wf_err_print(void) {
    wf_object_t *exc = wf_err_fetch();
    if (exc == NULL) {
        return;
    }
    wf_object_t *tb = WF_EXC_CHECK(exc) ? wf_exc_get_traceback(exc) : NULL;
    wf_object_t *type = WF_OBJ(WF_TYPE(exc));
    wf_sys_set_object("last_exc", exc);
    wf_sys_set_object("last_type", type);
    wf_sys_set_object("last_value", exc);
    wf_sys_set_object("last_traceback", tb != NULL ? tb : WF_NONE);
    wf_err_clear();
    wf_object_t *hook = wf_sys_get_object("excepthook");
    wf_object_t *err = wf_sys_get_object("stderr");
    if (hook != NULL && hook != WF_NONE) {
        wf_object_t *args[3] = {type, exc, tb != NULL ? tb : WF_NONE};
        wf_object_t *r = wf_vectorcall(hook, args, 3, NULL);
        if (r != NULL) {
            WF_DECREF(r);
            WF_DECREF(exc);
            return;
        }
        wf_object_t *hook_exc = wf_err_fetch();
        wf_object_t *msg = wf_str_from_cstr("Error in sys.excepthook:\n");
        if (msg != NULL) {
            wf_object_t *r2 = err != NULL ? wf_call_method(err, WF_ID(write), &msg, 1) : NULL;
            if (r2 == NULL) {
                wf_err_clear();
                write_fd2(msg);
            }
            WF_XDECREF(r2);
            WF_DECREF(msg);
        }
        wf_err_display(hook_exc, err);
        msg = wf_str_from_cstr("\nOriginal exception was:\n");
        if (msg != NULL) {
            wf_object_t *r2 = err != NULL ? wf_call_method(err, WF_ID(write), &msg, 1) : NULL;
            if (r2 == NULL) {
                wf_err_clear();
                write_fd2(msg);
            }
            WF_XDECREF(r2);
            WF_DECREF(msg);
        }
        WF_XDECREF(hook_exc);
    } else {
        wf_object_t *msg = wf_str_from_cstr("sys.excepthook is missing\n");
        if (msg != NULL) {
            write_fd2(msg);
            WF_DECREF(msg);
        }
    }
    wf_err_display(exc, err);
    WF_DECREF(exc);
    wf_err_clear();
}

void wf_traceback_print_plain(wf_object_t *exc, wf_object_t *file) {
    if (exc == NULL || !WF_EXC_CHECK(exc)) {
        return;
    }
    wf_object_t *saved = wf_err_fetch();
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_object_t *tb = wf_exc_get_traceback(exc);
    if (tb != NULL) {
        wf_strbuf_t st;
        wf_strbuf_init(&st);
        wf_strbuf_append_cstr(&sb, "Traceback (most recent call last):\n");
        format_stack(&st, tb, 1, NULL);
        wf_object_t *s = wf_strbuf_finish(&st);
        if (s != NULL) {
            wf_strbuf_append_str(&sb, s);
            WF_DECREF(s);
        }
    }
    wf_object_t *stype = exc_type_str(WF_TYPE(exc));
    if (stype != NULL) {
        wf_strbuf_append_str(&sb, stype);
        WF_DECREF(stype);
    }
    wf_object_t *msg = wf_str(exc);
    if (msg == NULL) {
        wf_err_clear();
        wf_strbuf_append_cstr(&sb, ": <exception str() failed>");
    } else if (WF_STR_LEN(msg) > 0) {
        wf_strbuf_append_cstr(&sb, ": ");
        wf_strbuf_append_str(&sb, msg);
    }
    WF_XDECREF(msg);
    wf_strbuf_append_cstr(&sb, "\n");
    wf_object_t *text = wf_strbuf_finish(&sb);
    if (text != NULL) {
        write_text(text, file);
        WF_DECREF(text);
    }
    wf_err_clear();
    wf_err_restore(saved);
}
