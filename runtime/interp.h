// Interpreter start-up and shutdown, and the command-line configuration.
#ifndef WF_RUNTIME_INTERP_H
#define WF_RUNTIME_INTERP_H

#include "objects/object.h"

typedef struct {
    int unbuffered;          // -u
    int inspect;             // -i
    int isolated;            // -I
    int verbose;             // -v
    int optimize;            // -O (once or twice), PYTHONOPTIMIZE: asserts off, __debug__ False
    int safe_path;           // -P, -I, PYTHONSAFEPATH: no script directory on sys.path
    int ignore_environment;  // -E, -I
    int no_user_site;        // -s, -I
    int no_site;             // -S
    int dont_write_bytecode; // -B
    int quiet;               // -q
    int dev_mode;            // -X dev
    int gil;                 // -X gil=N / WEFT_GIL: -1 default, 0 off, 1 on
    int int_max_str_digits;  // -X int_max_str_digits, -1 default
    const char *run_command; // -c
    const char *run_module;  // -m
    const char *run_file;    // script path ("-" for stdin)
    int argc;                // sys.argv
    char **argv;
} wf_config_t;

extern wf_config_t wf_config;

// Build every type, the builtins and sys modules. 0 / -1 (message printed).
int wf_interp_init(void);
// Flush standard streams and release what can be released. Returns the exit status,
// which becomes 120 if flushing stdout failed.
int wf_interp_finalize(int status);
// Module objects created at start-up (borrowed).
wf_object_t *wf_interp_builtins(void);       // the builtins module's dict
wf_object_t *wf_interp_sys_modules(void);    // sys.modules

#endif
