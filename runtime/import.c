// The import system.
//
// Resolution order for an absolute name: sys.modules, the builtin C modules of
// runtime/modules/modules.def, then for a top-level name each directory of sys.path (for a
// submodule, each directory of the parent package's __path__): NAME.py, then
// NAME/__init__.py (a package). A module is entered in sys.modules before its code runs
// and removed again if the code raises, as CPython does.
#include "runtime/import.h"
#include "objects/exceptions.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/ids.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_sys.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef WEFT_LIBDIR
#define WEFT_LIBDIR "runtime/lib"
#endif

typedef struct {
    const char *name;
    wf_object_t *(*init)(void);
} builtin_module_t;

static const builtin_module_t builtin_modules[] = {
#define WF_MODULE(pyname, initfn) {pyname, initfn},
#include "runtime/modules/modules.def"
#undef WF_MODULE
};

// The library directory the interpreter was started with (see wf_import_init_path).
static char libdir[4096] = WEFT_LIBDIR;

// importlib._bootstrap: module specs, the default finders and the hooks programs extend.
// It is loaded from the bundled library on the first import that needs it; until then
// (and while it loads) modules get their specs later, from its _install().
static struct {
    int state;                 // 0 not loaded, 1 loading, 2 ready
    wf_object_t *module;
    wf_object_t *attach;       // _attach(module, origin, locations)
    wf_object_t *find_and_load;
    wf_object_t *meta[3];      // the default sys.meta_path entries
    wf_object_t *hook;         // the default sys.path_hooks entry
} boot;

static wf_object_t *load_source(wf_object_t *name, const char *path, const char *pkgdir);
static wf_object_t *sys_modules(void);

static wf_object_t *load_boot_file(const char *name, const char *file, int package) {
    wf_object_t *mods = sys_modules();
    wf_object_t *n = wf_str_from_cstr(name);
    if (mods == NULL || n == NULL) {
        WF_XDECREF(n);
        return NULL;
    }
    wf_object_t *m = NULL;
    if (wf_dict_get_ref(mods, n, &m) == 0) {
        char path[4400], dir[4200];
        snprintf(dir, sizeof(dir), "%s/importlib", libdir);
        snprintf(path, sizeof(path), "%s/%s", dir, file);
        m = load_source(n, path, package ? dir : NULL);
    }
    WF_DECREF(n);
    return m;
}

static int boot_load(void) {
    boot.state = 1;
    wf_object_t *pkg = load_boot_file("importlib", "__init__.py", 1);
    wf_object_t *m = pkg ? load_boot_file("importlib._bootstrap", "_bootstrap.py", 0) : NULL;
    if (m != NULL && wf_setattr(pkg, wf_str_intern_cstr("_bootstrap"), m) < 0) {
        WF_CLEAR(m);
    }
    WF_XDECREF(pkg);
    wf_object_t *r = m ? wf_call_method_cstr(m, "_install", NULL, 0) : NULL;
    if (r != NULL && (!WF_TUPLE_CHECK(r) || WF_TUPLE_SIZE(r) != 2 ||
                      !WF_TUPLE_CHECK(WF_TUPLE_GET(r, 0)) ||
                      WF_TUPLE_SIZE(WF_TUPLE_GET(r, 0)) != 3)) {
        WF_CLEAR(r);
        wf_err_set_string(&wf_exc_ImportError, "importlib._bootstrap._install() failed");
    }
    wf_object_t *attach = r ? wf_getattr_cstr(m, "_attach") : NULL;
    wf_object_t *fal = attach ? wf_getattr_cstr(m, "_find_and_load") : NULL;
    if (fal == NULL) {
        WF_XDECREF(attach);
        WF_XDECREF(r);
        WF_XDECREF(m);
        boot.state = 0;
        return -1;
    }
    for (int i = 0; i < 3; i++) {
        boot.meta[i] = wf_newref(WF_TUPLE_GET(WF_TUPLE_GET(r, 0), i));
    }
    boot.hook = wf_newref(WF_TUPLE_GET(r, 1));
    WF_DECREF(r);
    boot.module = m;
    boot.attach = attach;
    boot.find_and_load = fal;
    boot.state = 2;
    return 0;
}

// Give a module its __spec__ and __loader__: origin "built-in", a source path, or NULL
// for a namespace package (`locations` its __path__ list, else NULL). 0 / -1.
static int attach_spec(wf_object_t *mod, const char *origin, wf_object_t *locations) {
    if (boot.state != 2) {
        return 0;  // _install() gives it a spec later
    }
    wf_object_t *o = origin ? wf_str_from_cstr(origin) : wf_newref(WF_NONE);
    if (o == NULL) {
        return -1;
    }
    wf_object_t *args[3] = {mod, o, locations ? locations : WF_NONE};
    wf_object_t *r = wf_vectorcall(boot.attach, args, 3, NULL);
    WF_DECREF(o);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

static int list_item_is(wf_object_t *list, wf_ssize_t i, wf_object_t *o) {
    wf_object_t *item = wf_list_get_ref(list, i);
    WF_XDECREF(item);
    return item == o;
}

int wf_import_main_spec(wf_object_t *main, const char *name, const char *path) {
    if (boot.state == 0 && boot_load() < 0) {
        return -1;
    }
    if (boot.state != 2) {
        return 0;
    }
    wf_object_t *n = wf_str_from_cstr(name);
    wf_object_t *p = n ? wf_str_from_cstr(path) : NULL;
    wf_object_t *args[3] = {main, n, p};
    wf_object_t *r = p ? wf_call_method_cstr(boot.module, "_main_spec", args, 3) : NULL;
    WF_XDECREF(n);
    WF_XDECREF(p);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

// Whether a program has changed sys.meta_path or sys.path_hooks: then imports go through
// importlib._bootstrap._find_and_load instead of the search below.
static int hooks_changed(void) {
    if (boot.state != 2) {
        return 0;
    }
    wf_object_t *meta = wf_sys_get_object("meta_path");
    wf_object_t *hooks = wf_sys_get_object("path_hooks");
    if (meta == NULL || hooks == NULL || !WF_LIST_CHECK(meta) || !WF_LIST_CHECK(hooks) ||
        WF_LIST_SIZE(meta) != 3 || WF_LIST_SIZE(hooks) != 1) {
        return 1;
    }
    int changed = !list_item_is(hooks, 0, boot.hook);
    for (int i = 0; i < 3 && !changed; i++) {
        changed = !list_item_is(meta, i, boot.meta[i]);
    }
    return changed;
}

// Import `name` through the meta path; `path` is the parent's __path__ or None. The
// module, NULL on error, or WF_NONE (borrowed) when no finder knows it.
static wf_object_t *find_and_load_hooked(wf_object_t *name, wf_object_t *path) {
    wf_object_t *args[2] = {name, path};
    wf_object_t *m = wf_vectorcall(boot.find_and_load, args, 2, NULL);
    if (m == WF_NONE) {
        WF_DECREF(m);
        return WF_NONE;
    }
    return m;
}

char *wf_import_read_file(const char *path, wf_ssize_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        wf_object_t *p = wf_str_from_cstr(path);
        wf_err_from_errno_filename(&wf_exc_OSError, p);
        WF_XDECREF(p);
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = wf_mem_alloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (n + 1 < cap) {
            if (ferror(f)) {
                int e = errno;
                fclose(f);
                wf_mem_free(buf);
                errno = e;
                wf_object_t *p = wf_str_from_cstr(path);
                wf_err_from_errno_filename(&wf_exc_OSError, p);
                WF_XDECREF(p);
                return NULL;
            }
            break;
        }
        cap *= 2;
        char *nb = wf_mem_realloc(buf, cap);
        if (nb == NULL) {
            wf_mem_free(buf);
        }
        buf = nb;
    }
    fclose(f);
    if (buf == NULL) {
        wf_err_nomemory();
        return NULL;
    }
    buf[n] = '\0';
    *len = (wf_ssize_t)n;
    return buf;
}

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

// Marks `code` and every code object nested in it with WF_CO_HIDE_FRAMES.
static void hide_frames(wf_object_t *code) {
    wf_code_t *co = (wf_code_t *)code;
    co->flags |= WF_CO_HIDE_FRAMES;
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(co->consts); i++) {
        wf_object_t *c = WF_TUPLE_GET(co->consts, i);
        if (WF_CODE_CHECK(c)) {
            hide_frames(c);
        }
    }
}

// Whether the source's first three lines hold the "# weft: hide-frames" comment.
static int wants_hidden_frames(const char *src, wf_ssize_t len) {
    static const char marker[] = "# weft: hide-frames";
    wf_ssize_t i = 0;
    for (int line = 0; line < 3 && i < len; line++) {
        wf_ssize_t end = i;
        while (end < len && src[end] != '\n') {
            end++;
        }
        if (end - i >= (wf_ssize_t)sizeof(marker) - 1 &&
            memcmp(src + i, marker, sizeof(marker) - 1) == 0) {
            return 1;
        }
        i = end + 1;
    }
    return 0;
}

wf_object_t *wf_import_exec_file(const char *path, wf_object_t *module) {
    wf_ssize_t len;
    char *src = wf_import_read_file(path, &len);
    if (src == NULL) {
        return NULL;
    }
    wf_object_t *code = wf_compile_source(src, len, path, 0);
    if (code != NULL && wants_hidden_frames(src, len)) {
        hide_frames(code);
    }
    wf_mem_free(src);
    if (code == NULL) {
        return NULL;
    }
    wf_object_t *ns = WF_MODULE_DICT(module);
    if (wf_dict_setitem_cstr(ns, "__builtins__", wf_interp_builtins()) < 0) {
        WF_DECREF(code);
        return NULL;
    }
    wf_object_t *r = wf_eval_code(code, ns, ns);
    WF_DECREF(code);
    if (r == NULL) {
        return NULL;
    }
    WF_DECREF(r);
    return wf_newref(module);
}

static wf_object_t *sys_modules(void) {
    wf_object_t *m = wf_sys_get_object("modules");
    if (m == NULL || !WF_DICT_CHECK(m)) {
        return wf_err_set_string(&wf_exc_RuntimeError, "lost sys.modules");
    }
    return m;
}

// Look `name` up in sys.modules: -1 error, 0 missing, 1 found (*mod new ref). None there
// blocks the import: ModuleNotFoundError, as CPython.
static int modules_get(wf_object_t *name, wf_object_t **mod) {
    wf_object_t *mods = sys_modules();
    if (mods == NULL) {
        return -1;
    }
    int r = wf_dict_get_ref(mods, name, mod);
    if (r > 0 && *mod == WF_NONE) {
        WF_DECREF(*mod);
        *mod = NULL;
        wf_object_t *msg = wf_str_from_format("import of %U halted; None in sys.modules", name);
        if (msg != NULL) {
            wf_object_t *exc = wf_call_one(WF_OBJ(&wf_exc_ModuleNotFoundError), msg);
            WF_DECREF(msg);
            if (exc != NULL) {
                wf_setattr(exc, wf_str_intern_cstr("name"), name);
                wf_err_set_object_steal(exc);
            }
        }
        return -1;
    }
    return r;
}

static wf_object_t *load_builtin(wf_object_t *name) {
    const char *cname = wf_str_as_utf8(name, NULL);
    if (cname == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof(builtin_modules) / sizeof(builtin_modules[0]); i++) {
        if (strcmp(builtin_modules[i].name, cname) == 0) {
            wf_object_t *m = builtin_modules[i].init();
            if (m == NULL) {
                return NULL;
            }
            wf_object_t *mods = sys_modules();
            if (mods == NULL || wf_dict_setitem(mods, name, m) < 0 ||
                attach_spec(m, "built-in", NULL) < 0) {
                WF_DECREF(m);
                return NULL;
            }
            return m;
        }
    }
    return WF_NONE;  // not a builtin module (borrowed sentinel)
}

// Create module `name` from the file at `path` (a package when pkgdir is not NULL).
static wf_object_t *load_source(wf_object_t *name, const char *path, const char *pkgdir) {
    const char *cname = wf_str_as_utf8(name, NULL);
    wf_object_t *mod = cname ? wf_module_new(cname) : NULL;
    if (mod == NULL) {
        return NULL;
    }
    wf_object_t *ns = WF_MODULE_DICT(mod);
    wf_object_t *file = wf_str_from_cstr(path);
    wf_object_t *package = NULL;
    if (pkgdir != NULL) {
        package = wf_newref(name);
        wf_object_t *dir = wf_str_from_cstr(pkgdir);
        wf_object_t *pathlist = dir ? wf_list_new(0) : NULL;
        if (pathlist == NULL || wf_list_append(pathlist, dir) < 0 ||
            wf_dict_setitem(ns, WF_ID(__path__), pathlist) < 0) {
            WF_XDECREF(dir);
            WF_XDECREF(pathlist);
            goto error;
        }
        WF_DECREF(dir);
        WF_DECREF(pathlist);
    } else {
        const char *dot = strrchr(cname, '.');
        package = dot ? wf_str_from_utf8(cname, dot - cname) : wf_str_empty();
    }
    if (file == NULL || package == NULL || wf_dict_setitem(ns, WF_ID(__file__), file) < 0 ||
        wf_dict_setitem(ns, WF_ID(__package__), package) < 0) {
        goto error;
    }
    wf_object_t *locations = NULL;
    if (pkgdir != NULL && wf_dict_get_ref(ns, WF_ID(__path__), &locations) < 0) {
        goto error;
    }
    int attached = attach_spec(mod, path, locations);
    WF_XDECREF(locations);
    if (attached < 0) {
        goto error;
    }
    wf_object_t *mods = sys_modules();
    if (mods == NULL || wf_dict_setitem(mods, name, mod) < 0) {
        goto error;
    }
    wf_object_t *r = wf_import_exec_file(path, mod);
    if (r == NULL) {
        wf_object_t *exc = wf_err_fetch();
        wf_object_t *ignored;
        if (wf_dict_pop(mods, name, &ignored) > 0) {
            WF_DECREF(ignored);
        }
        wf_err_clear();
        wf_err_restore(exc);
        goto error;
    }
    WF_DECREF(r);
    WF_DECREF(file);
    WF_DECREF(package);
    WF_DECREF(mod);
    // The module may have replaced itself in sys.modules.
    wf_object_t *final = NULL;
    if (modules_get(name, &final) <= 0) {
        return final ? final : (wf_err_occurred() ? NULL : wf_err_format(&wf_exc_ImportError,
            "Loaded module %U not found in sys.modules", name));
    }
    return final;
error:
    WF_XDECREF(file);
    WF_XDECREF(package);
    WF_DECREF(mod);
    return NULL;
}

// A namespace package (PEP 420): directories named like the package without an
// __init__.py, found along the path; __path__ lists them all and __file__ is None.
static wf_object_t *load_namespace(wf_object_t *name, wf_object_t *portions) {
    const char *cname = wf_str_as_utf8(name, NULL);
    wf_object_t *mod = cname ? wf_module_new(cname) : NULL;
    if (mod == NULL) {
        return NULL;
    }
    wf_object_t *ns = WF_MODULE_DICT(mod);
    wf_object_t *mods = sys_modules();
    if (wf_dict_setitem(ns, WF_ID(__file__), WF_NONE) < 0 ||
        wf_dict_setitem(ns, WF_ID(__package__), name) < 0 ||
        wf_dict_setitem(ns, WF_ID(__path__), portions) < 0 || mods == NULL ||
        attach_spec(mod, NULL, portions) < 0 || wf_dict_setitem(mods, name, mod) < 0) {
        WF_DECREF(mod);
        return NULL;
    }
    return mod;
}

// Search the directories of `paths` (a list) for module `tail`; load it as `name`: the
// first NAME/__init__.py or NAME.py wins; failing both, directories NAME make a namespace
// package. Returns the module, NULL on error, or WF_NONE (borrowed) if not found.
static wf_object_t *find_in_paths(wf_object_t *name, const char *tail, wf_object_t *paths) {
    wf_ssize_t n = WF_LIST_CHECK(paths) ? WF_LIST_SIZE(paths) : 0;
    wf_object_t *portions = NULL;
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *entry = wf_list_get_ref(paths, i);
        if (entry == NULL) {
            break;
        }
        const char *dir = WF_STR_CHECK(entry) ? wf_str_as_utf8(entry, NULL) : NULL;
        if (dir == NULL) {
            WF_DECREF(entry);
            wf_err_clear();
            continue;
        }
        // Relative entries ('' is the current directory) are made absolute, so that
        // __file__ and __path__ stay right after a chdir.
        char cwd[4096];
        char *absdir = NULL;
        if (dir[0] != '/' && getcwd(cwd, sizeof(cwd)) != NULL) {
            int here = dir[0] == '\0' || strcmp(dir, ".") == 0;
            size_t alen = strlen(cwd) + strlen(dir) + 2;
            absdir = wf_mem_alloc(alen);
            if (absdir == NULL) {
                WF_DECREF(entry);
                return wf_err_nomemory();
            }
            snprintf(absdir, alen, here ? "%s" : "%s/%s", cwd, dir);
        }
        const char *base = absdir != NULL ? absdir : dir[0] ? dir : ".";
        size_t need = strlen(base) + strlen(tail) + 16;
        char *buf = wf_mem_alloc(need);
        if (buf == NULL) {
            wf_mem_free(absdir);
            WF_DECREF(entry);
            return wf_err_nomemory();
        }
        snprintf(buf, need, "%s/%s/__init__.py", base, tail);
        wf_object_t *result = WF_NONE;
        if (is_file(buf)) {
            char *pkgdir = wf_mem_strdup(buf);
            if (pkgdir != NULL) {
                pkgdir[strlen(pkgdir) - strlen("/__init__.py")] = '\0';
                result = load_source(name, buf, pkgdir);
                wf_mem_free(pkgdir);
            } else {
                result = wf_err_nomemory();
            }
        } else {
            snprintf(buf, need, "%s/%s.py", base, tail);
            if (is_file(buf)) {
                result = load_source(name, buf, NULL);
            } else {
                snprintf(buf, need, "%s/%s", base, tail);
                if (is_dir(buf)) {
                    wf_object_t *dirname = wf_str_from_cstr(buf);
                    if (portions == NULL) {
                        portions = wf_list_new(0);
                    }
                    if (dirname == NULL || portions == NULL ||
                        wf_list_append(portions, dirname) < 0) {
                        result = NULL;
                    }
                    WF_XDECREF(dirname);
                }
            }
        }
        wf_mem_free(buf);
        wf_mem_free(absdir);
        WF_DECREF(entry);
        if (result != WF_NONE) {
            WF_XDECREF(portions);
            return result;
        }
    }
    if (portions != NULL) {
        wf_object_t *m = load_namespace(name, portions);
        WF_DECREF(portions);
        return m;
    }
    return WF_NONE;
}

// Give the ImportError being raised its `name` (and `path`) attributes.
static void set_import_attrs(wf_object_t *name, wf_object_t *path) {
    wf_object_t *exc = wf_err_occurred();
    if (exc != NULL && wf_type_is_subtype(WF_TYPE(exc), &wf_exc_ImportError)) {
        wf_exc_import_t *ie = (wf_exc_import_t *)exc;
        if (name != NULL) {
            WF_SETREF(ie->name, wf_newref(name));
        }
        if (path != NULL) {
            WF_SETREF(ie->path, wf_newref(path));
        }
    }
}

static wf_object_t *not_found(wf_object_t *name) {
    wf_object_t *msg = wf_str_from_format("No module named %R", name);
    if (msg == NULL) {
        return NULL;
    }
    wf_object_t *exc = wf_exc_new(&wf_exc_ModuleNotFoundError, NULL);
    if (exc == NULL) {
        WF_DECREF(msg);
        return NULL;
    }
    wf_object_t *args = wf_tuple_pack(1, msg);
    wf_exc_import_t *ie = (wf_exc_import_t *)exc;
    if (args != NULL) {
        WF_SETREF(ie->args, args);
    }
    WF_SETREF(ie->msg, msg);
    WF_SETREF(ie->name, wf_newref(name));
    wf_err_set_object_steal(exc);
    return NULL;
}

// Load importlib._bootstrap before the first source module (it may be the module asked
// for, or load it): -1 error, 1 `name` is now in sys.modules (*mod new ref), 0 go on.
static int ensure_boot(wf_object_t *name, wf_object_t **mod) {
    if (boot.state != 0) {
        return 0;
    }
    if (boot_load() < 0) {
        return -1;
    }
    return modules_get(name, mod);
}

// Import one absolute dotted name, importing parents first. The module itself.
wf_object_t *wf_import_module(wf_object_t *name) {
    wf_object_t *mod = NULL;
    int found = modules_get(name, &mod);
    if (found != 0) {
        return found < 0 ? NULL : mod;
    }
    wf_ssize_t len;
    const char *cname = wf_str_as_utf8(name, &len);
    if (cname == NULL) {
        return NULL;
    }
    const char *dot = strrchr(cname, '.');
    if (dot == NULL) {
        wf_object_t *m;
        if (hooks_changed()) {
            m = find_and_load_hooked(name, WF_NONE);
            return m != WF_NONE ? m : not_found(name);
        }
        m = load_builtin(name);
        if (m != WF_NONE) {
            return m;
        }
        if ((found = ensure_boot(name, &mod)) != 0) {
            return found < 0 ? NULL : mod;
        }
        wf_object_t *path = wf_sys_get_object("path");
        m = path ? find_in_paths(name, cname, path) : WF_NONE;
        return m != WF_NONE ? m : not_found(name);
    }
    wf_object_t *parent_name = wf_str_from_utf8(cname, dot - cname);
    wf_object_t *parent = parent_name ? wf_import_module(parent_name) : NULL;
    WF_XDECREF(parent_name);
    if (parent == NULL) {
        return NULL;
    }
    // Importing the parent may have imported this module as a side effect.
    found = modules_get(name, &mod);
    if (found != 0) {
        WF_DECREF(parent);
        return found < 0 ? NULL : mod;
    }
    wf_object_t *ppath = NULL;
    if (wf_getattr_opt(parent, WF_ID(__path__), &ppath) < 0) {
        WF_DECREF(parent);
        return NULL;
    }
    if (ppath == NULL) {
        WF_DECREF(parent);
        wf_object_t *pn = wf_str_from_utf8(cname, dot - cname);
        wf_err_format(&wf_exc_ModuleNotFoundError, "No module named %R; %R is not a package",
                      name, pn);
        set_import_attrs(name, NULL);
        WF_XDECREF(pn);
        return NULL;
    }
    wf_object_t *m = hooks_changed() ? find_and_load_hooked(name, ppath)
                                     : find_in_paths(name, dot + 1, ppath);
    WF_DECREF(ppath);
    if (m == WF_NONE) {
        WF_DECREF(parent);
        return not_found(name);
    }
    if (m != NULL) {
        // Bind the submodule as an attribute of its parent.
        wf_object_t *tail = wf_str_from_cstr(dot + 1);
        if (tail == NULL || wf_setattr(parent, tail, m) < 0) {
            WF_CLEAR(m);
        }
        WF_XDECREF(tail);
    }
    WF_DECREF(parent);
    return m;
}

wf_object_t *wf_import_module_cstr(const char *name) {
    wf_object_t *n = wf_str_from_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    wf_object_t *m = wf_import_module(n);
    WF_DECREF(n);
    return m;
}

// The package a relative import of `level` starts from, per the importing globals.
static wf_object_t *resolve_relative(wf_object_t *name, wf_object_t *globals, int level) {
    wf_object_t *package = NULL;
    if (globals != NULL && WF_DICT_CHECK(globals)) {
        if (wf_dict_get_ref(globals, WF_ID(__package__), &package) < 0) {
            return NULL;
        }
        if (package == WF_NONE) {
            WF_CLEAR(package);
        }
        if (package == NULL) {
            wf_object_t *modname = NULL;
            if (wf_dict_get_ref(globals, WF_ID(__name__), &modname) < 0) {
                return NULL;
            }
            int has_path = wf_dict_contains(globals, WF_ID(__path__));
            if (modname != NULL && WF_STR_CHECK(modname)) {
                if (has_path > 0) {
                    package = wf_newref(modname);
                } else {
                    wf_ssize_t n;
                    const char *s = wf_str_as_utf8(modname, &n);
                    const char *dot = s ? strrchr(s, '.') : NULL;
                    package = dot ? wf_str_from_utf8(s, dot - s) : wf_str_empty();
                }
            }
            WF_XDECREF(modname);
        }
    }
    if (package == NULL || !WF_STR_CHECK(package) || WF_STR_LEN(package) == 0) {
        WF_XDECREF(package);
        return wf_err_set_string(&wf_exc_ImportError,
                                 "attempted relative import with no known parent package");
    }
    wf_ssize_t plen;
    const char *p = wf_str_as_utf8(package, &plen);
    wf_ssize_t end = plen;
    for (int i = 1; i < level; i++) {
        while (end > 0 && p[end - 1] != '.') {
            end--;
        }
        if (end == 0) {
            WF_DECREF(package);
            return wf_err_set_string(&wf_exc_ImportError,
                                     "attempted relative import beyond top-level package");
        }
        end--;
    }
    wf_object_t *base = wf_str_from_utf8(p, end);
    WF_DECREF(package);
    if (base == NULL || name == NULL || WF_STR_LEN(name) == 0) {
        return base;
    }
    wf_object_t *full = wf_str_from_format("%U.%U", base, name);
    WF_DECREF(base);
    return full;
}

wf_object_t *wf_import_module_level(wf_object_t *name, wf_object_t *globals,
                                    wf_object_t *fromlist, int level) {
    if (!WF_STR_CHECK(name)) {
        return wf_err_format(&wf_exc_TypeError, "module name must be str, not %T", name);
    }
    if (level < 0) {
        return wf_err_set_string(&wf_exc_ValueError, "level must be >= 0");
    }
    wf_object_t *absname;
    if (level > 0) {
        absname = resolve_relative(name, globals, level);
    } else {
        if (WF_STR_LEN(name) == 0) {
            return wf_err_set_string(&wf_exc_ValueError, "Empty module name");
        }
        absname = wf_newref(name);
    }
    if (absname == NULL) {
        return NULL;
    }
    wf_object_t *mod = wf_import_module(absname);
    if (mod == NULL) {
        WF_DECREF(absname);
        return NULL;
    }
    int has_from = fromlist != NULL && fromlist != WF_NONE && wf_truthy(fromlist) > 0;
    if (has_from) {
        // Import submodules named in the fromlist that are not attributes yet.
        wf_object_t *path = NULL;
        if (wf_getattr_opt(mod, WF_ID(__path__), &path) > 0) {
            wf_object_t *it = wf_iter(fromlist), *item;
            while (it != NULL && (item = wf_iter_next(it)) != NULL) {
                if (WF_STR_CHECK(item) && !wf_str_eq_cstr(item, "*") && wf_hasattr(mod, item) == 0) {
                    wf_object_t *sub = wf_str_from_format("%U.%U", absname, item);
                    wf_object_t *m = sub ? wf_import_module(sub) : NULL;
                    if (m == NULL && wf_err_matches(&wf_exc_ModuleNotFoundError)) {
                        // The submodule itself is missing: IMPORT_FROM reports the name.
                        // An import failing inside it propagates, as in CPython.
                        wf_object_t *missing = ((wf_exc_import_t *)wf_err_occurred())->name;
                        if (missing != NULL && WF_STR_CHECK(missing) &&
                            wf_str_eq(missing, sub)) {
                            wf_err_clear();
                        }
                    }
                    WF_XDECREF(m);
                    WF_XDECREF(sub);
                }
                WF_DECREF(item);
                if (wf_err_occurred()) {
                    break;
                }
            }
            WF_XDECREF(it);
            WF_DECREF(path);
        }
        WF_DECREF(absname);
        if (wf_err_occurred()) {
            WF_DECREF(mod);
            return NULL;
        }
        return mod;
    }
    // Plain `import a.b.c` binds the top-level package `a`.
    wf_ssize_t n;
    const char *s = wf_str_as_utf8(absname, &n);
    const char *dot = s ? strchr(s, '.') : NULL;
    if (dot == NULL) {
        WF_DECREF(absname);
        return mod;
    }
    WF_DECREF(mod);
    wf_object_t *top = wf_str_from_utf8(s, dot - s);
    WF_DECREF(absname);
    if (top == NULL) {
        return NULL;
    }
    wf_object_t *topmod = NULL;
    if (modules_get(top, &topmod) == 0) {
        wf_err_format(&wf_exc_KeyError, "%U not in sys.modules as expected", top);
    }
    WF_DECREF(top);
    return topmod;
}

wf_object_t *wf_import_from(wf_object_t *module, wf_object_t *name) {
    wf_object_t *v = NULL;
    if (wf_getattr_opt(module, name, &v) != 0) {
        return v;
    }
    // Fall back to sys.modules["pkg.name"] (circular imports of submodules).
    wf_object_t *pkgname = NULL;
    if (wf_getattr_opt(module, WF_ID(__name__), &pkgname) < 0) {
        return NULL;
    }
    if (pkgname != NULL && WF_STR_CHECK(pkgname)) {
        wf_object_t *full = wf_str_from_format("%U.%U", pkgname, name);
        if (full != NULL && modules_get(full, &v) > 0) {
            WF_DECREF(full);
            WF_DECREF(pkgname);
            return v;
        }
        WF_XDECREF(full);
        wf_err_clear();
    }
    wf_object_t *file = NULL;
    if (wf_getattr_opt(module, WF_ID(__file__), &file) < 0) {
        wf_err_clear();
    }
    wf_object_t *pn = pkgname && WF_STR_CHECK(pkgname) ? pkgname : NULL;
    wf_object_t *path = file != NULL && WF_STR_CHECK(file) ? file : NULL;
    if (pn == NULL) {
        wf_err_format(&wf_exc_ImportError, "cannot import name %R from '<unknown module name>'",
                      name);
    } else if (file != NULL && WF_STR_CHECK(file)) {
        wf_err_format(&wf_exc_ImportError, "cannot import name %R from %R (%U)", name, pn, file);
    } else {
        wf_err_format(&wf_exc_ImportError, "cannot import name %R from %R (unknown location)",
                      name, pn);
    }
    set_import_attrs(pn, path);
    if (wf_err_occurred() != NULL) {
        wf_exc_import_t *ie = (wf_exc_import_t *)wf_err_occurred();
        if (wf_type_is_subtype(WF_TYPE(ie), &wf_exc_ImportError)) {
            WF_SETREF(ie->name_from, wf_newref(name));
        }
    }
    WF_XDECREF(file);
    WF_XDECREF(pkgname);
    return NULL;
}

int wf_import_star(wf_object_t *module, wf_object_t *ns) {
    wf_object_t *names = NULL;
    if (wf_getattr_opt(module, WF_ID(__all__), &names) < 0) {
        return -1;
    }
    int skip_private = 0;
    if (names == NULL) {
        wf_object_t *d = NULL;
        if (wf_getattr_opt(module, WF_ID(__dict__), &d) <= 0) {
            if (!wf_err_occurred()) {
                wf_err_set_string(&wf_exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            return -1;
        }
        names = wf_call_method(d, WF_ID(keys), NULL, 0);
        WF_DECREF(d);
        if (names == NULL) {
            return -1;
        }
        skip_private = 1;
    }
    wf_object_t *it = wf_iter(names);
    WF_DECREF(names);
    if (it == NULL) {
        return -1;
    }
    wf_object_t *item;
    int rc = 0;
    while ((item = wf_iter_next(it)) != NULL) {
        if (skip_private && WF_STR_CHECK(item) && WF_STR_LEN(item) > 0 && wf_str_char(item, 0) == '_') {
            WF_DECREF(item);
            continue;
        }
        wf_object_t *v = wf_getattr(module, item);
        if (v == NULL || wf_setitem(ns, item, v) < 0) {
            WF_XDECREF(v);
            WF_DECREF(item);
            rc = -1;
            break;
        }
        WF_DECREF(v);
        WF_DECREF(item);
    }
    WF_DECREF(it);
    return rc < 0 || wf_err_occurred() ? -1 : 0;
}

static int append_path(wf_object_t *path, const char *dir) {
    wf_object_t *s = wf_str_from_cstr(dir);
    if (s == NULL || wf_list_append(path, s) < 0) {
        WF_XDECREF(s);
        return -1;
    }
    WF_DECREF(s);
    return 0;
}

int wf_import_init_path(void) {
    wf_object_t *path = wf_sys_get_object("path");
    if (path == NULL) {
        return -1;
    }
    const char *env = wf_config.isolated ? NULL : getenv("WEFTPATH");
    if (env != NULL && *env) {
        char *copy = wf_mem_strdup(env);
        if (copy == NULL) {
            wf_err_nomemory();
            return -1;
        }
        for (char *save = NULL, *tok = strtok_r(copy, ":", &save); tok != NULL;
             tok = strtok_r(NULL, ":", &save)) {
            if (append_path(path, tok) < 0) {
                wf_mem_free(copy);
                return -1;
            }
        }
        wf_mem_free(copy);
    }
    // The bundled library: next to the executable's source tree, else the build-time path.
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 64);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash != NULL) {
            strcpy(slash, "/lib/weft");
            if (is_dir(exe)) {
                snprintf(libdir, sizeof(libdir), "%s", exe);
                return append_path(path, exe);
            }
        }
    }
    return append_path(path, WEFT_LIBDIR);
}

// Look for `tail` (a module name without dots) in the directories of `paths`.
static wf_object_t *locate_in_paths(const char *tail, wf_object_t *paths) {
    wf_ssize_t n = WF_LIST_CHECK(paths) ? WF_LIST_SIZE(paths) : 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *entry = wf_list_get_ref(paths, i);
        const char *dir = entry && WF_STR_CHECK(entry) ? wf_str_as_utf8(entry, NULL) : NULL;
        if (dir == NULL) {
            WF_XDECREF(entry);
            wf_err_clear();
            continue;
        }
        size_t need = strlen(dir) + strlen(tail) + 32;
        char *buf = wf_mem_alloc(need);
        if (buf == NULL) {
            WF_DECREF(entry);
            return wf_err_nomemory();
        }
        const char *base = dir[0] ? dir : ".";
        wf_object_t *found = NULL;
        snprintf(buf, need, "%s/%s/__main__.py", base, tail);
        if (is_file(buf)) {
            found = wf_str_from_cstr(buf);
        } else {
            snprintf(buf, need, "%s/%s.py", base, tail);
            if (is_file(buf)) {
                found = wf_str_from_cstr(buf);
            }
        }
        wf_mem_free(buf);
        WF_DECREF(entry);
        if (found != NULL || wf_err_occurred()) {
            return found;
        }
    }
    return NULL;
}

wf_object_t *wf_import_find_file(const char *name) {
    const char *dot = strrchr(name, '.');
    wf_object_t *paths = NULL;
    if (dot == NULL) {
        paths = wf_newref(wf_sys_get_object("path"));
    } else {
        wf_object_t *parent_name = wf_str_from_utf8(name, dot - name);
        wf_object_t *parent = parent_name ? wf_import_module(parent_name) : NULL;
        WF_XDECREF(parent_name);
        if (parent == NULL) {
            return NULL;
        }
        int r = wf_getattr_opt(parent, WF_ID(__path__), &paths);
        WF_DECREF(parent);
        if (r < 0) {
            return NULL;
        }
    }
    wf_object_t *file = paths ? locate_in_paths(dot ? dot + 1 : name, paths) : NULL;
    WF_XDECREF(paths);
    if (file == NULL && !wf_err_occurred()) {
        wf_err_format(&wf_exc_ImportError, "No module named %s", name);
    }
    return file;
}

// ---- _imp: the built-in-module hooks importlib._bootstrap uses ----

static const builtin_module_t *builtin_entry(wf_object_t *name) {
    const char *cname = WF_STR_CHECK(name) ? wf_str_as_utf8(name, NULL) : NULL;
    if (cname == NULL) {
        wf_err_clear();
        return NULL;
    }
    for (size_t i = 0; i < sizeof(builtin_modules) / sizeof(builtin_modules[0]); i++) {
        if (strcmp(builtin_modules[i].name, cname) == 0) {
            return &builtin_modules[i];
        }
    }
    return NULL;
}

static wf_object_t *imp_is_builtin(wf_object_t *self, wf_object_t *name) {
    return wf_int_from_i64(builtin_entry(name) != NULL);
}

// The module of a spec naming a built-in module: the one already loaded, else a new one.
static wf_object_t *imp_create_builtin(wf_object_t *self, wf_object_t *spec) {
    wf_object_t *name = wf_getattr(spec, WF_ID(name));
    if (name == NULL) {
        return NULL;
    }
    if (!WF_STR_CHECK(name)) {
        wf_err_format(&wf_exc_TypeError, "name must be string, not %T", name);
        WF_DECREF(name);
        return NULL;
    }
    wf_object_t *mod = NULL;
    int found = modules_get(name, &mod);
    if (found != 0) {
        WF_DECREF(name);
        return found < 0 ? NULL : mod;
    }
    const builtin_module_t *entry = builtin_entry(name);
    WF_DECREF(name);
    if (entry == NULL) {
        return wf_newref(WF_NONE);
    }
    return entry->init();
}

static wf_object_t *imp_exec_builtin(wf_object_t *self, wf_object_t *mod) {
    return wf_int_from_i64(0);
}

static wf_object_t *imp_false(wf_object_t *self, wf_object_t *name) {
    return wf_newref(WF_FALSE);
}

static wf_object_t *imp_none(wf_object_t *self, wf_object_t *name) {
    return wf_newref(WF_NONE);
}

static wf_object_t *imp_extension_suffixes(wf_object_t *self, wf_object_t *unused) {
    return wf_list_new(0);  // no extension module ABI
}

static wf_method_def_t imp_methods[] = {
    {"is_builtin", {.o = imp_is_builtin}, WF_METH_O, NULL},
    {"create_builtin", {.o = imp_create_builtin}, WF_METH_O, NULL},
    {"exec_builtin", {.o = imp_exec_builtin}, WF_METH_O, NULL},
    {"is_frozen", {.o = imp_false}, WF_METH_O, NULL},
    {"is_frozen_package", {.o = imp_false}, WF_METH_O, NULL},
    {"find_frozen", {.o = imp_none}, WF_METH_O, NULL},
    {"extension_suffixes", {.noargs = imp_extension_suffixes}, WF_METH_NOARGS, NULL},
    {NULL},
};

wf_object_t *wf_mod_imp_init(void) {
    wf_object_t *m = wf_module_new("_imp");
    if (m == NULL || wf_module_add_functions(m, imp_methods) < 0 ||
        wf_module_add_str(m, "check_hash_based_pycs", "default") < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
