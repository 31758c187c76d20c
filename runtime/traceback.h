// Traceback objects and the printing of uncaught exceptions.
//
// A traceback entry is added for every frame an exception passes through
// (wf_traceback_here, called by the eval loop); the chain hangs off the exception's
// __traceback__, innermost frame last. The printer reproduces CPython 3.13's output:
// source lines with caret markers, repeated-frame folding, chained exceptions, notes,
// exception groups, SyntaxError carets and "Did you mean" suggestions.
// wf_err_print / wf_err_display (runtime/errors.h) are implemented here.
#ifndef WF_RUNTIME_TRACEBACK_H
#define WF_RUNTIME_TRACEBACK_H

#include "objects/object.h"
#include "runtime/frame.h"

typedef struct wf_traceback {
    WF_OBJECT_HEAD
    wf_object_t *next;  // tb_next: traceback or NULL
    wf_object_t *frame; // tb_frame: frame object
    int lasti;          // instruction index in code units, -1 if unknown
    int lineno;         // -1: computed from lasti on demand
} wf_traceback_t;

extern wf_type_t wf_traceback_type;
#define WF_TRACEBACK_CHECK(o) (WF_TYPE(o) == &wf_traceback_type)

// New traceback entry (next may be NULL). New reference or NULL.
wf_object_t *wf_traceback_new(wf_object_t *next, wf_object_t *frameobj, int lasti, int lineno);
// Prepend an entry for frame `f` at its current instruction to the traceback of the
// exception being raised (tstate->exc). 0 / -1 (the original exception stays set).
int wf_traceback_here(wf_frame_t *f);
// tb_lineno of an entry (-1 if unknown).
int wf_traceback_lineno(wf_object_t *tb);

// The closest name to `name` among `candidates` (a list of str) by CPython's
// Levenshtein rules for "Did you mean" suggestions; new reference or NULL (no exception)
// when nothing is close enough.
wf_object_t *wf_suggest_name(wf_object_t *candidates, wf_object_t *name);

// The complete text print_exception would write for `exc` (chain included), as a new
// str; NULL + exception on failure.
wf_object_t *wf_traceback_format_exception(wf_object_t *exc);
// The exception's own lines ("Type: message", SyntaxError details, notes), no traceback.
// The same, with NameError hints taken from the exception's traceback frame.
wf_object_t *wf_traceback_format_exception_only_framed(wf_object_t *exc);
wf_object_t *wf_traceback_format_exception_only(wf_object_t *exc);
// One `  File "...", line N, in name` entry with its source line and carets (-1 for a
// position that is not known).
wf_object_t *wf_traceback_format_frame(wf_object_t *filename, int lineno, int end_lineno,
                                       int colno, int end_colno, wf_object_t *name);
// The same, as the traceback module asks: `limit` (when limit_given) keeps the first
// `limit` entries of each traceback (the last -limit when negative); chain = 0 leaves out
// the cause and context.
wf_object_t *wf_traceback_format_exception_ex(wf_object_t *exc, int limit_given, int64_t limit,
                                              int chain);

// What the interpreter's plain C printer writes (used for "Exception ignored in:"
// reports): the traceback entries without caret lines, then "Type: message". No chain,
// no notes. Writes to `file` or fd 2 (NULL); never raises.
void wf_traceback_print_plain(wf_object_t *exc, wf_object_t *file);

// Source line `lineno` of file `filename` as the traceback printer shows it (decoded as
// UTF-8, without the line ending), read through the printer's small line cache: a new str,
// or NULL (no exception) when the file or line is unavailable. Thread-safe.
wf_object_t *wf_traceback_source_line(const char *filename, int lineno);

// Register the source shown for frames of the pseudo-file `name` (the -c command as
// "<string>"), unless linecache's cache has an entry for it.
void wf_traceback_set_pseudo_source(const char *name, const char *src, wf_ssize_t len);
// {name: source str} of the registered pseudo-files. New reference or NULL.
wf_object_t *wf_traceback_pseudo_sources(void);

#endif
