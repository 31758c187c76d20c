// The time module: clocks, sleep and calendar conversions.
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_signal.h"
#include "sync/blocking.h"
#include <errno.h>
#include <math.h>
#include <time.h>

static wf_type_t *struct_time_type;

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static wf_object_t *time_time(wf_object_t *self, wf_object_t *unused) {
    return wf_float_new((double)clock_ns(CLOCK_REALTIME) * 1e-9);
}

static wf_object_t *time_time_ns(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(clock_ns(CLOCK_REALTIME));
}

static wf_object_t *time_monotonic(wf_object_t *self, wf_object_t *unused) {
    return wf_float_new((double)clock_ns(CLOCK_MONOTONIC) * 1e-9);
}

static wf_object_t *time_monotonic_ns(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(clock_ns(CLOCK_MONOTONIC));
}

static wf_object_t *time_process_time(wf_object_t *self, wf_object_t *unused) {
    return wf_float_new((double)clock_ns(CLOCK_PROCESS_CPUTIME_ID) * 1e-9);
}

static wf_object_t *time_process_time_ns(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}

static wf_object_t *time_thread_time(wf_object_t *self, wf_object_t *unused) {
    return wf_float_new((double)clock_ns(CLOCK_THREAD_CPUTIME_ID) * 1e-9);
}

static wf_object_t *time_sleep(wf_object_t *self, wf_object_t *arg) {
    if (!WF_INT_CHECK(arg) && !WF_FLOAT_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError, "'%T' object cannot be interpreted as an integer", arg);
    }
    double secs = wf_float_as_double(arg);
    if (secs == -1.0 && wf_err_occurred()) {
        return NULL;
    }
    if (isnan(secs)) {
        return wf_err_set_string(&wf_exc_ValueError, "Invalid value NaN (not a number)");
    }
    if (secs < 0) {
        return wf_err_set_string(&wf_exc_ValueError, "sleep length must be non-negative");
    }
    // The length in nanoseconds must fit a 64-bit count, as CPython's PyTime_t.
    if (WF_INT_CHECK(arg) && secs >= 9223372037.0) {
        return wf_err_set_string(&wf_exc_OverflowError,
                                 "timestamp too large to convert to C PyTime_t");
    }
    if (!(secs * 1e9 < 9223372036854775807.0)) {
        return wf_err_set_string(&wf_exc_OverflowError,
                                 "timestamp out of range for platform time_t");
    }
    int64_t deadline = clock_ns(CLOCK_MONOTONIC) + (int64_t)(secs * 1e9);
    for (;;) {
        int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
        if (left <= 0) {
            break;
        }
        struct timespec ts = {(time_t)(left / 1000000000), (long)(left % 1000000000)};
        int rc;
        WF_BLOCKING_BEGIN();
        rc = nanosleep(&ts, NULL);
        WF_BLOCKING_END();
        if (rc == 0) {
            break;
        }
        if (errno != EINTR) {
            return wf_err_from_errno(&wf_exc_OSError);
        }
        // Interrupted by a signal: run its handler now (Ctrl-C raises KeyboardInterrupt
        // here rather than after the whole sleep), then sleep for the rest.
        if (wf_signals_run_handlers() < 0) {
            return NULL;
        }
    }
    WF_RETURN_NONE;
}

static const char *const struct_time_fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour",
                                                 "tm_min", "tm_sec", "tm_wday", "tm_yday",
                                                 "tm_isdst", "tm_zone", "tm_gmtoff", NULL};
static const wf_structseq_desc_t struct_time_desc = {"time.struct_time", struct_time_fields, 9};

static wf_object_t *tm_to_struct(const struct tm *tm) {
    wf_object_t *v[11] = {
        wf_int_from_i64(tm->tm_year + 1900), wf_int_from_i64(tm->tm_mon + 1),
        wf_int_from_i64(tm->tm_mday),        wf_int_from_i64(tm->tm_hour),
        wf_int_from_i64(tm->tm_min),         wf_int_from_i64(tm->tm_sec),
        wf_int_from_i64((tm->tm_wday + 6) % 7), wf_int_from_i64(tm->tm_yday + 1),
        wf_int_from_i64(tm->tm_isdst),       wf_str_from_cstr(tm->tm_zone ? tm->tm_zone : ""),
        wf_int_from_i64(tm->tm_gmtoff)};
    for (int i = 0; i < 11; i++) {
        if (v[i] == NULL) {
            for (int j = 0; j < 11; j++) {
                WF_XDECREF(v[j]);
            }
            return NULL;
        }
    }
    return wf_structseq_new_steal(struct_time_type, v);
}

static int seconds_arg(wf_object_t *const *args, wf_ssize_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == WF_NONE) {
        *out = time(NULL);
        return 0;
    }
    double d = wf_float_as_double(args[0]);
    if (d == -1.0 && wf_err_occurred()) {
        return -1;
    }
    if (isnan(d)) {
        wf_err_set_string(&wf_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (!(d > -9223372036854775808.0 && d < 9223372036854775808.0)) {
        wf_err_set_string(&wf_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(d);
    return 0;
}

static wf_object_t *convert_time(wf_object_t *const *args, wf_ssize_t nargs, int local) {
    if (wf_check_nargs(local ? "localtime" : "gmtime", nargs, 0, 1) < 0) {
        return NULL;
    }
    time_t t;
    if (seconds_arg(args, nargs, &t) < 0) {
        return NULL;
    }
    struct tm tm;
    if ((local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)) == NULL) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return tm_to_struct(&tm);
}

static wf_object_t *time_localtime(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return convert_time(args, nargs, 1);
}

static wf_object_t *time_gmtime(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return convert_time(args, nargs, 0);
}

static int check_tm(struct tm *tm);

// Fill a struct tm from a struct_time or 9-tuple.
static int tuple_to_tm(wf_object_t *t, struct tm *tm) {
    wf_object_t *seq = wf_sequence_tuple(t);
    if (seq == NULL) {
        return -1;
    }
    if (WF_TUPLE_SIZE(seq) < 9) {
        WF_DECREF(seq);
        wf_err_set_string(&wf_exc_TypeError, "time.struct_time() takes a sequence of length 9");
        return -1;
    }
    int64_t v[9];
    for (int i = 0; i < 9; i++) {
        // Each field is a C int, as CPython's "i" conversion checks it.
        wf_object_t *n = wf_index(WF_TUPLE_GET(seq, i));
        int ok = n != NULL && wf_int_to_i64_if_fits(n, &v[i]);
        WF_XDECREF(n);
        if (!ok || v[i] > INT32_MAX || v[i] < INT32_MIN) {
            if (n != NULL) {
                wf_err_set_string(&wf_exc_OverflowError,
                                  !ok ? "Python int too large to convert to C long"
                                  : v[i] > 0 ? "signed integer is greater than maximum"
                                             : "signed integer is less than minimum");
            }
            WF_DECREF(seq);
            return -1;
        }
    }
    WF_DECREF(seq);
    memset(tm, 0, sizeof(*tm));
    tm->tm_year = (int)v[0] - 1900;
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    return 0;
}

static wf_object_t *time_strftime(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("strftime", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (!WF_STR_CHECK(args[0])) {
        return wf_err_format(&wf_exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    }
    struct tm tm;
    if (nargs == 2) {
        if (tuple_to_tm(args[1], &tm) < 0 || check_tm(&tm) < 0) {
            return NULL;
        }
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    const char *fmt = wf_str_as_utf8(args[0], NULL);
    if (fmt == NULL) {
        return NULL;
    }
    if (*fmt == '\0') {
        return wf_str_empty();
    }
    // strftime() returns 0 both for "buffer too small" and for an empty result: grow a
    // few times, then accept the empty string.
    for (size_t cap = 256; cap <= ((size_t)1 << 20); cap *= 8) {
        char *out = wf_mem_alloc(cap);
        if (out == NULL) {
            return wf_err_nomemory();
        }
        size_t n = strftime(out, cap, fmt, &tm);
        if (n > 0) {
            wf_object_t *r = wf_str_from_utf8(out, (wf_ssize_t)n);
            wf_mem_free(out);
            return r;
        }
        wf_mem_free(out);
    }
    return wf_str_empty();
}

static wf_object_t *time_mktime(wf_object_t *self, wf_object_t *arg) {
    struct tm tm;
    if (tuple_to_tm(arg, &tm) < 0) {
        return NULL;
    }
    time_t t = mktime(&tm);
    if (t == (time_t)-1) {
        return wf_err_set_string(&wf_exc_OverflowError, "mktime argument out of range");
    }
    return wf_float_new((double)t);
}

// The range checks of asctime() and strftime() (zero month, day and day of year are read
// as the first ones). 0 / -1 with ValueError.
static int check_tm(struct tm *tm) {
    if (tm->tm_mon == -1) {
        tm->tm_mon = 0;
    } else if (tm->tm_mon < 0 || tm->tm_mon > 11) {
        return wf_err_format_int(&wf_exc_ValueError, "month out of range");
    }
    if (tm->tm_mday == 0) {
        tm->tm_mday = 1;
    } else if (tm->tm_mday < 0 || tm->tm_mday > 31) {
        return wf_err_format_int(&wf_exc_ValueError, "day of month out of range");
    }
    if (tm->tm_hour < 0 || tm->tm_hour > 23) {
        return wf_err_format_int(&wf_exc_ValueError, "hour out of range");
    }
    if (tm->tm_min < 0 || tm->tm_min > 59) {
        return wf_err_format_int(&wf_exc_ValueError, "minute out of range");
    }
    if (tm->tm_sec < 0 || tm->tm_sec > 61) {
        return wf_err_format_int(&wf_exc_ValueError, "seconds out of range");
    }
    if (tm->tm_wday < 0) {
        return wf_err_format_int(&wf_exc_ValueError, "day of week out of range");
    }
    if (tm->tm_yday == -1) {
        tm->tm_yday = 0;
    } else if (tm->tm_yday < 0 || tm->tm_yday > 365) {
        return wf_err_format_int(&wf_exc_ValueError, "day of year out of range");
    }
    return 0;
}

// asctime's text of a struct tm: "Sun Jun 20 23:21:05 1993".
static wf_object_t *asctime_text(const struct tm *tm) {
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (tm->tm_mon < 0 || tm->tm_mon > 11) {
        return wf_err_set_string(&wf_exc_ValueError, "month out of range");
    }
    if (tm->tm_wday < 0 || tm->tm_wday > 6) {
        return wf_err_set_string(&wf_exc_ValueError, "day of week out of range");
    }
    return wf_str_from_format("%s %s%3d %.2d:%.2d:%.2d %d", wday[tm->tm_wday], mon[tm->tm_mon],
                              tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                              tm->tm_year + 1900);
}

static wf_object_t *time_asctime(wf_object_t *self, wf_object_t *const *args,
                                 wf_ssize_t nargs) {
    if (wf_check_nargs("asctime", nargs, 0, 1) < 0) {
        return NULL;
    }
    struct tm tm;
    if (nargs == 1) {
        if (tuple_to_tm(args[0], &tm) < 0 || check_tm(&tm) < 0) {
            return NULL;
        }
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    return asctime_text(&tm);
}

static wf_object_t *time_ctime(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("ctime", nargs, 0, 1) < 0) {
        return NULL;
    }
    time_t t;
    if (seconds_arg(args, nargs, &t) < 0) {
        return NULL;
    }
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return asctime_text(&tm);
}

// timezone, altzone, daylight and tzname, from the offsets of January and July of this year
// (as CPython computes them), so that the southern hemisphere comes out right.
static int add_zone_info(wf_object_t *m) {
    tzset();
    time_t now = time(NULL);
    struct tm t;
    localtime_r(&now, &t);
    struct tm jan = {.tm_year = t.tm_year, .tm_mon = 0, .tm_mday = 1, .tm_isdst = -1};
    struct tm jul = {.tm_year = t.tm_year, .tm_mon = 6, .tm_mday = 1, .tm_isdst = -1};
    time_t tj = mktime(&jan), tl = mktime(&jul);
    localtime_r(&tj, &jan);
    localtime_r(&tl, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone != NULL ? jan.tm_zone : "";
    const char *julname = jul.tm_zone != NULL ? jul.tm_zone : "";
    int swap = janzone < julzone;  // DST in January: the southern hemisphere
    long zone = swap ? julzone : janzone, alt = swap ? janzone : julzone;
    wf_object_t *n0 = wf_str_from_cstr(swap ? julname : janname);
    wf_object_t *n1 = wf_str_from_cstr(swap ? janname : julname);
    wf_object_t *names = n0 != NULL && n1 != NULL ? wf_tuple_pack(2, n0, n1) : NULL;
    WF_XDECREF(n0);
    WF_XDECREF(n1);
    int rc = names == NULL || wf_module_add_int(m, "timezone", zone) < 0 ||
                     wf_module_add_int(m, "altzone", alt) < 0 ||
                     wf_module_add_int(m, "daylight", janzone != julzone) < 0 ||
                     wf_module_add_object(m, "tzname", names) < 0
                 ? -1
                 : 0;
    WF_XDECREF(names);
    return rc;
}

// strptime(string, format): parsed by the _strptime module (in Python), as CPython does.
static wf_object_t *time_strptime(wf_object_t *self, wf_object_t *const *args,
                                  wf_ssize_t nargs) {
    if (wf_check_nargs("strptime", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *mod = wf_import_module_cstr("_strptime");
    if (mod == NULL) {
        return NULL;
    }
    wf_object_t *fn = wf_getattr_cstr(mod, "_strptime_time");
    WF_DECREF(mod);
    if (fn == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_vectorcall(fn, args, nargs, NULL);
    WF_DECREF(fn);
    return r;
}

// get_clock_info(name): how each clock of this module is read.
static wf_object_t *time_get_clock_info(wf_object_t *self, wf_object_t *arg) {
    static const struct {
        const char *name, *impl;
        clockid_t id;
        int monotonic;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, 0},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, 1},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, 1},
    };
    if (!WF_STR_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError,
                             "get_clock_info() argument must be str, not %T", arg);
    }
    for (size_t i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++) {
        if (!wf_str_eq_cstr(arg, clocks[i].name)) {
            continue;
        }
        struct timespec res;
        double resolution = clock_getres(clocks[i].id, &res) == 0
                                ? (double)res.tv_sec + res.tv_nsec * 1e-9
                                : 1e-9;
        wf_object_t *ns = wf_namespace_new();
        wf_object_t *impl = wf_str_from_cstr(clocks[i].impl);
        wf_object_t *reso = wf_float_new(resolution);
        int ok = ns != NULL && impl != NULL && reso != NULL &&
                 wf_setattr_cstr(ns, "implementation", impl) == 0 &&
                 wf_setattr_cstr(ns, "monotonic", wf_bool_from(clocks[i].monotonic)) == 0 &&
                 wf_setattr_cstr(ns, "adjustable", wf_bool_from(!clocks[i].monotonic)) == 0 &&
                 wf_setattr_cstr(ns, "resolution", reso) == 0;
        WF_XDECREF(impl);
        WF_XDECREF(reso);
        if (!ok) {
            WF_XDECREF(ns);
            return NULL;
        }
        return ns;
    }
    return wf_err_set_string(&wf_exc_ValueError, "unknown clock");
}

static wf_method_def_t time_methods[] = {
    {"get_clock_info", {.o = time_get_clock_info}, WF_METH_O, NULL},
    {"strptime", {.fast = time_strptime}, WF_METH_FASTCALL, NULL},
    {"asctime", {.fast = time_asctime}, WF_METH_FASTCALL, NULL},
    {"ctime", {.fast = time_ctime}, WF_METH_FASTCALL, NULL},
    {"time", {.noargs = time_time}, WF_METH_NOARGS, NULL},
    {"time_ns", {.noargs = time_time_ns}, WF_METH_NOARGS, NULL},
    {"monotonic", {.noargs = time_monotonic}, WF_METH_NOARGS, NULL},
    {"monotonic_ns", {.noargs = time_monotonic_ns}, WF_METH_NOARGS, NULL},
    {"perf_counter", {.noargs = time_monotonic}, WF_METH_NOARGS, NULL},
    {"perf_counter_ns", {.noargs = time_monotonic_ns}, WF_METH_NOARGS, NULL},
    {"process_time", {.noargs = time_process_time}, WF_METH_NOARGS, NULL},
    {"process_time_ns", {.noargs = time_process_time_ns}, WF_METH_NOARGS, NULL},
    {"thread_time", {.noargs = time_thread_time}, WF_METH_NOARGS, NULL},
    {"sleep", {.o = time_sleep}, WF_METH_O, NULL},
    {"localtime", {.fast = time_localtime}, WF_METH_FASTCALL, NULL},
    {"gmtime", {.fast = time_gmtime}, WF_METH_FASTCALL, NULL},
    {"strftime", {.fast = time_strftime}, WF_METH_FASTCALL, NULL},
    {"mktime", {.o = time_mktime}, WF_METH_O, NULL},
    {NULL},
};

wf_object_t *wf_mod_time_init(void) {
    if (struct_time_type == NULL) {
        struct_time_type = wf_structseq_new_type(&struct_time_desc);
        if (struct_time_type == NULL) {
            return NULL;
        }
    }
    wf_object_t *m = wf_module_new("time");
    if (m == NULL || wf_module_add_functions(m, time_methods) < 0 ||
        wf_module_add_object(m, "struct_time", WF_OBJ(struct_time_type)) < 0 ||
        add_zone_info(m) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
