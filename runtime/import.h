// The import system: sys.modules, builtin C modules, source modules and packages found
// on sys.path, relative imports.
#ifndef WF_RUNTIME_IMPORT_H
#define WF_RUNTIME_IMPORT_H

#include "objects/object.h"

// __import__(name, globals, locals, fromlist, level): the top-level package when fromlist
// is empty, else the named module itself. New reference or NULL.
wf_object_t *wf_import_module_level(wf_object_t *name, wf_object_t *globals,
                                    wf_object_t *fromlist, int level);
// importlib.import_module(name) for an absolute dotted name: the module itself.
wf_object_t *wf_import_module(wf_object_t *name);
wf_object_t *wf_import_module_cstr(const char *name);
// `from module import name`: the attribute, or the submodule module.name, or ImportError
// "cannot import name 'x' from 'm' (path)".
wf_object_t *wf_import_from(wf_object_t *module, wf_object_t *name);
// `from module import *` into the namespace dict `ns` (honours __all__). 0 / -1.
int wf_import_star(wf_object_t *module, wf_object_t *ns);
// Run a source file as module `name` (used for __main__ and -m). New ref to the module.
wf_object_t *wf_import_exec_file(const char *path, wf_object_t *module);
// The source file of an absolute module name (a package's __init__.py), found on sys.path
// without running it (for -m). New str, or NULL with ImportError set.
wf_object_t *wf_import_find_file(const char *name);
// -m: give __main__ (running the file `path` of module `name`) its __spec__, __loader__
// and __cached__, as runpy does. 0 / -1.
int wf_import_main_spec(wf_object_t *main, const char *name, const char *path);
// Read a whole file (NUL-terminated). NULL with OSError set.
char *wf_import_read_file(const char *path, wf_ssize_t *len);
// Add the bundled library and WEFTPATH entries to sys.path. 0 / -1.
int wf_import_init_path(void);

#endif
