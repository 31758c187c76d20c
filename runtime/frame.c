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
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
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
    wf_gc_track(WF_OBJ(fo));
    return WF_OBJ(fo);
}

static void frameobj_dealloc(wf_object_t *o) {
    wf_frameobj_t *fo = FO(o);
    wf_gc_untrack(o);
    if (fo->frame == fo->owned) {
        wf_frame_clear(fo->owned);
    }
    WF_CLEAR(fo->back);
    WF_CLEAR(fo->trace);
    WF_CLEAR(fo->locals_cache);
    wf_object_free(o);
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

static wf_object_t *fo_get_locals(wf_object_t *o, void *closure) {
    wf_frame_t *f = live(o);
    if (f == NULL || f->code == NULL) {
        return wf_dict_new();
    }
    return wf_frame_locals_dict(f);
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
