// Execution frames and the Python-visible frame objects.
//
// A frame (wf_frame_t) is the activation record of one code object: references to its
// code, function, globals, builtins and (module and class bodies) locals mapping, the
// instruction pointer, and `localsplus`: the fast locals, cells and free variables
// followed by the value stack. Frames of ordinary calls live in a per-thread stack
// arena (wf_frame_push / wf_frame_pop, LIFO); generator frames live inside their
// generator object. tstate->frame is the innermost executing frame and `previous` links
// outward.
//
// A frame object (wf_frameobj_t, the type "frame") is created only on demand: for
// tracebacks, sys._getframe() and f_back. While the frame runs, the object points at it;
// when the frame is popped and the object is still referenced, the frame's data is copied
// into the object (which is allocated large enough from the start), so that f_lineno,
// f_locals and f_code keep working after the call returned.
//
// Invariants:
// - localsplus[0 .. nlocalsplus) hold owned references or NULL; the value stack occupies
//   localsplus[nlocalsplus .. stacktop) while the frame is suspended or being inspected.
// - `instr` points at the instruction being executed (or, for a suspended generator, the
//   instruction to resume after); the line number is derived from it.
#ifndef WF_RUNTIME_FRAME_H
#define WF_RUNTIME_FRAME_H

#include "objects/object.h"
#include "sync/tstate.h"

// Who owns the memory of a frame.
enum {
    WF_FRAME_OWNED_BY_THREAD = 0,       // the per-thread frame stack
    WF_FRAME_OWNED_BY_GENERATOR = 1,    // embedded in a generator/coroutine object
    WF_FRAME_OWNED_BY_FRAME_OBJECT = 2, // copied into its frame object after it finished
    WF_FRAME_OWNED_BY_C = 3,            // on the C stack / heap of wf_eval_code
};

typedef struct wf_frame {
    wf_object_t *code;         // code object (owned)
    wf_object_t *func;         // function (owned), or NULL for module/class/exec code
    wf_object_t *globals;      // dict (borrowed from func when owns_ns is 0, else owned)
    wf_object_t *builtins;     // dict (likewise)
    wf_object_t *locals;       // mapping for module/class/exec frames (owned), else NULL
    struct wf_frame *previous; // calling frame, NULL at the bottom
    const uint32_t *instr;     // current instruction (see above)
    wf_object_t *frame_obj;    // Python frame object, borrowed back-pointer, or NULL
    int stacktop;              // index in localsplus one past the top of the value stack
    uint8_t owner;             // WF_FRAME_OWNED_BY_*
    uint8_t is_entry;          // returning from this frame leaves the eval loop
    uint8_t executing;         // a generator frame currently running
    uint8_t yielded;           // set by YIELD_VALUE when the eval loop returns a yielded value
    uint8_t owns_ns;           // globals/builtins are owned references (no function to borrow
                               // them from: module and exec code)
    wf_object_t *localsplus[];
} wf_frame_t;

// The frame object ("frame" type).
typedef struct {
    WF_OBJECT_HEAD
    wf_frame_t *frame;         // the live frame, or `owned` once the frame finished
    wf_object_t *back;         // f_back captured when the frame left the stack, or NULL
    wf_object_t *trace;        // f_trace: the local trace function (runtime/trace.c)
    wf_object_t *locals_cache; // dict returned by f_locals of an optimized frame
    int trace_lasti;           // tracing: index of the last instruction seen, or -1
    int trace_lastline;        // tracing: its line (the last one that had a line), or -1
    uint8_t trace_lines;       // f_trace_lines (default True)
    uint8_t trace_opcodes;     // f_trace_opcodes (default False)
    wf_frame_t owned[];        // frame data after it finished (variable size)
} wf_frameobj_t;

extern wf_type_t wf_frameobj_type;
#define WF_FRAMEOBJ_CHECK(o) (WF_TYPE(o) == &wf_frameobj_type)

// Number of localsplus slots a frame of `code` needs (locals + cells + frees + stack).
int wf_frame_size(wf_object_t *code);
// Push a frame for `code` on the current thread's frame stack. Takes new references to
// code, func (may be NULL), globals, builtins and locals (may be NULL). localsplus is
// zeroed; the frame is not yet linked into tstate->frame. NULL + MemoryError.
wf_frame_t *wf_frame_push(wf_tstate_t *ts, wf_object_t *code, wf_object_t *func,
                          wf_object_t *globals, wf_object_t *builtins, wf_object_t *locals);
// Initialise a frame in caller-provided memory (generators): same references as push.
void wf_frame_init(wf_frame_t *f, wf_object_t *code, wf_object_t *func, wf_object_t *globals,
                   wf_object_t *builtins, wf_object_t *locals, int owner);
// Release the references held by a finished frame: locals, stack, code... If a frame
// object refers to it and survives, the data moves into the frame object first.
void wf_frame_clear(wf_frame_t *f);
// Clear then pop a frame pushed with wf_frame_push (must be the top one).
void wf_frame_pop(wf_tstate_t *ts, wf_frame_t *f);

// The frame object of a frame, created on first request. Borrowed (the frame keeps
// its reference until it finishes; callers that keep it must incref). NULL + MemoryError.
wf_object_t *wf_frame_get_object(wf_frame_t *f);
// Line number of the frame's current instruction, -1 if unknown.
int wf_frame_lineno(wf_frame_t *f);
// Index of the current instruction in code units, -1 before the first one.
int wf_frame_lasti(wf_frame_t *f);
// Snapshot of the frame's local variables as a new dict (locals() in a function, f_locals).
// Module and class frames return their locals mapping itself (new reference).
wf_object_t *wf_frame_locals_dict(wf_frame_t *f);
// f_back of a frame object (new reference or None).
wf_object_t *wf_frameobj_get_back(wf_object_t *frameobj);

// Facts about a code object used by tracebacks and frame objects (borrowed str objects).
wf_object_t *wf_frame_code_filename(wf_object_t *code);
wf_object_t *wf_frame_code_name(wf_object_t *code);
// Source positions of instruction `index`: pos = {lineno, end_lineno, col, end_col}, columns
// 0-based UTF-8 byte offsets; -1 where unknown.
void wf_frame_code_positions(wf_object_t *code, int index, int pos[4]);

// Zero-argument super(): the first argument of the innermost function and the contents of
// its __class__ cell (new references). RuntimeError "super(): no arguments" /
// "super(): __class__ cell not found" / "super(): __class__ is not a type (X)". 0 / -1.
int wf_frame_super_args(wf_object_t **type, wf_object_t **obj);

#endif
