// The command line: option parsing, running a script / -c / -m / stdin, the REPL, and
// turning the outcome into an exit status (0, 1 for an uncaught exception, SystemExit's
// code, 2 for usage errors, 120 when stdout cannot be flushed at exit).
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/compile.h"
#include "runtime/dis.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/traceback.h"
#include "gil/gil.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_sys.h"
#include "runtime/repl.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *progname = "weft";
static int dis_only;
static int died_of_interrupt;  // an uncaught KeyboardInterrupt ended the program

static void usage_hint(void) {
    fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", progname);
    fprintf(stderr, "Try `%s -h' for more information.\n", progname);
}

static void print_help(void) {
    printf("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", progname);
    printf("Options (and corresponding environment variables):\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-i     : inspect interactively after running script\n"
           "-I     : isolate from the user's environment (ignore WEFTPATH)\n"
           "-m mod : run library module as a script (terminates option list)\n"
           "-u     : force the stdout and stderr streams to be unbuffered\n"
           "-V     : print the version number and exit (also --version)\n"
           "-W arg : warning control; arg is action:message:category:module:lineno\n"
           "         also PYTHONWARNINGS=arg\n"
           "-X opt : set implementation-specific option: gil=0|1, dev, int_max_str_digits=N\n"
           "--dis  : print the bytecode of the script instead of running it\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n\n"
           "Environment variables:\n"
           "WEFTPATH : ':'-separated list of directories prefixed to the module search path\n"
           "WEFT_GIL : 0 or 1, as -X gil\n"
           "PYTHONWARNINGS : warning control, as -W\n");
}

// -X gil / WEFT_GIL: "0" or "1"; anything else is reported by check_gil_option.
static int gil_value(const char *s) {
    return strcmp(s, "0") == 0 ? 0 : strcmp(s, "1") == 0 ? 1 : 2;
}

static int check_gil_option(void) {
    const char *msg = NULL;
    if (wf_config.gil == 2) {
        msg = "PYTHON_GIL / -X gil must be \"0\" or \"1\"";
    } else if (wf_config.gil == 0 && !wf_gil_can_disable()) {
        msg = "Disabling the GIL is not supported by this build";
    }
    if (msg != NULL) {
        fprintf(stderr, "Fatal Python error: config_read_gil: %s\nPython runtime state: "
                        "preinitialized\n\n", msg);
        return -1;
    }
    return 0;
}

static void handle_xoption(const char *opt) {
    if (strcmp(opt, "dev") == 0) {
        wf_config.dev_mode = 1;
    } else if (strncmp(opt, "gil=", 4) == 0) {
        wf_config.gil = gil_value(opt + 4);
    } else if (strncmp(opt, "int_max_str_digits=", 19) == 0) {
        wf_config.int_max_str_digits = atoi(opt + 19);
    }
    // Unknown -X options are accepted and ignored, as CPython does.
}

// Parse options; returns the index of the first program argument, or -1 after a usage
// error has been printed (exit 2), or -2 when the program should exit 0 (help, version).
// -W options, in the order given; with $PYTHONWARNINGS they make sys.warnoptions, which
// the warnings module applies when it is imported.
static const char *warn_opts[64];
static int nwarn_opts;

static int set_warnoptions(void) {
    wf_object_t *list = wf_sys_get_object("warnoptions");
    if (list == NULL || !WF_LIST_CHECK(list)) {
        return 0;
    }
    const char *env = wf_config.ignore_environment ? NULL : getenv("PYTHONWARNINGS");
    if (env != NULL && *env) {
        char *copy = wf_mem_strdup(env);
        if (copy == NULL) {
            wf_err_nomemory();
            return -1;
        }
        for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok != NULL;
             tok = strtok_r(NULL, ",", &save)) {
            while (*tok == ' ') {
                tok++;
            }
            wf_object_t *o = *tok ? wf_str_from_cstr(tok) : NULL;
            if (*tok && (o == NULL || wf_list_append_steal(list, o) < 0)) {
                wf_mem_free(copy);
                return -1;
            }
        }
        wf_mem_free(copy);
    }
    for (int k = 0; k < nwarn_opts; k++) {
        wf_object_t *o = wf_str_from_cstr(warn_opts[k]);
        if (o == NULL || wf_list_append_steal(list, o) < 0) {
            return -1;
        }
    }
    return 0;
}

static int parse_options(int argc, char **argv) {
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--help") == 0) {
            print_help();
            return -2;
        }
        if (strcmp(a, "--version") == 0) {
            printf("Python %s\n", WF_VERSION);
            return -2;
        }
        if (strcmp(a, "--dis") == 0) {
            dis_only = 1;
            continue;
        }
        if (a[1] == '-') {
            fprintf(stderr, "unknown option %s\n", a);
            usage_hint();
            return -1;
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
                case 'c':
                case 'm':
                case 'W':
                case 'X': {
                    const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                    if (val == NULL) {
                        fprintf(stderr, "Argument expected for the -%c option\n", *p);
                        usage_hint();
                        return -1;
                    }
                    if (*p == 'X') {
                        handle_xoption(val);
                        goto next_arg;
                    }
                    if (*p == 'W') {
                        if (nwarn_opts < (int)(sizeof(warn_opts) / sizeof(warn_opts[0]))) {
                            warn_opts[nwarn_opts++] = val;
                        }
                        goto next_arg;
                    }
                    if (*p == 'c') {
                        wf_config.run_command = val;
                    } else {
                        wf_config.run_module = val;
                    }
                    return i + 1;
                }
                case 'u': wf_config.unbuffered = 1; break;
                case 'i': wf_config.inspect = 1; break;
                case 'I':
                    wf_config.isolated = wf_config.safe_path = 1;
                    wf_config.ignore_environment = wf_config.no_user_site = 1;
                    break;
                case 'O': wf_config.optimize++; break;
                case 'P': wf_config.safe_path = 1; break;
                case 'E': wf_config.ignore_environment = 1; break;
                case 's': wf_config.no_user_site = 1; break;
                case 'S': wf_config.no_site = 1; break;
                case 'B': wf_config.dont_write_bytecode = 1; break;
                case 'q': wf_config.quiet = 1; break;
                case 'v': wf_config.verbose++; break;
                case 'h':
                case '?': print_help(); return -2;
                case 'V': printf("Python %s\n", WF_VERSION); return -2;
                case 'b': case 'd': case 'R':
                    break;  // accepted for compatibility; no effect here
                default:
                    fprintf(stderr, "Unknown option: -%c\n", *p);
                    usage_hint();
                    return -1;
            }
        }
    next_arg:;
    }
    return i;
}

// Exit status for an uncaught SystemExit (printing its message when it is not an int).
static int system_exit_status(wf_object_t *exc) {
    wf_object_t *code = ((wf_exc_system_exit_t *)exc)->code;
    if (code == NULL || code == WF_NONE) {
        return 0;
    }
    if (WF_INT_CHECK(code)) {
        int64_t v;
        if (wf_int_as_i64(code, &v) < 0) {
            wf_err_clear();
            return -1 & 0xff;
        }
        return (int)(v & 0xff);
    }
    wf_object_t *s = wf_str(code);
    wf_object_t *err = wf_sys_get_object("stderr");
    if (s != NULL && err != NULL && err != WF_NONE) {
        wf_object_t *out = wf_sys_get_object("stdout");
        if (out != NULL && out != WF_NONE) {
            wf_object_t *r = wf_call_method(out, WF_ID(flush), NULL, 0);
            WF_XDECREF(r);
        }
        wf_object_t *r = wf_call_method(err, WF_ID(write), &s, 1);
        WF_XDECREF(r);
        wf_object_t *nl = wf_str_from_cstr("\n");
        r = nl ? wf_call_method(err, WF_ID(write), &nl, 1) : NULL;
        WF_XDECREF(r);
        WF_XDECREF(nl);
    }
    WF_XDECREF(s);
    wf_err_clear();
    return 1;
}

// Report the pending exception as the top level does; returns the exit status.
static int report_exception(void) {
    wf_object_t *exc = wf_err_fetch();
    if (exc == NULL) {
        return 0;
    }
    // Under -i the program's SystemExit does not end the process: it is printed as any
    // uncaught exception and the REPL starts, as in CPython.
    if (wf_type_is_subtype(WF_TYPE(exc), &wf_exc_SystemExit) && !wf_config.inspect) {
        int rc = system_exit_status(exc);
        WF_DECREF(exc);
        return rc;
    }
    int interrupted = wf_type_is_subtype(WF_TYPE(exc), &wf_exc_KeyboardInterrupt);
    // Flush stdout first so that output and traceback appear in order on a terminal.
    wf_object_t *out = wf_sys_get_object("stdout");
    if (out != NULL && out != WF_NONE) {
        wf_object_t *r = wf_call_method(out, WF_ID(flush), NULL, 0);
        if (r == NULL) {
            wf_err_clear();
        }
        WF_XDECREF(r);
    }
    wf_object_t *hook = wf_sys_get_object("excepthook");
    if (hook != NULL) {
        wf_object_t *tb = wf_exc_get_traceback(exc);
        wf_object_t *args[3] = {WF_OBJ(WF_TYPE(exc)), exc, tb ? tb : WF_NONE};
        wf_object_t *r = wf_vectorcall(hook, args, 3, NULL);
        if (r != NULL) {
            WF_DECREF(r);
            WF_DECREF(exc);
            died_of_interrupt = interrupted;
            return 1;
        }
        wf_err_clear();
    }
    wf_err_display(exc, NULL);
    WF_DECREF(exc);
    died_of_interrupt = interrupted;
    return 1;
}

// After an uncaught KeyboardInterrupt the process dies of SIGINT, as CPython's does, so
// that the shell sees the interruption.
static void exit_by_sigint(void) {
    wf_sys_flush_std_streams();
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
}

// __main__'s __builtins__ is the builtins module itself (other modules get its dict),
// as in CPython.
static wf_object_t *main_module(const char *file) {
    wf_object_t *mods = wf_sys_get_object("modules");
    wf_object_t *m = wf_module_new("__main__");
    wf_object_t *builtins = NULL;
    if (m == NULL || wf_dict_setitem_cstr(mods, "__main__", m) < 0 ||
        wf_dict_get_ref_cstr(mods, "builtins", &builtins) <= 0 ||
        wf_dict_setitem_cstr(WF_MODULE_DICT(m), "__builtins__", builtins) < 0) {
        WF_XDECREF(builtins);
        WF_XDECREF(m);
        return NULL;
    }
    WF_DECREF(builtins);
    // __main__ starts with an empty __annotations__, as CPython's does.
    wf_object_t *ann = wf_dict_new();
    if (ann == NULL || wf_dict_setitem_cstr(WF_MODULE_DICT(m), "__annotations__", ann) < 0) {
        WF_XDECREF(ann);
        WF_DECREF(m);
        return NULL;
    }
    WF_DECREF(ann);
    if (file != NULL) {
        wf_object_t *f = wf_str_from_cstr(file);
        if (f == NULL || wf_dict_setitem(WF_MODULE_DICT(m), WF_ID(__file__), f) < 0) {
            WF_XDECREF(f);
            WF_DECREF(m);
            return NULL;
        }
        WF_DECREF(f);
    }
    return m;
}

static int run_source(const char *src, wf_ssize_t len, const char *filename, wf_object_t *module) {
    wf_object_t *code = wf_compile_source(src, len, filename, 0);
    if (code == NULL) {
        return report_exception();
    }
    if (dis_only) {
        wf_dis_code(code, stdout);
        WF_DECREF(code);
        return 0;
    }
    wf_object_t *ns = WF_MODULE_DICT(module);
    wf_object_t *r = wf_eval_code(code, ns, ns);
    WF_DECREF(code);
    if (r == NULL) {
        return report_exception();
    }
    WF_DECREF(r);
    return 0;
}

static char *read_stdin(wf_ssize_t *len) {
    size_t cap = 8192, n = 0;
    char *buf = wf_mem_alloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n - 1, stdin);
        n += got;
        if (got == 0) {
            break;
        }
        if (n + 1 >= cap) {
            cap *= 2;
            char *nb = wf_mem_realloc(buf, cap);
            if (nb == NULL) {
                wf_mem_free(buf);
            }
            buf = nb;
        }
    }
    if (buf != NULL) {
        buf[n] = '\0';
        *len = (wf_ssize_t)n;
    }
    return buf;
}

// The banner goes to stderr, as CPython's, so that stdout holds only the program's output.
static void print_banner(void) {
    fprintf(stderr, "Python %s (%s) on linux\nType \"help\", \"copyright\", \"credits\" or "
                    "\"license\" for more information.\n", WF_VERSION, WF_BUILD_NAME);
}

// The interactive loop in `module`, or in sys.modules['__main__'] when NULL (-i after a
// script, -c or -m). Returns the exit status.
static int enter_repl(wf_object_t *module) {
    wf_object_t *found = NULL;
    if (module == NULL) {
        wf_object_t *mods = wf_sys_get_object("modules");
        if (mods == NULL || wf_dict_get_ref_cstr(mods, "__main__", &found) < 0) {
            return report_exception();
        }
        module = found != NULL ? found : main_module(NULL);
        if (module == NULL) {
            return report_exception();
        }
        found = module;
    }
    // From here SystemExit exits again, and an interrupt of the script is history.
    wf_config.inspect = 0;
    died_of_interrupt = 0;
    int status = wf_repl_run(module);
    WF_XDECREF(found);
    return status < 0 ? report_exception() : status;
}

// Runs the script at `path` as __main__, named `filename` in tracebacks; the exit status.
static int run_file(const char *path, const char *filename) {
    wf_ssize_t len;
    char *src = wf_import_read_file(path, &len);
    if (src == NULL) {
        return report_exception();
    }
    wf_object_t *mod = main_module(filename);
    // A script's module has __cached__ = None (no compiled file), as in CPython.
    if (mod != NULL && wf_dict_setitem_cstr(WF_MODULE_DICT(mod), "__cached__", WF_NONE) < 0) {
        WF_CLEAR(mod);
    }
    int status = mod ? run_source(src, len, filename, mod) : report_exception();
    wf_mem_free(src);
    WF_XDECREF(mod);
    return status;
}

// sys.argv = [argv0] + rest.
static int set_argv_with(const char *argv0, int n, char **rest, const char *path0) {
    char **v = wf_mem_calloc((size_t)n + 1, sizeof(char *));
    if (v == NULL) {
        wf_err_nomemory();
        return -1;
    }
    v[0] = (char *)argv0;
    for (int i = 0; i < n; i++) {
        v[i + 1] = rest[i];
    }
    int rc = wf_sys_set_argv(n + 1, v, path0);
    wf_mem_free(v);
    return rc;
}

// -m module: find the module's file on sys.path and run it as __main__.
static int run_module_main(const char *name) {
    char cwd[4096];
    if (getcwd(cwd, sizeof(cwd)) == NULL) {
        strcpy(cwd, ".");
    }
    wf_object_t *p = wf_str_from_cstr(cwd);
    wf_object_t *path = wf_sys_get_object("path");
    if (p == NULL || path == NULL || wf_list_insert(path, 0, p) < 0) {
        WF_XDECREF(p);
        return report_exception();
    }
    WF_DECREF(p);
    wf_object_t *file = wf_import_find_file(name);
    if (file == NULL) {
        if (wf_err_occurred() && !wf_err_matches(&wf_exc_ImportError)) {
            return report_exception();
        }
        wf_object_t *exc = wf_err_fetch();
        wf_object_t *msg = exc ? wf_str(exc) : NULL;
        fprintf(stderr, "%s: %s\n", progname, msg ? wf_str_as_utf8(msg, NULL) : "import error");
        WF_XDECREF(msg);
        WF_XDECREF(exc);
        return 1;
    }
    const char *fpath = wf_str_as_utf8(file, NULL);
    wf_object_t *argv = wf_sys_get_object("argv");
    if (argv != NULL && wf_list_set_item(argv, 0, file) < 0) {
        WF_DECREF(file);
        return report_exception();
    }
    wf_object_t *mod = main_module(fpath);
    int status = report_exception();
    if (mod != NULL) {
        // __package__ makes relative imports work: the package itself for `-m pkg`
        // (which runs pkg/__main__.py), else everything before the last dot.
        size_t flen = strlen(fpath), nlen = strlen(name);
        const char *dot = strrchr(name, '.');
        int is_pkg_main = flen >= 12 && strcmp(fpath + flen - 12, "/__main__.py") == 0 &&
                          !(nlen >= 9 && strcmp(name + nlen - 9, ".__main__") == 0) &&
                          strcmp(name, "__main__") != 0;
        wf_object_t *pkg = is_pkg_main ? wf_str_from_cstr(name)
                                       : wf_str_from_utf8(name, dot != NULL ? dot - name : 0);
        if (pkg == NULL || wf_dict_setitem_cstr(WF_MODULE_DICT(mod), "__package__", pkg) < 0) {
            WF_XDECREF(pkg);
            WF_DECREF(mod);
            WF_DECREF(file);
            return report_exception();
        }
        WF_DECREF(pkg);
        if (wf_import_main_spec(mod, name, fpath) < 0) {
            WF_DECREF(mod);
            WF_DECREF(file);
            return report_exception();
        }
        wf_object_t *r = wf_import_exec_file(fpath, mod);
        status = r == NULL ? report_exception() : 0;
        WF_XDECREF(r);
        WF_DECREF(mod);
    }
    WF_DECREF(file);
    return status;
}

int main(int argc, char **argv) {
    progname = argv[0];
    const char *gil_env = getenv("WEFT_GIL");
    if (gil_env != NULL && *gil_env) {
        wf_config.gil = gil_value(gil_env);
    }
    int first = parse_options(argc, argv);
    if (first == -1) {
        return 2;
    }
    // PYTHONUNBUFFERED, PYTHONDONTWRITEBYTECODE, PYTHONSAFEPATH, PYTHONOPTIMIZE (non-empty)
    // act as -u, -B, -P and -O, unless -E or -I ignores the environment.
    if (!wf_config.ignore_environment) {
        const char *unbuf = getenv("PYTHONUNBUFFERED");
        if (unbuf != NULL && *unbuf) {
            wf_config.unbuffered = 1;
        }
        const char *nobc = getenv("PYTHONDONTWRITEBYTECODE");
        if (nobc != NULL && *nobc) {
            wf_config.dont_write_bytecode = 1;
        }
        const char *safe = getenv("PYTHONSAFEPATH");
        if (safe != NULL && *safe) {
            wf_config.safe_path = 1;
        }
        const char *opt = getenv("PYTHONOPTIMIZE");
        if (opt != NULL && *opt) {
            int level = atoi(opt);
            if (level < 1) {
                level = 1;  // any other non-empty value means 1
            }
            if (level > wf_config.optimize) {
                wf_config.optimize = level;
            }
        }
    }
    if (check_gil_option() < 0) {
        return 1;
    }
    if (first == -2) {
        return 0;
    }
    if (wf_interp_init() < 0) {
        return 1;
    }
    if (wf_import_init_path() < 0 || set_warnoptions() < 0) {
        report_exception();
        return 1;
    }
    int status = 0;
    if (wf_config.run_command != NULL) {
        wf_traceback_set_pseudo_source("<string>", wf_config.run_command,
                                       (wf_ssize_t)strlen(wf_config.run_command));
        wf_object_t *mod = set_argv_with("-c", argc - first, argv + first, "") < 0
                               ? NULL : main_module(NULL);
        status = mod ? run_source(wf_config.run_command, (wf_ssize_t)strlen(wf_config.run_command),
                                  "<string>", mod)
                     : report_exception();
        WF_XDECREF(mod);
    } else if (wf_config.run_module != NULL) {
        status = set_argv_with("-m", argc - first, argv + first, NULL) < 0
                     ? report_exception()
                     : run_module_main(wf_config.run_module);
    } else if (first < argc && strcmp(argv[first], "-") != 0) {
        const char *path = argv[first];
        // As CPython: __file__ and code filenames are cwd + "/" + path (not normalised);
        // sys.path[0] is the real directory of the script.
        char cwd[4096];
        char *full = NULL;
        if (path[0] != '/' && getcwd(cwd, sizeof(cwd)) != NULL) {
            full = wf_mem_alloc(strlen(cwd) + strlen(path) + 2);
            if (full != NULL) {
                sprintf(full, "%s/%s", cwd, path);
            }
        }
        char *dir = wf_mem_strdup(full ? full : path);
        char *slash = dir ? strrchr(dir, '/') : NULL;
        if (slash != NULL) {
            *slash = '\0';
        }
        char *real = dir ? realpath(dir[0] ? dir : "/", NULL) : NULL;
        wf_sys_set_argv(argc - first, argv + first, real ? real : (dir ? dir : ""));
        free(real);
        wf_mem_free(dir);
        FILE *probe = fopen(path, "rb");
        if (probe == NULL) {
            int e = errno;
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", progname,
                    full ? full : path, e, strerror(e));
            wf_mem_free(full);
            if (!wf_config.inspect) {
                return 2;
            }
            status = 2;  // under -i the REPL starts all the same, as in CPython
        } else {
            fclose(probe);
            status = run_file(path, full ? full : path);
            wf_mem_free(full);
        }
    } else {
        wf_sys_set_argv(first < argc ? argc - first : 1, first < argc ? argv + first : (char *[]){""}, "");
        wf_object_t *mod = main_module(NULL);
        if (mod == NULL) {
            status = report_exception();
        } else if (isatty(0) || wf_config.inspect) {
            print_banner();
            status = enter_repl(mod);
        } else {
            wf_ssize_t len;
            char *src = read_stdin(&len);
            status = src ? run_source(src, len, "<stdin>", mod) : 1;
            wf_mem_free(src);
        }
        WF_XDECREF(mod);
    }
    if (wf_config.inspect) {
        status = enter_repl(NULL);
    }
    status = wf_interp_finalize(status);
    if (died_of_interrupt) {
        exit_by_sigint();
    }
    return status;
}
