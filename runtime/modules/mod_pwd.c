// The pwd and grp modules: the user and group databases (getpwnam(3), getgrnam(3), ...).
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "runtime/errors.h"
#include "sync/blocking.h"
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>

static wf_type_t *passwd_type, *group_type;

static wf_object_t *text(const char *s) {
    return wf_str_decode_utf8(s != NULL ? s : "", s != NULL ? (wf_ssize_t)strlen(s) : 0,
                              "surrogateescape");
}

// A struct sequence from values, any of them NULL on error (then all are released).
static wf_object_t *pack(wf_type_t *type, wf_object_t **v, int n) {
    for (int i = 0; i < n; i++) {
        if (v[i] == NULL) {
            for (int j = 0; j < n; j++) {
                WF_XDECREF(v[j]);
            }
            return NULL;
        }
    }
    return wf_structseq_new_steal(type, v);
}

static wf_object_t *passwd_entry(const struct passwd *p) {
    wf_object_t *v[7] = {text(p->pw_name), text(p->pw_passwd), wf_int_from_i64(p->pw_uid),
                         wf_int_from_i64(p->pw_gid), text(p->pw_gecos), text(p->pw_dir),
                         text(p->pw_shell)};
    return pack(passwd_type, v, 7);
}

static wf_object_t *group_entry(const struct group *g) {
    wf_object_t *members = wf_list_new(0);
    for (char **m = g->gr_mem; members != NULL && m != NULL && *m != NULL; m++) {
        wf_object_t *s = text(*m);
        if (s == NULL || wf_list_append_steal(members, s) < 0) {
            WF_CLEAR(members);
        }
    }
    wf_object_t *v[4] = {text(g->gr_name), text(g->gr_passwd), wf_int_from_i64(g->gr_gid),
                         members};
    return pack(group_type, v, 4);
}

// A uid or gid argument: an int (negative ids wrap as the C type does), else TypeError.
static int id_arg(wf_object_t *o, const char *what, int64_t *out) {
    if (!WF_INT_CHECK(o)) {
        wf_err_format(&wf_exc_TypeError, "%s should be integer, not %T", what, o);
        return -1;
    }
    if (wf_int_as_i64(o, out) < 0) {
        if (!wf_err_matches(&wf_exc_OverflowError)) {
            return -1;
        }
        wf_err_clear();
        *out = -1;  // out of range: not found
    }
    return 0;
}

static wf_object_t *pwd_getpwuid(wf_object_t *self, wf_object_t *arg) {
    int64_t uid;
    if (id_arg(arg, "uid", &uid) < 0) {
        return NULL;
    }
    struct passwd *p = uid >= 0 && uid <= 0xffffffffLL ? getpwuid((uid_t)uid) : NULL;
    if (p == NULL) {
        if (uid < 0) {
            return wf_err_set_string(&wf_exc_KeyError, "getpwuid(): uid not found");
        }
        return wf_err_format(&wf_exc_KeyError, "getpwuid(): uid not found: %lld",
                             (long long)uid);
    }
    return passwd_entry(p);
}

static wf_object_t *pwd_getpwnam(wf_object_t *self, wf_object_t *arg) {
    if (!WF_STR_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError, "getpwnam() argument must be str, not %T", arg);
    }
    wf_ssize_t n;
    const char *name = wf_str_as_utf8(arg, &n);
    if (name == NULL) {
        return NULL;
    }
    struct passwd *p = (wf_ssize_t)strlen(name) == n ? getpwnam(name) : NULL;
    if (p == NULL) {
        return wf_err_format(&wf_exc_KeyError, "getpwnam(): name not found: %R", arg);
    }
    return passwd_entry(p);
}

static wf_object_t *pwd_getpwall(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *list = wf_list_new(0);
    setpwent();
    struct passwd *p;
    while (list != NULL && (p = getpwent()) != NULL) {
        wf_object_t *e = passwd_entry(p);
        if (e == NULL || wf_list_append_steal(list, e) < 0) {
            WF_CLEAR(list);
        }
    }
    endpwent();
    return list;
}

static wf_object_t *grp_getgrgid(wf_object_t *self, wf_object_t *arg) {
    int64_t gid;
    if (id_arg(arg, "gid", &gid) < 0) {
        return NULL;
    }
    struct group *g = gid >= 0 && gid <= 0xffffffffLL ? getgrgid((gid_t)gid) : NULL;
    if (g == NULL) {
        if (gid < 0) {
            return wf_err_set_string(&wf_exc_KeyError, "getgrgid(): gid not found");
        }
        return wf_err_format(&wf_exc_KeyError, "getgrgid(): gid not found: %lld",
                             (long long)gid);
    }
    return group_entry(g);
}

static wf_object_t *grp_getgrnam(wf_object_t *self, wf_object_t *arg) {
    if (!WF_STR_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError, "getgrnam() argument must be str, not %T", arg);
    }
    wf_ssize_t n;
    const char *name = wf_str_as_utf8(arg, &n);
    if (name == NULL) {
        return NULL;
    }
    struct group *g = (wf_ssize_t)strlen(name) == n ? getgrnam(name) : NULL;
    if (g == NULL) {
        return wf_err_format(&wf_exc_KeyError, "getgrnam(): name not found: %R", arg);
    }
    return group_entry(g);
}

static wf_object_t *grp_getgrall(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *list = wf_list_new(0);
    setgrent();
    struct group *g;
    while (list != NULL && (g = getgrent()) != NULL) {
        wf_object_t *e = group_entry(g);
        if (e == NULL || wf_list_append_steal(list, e) < 0) {
            WF_CLEAR(list);
        }
    }
    endgrent();
    return list;
}

static wf_method_def_t pwd_methods[] = {
    {"getpwuid", {.o = pwd_getpwuid}, WF_METH_O, NULL},
    {"getpwnam", {.o = pwd_getpwnam}, WF_METH_O, NULL},
    {"getpwall", {.noargs = pwd_getpwall}, WF_METH_NOARGS, NULL},
    {NULL},
};

static wf_method_def_t grp_methods[] = {
    {"getgrgid", {.o = grp_getgrgid}, WF_METH_O, NULL},
    {"getgrnam", {.o = grp_getgrnam}, WF_METH_O, NULL},
    {"getgrall", {.noargs = grp_getgrall}, WF_METH_NOARGS, NULL},
    {NULL},
};

static const char *const passwd_fields[] = {"pw_name", "pw_passwd", "pw_uid", "pw_gid",
                                            "pw_gecos", "pw_dir", "pw_shell", NULL};
static const wf_structseq_desc_t passwd_desc = {"pwd.struct_passwd", passwd_fields, 7};
static const char *const group_fields[] = {"gr_name", "gr_passwd", "gr_gid", "gr_mem", NULL};
static const wf_structseq_desc_t group_desc = {"grp.struct_group", group_fields, 4};

static wf_object_t *make_module(const char *name, wf_method_def_t *methods, wf_type_t **type,
                                const wf_structseq_desc_t *desc, const char *type_name) {
    if (*type == NULL && (*type = wf_structseq_new_type(desc)) == NULL) {
        return NULL;
    }
    wf_object_t *m = wf_module_new(name);
    if (m == NULL || wf_module_add_functions(m, methods) < 0 ||
        wf_module_add_object(m, type_name, WF_OBJ(*type)) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}

wf_object_t *wf_mod_pwd_init(void) {
    return make_module("pwd", pwd_methods, &passwd_type, &passwd_desc, "struct_passwd");
}

wf_object_t *wf_mod_grp_init(void) {
    return make_module("grp", grp_methods, &group_type, &group_desc, "struct_group");
}
