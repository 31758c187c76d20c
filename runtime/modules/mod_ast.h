// The _ast module's conversions between the compiler's tree (runtime/ast.h) and the
// Python-level node objects, used by compile() for PyCF_ONLY_AST and for AST sources.
#ifndef WF_MODULES_MOD_AST_H
#define WF_MODULES_MOD_AST_H

#include "objects/object.h"
#include "runtime/ast.h"

// The tree as ast node objects (a Module, Expression or Interactive). New reference or
// NULL with an exception.
wf_object_t *wf_ast_mod_to_object(const wf_ast_mod_t *mod);

// 1 if `o` is an instance of ast.AST (0 when the _ast module was never loaded).
int wf_ast_object_check(wf_object_t *o);

// Reads an ast object tree back into `arena` for compilation in `mode` (WF_COMPILE_*,
// runtime/compile.h), raising compile()'s TypeError / ValueError for malformed trees.
// NULL with an exception on error.
wf_ast_mod_t *wf_ast_mod_from_object(wf_object_t *o, wf_arena_t *arena, int mode);

#endif
