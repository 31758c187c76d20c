// The interactive read-eval-print loop.
#ifndef WF_RUNTIME_REPL_H
#define WF_RUNTIME_REPL_H

#include "objects/object.h"

// Runs the REPL in `main_module` (borrowed; its dict is the namespace) until end of input,
// as CPython's basic REPL: prompts from sys.ps1 / sys.ps2 (set to '>>> ' and '... ' when
// missing), each complete statement compiled in 'single' mode so that expression values go
// through sys.displayhook, exceptions printed through sys.excepthook. The banner is the
// caller's business. Returns the exit status (0 at end of input), or -1 with SystemExit
// set when the user asked to exit: the caller reports it as the top level does.
int wf_repl_run(wf_object_t *main_module);

#endif
