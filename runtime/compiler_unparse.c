// Annotations as strings (placeholder while being written).
#include "runtime/compiler.h"

int wf_c_annotation_string(wf_compiler_t *c, wf_ast_expr_t *e) {
    return wf_c_error(c, WF_LOC(e), "postponed annotations are not supported yet");
}
