// Exception instance layouts (the types are declared in runtime/errors.h).
#ifndef WF_OBJECTS_EXCEPTIONS_H
#define WF_OBJECTS_EXCEPTIONS_H

#include "objects/type.h"

#define WF_EXC_HEAD               \
    WF_OBJECT_HEAD                \
    wf_object_t *dict;            \
    wf_object_t *args;    /* tuple */ \
    wf_object_t *notes;   /* list or NULL */ \
    wf_object_t *traceback;       \
    wf_object_t *context;         \
    wf_object_t *cause;           \
    char suppress_context;

typedef struct { WF_EXC_HEAD } wf_exc_base_t;
typedef struct { WF_EXC_HEAD wf_object_t *code; } wf_exc_system_exit_t;
typedef struct { WF_EXC_HEAD wf_object_t *value; } wf_exc_stop_iteration_t;
typedef struct { WF_EXC_HEAD wf_object_t *name, *obj; } wf_exc_attribute_t;
typedef struct { WF_EXC_HEAD wf_object_t *name; } wf_exc_name_t;
typedef struct { WF_EXC_HEAD wf_object_t *msg, *name, *path, *name_from; } wf_exc_import_t;
typedef struct {
    WF_EXC_HEAD
    wf_object_t *myerrno, *strerror, *filename, *filename2;
    wf_ssize_t written;  // BlockingIOError.characters_written, -1 = unset
} wf_exc_os_t;
typedef struct {
    WF_EXC_HEAD
    wf_object_t *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset,
        *print_file_and_line;
} wf_exc_syntax_t;
typedef struct {
    WF_EXC_HEAD
    wf_object_t *encoding, *object, *start, *end, *reason;
} wf_exc_unicode_t;

#define WF_EXC_CHECK(o) ((WF_TYPE(o)->flags & WF_TPFLAGS_BASE_EXC_SUBCLASS) != 0)
#define WF_EXC_TYPE_CHECK(t) ((((wf_type_t *)(t))->flags & WF_TPFLAGS_BASE_EXC_SUBCLASS) != 0)

// Create an instance: type(*args). New reference or NULL.
wf_object_t *wf_exc_new(wf_type_t *type, wf_object_t *args_tuple);
// Accessors (borrowed or NULL); setters take new references (steal).
wf_object_t *wf_exc_get_traceback(wf_object_t *exc);
void wf_exc_set_traceback(wf_object_t *exc, wf_object_t *tb);
void wf_exc_set_context(wf_object_t *exc, wf_object_t *ctx);
void wf_exc_set_cause(wf_object_t *exc, wf_object_t *cause);

// BaseExceptionGroup.split(cond): the part of `exc` that matches `cond` (exception types or
// a predicate) and the rest (None for an empty part; rest is None unless want_rest).
int wf_exc_group_split(wf_object_t *exc, wf_object_t *cond, int want_rest, wf_object_t **match,
                       wf_object_t **rest);
// orig.derive(excs) carrying orig's traceback, cause, context and a copy of its notes; None
// for an empty list.
wf_object_t *wf_exc_group_subset(wf_object_t *orig, wf_object_t *excs);

#endif
