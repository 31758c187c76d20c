// Code generation for match statements (placeholder while being written).
#include "runtime/compiler.h"

int wf_c_match(wf_compiler_t *c, wf_ast_stmt_t *s) {
    return wf_c_error(c, WF_LOC(s), "match statements are not supported yet");
}
