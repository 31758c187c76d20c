// Frames: the per-thread frame stack, frame objects, and frame introspection.
//
// The frame stack is a list of chunks per thread. A push bumps a pointer in the current
// chunk (allocating a new chunk when it is full); a pop moves it back, and returns to the
// previous chunk when the current one empties. Frames are strictly LIFO on this stack:
// generator frames never live here.
//
// Frame objects are created lazily (wf_frame_get_object); the frame holds one reference
// to its frame object until it is cleared. When a frame is cleared while its frame
// object is referenced elsewhere (a traceback, a saved sys._getframe()), the frame's
// references move into storage inside the frame object, which was allocated big enough
// for that from the start.
#include "runtime/frame.h"

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <stddef.h>

// ---------------------------------------------------------------------------------------
// The per-thread frame stack

typedef struct chunk {
    struct chunk *prev;
    char *top; // first free byte
    char *end;
    char *saved_top; // the previous chunk's top when this one was started
    char data[];
} chunk_t;

#define CHUNK_SIZE (256 * 1024)

static WF_THREAD_LOCAL chunk_t *cur_chunk;
// One empty chunk is kept after its frames are gone, so a call that repeatedly crosses a
// chunk boundary does not allocate each time.
static WF_THREAD_LOCAL chunk_t *spare_chunk;

static size_t frame_bytes(int nslots) {
    size_t n = sizeof(wf_frame_t) + (size_t)nslots * sizeof(wf_object_t *);
    return (n + 15) & ~(size_t)15;
}

int wf_frame_size(wf_object_t *code) {
    return WF_CODE(code)->nlocalsplus + WF_CODE(code)->stacksize;
}

static chunk_t *new_chunk(size_t need) {
    size_t size = need + sizeof(chunk_t) > CHUNK_SIZE ? need + sizeof(chunk_t) : CHUNK_SIZE;
    chunk_t *c;
    if (spare_chunk != NULL && (size_t)(spare_chunk->end - (char *)spare_chunk) >= size) {
        c = spare_chunk;
        spare_chunk = NULL;
    } else {
        c = wf_mem_alloc(size);
        if (c == NULL) {
            return NULL;
        }
        c->end = (char *)c + size;
    }
    c->top = c->data;
    return c;
}

void wf_frame_init(wf_frame_t *f, wf_object_t *code, wf_object_t *func, wf_object_t *globals,
                   wf_object_t *builtins, wf_object_t *locals, int owner) {
    wf_code_t *co = WF_CODE(code);
    f->code = wf_newref(code);
    f->func = wf_xnewref(func);
    // A function keeps its globals and builtins (read-only attributes) alive for as long
    // as the frame holds the function, so the frame borrows them.
    f->owns_ns = func == NULL || ((wf_func_t *)func)->globals != globals ||
                 ((wf_func_t *)func)->builtins != builtins;
    f->globals = f->owns_ns ? wf_newref(globals) : globals;
    f->builtins = f->owns_ns ? wf_newref(builtins) : builtins;
    f->locals = wf_xnewref(locals);
    f->previous = NULL;
    f->instr = co->instr - 1; // "before the first instruction"
    f->frame_obj = NULL;
    f->stacktop = co->nlocalsplus;
    f->owner = (uint8_t)owner;
    f->is_entry = 0;
    f->executing = 0;
    f->yielded = 0;
    for (int i = 0; i < co->nlocalsplus; i++) {
        f->localsplus[i] = NULL;
    }
}

wf_frame_t *wf_frame_push(wf_tstate_t *ts, wf_object_t *code, wf_object_t *func,
                          wf_object_t *globals, wf_object_t *builtins, wf_object_t *locals) {
    (void)ts;
    size_t need = frame_bytes(wf_frame_size(code));
    chunk_t *c = cur_chunk;
    if (c == NULL || (size_t)(c->end - c->top) < need) {
        chunk_t *nc = new_chunk(need);
        if (nc == NULL) {
            wf_err_nomemory();
            return NULL;
        }
        nc->prev = c;
        cur_chunk = nc;
        c = nc;
    }
    wf_frame_t *f = (wf_frame_t *)c->top;
    c->top += need;
    wf_frame_init(f, code, func, globals, builtins, locals, WF_FRAME_OWNED_BY_THREAD);
    return f;
}

void wf_frame_pop(wf_tstate_t *ts, wf_frame_t *f) {
    (void)ts;
    wf_frame_clear(f);
    chunk_t *c = cur_chunk;
    c->top = (char *)f;
    if (c->top == c->data && c->prev != NULL) {
        cur_chunk = c->prev;
        if (spare_chunk == NULL) {
            spare_chunk = c;
        } else {
            wf_mem_free(c);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Clearing and frame objects

static wf_object_t *frameobj_new(wf_frame_t *f);

// The frame is finishing but its frame object lives on: move the frame's references
// into the object's own storage.
static void take_ownership(wf_frameobj_t *fo, wf_frame_t *f) {
    wf_frame_t *dst = fo->owned;
    size_t bytes = sizeof(wf_frame_t) + (size_t)f->stacktop * sizeof(wf_object_t *);
    memcpy(dst, f, bytes);
    dst->owner = WF_FRAME_OWNED_BY_FRAME_OBJECT;
    dst->previous = NULL;
    dst->frame_obj = NULL;
    dst->executing = 0;
    fo->frame = dst;
    if (fo->back == NULL && f->previous != NULL) {
        wf_object_t *back = wf_frame_get_object(f->previous);
        if (back != NULL) {
            fo->back = wf_newref(back);
        } else {
            wf_err_clear();
        }
    }
}

void wf_frame_clear(wf_frame_t *f) {
    wf_frameobj_t *fo = (wf_frameobj_t *)f->frame_obj;
    if (fo != NULL) {
        f->frame_obj = NULL;
        if (WF_REFCNT(fo) > 1) {
            take_ownership(fo, f);
            WF_DECREF(fo);
            return; // the frame object owns the references now
        }
        fo->frame = NULL;
        WF_DECREF(fo);
    }
    for (int i = 0; i < f->stacktop; i++) {
        WF_CLEAR(f->localsplus[i]);
    }
    f->stacktop = 0;
    WF_CLEAR(f->locals);
    if (f->owns_ns) {
        WF_CLEAR(f->globals);
        WF_CLEAR(f->builtins);
    } else {
        f->globals = f->builtins = NULL;
    }
    WF_CLEAR(f->func);
    WF_CLEAR(f->code);
}

wf_object_t *wf_frame_get_object(wf_frame_t *f) {
    if (f->frame_obj == NULL) {
        f->frame_obj = frameobj_new(f);
    }
    return f->frame_obj;
}

int wf_frame_lasti(wf_frame_t *f) {
    if (f->code == NULL) {
        return -1;
    }
    wf_ssize_t i = f->instr - WF_CODE(f->code)->instr;
    return i < 0 ? -1 : (int)i;
}

int wf_frame_lineno(wf_frame_t *f) {
    int i = wf_frame_lasti(f);
    if (i < 0) {
        return WF_CODE(f->code)->firstlineno;
    }
    return wf_code_addr2line(WF_CODE(f->code), i);
}

wf_object_t *wf_frame_code_filename(wf_object_t *code) {
    return WF_CODE(code)->filename;
}

wf_object_t *wf_frame_code_name(wf_object_t *code) {
    return WF_CODE(code)->name;
}

void wf_frame_code_positions(wf_object_t *code, int index, int pos[4]) {
    wf_code_positions(WF_CODE(code), index, &pos[0], &pos[1], &pos[2], &pos[3]);
}

// The value a local slot shows in locals(): cells and free variables show their contents.
// Borrowed or NULL (unbound).
static wf_object_t *slot_value(wf_frame_t *f, int i) {
    wf_code_t *co = WF_CODE(f->code);
    wf_object_t *v = f->localsplus[i];
    if (v == NULL) {
        return NULL;
    }
    uint8_t kind = co->localkinds[i];
    if ((kind & (WF_FAST_CELL | WF_FAST_FREE)) && WF_IS_TYPE(v, &wf_cell_type)) {
        // Before MAKE_CELL has run an argument cell slot still holds the plain value.
        if ((kind & WF_FAST_FREE) || f->instr >= co->instr) {
            return WF_CELL_GET(v);
        }
    }
    return v;
}

wf_object_t *wf_frame_locals_dict(wf_frame_t *f) {
    if (f->locals != NULL) {
        return wf_newref(f->locals);
    }
    wf_code_t *co = WF_CODE(f->code);
    wf_object_t *d = wf_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (co->localkinds[i] & WF_FAST_HIDDEN) {
            continue;
        }
        wf_object_t *v = slot_value(f, i);
        if (v != NULL && wf_dict_setitem(d, WF_TUPLE_GET(co->localsplusnames, i), v) < 0) {
            WF_DECREF(d);
            return NULL;
        }
    }
    // Names written through f_locals that are not variables of the code.
    wf_object_t *extra =
        f->frame_obj != NULL ? ((wf_frameobj_t *)f->frame_obj)->locals_cache : NULL;
    if (extra != NULL && wf_dict_merge(d, extra, 1) < 0) {
        WF_DECREF(d);
        return NULL;
    }
    return d;
}

// ---------------------------------------------------------------------------------------
// Zero-argument super()

int wf_frame_super_args(wf_object_t **type, wf_object_t **obj) {
    wf_tstate_t *ts = wf_tstate_get();
    wf_frame_t *f = ts->frame;
    if (f == NULL || f->code == NULL) {
        wf_err_set_string(&wf_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    wf_code_t *co = WF_CODE(f->code);
    if (co->argcount == 0) {
        wf_err_set_string(&wf_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    wf_object_t *first = f->localsplus[0];
    // The first argument may have been turned into a cell (used by a nested function).
    if (first != NULL && (co->localkinds[0] & WF_FAST_CELL) && WF_IS_TYPE(first, &wf_cell_type) &&
        f->instr >= co->instr) {
        first = WF_CELL_GET(first);
    }
    if (first == NULL) {
        wf_err_set_string(&wf_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        if (!wf_str_eq_cstr(WF_TUPLE_GET(co->localsplusnames, i), "__class__")) {
            continue;
        }
        wf_object_t *cell = f->localsplus[i];
        if (cell == NULL || !WF_IS_TYPE(cell, &wf_cell_type)) {
            wf_err_set_string(&wf_exc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        wf_object_t *cls = WF_CELL_GET(cell);
        if (cls == NULL) {
            wf_err_set_string(&wf_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!WF_TYPE_CHECK(cls)) {
            wf_err_format(&wf_exc_RuntimeError, "super(): __class__ is not a type (%T)", cls);
            return -1;
        }
        *type = wf_newref(cls);
        *obj = wf_newref(first);
        return 0;
    }
    wf_err_set_string(&wf_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

// ---------------------------------------------------------------------------------------
// The frame object type

#define FO(o) ((wf_frameobj_t *)(o))

static wf_object_t *frameobj_new(wf_frame_t *f) {
    size_t extra = (size_t)wf_frame_size(f->code) * sizeof(wf_object_t *);
    wf_frameobj_t *fo = (wf_frameobj_t *)wf_object_alloc(
        &wf_frameobj_type, sizeof(wf_frameobj_t) + sizeof(wf_frame_t) + extra);
    if (fo == NULL) {
        return NULL;
    }
    fo->frame = f;
    fo->trace_lasti = -1;
    fo->trace_lastline = -1;
    fo->trace_lines = 1;
    wf_gc_track(WF_OBJ(fo));
    return WF_OBJ(fo);
}

static void frameobj_dealloc(wf_object_t *o) {
    wf_frameobj_t *fo = FO(o);
    wf_gc_untrack(o);
    // A traceback of deep recursion holds a chain of frames through f_back.
    if (wf_list_trash_begin(o, frameobj_dealloc)) {
        return;
    }
    if (fo->frame == fo->owned) {
        wf_frame_clear(fo->owned);
    }
    WF_CLEAR(fo->back);
    WF_CLEAR(fo->trace);
    WF_CLEAR(fo->locals_cache);
    wf_object_free(o);
    wf_list_trash_end();
}

static int frameobj_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_frameobj_t *fo = FO(o);
    if (fo->back != NULL) {
        int r = visit(fo->back, arg);
        if (r != 0) {
            return r;
        }
    }
    if (fo->frame == fo->owned) {
        wf_frame_t *f = fo->owned;
        for (int i = 0; i < f->stacktop; i++) {
            if (f->localsplus[i] != NULL) {
                int r = visit(f->localsplus[i], arg);
                if (r != 0) {
                    return r;
                }
            }
        }
        wf_object_t *fields[] = {f->code, f->func, f->locals, f->owns_ns ? f->globals : NULL,
                                 f->owns_ns ? f->builtins : NULL};
        for (int i = 0; i < 5; i++) {
            if (fields[i] != NULL) {
                int r = visit(fields[i], arg);
                if (r != 0) {
                    return r;
                }
            }
        }
    }
    return 0;
}

// Collector support: drop the local variables of a finished frame (they are what forms
// cycles through exceptions and their tracebacks).
static int frameobj_gc_clear(wf_object_t *o) {
    wf_frameobj_t *fo = FO(o);
    WF_CLEAR(fo->back);
    WF_CLEAR(fo->trace);
    WF_CLEAR(fo->locals_cache);
    if (fo->frame == fo->owned) {
        wf_frame_t *f = fo->owned;
        for (int i = 0; i < f->stacktop; i++) {
            WF_CLEAR(f->localsplus[i]);
        }
        WF_CLEAR(f->locals);
    }
    return 0;
}

// Frame objects whose frame was never finished but went away (should not happen) read as
// cleared frames: attributes return None / -1 rather than touching freed memory.
static wf_frame_t *live(wf_object_t *o) {
    return FO(o)->frame;
}

wf_object_t *wf_frameobj_get_back(wf_object_t *o) {
    wf_frame_t *f = live(o);
    if (f != NULL && f->owner != WF_FRAME_OWNED_BY_FRAME_OBJECT && f->previous != NULL) {
        wf_object_t *b = wf_frame_get_object(f->previous);
        return b != NULL ? wf_newref(b) : NULL;
    }
    return wf_newref(FO(o)->back != NULL ? FO(o)->back : WF_NONE);
}

static wf_object_t *fo_get_back(wf_object_t *o, void *closure) {
    return wf_frameobj_get_back(o);
}

static wf_object_t *fo_get_code(wf_object_t *o, void *closure) {
    wf_frame_t *f = live(o);
    return wf_newref(f != NULL && f->code != NULL ? f->code : WF_NONE);
}

static wf_object_t *fo_get_globals(wf_object_t *o, void *closure) {
    wf_frame_t *f = live(o);
    return wf_newref(f != NULL && f->globals != NULL ? f->globals : WF_NONE);
}

static wf_object_t *fo_get_builtins(wf_object_t *o, void *closure) {
    wf_frame_t *f = live(o);
    return wf_newref(f != NULL && f->builtins != NULL ? f->builtins : WF_NONE);
}

// ---------------------------------------------------------------------------------------
// FrameLocalsProxy: f_locals of a function frame (PEP 667). Reading and writing go
// straight to the frame's variables (cells included); names that are not variables of the
// code are kept in a dict of the frame object (`locals_cache`), which locals() merges in.

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *frame;  // the frame object
} flproxy_t;

extern wf_type_t wf_framelocalsproxy_type;
#define FLP(o) ((flproxy_t *)(o))

// The frame behind a proxy, or NULL with an error when it is gone.
static wf_frame_t *flp_frame(wf_object_t *self) {
    wf_frame_t *f = live(FLP(self)->frame);
    if (f == NULL || f->code == NULL) {
        wf_err_set_string(&wf_exc_RuntimeError, "frame is no longer available");
    }
    return f;
}

// The localsplus index of variable `key`, or -1 when the code has no such variable.
static int flp_index(wf_frame_t *f, wf_object_t *key) {
    if (!WF_STR_CHECK(key)) {
        return -1;
    }
    wf_code_t *co = WF_CODE(f->code);
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (!(co->localkinds[i] & WF_FAST_HIDDEN) &&
            wf_str_eq(WF_TUPLE_GET(co->localsplusnames, i), key)) {
            return i;
        }
    }
    return -1;
}

static wf_object_t *flp_extra(wf_object_t *self, int create) {
    wf_frameobj_t *fo = FO(FLP(self)->frame);
    if (fo->locals_cache == NULL && create) {
        fo->locals_cache = wf_dict_new();
    }
    return fo->locals_cache;
}

// The value of `key` (new reference), or NULL: *found says whether it exists.
static wf_object_t *flp_lookup(wf_object_t *self, wf_object_t *key, int *found) {
    *found = 0;
    wf_frame_t *f = flp_frame(self);
    if (f == NULL) {
        return NULL;
    }
    int i = flp_index(f, key);
    if (i >= 0) {
        wf_object_t *v = slot_value(f, i);
        *found = v != NULL;
        return wf_xnewref(v);
    }
    wf_object_t *extra = flp_extra(self, 0);
    if (extra == NULL) {
        return NULL;
    }
    wf_object_t *v = NULL;
    int r = wf_dict_get_ref(extra, key, &v);
    *found = r > 0;
    return r > 0 ? v : NULL;
}

static wf_object_t *flp_getitem(wf_object_t *self, wf_object_t *key) {
    int found;
    wf_object_t *v = flp_lookup(self, key, &found);
    if (v == NULL && !found && !wf_err_occurred()) {
        wf_object_t *msg = wf_str_from_format("local variable '%R' is not defined", key);
        if (msg != NULL) {
            wf_err_set(&wf_exc_KeyError, msg);
            WF_DECREF(msg);
        }
    }
    return v;
}

static int flp_setitem(wf_object_t *self, wf_object_t *key, wf_object_t *value) {
    if (value == NULL) {
        wf_err_set_string(&wf_exc_TypeError, "cannot remove variables from FrameLocalsProxy");
        return -1;
    }
    wf_frame_t *f = flp_frame(self);
    if (f == NULL) {
        return -1;
    }
    int i = flp_index(f, key);
    if (i >= 0) {
        wf_code_t *co = WF_CODE(f->code);
        wf_object_t *slot = f->localsplus[i];
        uint8_t kind = co->localkinds[i];
        if (slot != NULL && (kind & (WF_FAST_CELL | WF_FAST_FREE)) &&
            WF_IS_TYPE(slot, &wf_cell_type) && ((kind & WF_FAST_FREE) || f->instr >= co->instr)) {
            wf_cell_set(slot, value);
        } else {
            WF_SETREF(f->localsplus[i], wf_newref(value));
        }
        return 0;
    }
    wf_object_t *extra = flp_extra(self, 1);
    return extra != NULL ? wf_dict_setitem(extra, key, value) : -1;
}

// The names that are bound, variables first (in the code's order), then the extra ones.
static wf_object_t *flp_keys(wf_object_t *self, wf_object_t *unused) {
    wf_frame_t *f = flp_frame(self);
    if (f == NULL) {
        return NULL;
    }
    wf_object_t *d = wf_frame_locals_dict(f);
    if (d == NULL) {
        return NULL;
    }
    wf_object_t *keys = wf_sequence_list(d);
    WF_DECREF(d);
    return keys;
}

static wf_object_t *flp_copy(wf_object_t *self, wf_object_t *unused) {
    wf_frame_t *f = flp_frame(self);
    return f != NULL ? wf_frame_locals_dict(f) : NULL;
}

static wf_object_t *flp_values_or_items(wf_object_t *self, int items) {
    wf_object_t *d = flp_copy(self, NULL);
    if (d == NULL) {
        return NULL;
    }
    wf_object_t *view = items ? wf_dict_items_view(d) : wf_dict_values_view(d);
    WF_DECREF(d);
    wf_object_t *list = view != NULL ? wf_sequence_list(view) : NULL;
    WF_XDECREF(view);
    return list;
}

static wf_object_t *flp_values(wf_object_t *self, wf_object_t *unused) {
    return flp_values_or_items(self, 0);
}

static wf_object_t *flp_items(wf_object_t *self, wf_object_t *unused) {
    return flp_values_or_items(self, 1);
}

static wf_ssize_t flp_len(wf_object_t *self) {
    wf_object_t *d = flp_copy(self, NULL);
    if (d == NULL) {
        return -1;
    }
    wf_ssize_t n = wf_dict_size(d);
    WF_DECREF(d);
    return n;
}

static int flp_contains(wf_object_t *self, wf_object_t *key) {
    int found;
    wf_object_t *v = flp_lookup(self, key, &found);
    WF_XDECREF(v);
    return wf_err_occurred() ? -1 : found;
}

static wf_object_t *flp_iter(wf_object_t *self) {
    wf_object_t *keys = flp_keys(self, NULL);
    wf_object_t *it = keys != NULL ? wf_iter(keys) : NULL;
    WF_XDECREF(keys);
    return it;
}

static wf_object_t *flp_reversed(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *keys = flp_keys(self, NULL);
    if (keys == NULL || wf_list_reverse(keys) < 0) {
        WF_XDECREF(keys);
        return NULL;
    }
    wf_object_t *it = wf_iter(keys);
    WF_DECREF(keys);
    return it;
}

static wf_object_t *flp_get(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    int found;
    wf_object_t *v = flp_lookup(self, args[0], &found);
    if (v != NULL || wf_err_occurred()) {
        return v;
    }
    return wf_newref(nargs > 1 ? args[1] : WF_NONE);
}

static wf_object_t *flp_setdefault(wf_object_t *self, wf_object_t *const *args,
                                   wf_ssize_t nargs) {
    if (wf_check_nargs("setdefault", nargs, 1, 2) < 0) {
        return NULL;
    }
    int found;
    wf_object_t *v = flp_lookup(self, args[0], &found);
    if (v != NULL || wf_err_occurred()) {
        return v;
    }
    wf_object_t *dflt = nargs > 1 ? args[1] : WF_NONE;
    return flp_setitem(self, args[0], dflt) < 0 ? NULL : wf_newref(dflt);
}

static wf_object_t *flp_pop(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("pop", nargs, 1, 2) < 0) {
        return NULL;
    }
    int found;
    wf_object_t *v = flp_lookup(self, args[0], &found);
    if (v != NULL) {
        WF_DECREF(v);
        return wf_err_set_string(&wf_exc_TypeError,
                                 "cannot remove variables from FrameLocalsProxy");
    }
    if (wf_err_occurred()) {
        return NULL;
    }
    if (nargs > 1) {
        return wf_newref(args[1]);
    }
    return flp_getitem(self, args[0]);
}

static int flp_update_from(wf_object_t *self, wf_object_t *other) {
    wf_object_t *d = wf_dict_new();
    if (d == NULL || wf_dict_update(d, other) < 0) {
        WF_XDECREF(d);
        return -1;
    }
    wf_ssize_t pos = 0;
    wf_object_t *k, *v;
    int rc = 0;
    while (rc == 0 && wf_dict_next(d, &pos, &k, &v)) {
        rc = flp_setitem(self, k, v);
    }
    WF_DECREF(d);
    return rc;
}

static wf_object_t *flp_update(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                               wf_object_t *kwnames) {
    if (wf_check_nargs("update", nargs, 0, 1) < 0 ||
        (nargs == 1 && flp_update_from(self, args[0]) < 0)) {
        return NULL;
    }
    for (wf_ssize_t i = 0; kwnames != NULL && i < WF_TUPLE_SIZE(kwnames); i++) {
        if (flp_setitem(self, WF_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            return NULL;
        }
    }
    WF_RETURN_NONE;
}

static wf_object_t *flp_repr(wf_object_t *self) {
    int r = wf_list_repr_enter(self);
    if (r != 0) {
        return r > 0 ? wf_str_from_cstr("{...}") : NULL;
    }
    wf_object_t *d = flp_copy(self, NULL);
    wf_object_t *s = d != NULL ? wf_repr(d) : NULL;
    WF_XDECREF(d);
    wf_list_repr_leave(self);
    return s;
}

static wf_object_t *flp_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (op != WF_EQ && op != WF_NE) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *da = flp_copy(a, NULL);
    wf_object_t *db = WF_IS_TYPE(b, &wf_framelocalsproxy_type) ? flp_copy(b, NULL)
                                                               : wf_newref(b);
    wf_object_t *r = da != NULL && db != NULL ? wf_richcompare(da, db, op) : NULL;
    WF_XDECREF(da);
    WF_XDECREF(db);
    return r;
}

static wf_object_t *flp_or(wf_object_t *a, wf_object_t *b) {
    if (!WF_IS_TYPE(a, &wf_framelocalsproxy_type)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (!WF_DICT_CHECK(b) && !WF_IS_TYPE(b, &wf_framelocalsproxy_type)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *d = flp_copy(a, NULL);
    if (d == NULL) {
        return NULL;
    }
    wf_object_t *other = WF_DICT_CHECK(b) ? wf_newref(b) : flp_copy(b, NULL);
    if (other == NULL || wf_dict_merge(d, other, 1) < 0) {
        WF_XDECREF(other);
        WF_DECREF(d);
        return NULL;
    }
    WF_DECREF(other);
    return d;
}

static wf_object_t *flp_ior(wf_object_t *a, wf_object_t *b) {
    if (flp_update_from(a, b) < 0) {
        return NULL;
    }
    return wf_newref(a);
}

static void flp_dealloc(wf_object_t *self) {
    wf_gc_untrack(self);
    WF_XDECREF(FLP(self)->frame);
    wf_object_free(self);
}

static int flp_traverse(wf_object_t *self, wf_visitproc visit, void *arg) {
    return FLP(self)->frame != NULL ? visit(FLP(self)->frame, arg) : 0;
}

static wf_method_def_t flp_methods[] = {
    {"keys", {.noargs = flp_keys}, WF_METH_NOARGS, NULL},
    {"values", {.noargs = flp_values}, WF_METH_NOARGS, NULL},
    {"items", {.noargs = flp_items}, WF_METH_NOARGS, NULL},
    {"copy", {.noargs = flp_copy}, WF_METH_NOARGS, NULL},
    {"get", {.fast = flp_get}, WF_METH_FASTCALL, NULL},
    {"setdefault", {.fast = flp_setdefault}, WF_METH_FASTCALL, NULL},
    {"pop", {.fast = flp_pop}, WF_METH_FASTCALL, NULL},
    {"update", {.fastkw = flp_update}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"__reversed__", {.noargs = flp_reversed}, WF_METH_NOARGS, NULL},
    {NULL},
};

wf_type_t wf_framelocalsproxy_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "FrameLocalsProxy",
    .basicsize = sizeof(flproxy_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_MAPPING,
    .dealloc = flp_dealloc,
    .traverse = flp_traverse,
    .repr = flp_repr,
    .richcompare = flp_richcompare,
    .iter = flp_iter,
    .len = flp_len,
    .getitem = flp_getitem,
    .setitem = flp_setitem,
    .contains = flp_contains,
    .binop = {[WF_BINOP_OR] = flp_or},
    .inplace = {[WF_BINOP_OR] = flp_ior},
    .methods = flp_methods,
};

static wf_object_t *fo_get_locals(wf_object_t *o, void *closure) {
    wf_frame_t *f = live(o);
    if (f == NULL || f->code == NULL) {
        return wf_dict_new();
    }
    if (f->locals != NULL || !(WF_CODE(f->code)->flags & WF_CO_OPTIMIZED)) {
        return wf_frame_locals_dict(f);
    }
    flproxy_t *p = (flproxy_t *)wf_type_alloc(&wf_framelocalsproxy_type, 0);
    if (p == NULL) {
        return NULL;
    }
    p->frame = wf_newref(o);
    wf_gc_track(WF_OBJ(p));
    return WF_OBJ(p);
}

static wf_object_t *fo_get_lineno(wf_object_t *o, void *closure) {
    wf_frame_t *f = live(o);
    if (f == NULL || f->code == NULL) {
        WF_RETURN_NONE;
    }
    int line = wf_frame_lineno(f);
    if (line < 0) {
        WF_RETURN_NONE;
    }
    return wf_int_from_i64(line);
}

static wf_object_t *fo_get_lasti(wf_object_t *o, void *closure) {
    wf_frame_t *f = live(o);
    int i = f != NULL ? wf_frame_lasti(f) : -1;
    // A frame that has been entered but not yet run an instruction (a trace function's
    // 'call' event) reports 0, as CPython's frames do once past RESUME.
    if (i < 0 && f != NULL && f->code != NULL &&
        (f->executing || f->owner == WF_FRAME_OWNED_BY_THREAD || f->owner == WF_FRAME_OWNED_BY_C)) {
        i = 0;
    }
    return wf_int_from_i64(i < 0 ? -1 : i * 2);
}

static wf_object_t *fo_get_trace(wf_object_t *o, void *closure) {
    return wf_newref(FO(o)->trace != NULL ? FO(o)->trace : WF_NONE);
}

static int fo_set_trace(wf_object_t *o, wf_object_t *v, void *closure) {
    if (v == WF_NONE) {
        v = NULL;
    }
    WF_SETREF(FO(o)->trace, wf_xnewref(v));
    return 0;
}

// f_trace_lines / f_trace_opcodes: flags stored as bytes; closure picks the field.
static wf_object_t *fo_get_flag(wf_object_t *o, void *closure) {
    uint8_t v = closure != NULL ? FO(o)->trace_opcodes : FO(o)->trace_lines;
    return wf_newref(v ? WF_TRUE : WF_FALSE);
}

static int fo_set_flag(wf_object_t *o, wf_object_t *v, void *closure) {
    if (v == NULL || !WF_BOOL_CHECK(v)) {
        wf_err_set_string(&wf_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    if (closure != NULL) {
        FO(o)->trace_opcodes = v == WF_TRUE;
    } else {
        FO(o)->trace_lines = v == WF_TRUE;
    }
    return 0;
}

static wf_object_t *fo_get_generator(wf_object_t *o, void *closure) {
    WF_RETURN_NONE;
}

static wf_getset_def_t frameobj_getsets[] = {
    {"f_back", fo_get_back, NULL, NULL, NULL},
    {"f_code", fo_get_code, NULL, NULL, NULL},
    {"f_globals", fo_get_globals, NULL, NULL, NULL},
    {"f_builtins", fo_get_builtins, NULL, NULL, NULL},
    {"f_locals", fo_get_locals, NULL, NULL, NULL},
    {"f_lineno", fo_get_lineno, NULL, NULL, NULL},
    {"f_lasti", fo_get_lasti, NULL, NULL, NULL},
    {"f_trace", fo_get_trace, fo_set_trace, NULL, NULL},
    {"f_trace_lines", fo_get_flag, fo_set_flag, NULL, NULL},
    {"f_trace_opcodes", fo_get_flag, fo_set_flag, NULL, (void *)1},
    {"f_generator", fo_get_generator, NULL, NULL, NULL},
    {0},
};

static wf_object_t *frameobj_repr(wf_object_t *o) {
    wf_frame_t *f = live(o);
    if (f == NULL || f->code == NULL) {
        return wf_str_from_format("<frame at %p>", (void *)o);
    }
    return wf_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)o,
                              WF_CODE(f->code)->filename, wf_frame_lineno(f),
                              WF_CODE(f->code)->name);
}

static wf_object_t *frameobj_clear(wf_object_t *o, wf_object_t *unused) {
    wf_frame_t *f = live(o);
    if (f == NULL) {
        WF_RETURN_NONE;
    }
    if (f->owner != WF_FRAME_OWNED_BY_FRAME_OBJECT) {
        if (f->owner == WF_FRAME_OWNED_BY_GENERATOR && !f->executing) {
            return wf_err_set_string(&wf_exc_RuntimeError, "cannot clear a suspended frame");
        }
        return wf_err_set_string(&wf_exc_RuntimeError, "cannot clear an executing frame");
    }
    // Drop the locals but keep code/globals so f_code and f_lineno still answer.
    for (int i = 0; i < f->stacktop; i++) {
        WF_CLEAR(f->localsplus[i]);
    }
    WF_CLEAR(f->locals);
    WF_RETURN_NONE;
}

static wf_method_def_t frameobj_methods[] = {
    {"clear",
     {.noargs = frameobj_clear},
     WF_METH_NOARGS,
     "Clear all references held by the frame."},
    {0},
};

wf_type_t wf_frameobj_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "frame",
    .basicsize = sizeof(wf_frameobj_t),
    .itemsize = sizeof(wf_object_t *),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = frameobj_dealloc,
    .traverse = frameobj_traverse,
    .clear = frameobj_gc_clear,
    .repr = frameobj_repr,
    .getsets = frameobj_getsets,
    .methods = frameobj_methods,
};
