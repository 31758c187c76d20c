// sys.settrace / sys.setprofile events (see runtime/trace.h).
#include "runtime/trace.h"

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"

#define FO(o) ((wf_frameobj_t *)(o))

static void update_use_tracing(wf_tstate_t *ts) {
    ts->use_tracing = ts->trace_func != NULL || ts->profile_func != NULL;
    // The running eval loops pick the traced or plain dispatch at their next check.
    wf_tstate_signal(ts, WF_EB_TRACE);
}

void wf_trace_set(wf_tstate_t *ts, wf_object_t *func) {
    if (func == WF_NONE) {
        func = NULL;
    }
    WF_SETREF(ts->trace_func, wf_xnewref(func));
    update_use_tracing(ts);
}

void wf_trace_set_profile(wf_tstate_t *ts, wf_object_t *func) {
    if (func == WF_NONE) {
        func = NULL;
    }
    WF_SETREF(ts->profile_func, wf_xnewref(func));
    update_use_tracing(ts);
}

// Call fn(frame, event, arg) with tracing off. New reference, or NULL with the exception.
static wf_object_t *call_hook(wf_tstate_t *ts, wf_frame_t *frame, wf_object_t *fn,
                              const char *event, wf_object_t *arg) {
    wf_object_t *fo = wf_frame_get_object(frame);
    if (fo == NULL) {
        return NULL;
    }
    wf_object_t *ev = wf_str_from_cstr(event);
    if (ev == NULL) {
        return NULL;
    }
    wf_object_t *args[3] = {fo, ev, arg != NULL ? arg : WF_NONE};
    WF_INCREF(fn);  // the hook may replace itself
    ts->tracing++;
    wf_object_t *r = wf_vectorcall(fn, args, 3, NULL);
    ts->tracing--;
    WF_DECREF(fn);
    WF_DECREF(ev);
    return r;
}

// A trace function that raised is removed, with the frame's local one.
static int trace_failed(wf_tstate_t *ts, wf_frame_t *frame) {
    wf_trace_set(ts, NULL);
    if (frame->frame_obj != NULL) {
        WF_CLEAR(FO(frame->frame_obj)->trace);
    }
    return -1;
}

// Call the frame's local trace function; a non-None result replaces it.
static int local_event(wf_tstate_t *ts, wf_frame_t *frame, const char *event, wf_object_t *arg) {
    wf_object_t *local = FO(frame->frame_obj)->trace;
    wf_object_t *r = call_hook(ts, frame, local, event, arg);
    if (r == NULL) {
        return trace_failed(ts, frame);
    }
    if (r != WF_NONE && frame->frame_obj != NULL) {
        WF_SETREF(FO(frame->frame_obj)->trace, r);
    } else {
        WF_DECREF(r);
    }
    return 0;
}

static int has_local(wf_frame_t *frame) {
    return frame->frame_obj != NULL && FO(frame->frame_obj)->trace != NULL;
}

static int profile_event(wf_tstate_t *ts, wf_frame_t *frame, const char *event, wf_object_t *arg) {
    wf_object_t *r = call_hook(ts, frame, ts->profile_func, event, arg);
    if (r == NULL) {
        wf_trace_set_profile(ts, NULL);
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

int wf_trace_call(wf_tstate_t *ts, wf_frame_t *frame) {
    if (ts->tracing) {
        return 0;
    }
    if (ts->profile_func != NULL && profile_event(ts, frame, "call", NULL) < 0) {
        return -1;
    }
    if (ts->trace_func == NULL) {
        return 0;
    }
    wf_object_t *r = call_hook(ts, frame, ts->trace_func, "call", NULL);
    if (r == NULL) {
        return trace_failed(ts, frame);
    }
    wf_frameobj_t *fo = FO(frame->frame_obj);
    if (r != WF_NONE && fo != NULL) {
        WF_SETREF(fo->trace, r);
    } else {
        WF_DECREF(r);
    }
    return 0;
}

int wf_trace_instruction(wf_tstate_t *ts, wf_frame_t *frame) {
    if (ts->tracing || !has_local(frame)) {
        return 0;
    }
    wf_frameobj_t *fo = FO(frame->frame_obj);
    wf_code_t *code = WF_CODE(frame->code);
    int idx = (int)(frame->instr - code->instr);
    // An instruction borrowing its neighbour's position (a loop's closing jump) is not
    // the start of a line: it reports nothing and leaves the last line as it was.
    int line = wf_code_line_is_own(code, idx) ? wf_code_addr2line(code, idx) : -1;
    int op = WF_INSTR_OP(*frame->instr);
    // A new line, or the start of a line reached again by a backward jump (not the
    // resumption of a `yield from`, which loops through SEND).
    int fire = line >= 0 && fo->trace_lines &&
               (line != fo->trace_lastline || (idx <= fo->trace_lasti && op != WF_OP_SEND));
    fo->trace_lasti = idx;
    if (line >= 0) {
        fo->trace_lastline = line;
    }
    if (fire && local_event(ts, frame, "line", NULL) < 0) {
        return -1;
    }
    if (has_local(frame) && FO(frame->frame_obj)->trace_opcodes &&
        local_event(ts, frame, "opcode", NULL) < 0) {
        return -1;
    }
    return 0;
}

int wf_trace_return(wf_tstate_t *ts, wf_frame_t *frame, wf_object_t *retval) {
    if (ts->tracing) {
        return 0;
    }
    int rc = 0;
    wf_object_t *exc = retval == NULL ? wf_err_fetch() : NULL;
    if (has_local(frame)) {
        rc = local_event(ts, frame, "return", retval);
    }
    if (rc == 0 && ts->profile_func != NULL) {
        rc = profile_event(ts, frame, "return", retval);
    }
    if (exc != NULL) {
        if (rc < 0) {
            WF_DECREF(exc);  // the hook's exception replaces it
        } else {
            wf_err_restore(exc);
        }
    }
    return rc;
}

void wf_trace_exception(wf_tstate_t *ts, wf_frame_t *frame) {
    if (ts->tracing || !has_local(frame)) {
        return;
    }
    wf_object_t *exc = wf_err_fetch();
    if (exc == NULL) {
        return;
    }
    wf_object_t *tb = wf_exc_get_traceback(exc);
    wf_object_t *arg = wf_tuple_pack(3, WF_OBJ(WF_TYPE(exc)), exc, tb != NULL ? tb : WF_NONE);
    if (arg == NULL) {
        WF_DECREF(exc);
        return;
    }
    int rc = local_event(ts, frame, "exception", arg);
    WF_DECREF(arg);
    if (rc < 0) {
        WF_DECREF(exc);  // the trace function's exception replaces it
    } else {
        wf_err_restore(exc);
    }
}

int wf_trace_is_c_function(wf_object_t *callable) {
    wf_type_t *t = WF_TYPE(callable);
    return t == &wf_cfunc_type || t == &wf_method_descr_type;
}

int wf_trace_c_call(wf_tstate_t *ts, wf_frame_t *frame, wf_object_t *func) {
    if (ts->tracing || ts->profile_func == NULL) {
        return 0;
    }
    return profile_event(ts, frame, "c_call", func);
}

int wf_trace_c_return(wf_tstate_t *ts, wf_frame_t *frame, wf_object_t *func,
                      wf_object_t *result) {
    if (ts->tracing || ts->profile_func == NULL) {
        return 0;
    }
    if (result != NULL) {
        return profile_event(ts, frame, "c_return", func);
    }
    wf_object_t *exc = wf_err_fetch();
    int rc = profile_event(ts, frame, "c_exception", func);
    if (rc < 0) {
        WF_XDECREF(exc);
    } else {
        wf_err_restore(exc);
    }
    return rc;
}
