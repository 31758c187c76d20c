// Disassembler: a readable listing of a code object, for `weft --dis script.py` and
// debugging. Nested code objects (functions, classes, lambdas, generator expressions) are
// listed after their parent, as CPython's dis.dis does.
#ifndef WF_RUNTIME_DIS_H
#define WF_RUNTIME_DIS_H

#include "objects/object.h"
#include <stdio.h>

// Print `code` (a code object) and every code object among its constants, recursively.
// Never raises: an error while formatting a constant prints "?" instead.
void wf_dis_code(wf_object_t *code, FILE *out);

#endif
