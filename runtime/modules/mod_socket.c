// _socket: BSD sockets for IPv4, IPv6 and Unix domain addresses (runtime/lib/socket.py
// builds the socket module on it).
//
// A socket's timeout decides how calls wait: None blocks in the kernel, 0 makes every
// call non-blocking, and a positive timeout keeps the descriptor non-blocking and waits
// with poll(2) for at most that long before raising TimeoutError("timed out"). Every wait
// and every name lookup runs in the blocking region; a call interrupted by a signal runs
// the handlers and is retried with the time that is left (PEP 475).
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_signal.h"
#include "sync/blocking.h"
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <math.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    WF_OBJECT_HEAD
    int fd;  // -1 once closed or detached
    int family, type, proto;
    int64_t timeout;  // nanoseconds; -1 blocking
    wf_object_t *weakreflist;
} sock_t;

#define SOCK(o) ((sock_t *)(o))

extern wf_type_t wf_socket_type;
static wf_object_t *herror_type, *gaierror_type;
static int64_t default_timeout = -1;

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static wf_object_t *os_error(void) {
    return wf_err_from_errno(&wf_exc_OSError);
}

static wf_object_t *raise_gaierror(int code) {
    if (code == EAI_SYSTEM) {
        return os_error();
    }
    wf_object_t *c = wf_int_from_i64(code);
    wf_object_t *m = wf_str_from_cstr(gai_strerror(code));
    wf_object_t *args[2] = {c, m};
    wf_object_t *exc = c && m ? wf_vectorcall(gaierror_type, args, 2, NULL) : NULL;
    WF_XDECREF(c);
    WF_XDECREF(m);
    if (exc != NULL) {
        wf_err_set_object_steal(exc);
    }
    return NULL;
}

static wf_object_t *timeout_error(void) {
    return wf_err_set_string(&wf_exc_TimeoutError, "timed out");
}

// (args tuple, kwargs dict) into the vectorcall form wf_parse_args takes.
static int parse_tuple_kw(const char *fname, wf_object_t *args, wf_object_t *kwargs,
                          const char *const *names, int nrequired, wf_object_t **out) {
    wf_ssize_t n = args ? WF_TUPLE_SIZE(args) : 0;
    wf_ssize_t nk = kwargs ? wf_dict_size(kwargs) : 0;
    wf_object_t *stack[16];
    if (n + nk > 16) {
        wf_err_format(&wf_exc_TypeError, "%s() takes too many arguments", fname);
        return -1;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        stack[i] = WF_TUPLE_GET(args, i);
    }
    wf_object_t *keys = NULL;
    if (nk > 0) {
        keys = wf_sequence_tuple(kwargs);
        if (keys == NULL) {
            return -1;
        }
        for (wf_ssize_t i = 0; i < nk; i++) {
            wf_object_t *v = NULL;
            wf_dict_get_ref(kwargs, WF_TUPLE_GET(keys, i), &v);
            stack[n + i] = v;
            WF_XDECREF(v);  // kwargs keeps it alive
        }
    }
    int r = wf_parse_args(fname, stack, n, keys, names, 0, nrequired, out);
    WF_XDECREF(keys);
    return r;
}

// ---- addresses ----

typedef union {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage storage;
} sockaddr_any_t;

// Resolve a host name for `family` (AF_INET or AF_INET6) into addr.
static int resolve_host(wf_object_t *hosto, int family, sockaddr_any_t *addr) {
    wf_ssize_t len;
    const char *host = wf_str_as_utf8(hosto, &len);
    if (host == NULL) {
        return -1;
    }
    if ((wf_ssize_t)strlen(host) != len) {
        wf_err_set_string(&wf_exc_ValueError, "embedded null character");
        return -1;
    }
    if (family == AF_INET) {
        if (host[0] == '\0') {
            addr->in4.sin_addr.s_addr = htonl(INADDR_ANY);
            return 0;
        }
        if (strcmp(host, "<broadcast>") == 0 || strcmp(host, "255.255.255.255") == 0) {
            addr->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return 0;
        }
        if (inet_pton(AF_INET, host, &addr->in4.sin_addr) == 1) {
            return 0;
        }
    } else if (host[0] == '\0') {
        addr->in6.sin6_addr = in6addr_any;
        return 0;
    } else if (inet_pton(AF_INET6, host, &addr->in6.sin6_addr) == 1) {
        return 0;
    }
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_family = family;
    int rc;
    WF_BLOCKING_BEGIN();
    rc = getaddrinfo(host, NULL, &hints, &res);
    WF_BLOCKING_END();
    if (rc != 0) {
        raise_gaierror(rc);
        return -1;
    }
    if (family == AF_INET) {
        addr->in4.sin_addr = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
    } else {
        addr->in6.sin6_addr = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
    }
    freeaddrinfo(res);
    return 0;
}

static int port_arg(wf_object_t *o, const char *caller, int *port) {
    if (!WF_INT_CHECK(o)) {
        wf_err_format(&wf_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      WF_TYPE(o)->name);
        return -1;
    }
    int64_t v;
    if (wf_int_as_i64(o, &v) < 0 || v < 0 || v > 65535) {
        wf_err_clear();
        wf_err_format(&wf_exc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    *port = (int)v;
    return 0;
}

static const char *family_name(int family) {
    return family == AF_INET6 ? "AF_INET6" : "AF_INET";
}

// A Python address for the socket's family into a sockaddr.
static int sockaddr_from(sock_t *s, wf_object_t *a, const char *caller, sockaddr_any_t *addr,
                         socklen_t *len) {
    memset(addr, 0, sizeof(*addr));
    if (s->family == AF_UNIX) {
        wf_object_t *b = NULL;
        const char *path;
        wf_ssize_t plen;
        if (WF_STR_CHECK(a)) {
            path = wf_str_as_utf8(a, &plen);
            if (path == NULL) {
                return -1;
            }
        } else if (WF_BYTES_CHECK(a)) {
            path = WF_BYTES_DATA(a);
            plen = WF_BYTES_LEN(a);
        } else {
            b = wf_buffer_check(a) ? wf_buffer_to_bytes(a) : NULL;
            if (b == NULL) {
                if (!wf_err_occurred()) {
                    wf_err_format(&wf_exc_TypeError,
                                  "%s(): AF_UNIX address must be str or bytes, not %s", caller,
                                  WF_TYPE(a)->name);
                }
                return -1;
            }
            path = WF_BYTES_DATA(b);
            plen = WF_BYTES_LEN(b);
        }
        if ((size_t)plen >= sizeof(addr->un.sun_path)) {
            WF_XDECREF(b);
            wf_err_set_string(&wf_exc_OSError, "AF_UNIX path too long");
            return -1;
        }
        addr->un.sun_family = AF_UNIX;
        memcpy(addr->un.sun_path, path, (size_t)plen);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)plen +
                           (plen > 0 && path[0] == '\0' ? 0 : 1));
        WF_XDECREF(b);
        return 0;
    }
    if (s->family != AF_INET && s->family != AF_INET6) {
        wf_err_format(&wf_exc_OSError, "%s(): bad family", caller);
        return -1;
    }
    if (!WF_TUPLE_CHECK(a)) {
        wf_err_format(&wf_exc_TypeError, "%s(): %s address must be tuple, not %s", caller,
                      family_name(s->family), WF_TYPE(a)->name);
        return -1;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(a);
    if (s->family == AF_INET ? n != 2 : (n < 2 || n > 4)) {
        if (s->family == AF_INET) {
            wf_err_format(&wf_exc_TypeError,
                          "AF_INET address must be a pair (host, port)");
        } else {
            wf_err_format(&wf_exc_TypeError,
                          "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        }
        return -1;
    }
    wf_object_t *host = WF_TUPLE_GET(a, 0);
    if (!WF_STR_CHECK(host)) {
        wf_err_format(&wf_exc_TypeError, "str, bytes or bytearray expected, not %s",
                      WF_TYPE(host)->name);
        return -1;
    }
    int port;
    if (port_arg(WF_TUPLE_GET(a, 1), caller, &port) < 0) {
        return -1;
    }
    if (s->family == AF_INET) {
        addr->in4.sin_family = AF_INET;
        addr->in4.sin_port = htons((uint16_t)port);
        *len = sizeof(addr->in4);
        return resolve_host(host, AF_INET, addr);
    }
    int64_t flow = 0, scope = 0;
    if ((n > 2 && wf_int_as_i64(WF_TUPLE_GET(a, 2), &flow) < 0) ||
        (n > 3 && wf_int_as_i64(WF_TUPLE_GET(a, 3), &scope) < 0)) {
        return -1;
    }
    if (flow < 0 || flow > 0xfffff) {
        wf_err_format(&wf_exc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        return -1;
    }
    addr->in6.sin6_family = AF_INET6;
    addr->in6.sin6_port = htons((uint16_t)port);
    addr->in6.sin6_flowinfo = htonl((uint32_t)flow);
    addr->in6.sin6_scope_id = (uint32_t)scope;
    *len = sizeof(addr->in6);
    return resolve_host(host, AF_INET6, addr);
}

// A sockaddr as Python sees it.
static wf_object_t *sockaddr_to(const struct sockaddr *sa, socklen_t len) {
    char buf[INET6_ADDRSTRLEN];
    if (len == 0) {
        WF_RETURN_NONE;
    }
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &a->sin_addr, buf, sizeof(buf));
        wf_object_t *h = wf_str_from_cstr(buf), *p = wf_int_from_i64(ntohs(a->sin_port));
        wf_object_t *t = h && p ? wf_tuple_pack(2, h, p) : NULL;
        WF_XDECREF(h);
        WF_XDECREF(p);
        return t;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof(buf));
        wf_object_t *h = wf_str_from_cstr(buf), *p = wf_int_from_i64(ntohs(a->sin6_port));
        wf_object_t *f = wf_int_from_u64(ntohl(a->sin6_flowinfo));
        wf_object_t *sc = wf_int_from_u64(a->sin6_scope_id);
        wf_object_t *t = h && p && f && sc ? wf_tuple_pack(4, h, p, f, sc) : NULL;
        WF_XDECREF(h);
        WF_XDECREF(p);
        WF_XDECREF(f);
        WF_XDECREF(sc);
        return t;
    }
    case AF_UNIX: {
        const struct sockaddr_un *a = (const struct sockaddr_un *)sa;
        size_t plen = len - offsetof(struct sockaddr_un, sun_path);
        if (len <= offsetof(struct sockaddr_un, sun_path)) {
            return wf_str_from_cstr("");
        }
        if (a->sun_path[0] == '\0') {
            return wf_bytes_from(a->sun_path, (wf_ssize_t)plen);  // abstract namespace
        }
        size_t n = strnlen(a->sun_path, plen);
        return wf_str_decode_utf8(a->sun_path, (wf_ssize_t)n, "surrogateescape");
    }
    default: {
        wf_object_t *fam = wf_int_from_i64(sa->sa_family);
        wf_object_t *data = wf_bytes_from(sa->sa_data, sizeof(sa->sa_data));
        wf_object_t *t = fam && data ? wf_tuple_pack(2, fam, data) : NULL;
        WF_XDECREF(fam);
        WF_XDECREF(data);
        return t;
    }
    }
}

// ---- waiting ----

// Wait until fd is ready for `events` or the deadline passes: 1 ready, 0 timed out, -1
// error (a signal handler raised).
static int wait_fd(int fd, short events, int64_t deadline) {
    for (;;) {
        int ms = -1;
        if (deadline >= 0) {
            int64_t left = deadline - now_ns();
            if (left <= 0) {
                return 0;
            }
            ms = (int)((left + 999999) / 1000000);
        }
        struct pollfd p = {fd, events, 0};
        int rc, err;
        WF_BLOCKING_BEGIN();
        rc = poll(&p, 1, ms);
        err = errno;
        WF_BLOCKING_END();
        if (rc > 0) {
            return 1;
        }
        if (rc == 0) {
            return 0;
        }
        if (err != EINTR) {
            errno = err;
            os_error();
            return -1;
        }
        if (wf_signals_run_handlers() < 0) {
            return -1;
        }
    }
}

typedef ssize_t (*sock_op_t)(sock_t *s, void *ctx);

// Run `op` the way the socket's timeout asks; its result, or -1 with the error set.
static ssize_t sock_call(sock_t *s, short events, sock_op_t op, void *ctx) {
    int64_t deadline = s->timeout > 0 ? now_ns() + s->timeout : -1;
    for (;;) {
        if (s->fd < 0) {
            errno = EBADF;
            os_error();
            return -1;
        }
        ssize_t r;
        int err;
        if (s->timeout < 0) {
            WF_BLOCKING_BEGIN();
            r = op(s, ctx);
            err = errno;
            WF_BLOCKING_END();
        } else {
            r = op(s, ctx);  // non-blocking descriptor: never waits
            err = errno;
        }
        if (r >= 0) {
            return r;
        }
        if (err == EINTR) {
            if (wf_signals_run_handlers() < 0) {
                return -1;
            }
            continue;
        }
        if ((err == EAGAIN || err == EWOULDBLOCK) && s->timeout > 0) {
            int w = wait_fd(s->fd, events, deadline);
            if (w < 0) {
                return -1;
            }
            if (w == 0) {
                timeout_error();
                return -1;
            }
            continue;
        }
        errno = err;
        os_error();
        return -1;
    }
}

static int set_nonblocking(int fd, int on) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) {
        return -1;
    }
    int want = on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
    return want == flags ? 0 : fcntl(fd, F_SETFL, want);
}

// ---- the socket type ----

static wf_object_t *sock_alloc(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    sock_t *s = (sock_t *)wf_type_alloc(type, 0);  // takes a reference to a heap subclass
    if (s == NULL) {
        return NULL;
    }
    s->fd = -1;
    s->timeout = -1;
    return WF_OBJ(s);
}

static int sock_setup(sock_t *s, int fd, int family, int type, int proto) {
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    s->timeout = default_timeout;
    if (type & SOCK_NONBLOCK) {
        s->timeout = 0;
    }
    if (s->timeout >= 0 && set_nonblocking(fd, 1) < 0) {
        os_error();
        return -1;
    }
    return 0;
}

static int int_or_default(wf_object_t *o, int dflt, int *out) {
    if (o == NULL || o == WF_NONE) {
        *out = dflt;
        return 0;
    }
    return wf_as_c_int(o, out);
}

static int sock_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"family", "type", "proto", "fileno", NULL};
    wf_object_t *a[4] = {NULL};
    if (parse_tuple_kw("socket", args, kwargs, names, 0, a) < 0) {
        return -1;
    }
    int family, type, proto;
    if (int_or_default(a[0], -1, &family) < 0 || int_or_default(a[1], -1, &type) < 0 ||
        int_or_default(a[2], -1, &proto) < 0) {
        return -1;
    }
    sock_t *s = SOCK(self);
    if (a[3] != NULL && a[3] != WF_NONE) {
        int fd;
        if (!WF_INT_CHECK(a[3])) {
            wf_err_format(&wf_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          WF_TYPE(a[3])->name);
            return -1;
        }
        if (wf_as_c_int(a[3], &fd) < 0) {
            return -1;
        }
        if (fd < 0) {
            wf_err_set_string(&wf_exc_ValueError, "negative file descriptor");
            return -1;
        }
        socklen_t sl = sizeof(int);
        int v;
        if (family == -1) {
            if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &v, &sl) < 0) {
                os_error();
                return -1;
            }
            family = v;
        }
        if (type == -1) {
            sl = sizeof(int);
            if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &sl) < 0) {
                os_error();
                return -1;
            }
            type = v;
        }
        if (proto == -1) {
            sl = sizeof(int);
            proto = getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &sl) < 0 ? 0 : v;
        }
        if (sock_setup(s, fd, family, type, proto) < 0) {
            s->fd = -1;
            return -1;
        }
        return 0;
    }
    family = family == -1 ? AF_INET : family;
    type = type == -1 ? SOCK_STREAM : type;
    proto = proto == -1 ? 0 : proto;
    int fd = socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) {
        os_error();
        return -1;
    }
    if (sock_setup(s, fd, family, type, proto) < 0) {
        close(fd);
        s->fd = -1;
        return -1;
    }
    return 0;
}

static void sock_dealloc(wf_object_t *o) {
    if (SOCK(o)->fd >= 0) {
        close(SOCK(o)->fd);
    }
    wf_object_free(o);
}

static wf_object_t *sock_repr(wf_object_t *o) {
    sock_t *s = SOCK(o);
    return wf_str_from_format("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd,
                              s->family, s->type, s->proto);
}

static wf_object_t *sock_fileno(wf_object_t *o, wf_object_t *unused) {
    return wf_int_from_i64(SOCK(o)->fd);
}

static wf_object_t *sock_close(wf_object_t *o, wf_object_t *unused) {
    int fd = SOCK(o)->fd;
    if (fd >= 0) {
        SOCK(o)->fd = -1;
        if (close(fd) < 0 && errno != ECONNRESET && errno != EINTR) {
            return os_error();
        }
    }
    WF_RETURN_NONE;
}

static wf_object_t *sock_detach(wf_object_t *o, wf_object_t *unused) {
    int fd = SOCK(o)->fd;
    SOCK(o)->fd = -1;
    return wf_int_from_i64(fd);
}

static wf_object_t *sock_bind(wf_object_t *o, wf_object_t *addro) {
    sockaddr_any_t addr;
    socklen_t len;
    if (sockaddr_from(SOCK(o), addro, "bind", &addr, &len) < 0) {
        return NULL;
    }
    if (bind(SOCK(o)->fd, &addr.sa, len) < 0) {
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_object_t *sock_listen(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (wf_check_nargs("listen", nargs, 0, 1) < 0 ||
        (nargs > 0 && wf_as_c_int(args[0], &backlog) < 0)) {
        return NULL;
    }
    if (backlog < 0) {
        backlog = 0;
    }
    if (listen(SOCK(o)->fd, backlog) < 0) {
        return os_error();
    }
    WF_RETURN_NONE;
}

typedef struct {
    sockaddr_any_t addr;
    socklen_t len;
} accept_ctx_t;

static ssize_t op_accept(sock_t *s, void *ctx) {
    accept_ctx_t *c = ctx;
    c->len = sizeof(c->addr);
    return accept4(s->fd, &c->addr.sa, &c->len, SOCK_CLOEXEC);
}

static wf_object_t *sock_accept(wf_object_t *o, wf_object_t *unused) {
    accept_ctx_t c;
    ssize_t fd = sock_call(SOCK(o), POLLIN, op_accept, &c);
    if (fd < 0) {
        return NULL;
    }
    wf_object_t *addr = sockaddr_to(&c.addr.sa, c.len);
    wf_object_t *fdo = wf_int_from_i64(fd);
    wf_object_t *t = addr && fdo ? wf_tuple_pack(2, fdo, addr) : NULL;
    WF_XDECREF(addr);
    WF_XDECREF(fdo);
    if (t == NULL) {
        close((int)fd);
    }
    return t;
}

// connect: 0 connected, or an errno value; -1 with an exception set for other failures.
static int do_connect(sock_t *s, wf_object_t *addro, const char *caller) {
    sockaddr_any_t addr;
    socklen_t len;
    if (sockaddr_from(s, addro, caller, &addr, &len) < 0) {
        return -1;
    }
    int rc, err;
    if (s->timeout < 0) {
        WF_BLOCKING_BEGIN();
        rc = connect(s->fd, &addr.sa, len);
        err = errno;
        WF_BLOCKING_END();
    } else {
        rc = connect(s->fd, &addr.sa, len);
        err = errno;
    }
    if (rc == 0) {
        return 0;
    }
    int64_t deadline = s->timeout > 0 ? now_ns() + s->timeout : -1;
    while (err == EINTR || (err == EINPROGRESS && s->timeout > 0)) {
        if (err == EINTR && wf_signals_run_handlers() < 0) {
            return -1;
        }
        if (s->timeout == 0) {
            return EINTR;
        }
        int w = wait_fd(s->fd, POLLOUT, deadline);
        if (w < 0) {
            return -1;
        }
        if (w == 0) {
            timeout_error();
            return -1;
        }
        socklen_t sl = sizeof(err);
        if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &sl) < 0) {
            err = errno;
        }
        if (err == 0) {
            return 0;
        }
    }
    return err;
}

static wf_object_t *sock_connect(wf_object_t *o, wf_object_t *addro) {
    int err = do_connect(SOCK(o), addro, "connect");
    if (err < 0) {
        return NULL;
    }
    if (err > 0) {
        errno = err;
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_object_t *sock_connect_ex(wf_object_t *o, wf_object_t *addro) {
    int err = do_connect(SOCK(o), addro, "connect_ex");
    if (err < 0) {
        return NULL;
    }
    return wf_int_from_i64(err);
}

typedef struct {
    char *buf;
    size_t len;
    int flags;
    sockaddr_any_t addr;
    socklen_t alen;
    int want_addr;
} io_ctx_t;

static ssize_t op_recv(sock_t *s, void *ctx) {
    io_ctx_t *c = ctx;
    if (c->want_addr) {
        c->alen = sizeof(c->addr);
        return recvfrom(s->fd, c->buf, c->len, c->flags, &c->addr.sa, &c->alen);
    }
    return recv(s->fd, c->buf, c->len, c->flags);
}

static ssize_t op_send(sock_t *s, void *ctx) {
    io_ctx_t *c = ctx;
    if (c->want_addr) {
        return sendto(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL, &c->addr.sa, c->alen);
    }
    return send(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL);
}

static int size_flags(wf_object_t *const *args, wf_ssize_t nargs, const char *name,
                      wf_ssize_t *size, int *flags) {
    if (wf_check_nargs(name, nargs, 1, 2) < 0) {
        return -1;
    }
    int64_t n;
    if (!WF_INT_CHECK(args[0])) {
        wf_err_format(&wf_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      WF_TYPE(args[0])->name);
        return -1;
    }
    if (wf_int_as_i64(args[0], &n) < 0) {
        return -1;
    }
    if (n < 0) {
        wf_err_format(&wf_exc_ValueError, "negative buffersize in %s", name);
        return -1;
    }
    *size = (wf_ssize_t)n;
    *flags = 0;
    return nargs > 1 ? wf_as_c_int(args[1], flags) : 0;
}

static wf_object_t *recv_common(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs,
                                int want_addr) {
    wf_ssize_t size;
    io_ctx_t c = {0};
    if (size_flags(args, nargs, want_addr ? "recvfrom" : "recv", &size, &c.flags) < 0) {
        return NULL;
    }
    c.buf = wf_mem_alloc((size_t)size + 1);
    if (c.buf == NULL) {
        return wf_err_nomemory();
    }
    c.len = (size_t)size;
    c.want_addr = want_addr;
    ssize_t n = sock_call(SOCK(o), POLLIN, op_recv, &c);
    wf_object_t *data = n >= 0 ? wf_bytes_from(c.buf, n) : NULL;
    wf_mem_free(c.buf);
    if (data == NULL || !want_addr) {
        return data;
    }
    wf_object_t *addr = sockaddr_to(&c.addr.sa, c.alen);
    wf_object_t *t = addr ? wf_tuple_pack(2, data, addr) : NULL;
    WF_DECREF(data);
    WF_XDECREF(addr);
    return t;
}

static wf_object_t *sock_recv(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    return recv_common(o, args, nargs, 0);
}

static wf_object_t *sock_recvfrom(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    return recv_common(o, args, nargs, 1);
}

static wf_object_t *recv_into_common(wf_object_t *o, wf_object_t *const *args,
                                     wf_ssize_t nargs, wf_object_t *kwnames, int want_addr) {
    static const char *const names[] = {"buffer", "nbytes", "flags", NULL};
    wf_object_t *a[3] = {NULL};
    if (wf_parse_args(want_addr ? "recvfrom_into" : "recv_into", args, nargs, kwnames, names,
                      0, 1, a) < 0) {
        return NULL;
    }
    wf_buffer_t view;
    if (wf_buffer_get(a[0], &view, WF_BUF_WRITABLE) < 0) {
        return NULL;
    }
    int64_t nbytes = 0;
    io_ctx_t c = {0};
    if ((a[1] != NULL && wf_int_as_i64(a[1], &nbytes) < 0) ||
        (a[2] != NULL && wf_as_c_int(a[2], &c.flags) < 0)) {
        wf_buffer_release(&view);
        return NULL;
    }
    if (nbytes < 0) {
        wf_buffer_release(&view);
        return wf_err_set_string(&wf_exc_ValueError, "negative buffersize in recv_into");
    }
    if (nbytes == 0) {
        nbytes = view.len;
    } else if (nbytes > view.len) {
        wf_buffer_release(&view);
        return wf_err_set_string(&wf_exc_ValueError, "buffer too small for requested bytes");
    }
    c.buf = view.buf;
    c.len = (size_t)nbytes;
    c.want_addr = want_addr;
    ssize_t n = sock_call(SOCK(o), POLLIN, op_recv, &c);
    wf_buffer_release(&view);
    if (n < 0) {
        return NULL;
    }
    wf_object_t *count = wf_int_from_i64(n);
    if (!want_addr || count == NULL) {
        return count;
    }
    wf_object_t *addr = sockaddr_to(&c.addr.sa, c.alen);
    wf_object_t *t = addr ? wf_tuple_pack(2, count, addr) : NULL;
    WF_DECREF(count);
    WF_XDECREF(addr);
    return t;
}

static wf_object_t *sock_recv_into(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    return recv_into_common(o, args, nargs, kwnames, 0);
}

static wf_object_t *sock_recvfrom_into(wf_object_t *o, wf_object_t *const *args,
                                       wf_ssize_t nargs, wf_object_t *kwnames) {
    return recv_into_common(o, args, nargs, kwnames, 1);
}

static int data_arg(wf_object_t *o, wf_buffer_t *view) {
    if (WF_STR_CHECK(o)) {
        wf_err_format(&wf_exc_TypeError, "a bytes-like object is required, not '%s'",
                      WF_TYPE(o)->name);
        return -1;
    }
    return wf_buffer_get(o, view, WF_BUF_SIMPLE);
}

static wf_object_t *sock_send(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    io_ctx_t c = {0};
    wf_buffer_t view;
    if (wf_check_nargs("send", nargs, 1, 2) < 0 || data_arg(args[0], &view) < 0) {
        return NULL;
    }
    if (nargs > 1 && wf_as_c_int(args[1], &c.flags) < 0) {
        wf_buffer_release(&view);
        return NULL;
    }
    c.buf = view.buf;
    c.len = (size_t)view.len;
    ssize_t n = sock_call(SOCK(o), POLLOUT, op_send, &c);
    wf_buffer_release(&view);
    return n < 0 ? NULL : wf_int_from_i64(n);
}

static wf_object_t *sock_sendall(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    io_ctx_t c = {0};
    wf_buffer_t view;
    if (wf_check_nargs("sendall", nargs, 1, 2) < 0 || data_arg(args[0], &view) < 0) {
        return NULL;
    }
    if (nargs > 1 && wf_as_c_int(args[1], &c.flags) < 0) {
        wf_buffer_release(&view);
        return NULL;
    }
    char *p = view.buf;
    size_t left = (size_t)view.len;
    while (left > 0) {
        c.buf = p;
        c.len = left;
        ssize_t n = sock_call(SOCK(o), POLLOUT, op_send, &c);
        if (n < 0) {
            wf_buffer_release(&view);
            return NULL;
        }
        p += n;
        left -= (size_t)n;
        if (wf_signals_pending() && wf_signals_run_handlers() < 0) {
            wf_buffer_release(&view);
            return NULL;
        }
    }
    wf_buffer_release(&view);
    WF_RETURN_NONE;
}

static wf_object_t *sock_sendto(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    io_ctx_t c = {0};
    if (nargs != 2 && nargs != 3) {
        return wf_err_format(&wf_exc_TypeError, "sendto() takes 2 or 3 arguments (%zd given)",
                             nargs);
    }
    wf_buffer_t view;
    if (data_arg(args[0], &view) < 0) {
        return NULL;
    }
    if ((nargs == 3 && wf_as_c_int(args[1], &c.flags) < 0) ||
        sockaddr_from(SOCK(o), args[nargs - 1], "sendto", &c.addr, &c.alen) < 0) {
        wf_buffer_release(&view);
        return NULL;
    }
    c.buf = view.buf;
    c.len = (size_t)view.len;
    c.want_addr = 1;
    ssize_t n = sock_call(SOCK(o), POLLOUT, op_send, &c);
    wf_buffer_release(&view);
    return n < 0 ? NULL : wf_int_from_i64(n);
}

static wf_object_t *sock_shutdown(wf_object_t *o, wf_object_t *arg) {
    int how;
    if (wf_as_c_int(arg, &how) < 0) {
        return NULL;
    }
    if (shutdown(SOCK(o)->fd, how) < 0) {
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_object_t *name_of(wf_object_t *o, int peer) {
    sockaddr_any_t addr;
    socklen_t len = sizeof(addr);
    memset(&addr, 0, sizeof(addr));
    int rc = peer ? getpeername(SOCK(o)->fd, &addr.sa, &len)
                  : getsockname(SOCK(o)->fd, &addr.sa, &len);
    if (rc < 0) {
        return os_error();
    }
    return sockaddr_to(&addr.sa, len);
}

static wf_object_t *sock_getsockname(wf_object_t *o, wf_object_t *unused) {
    return name_of(o, 0);
}

static wf_object_t *sock_getpeername(wf_object_t *o, wf_object_t *unused) {
    return name_of(o, 1);
}

static wf_object_t *sock_setsockopt(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    int level, opt;
    if (nargs != 3 && nargs != 4) {
        return wf_err_format(&wf_exc_TypeError, "setsockopt() takes 3 or 4 arguments (%zd given)",
                             nargs);
    }
    if (wf_as_c_int(args[0], &level) < 0 || wf_as_c_int(args[1], &opt) < 0) {
        return NULL;
    }
    int rc;
    if (nargs == 4) {
        unsigned int optlen;
        int64_t l;
        if (args[2] != WF_NONE) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "setsockopt() with 4 arguments takes None as the value");
        }
        if (wf_int_as_i64(args[3], &l) < 0) {
            return NULL;
        }
        optlen = (unsigned int)l;
        rc = setsockopt(SOCK(o)->fd, level, opt, NULL, optlen);
    } else if (WF_INT_CHECK(args[2])) {
        int v;
        if (wf_as_c_int(args[2], &v) < 0) {
            return NULL;
        }
        rc = setsockopt(SOCK(o)->fd, level, opt, &v, sizeof(v));
    } else {
        wf_buffer_t view;
        if (wf_buffer_get(args[2], &view, WF_BUF_SIMPLE) < 0) {
            return NULL;
        }
        rc = setsockopt(SOCK(o)->fd, level, opt, view.buf, (socklen_t)view.len);
        wf_buffer_release(&view);
    }
    if (rc < 0) {
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_object_t *sock_getsockopt(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    int level, opt, buflen = 0;
    if (wf_check_nargs("getsockopt", nargs, 2, 3) < 0 || wf_as_c_int(args[0], &level) < 0 ||
        wf_as_c_int(args[1], &opt) < 0 || (nargs > 2 && wf_as_c_int(args[2], &buflen) < 0)) {
        return NULL;
    }
    if (nargs < 3) {
        int v = 0;
        socklen_t sl = sizeof(v);
        if (getsockopt(SOCK(o)->fd, level, opt, &v, &sl) < 0) {
            return os_error();
        }
        return wf_int_from_i64(v);
    }
    if (buflen <= 0 || buflen > 1024) {
        errno = EINVAL;
        return wf_err_set_string(&wf_exc_OSError, "getsockopt buflen out of range");
    }
    char buf[1024];
    socklen_t sl = (socklen_t)buflen;
    if (getsockopt(SOCK(o)->fd, level, opt, buf, &sl) < 0) {
        return os_error();
    }
    return wf_bytes_from(buf, sl);
}

static wf_object_t *sock_settimeout(wf_object_t *o, wf_object_t *arg) {
    int64_t t = -1;
    if (arg != WF_NONE) {
        double d;
        if (WF_FLOAT_CHECK(arg)) {
            d = wf_float_as_double(arg);
        } else if (WF_INT_CHECK(arg)) {
            int64_t v;
            if (wf_int_as_i64(arg, &v) < 0) {
                return NULL;
            }
            d = (double)v;
        } else {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "Timeout value must be int, float or None");
        }
        if (isnan(d)) {
            return wf_err_set_string(&wf_exc_ValueError, "Invalid value NaN (not a number)");
        }
        if (d < 0) {
            return wf_err_set_string(&wf_exc_ValueError, "Timeout value out of range");
        }
        if (!(d * 1e9 < 9.2e18)) {
            return wf_err_set_string(&wf_exc_OverflowError,
                                     "timestamp too large to convert to C PyTime_t");
        }
        t = (int64_t)ceil(d * 1e9);
    }
    SOCK(o)->timeout = t;
    if (SOCK(o)->fd >= 0 && set_nonblocking(SOCK(o)->fd, t >= 0) < 0) {
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_object_t *timeout_value(int64_t t) {
    if (t < 0) {
        WF_RETURN_NONE;
    }
    return wf_float_new((double)t / 1e9);
}

static wf_object_t *sock_gettimeout(wf_object_t *o, wf_object_t *unused) {
    return timeout_value(SOCK(o)->timeout);
}

static wf_object_t *sock_setblocking(wf_object_t *o, wf_object_t *arg) {
    int on = wf_truthy(arg);
    if (on < 0) {
        return NULL;
    }
    SOCK(o)->timeout = on ? -1 : 0;
    if (SOCK(o)->fd >= 0 && set_nonblocking(SOCK(o)->fd, !on) < 0) {
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_object_t *sock_getblocking(wf_object_t *o, wf_object_t *unused) {
    return wf_newref(SOCK(o)->timeout < 0 ? WF_TRUE : WF_FALSE);
}

static wf_object_t *sock_get_timeout(wf_object_t *o, void *c) {
    return timeout_value(SOCK(o)->timeout);
}

static wf_object_t *sock_get_family(wf_object_t *o, void *c) {
    return wf_int_from_i64(SOCK(o)->family);
}

static wf_object_t *sock_get_type(wf_object_t *o, void *c) {
    return wf_int_from_i64(SOCK(o)->type);
}

static wf_object_t *sock_get_proto(wf_object_t *o, void *c) {
    return wf_int_from_i64(SOCK(o)->proto);
}

static wf_method_def_t sock_methods[] = {
    {"_accept", {.noargs = sock_accept}, WF_METH_NOARGS, NULL},
    {"bind", {.o = sock_bind}, WF_METH_O, NULL},
    {"close", {.noargs = sock_close}, WF_METH_NOARGS, NULL},
    {"connect", {.o = sock_connect}, WF_METH_O, NULL},
    {"connect_ex", {.o = sock_connect_ex}, WF_METH_O, NULL},
    {"detach", {.noargs = sock_detach}, WF_METH_NOARGS, NULL},
    {"fileno", {.noargs = sock_fileno}, WF_METH_NOARGS, NULL},
    {"getpeername", {.noargs = sock_getpeername}, WF_METH_NOARGS, NULL},
    {"getsockname", {.noargs = sock_getsockname}, WF_METH_NOARGS, NULL},
    {"getsockopt", {.fast = sock_getsockopt}, WF_METH_FASTCALL, NULL},
    {"setsockopt", {.fast = sock_setsockopt}, WF_METH_FASTCALL, NULL},
    {"listen", {.fast = sock_listen}, WF_METH_FASTCALL, NULL},
    {"recv", {.fast = sock_recv}, WF_METH_FASTCALL, NULL},
    {"recvfrom", {.fast = sock_recvfrom}, WF_METH_FASTCALL, NULL},
    {"recv_into", {.fastkw = sock_recv_into}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"recvfrom_into", {.fastkw = sock_recvfrom_into}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"send", {.fast = sock_send}, WF_METH_FASTCALL, NULL},
    {"sendall", {.fast = sock_sendall}, WF_METH_FASTCALL, NULL},
    {"sendto", {.fast = sock_sendto}, WF_METH_FASTCALL, NULL},
    {"setblocking", {.o = sock_setblocking}, WF_METH_O, NULL},
    {"getblocking", {.noargs = sock_getblocking}, WF_METH_NOARGS, NULL},
    {"settimeout", {.o = sock_settimeout}, WF_METH_O, NULL},
    {"gettimeout", {.noargs = sock_gettimeout}, WF_METH_NOARGS, NULL},
    {"shutdown", {.o = sock_shutdown}, WF_METH_O, NULL},
    {NULL},
};

static wf_getset_def_t sock_getsets[] = {
    {"family", sock_get_family, NULL, NULL, NULL},
    {"type", sock_get_type, NULL, NULL, NULL},
    {"proto", sock_get_proto, NULL, NULL, NULL},
    {"timeout", sock_get_timeout, NULL, NULL, NULL},
    {NULL},
};

wf_type_t wf_socket_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "_socket.socket",
    .basicsize = sizeof(sock_t),
    .flags = WF_TPFLAGS_BASETYPE,
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object",
    .dealloc = sock_dealloc,
    .new = sock_alloc,
    .init = sock_init,
    .repr = sock_repr,
    .methods = sock_methods,
    .getsets = sock_getsets,
    .weaklistoffset = offsetof(sock_t, weakreflist),
};

// ---- module functions ----

static wf_object_t *str_or_none(wf_object_t *o, const char **out, const char *what) {
    if (o == WF_NONE) {
        *out = NULL;
        return WF_NONE;
    }
    if (WF_STR_CHECK(o)) {
        *out = wf_str_as_utf8(o, NULL);
        return *out ? WF_NONE : NULL;
    }
    if (WF_BYTES_CHECK(o)) {
        *out = WF_BYTES_DATA(o);
        return WF_NONE;
    }
    wf_err_set_string(&wf_exc_TypeError, what);
    return NULL;
}

static wf_object_t *sk_getaddrinfo(wf_object_t *self, wf_object_t *const *args,
                                   wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"host", "port", "family", "type", "proto", "flags",
                                        NULL};
    wf_object_t *a[6] = {NULL};
    if (wf_parse_args("getaddrinfo", args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    const char *host, *port = NULL;
    char portbuf[32];
    wf_object_t *idna = NULL;
    wf_ssize_t hlen = 0;
    const char *hs = a[0] != WF_NONE && WF_STR_CHECK(a[0]) ? wf_str_as_utf8(a[0], &hlen) : NULL;
    int ascii = hs != NULL;
    for (wf_ssize_t i = 0; ascii && i < hlen; i++) {
        ascii = (unsigned char)hs[i] < 0x80;
    }
    if (ascii) {
        host = hs;  // ASCII names are their own IDNA form
    } else if (a[0] != WF_NONE && WF_STR_CHECK(a[0])) {
        idna = wf_call_method_cstr(a[0], "encode", (wf_object_t *[]){wf_str_intern_cstr("idna")}, 1);
        if (idna == NULL) {
            return NULL;
        }
        host = WF_BYTES_DATA(idna);
    } else if (str_or_none(a[0], &host, "getaddrinfo() argument 1 must be string or None") ==
               NULL) {
        return NULL;
    }
    if (WF_INT_CHECK(a[1])) {
        int64_t p;
        if (wf_int_as_i64(a[1], &p) < 0) {
            WF_XDECREF(idna);
            return NULL;
        }
        snprintf(portbuf, sizeof(portbuf), "%lld", (long long)p);
        port = portbuf;
    } else if (str_or_none(a[1], &port, "Int or String expected") == NULL) {
        WF_XDECREF(idna);
        return NULL;
    }
    int family = 0, type = 0, proto = 0, flags = 0;
    if ((a[2] && wf_as_c_int(a[2], &family) < 0) || (a[3] && wf_as_c_int(a[3], &type) < 0) ||
        (a[4] && wf_as_c_int(a[4], &proto) < 0) || (a[5] && wf_as_c_int(a[5], &flags) < 0)) {
        WF_XDECREF(idna);
        return NULL;
    }
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_family = family;
    hints.ai_socktype = type;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    int rc;
    WF_BLOCKING_BEGIN();
    rc = getaddrinfo(host, port, &hints, &res);
    WF_BLOCKING_END();
    WF_XDECREF(idna);
    if (rc != 0) {
        return raise_gaierror(rc);
    }
    wf_object_t *out = wf_list_new(0);
    for (struct addrinfo *ai = res; out != NULL && ai != NULL; ai = ai->ai_next) {
        wf_object_t *f = wf_int_from_i64(ai->ai_family), *t = wf_int_from_i64(ai->ai_socktype);
        wf_object_t *p = wf_int_from_i64(ai->ai_protocol);
        wf_object_t *cn = wf_str_from_cstr(ai->ai_canonname ? ai->ai_canonname : "");
        wf_object_t *sa = sockaddr_to(ai->ai_addr, ai->ai_addrlen);
        wf_object_t *item = f && t && p && cn && sa ? wf_tuple_pack(5, f, t, p, cn, sa) : NULL;
        WF_XDECREF(f);
        WF_XDECREF(t);
        WF_XDECREF(p);
        WF_XDECREF(cn);
        WF_XDECREF(sa);
        if (item == NULL || wf_list_append_steal(out, item) < 0) {
            WF_CLEAR(out);
        }
    }
    freeaddrinfo(res);
    return out;
}

static wf_object_t *sk_getnameinfo(wf_object_t *self, wf_object_t *const *args,
                                   wf_ssize_t nargs) {
    int flags;
    if (wf_check_nargs("getnameinfo", nargs, 2, 2) < 0 || wf_as_c_int(args[1], &flags) < 0) {
        return NULL;
    }
    wf_object_t *sa = args[0];
    if (!WF_TUPLE_CHECK(sa) || WF_TUPLE_SIZE(sa) < 2 || WF_TUPLE_SIZE(sa) > 4) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "getnameinfo() argument 1 must be a tuple");
    }
    sock_t fake = {0};
    fake.family = strchr(wf_str_as_utf8(WF_TUPLE_GET(sa, 0), NULL) ?: "", ':') ? AF_INET6
                                                                                  : AF_INET;
    if (wf_err_occurred()) {
        return NULL;
    }
    sockaddr_any_t addr;
    socklen_t len;
    if (sockaddr_from(&fake, sa, "getnameinfo", &addr, &len) < 0) {
        return NULL;
    }
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    int rc;
    WF_BLOCKING_BEGIN();
    rc = getnameinfo(&addr.sa, len, host, sizeof(host), serv, sizeof(serv), flags);
    WF_BLOCKING_END();
    if (rc != 0) {
        return raise_gaierror(rc);
    }
    wf_object_t *h = wf_str_from_cstr(host), *s = wf_str_from_cstr(serv);
    wf_object_t *t = h && s ? wf_tuple_pack(2, h, s) : NULL;
    WF_XDECREF(h);
    WF_XDECREF(s);
    return t;
}

static wf_object_t *sk_gethostname(wf_object_t *self, wf_object_t *unused) {
    char buf[1024];
    if (gethostname(buf, sizeof(buf) - 1) < 0) {
        return os_error();
    }
    buf[sizeof(buf) - 1] = '\0';
    return wf_str_from_cstr(buf);
}

static wf_object_t *sk_gethostbyname(wf_object_t *self, wf_object_t *arg) {
    sock_t fake = {0};
    fake.family = AF_INET;
    sockaddr_any_t addr;
    if (!WF_STR_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError,
                             "gethostbyname() argument 1 must be str, bytes or bytearray, not %s",
                             WF_TYPE(arg)->name);
    }
    memset(&addr, 0, sizeof(addr));
    if (resolve_host(arg, AF_INET, &addr) < 0) {
        return NULL;
    }
    (void)fake;
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &addr.in4.sin_addr, buf, sizeof(buf));
    return wf_str_from_cstr(buf);
}

// (hostname, aliaslist, ipaddrlist) from a hostent.
static wf_object_t *hostent_tuple(struct hostent *h) {
    wf_object_t *name = wf_str_from_cstr(h->h_name);
    wf_object_t *aliases = wf_list_new(0), *addrs = wf_list_new(0);
    for (char **p = h->h_aliases; aliases && p && *p; p++) {
        wf_object_t *s = wf_str_from_cstr(*p);
        if (s == NULL || wf_list_append_steal(aliases, s) < 0) {
            WF_CLEAR(aliases);
        }
    }
    for (char **p = h->h_addr_list; addrs && p && *p; p++) {
        char buf[INET6_ADDRSTRLEN];
        inet_ntop(h->h_addrtype, *p, buf, sizeof(buf));
        wf_object_t *s = wf_str_from_cstr(buf);
        if (s == NULL || wf_list_append_steal(addrs, s) < 0) {
            WF_CLEAR(addrs);
        }
    }
    wf_object_t *t = name && aliases && addrs ? wf_tuple_pack(3, name, aliases, addrs) : NULL;
    WF_XDECREF(name);
    WF_XDECREF(aliases);
    WF_XDECREF(addrs);
    return t;
}

static wf_object_t *raise_herror(int code) {
    wf_object_t *c = wf_int_from_i64(code);
    wf_object_t *m = wf_str_from_cstr(hstrerror(code));
    wf_object_t *args[2] = {c, m};
    wf_object_t *exc = c && m ? wf_vectorcall(herror_type, args, 2, NULL) : NULL;
    WF_XDECREF(c);
    WF_XDECREF(m);
    if (exc != NULL) {
        wf_err_set_object_steal(exc);
    }
    return NULL;
}

static wf_object_t *lookup_host(const char *name, int by_addr) {
    struct hostent hbuf, *res = NULL;
    char buf[16384];
    int herr = 0, rc;
    struct in_addr a4;
    struct in6_addr a6;
    WF_BLOCKING_BEGIN();
    if (by_addr && inet_pton(AF_INET, name, &a4) == 1) {
        rc = gethostbyaddr_r(&a4, sizeof(a4), AF_INET, &hbuf, buf, sizeof(buf), &res, &herr);
    } else if (by_addr && inet_pton(AF_INET6, name, &a6) == 1) {
        rc = gethostbyaddr_r(&a6, sizeof(a6), AF_INET6, &hbuf, buf, sizeof(buf), &res, &herr);
    } else {
        rc = gethostbyname_r(name, &hbuf, buf, sizeof(buf), &res, &herr);
    }
    WF_BLOCKING_END();
    if (rc != 0 || res == NULL) {
        return raise_herror(herr ? herr : HOST_NOT_FOUND);
    }
    return hostent_tuple(res);
}

static wf_object_t *sk_gethostbyname_ex(wf_object_t *self, wf_object_t *arg) {
    const char *name = WF_STR_CHECK(arg) ? wf_str_as_utf8(arg, NULL) : NULL;
    if (name == NULL) {
        return wf_err_occurred() ? NULL
                                 : wf_err_format(&wf_exc_TypeError,
                                                 "gethostbyname_ex() argument 1 must be str, "
                                                 "bytes or bytearray, not %s",
                                                 WF_TYPE(arg)->name);
    }
    return lookup_host(name, 0);
}

static wf_object_t *sk_gethostbyaddr(wf_object_t *self, wf_object_t *arg) {
    const char *name = WF_STR_CHECK(arg) ? wf_str_as_utf8(arg, NULL) : NULL;
    if (name == NULL) {
        return wf_err_occurred() ? NULL
                                 : wf_err_format(&wf_exc_TypeError,
                                                 "gethostbyaddr() argument 1 must be str, "
                                                 "bytes or bytearray, not %s",
                                                 WF_TYPE(arg)->name);
    }
    return lookup_host(name, 1);
}

static wf_object_t *sk_getservbyname(wf_object_t *self, wf_object_t *const *args,
                                     wf_ssize_t nargs) {
    if (wf_check_nargs("getservbyname", nargs, 1, 2) < 0) {
        return NULL;
    }
    const char *name = wf_str_as_utf8(args[0], NULL);
    const char *proto = nargs > 1 ? wf_str_as_utf8(args[1], NULL) : NULL;
    if (name == NULL || (nargs > 1 && proto == NULL)) {
        return NULL;
    }
    struct servent sbuf, *res = NULL;
    char buf[4096];
    getservbyname_r(name, proto, &sbuf, buf, sizeof(buf), &res);
    if (res == NULL) {
        return wf_err_set_string(&wf_exc_OSError, "service/proto not found");
    }
    return wf_int_from_i64(ntohs((uint16_t)res->s_port));
}

static wf_object_t *sk_getservbyport(wf_object_t *self, wf_object_t *const *args,
                                     wf_ssize_t nargs) {
    int port;
    if (wf_check_nargs("getservbyport", nargs, 1, 2) < 0 || wf_as_c_int(args[0], &port) < 0) {
        return NULL;
    }
    if (port < 0 || port > 0xffff) {
        return wf_err_set_string(&wf_exc_OverflowError, "getservbyport: port must be 0-65535.");
    }
    const char *proto = nargs > 1 ? wf_str_as_utf8(args[1], NULL) : NULL;
    if (nargs > 1 && proto == NULL) {
        return NULL;
    }
    struct servent sbuf, *res = NULL;
    char buf[4096];
    getservbyport_r(htons((uint16_t)port), proto, &sbuf, buf, sizeof(buf), &res);
    if (res == NULL) {
        return wf_err_set_string(&wf_exc_OSError, "port/proto not found");
    }
    return wf_str_from_cstr(res->s_name);
}

static wf_object_t *sk_getprotobyname(wf_object_t *self, wf_object_t *arg) {
    const char *name = wf_str_as_utf8(arg, NULL);
    if (name == NULL) {
        return NULL;
    }
    struct protoent pbuf, *res = NULL;
    char buf[4096];
    getprotobyname_r(name, &pbuf, buf, sizeof(buf), &res);
    if (res == NULL) {
        return wf_err_set_string(&wf_exc_OSError, "protocol not found");
    }
    return wf_int_from_i64(res->p_proto);
}

static wf_object_t *sk_inet_aton(wf_object_t *self, wf_object_t *arg) {
    const char *s = wf_str_as_utf8(arg, NULL);
    if (s == NULL) {
        return NULL;
    }
    struct in_addr a;
    if (inet_aton(s, &a) == 0) {
        return wf_err_set_string(&wf_exc_OSError,
                                 "illegal IP address string passed to inet_aton");
    }
    return wf_bytes_from(&a, 4);
}

static wf_object_t *sk_inet_ntoa(wf_object_t *self, wf_object_t *arg) {
    wf_buffer_t view;
    if (wf_buffer_get(arg, &view, WF_BUF_SIMPLE) < 0) {
        return NULL;
    }
    if (view.len != 4) {
        wf_buffer_release(&view);
        return wf_err_set_string(&wf_exc_OSError, "packed IP wrong length for inet_ntoa");
    }
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, view.buf, buf, sizeof(buf));
    wf_buffer_release(&view);
    return wf_str_from_cstr(buf);
}

static wf_object_t *sk_inet_pton(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int family;
    if (wf_check_nargs("inet_pton", nargs, 2, 2) < 0 || wf_as_c_int(args[0], &family) < 0) {
        return NULL;
    }
    const char *s = wf_str_as_utf8(args[1], NULL);
    if (s == NULL) {
        return NULL;
    }
    unsigned char buf[sizeof(struct in6_addr)];
    int rc = inet_pton(family, s, buf);
    if (rc < 0) {
        return os_error();
    }
    if (rc == 0) {
        return wf_err_set_string(&wf_exc_OSError, "illegal IP address string passed to inet_pton");
    }
    return wf_bytes_from(buf, family == AF_INET ? 4 : 16);
}

static wf_object_t *sk_inet_ntop(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int family;
    if (wf_check_nargs("inet_ntop", nargs, 2, 2) < 0 || wf_as_c_int(args[0], &family) < 0) {
        return NULL;
    }
    wf_buffer_t view;
    if (wf_buffer_get(args[1], &view, WF_BUF_SIMPLE) < 0) {
        return NULL;
    }
    wf_ssize_t want = family == AF_INET ? 4 : family == AF_INET6 ? 16 : -1;
    if (want < 0) {
        wf_buffer_release(&view);
        return wf_err_set_string(&wf_exc_ValueError, "unknown address family");
    }
    if (view.len != want) {
        wf_buffer_release(&view);
        return wf_err_set_string(&wf_exc_ValueError, "invalid length of packed IP address string");
    }
    char buf[INET6_ADDRSTRLEN];
    const char *r = inet_ntop(family, view.buf, buf, sizeof(buf));
    wf_buffer_release(&view);
    if (r == NULL) {
        return os_error();
    }
    return wf_str_from_cstr(buf);
}

static wf_object_t *swap_arg(wf_object_t *arg, int bits, int to_net, const char *name) {
    if (!WF_INT_CHECK(arg)) {
        return bits == 16 ? wf_err_format(&wf_exc_TypeError,
                                          "'%s' object cannot be interpreted as an integer",
                                          WF_TYPE(arg)->name)
                          : wf_err_format(&wf_exc_TypeError, "expected int, %s found",
                                          WF_TYPE(arg)->name);
    }
    int64_t v;
    int big = wf_int_as_i64(arg, &v) < 0;
    if (big) {
        wf_err_clear();
        v = wf_int_sign(arg) < 0 ? -1 : INT64_MAX;  // only the sign matters now
    }
    if (bits == 16) {
        if (v < 0) {
            return wf_err_format(&wf_exc_OverflowError, "%s: can't convert negative Python int "
                                 "to C 16-bit unsigned integer", name);
        }
        if (v > 0x7fffffff) {
            return wf_err_set_string(&wf_exc_OverflowError,
                                     "Python int too large to convert to C int");
        }
        if (v > 0xffff) {
            return wf_err_format(&wf_exc_OverflowError, "%s: Python int too large to convert "
                                 "to C 16-bit unsigned integer", name);
        }
        return wf_int_from_i64(to_net ? htons((uint16_t)v) : ntohs((uint16_t)v));
    }
    if (v < 0) {
        return wf_err_set_string(&wf_exc_OverflowError,
                                 "can't convert negative value to unsigned int");
    }
    if (v > 0xffffffffLL) {
        return wf_err_set_string(&wf_exc_OverflowError, "int larger than 32 bits");
    }
    return wf_int_from_u64(to_net ? htonl((uint32_t)v) : ntohl((uint32_t)v));
}

static wf_object_t *sk_htons(wf_object_t *s, wf_object_t *a) { return swap_arg(a, 16, 1, "htons"); }
static wf_object_t *sk_ntohs(wf_object_t *s, wf_object_t *a) { return swap_arg(a, 16, 0, "ntohs"); }
static wf_object_t *sk_htonl(wf_object_t *s, wf_object_t *a) { return swap_arg(a, 32, 1, "htonl"); }
static wf_object_t *sk_ntohl(wf_object_t *s, wf_object_t *a) { return swap_arg(a, 32, 0, "ntohl"); }

static wf_object_t *sk_getdefaulttimeout(wf_object_t *self, wf_object_t *unused) {
    return timeout_value(default_timeout);
}

static wf_object_t *sk_setdefaulttimeout(wf_object_t *self, wf_object_t *arg) {
    sock_t probe = {0};
    probe.fd = -1;
    wf_object_t *r = sock_settimeout(WF_OBJ(&probe), arg);
    if (r == NULL) {
        return NULL;
    }
    WF_DECREF(r);
    default_timeout = probe.timeout;
    WF_RETURN_NONE;
}

static wf_object_t *new_socket_from_fd(int fd, int family, int type, int proto) {
    wf_object_t *s = sock_alloc(&wf_socket_type, NULL, NULL);
    if (s == NULL) {
        close(fd);
        return NULL;
    }
    if (sock_setup(SOCK(s), fd, family, type, proto) < 0) {
        WF_DECREF(s);
        return NULL;
    }
    return s;
}

static wf_object_t *sk_socketpair(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    if (wf_check_nargs("socketpair", nargs, 0, 3) < 0 ||
        (nargs > 0 && wf_as_c_int(args[0], &family) < 0) ||
        (nargs > 1 && wf_as_c_int(args[1], &type) < 0) ||
        (nargs > 2 && wf_as_c_int(args[2], &proto) < 0)) {
        return NULL;
    }
    int sv[2];
    if (socketpair(family, type | SOCK_CLOEXEC, proto, sv) < 0) {
        return os_error();
    }
    wf_object_t *a = new_socket_from_fd(sv[0], family, type, proto);
    wf_object_t *b = a ? new_socket_from_fd(sv[1], family, type, proto) : NULL;
    if (a == NULL) {
        close(sv[1]);
    }
    wf_object_t *t = a && b ? wf_tuple_pack(2, a, b) : NULL;
    WF_XDECREF(a);
    WF_XDECREF(b);
    return t;
}

static wf_object_t *sk_dup(wf_object_t *self, wf_object_t *arg) {
    int fd;
    if (wf_as_c_int(arg, &fd) < 0) {
        return NULL;
    }
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (nfd < 0) {
        return os_error();
    }
    return wf_int_from_i64(nfd);
}

static wf_object_t *sk_close(wf_object_t *self, wf_object_t *arg) {
    int fd;
    if (wf_as_c_int(arg, &fd) < 0) {
        return NULL;
    }
    if (close(fd) < 0 && errno != ECONNRESET) {
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_object_t *sk_if_nametoindex(wf_object_t *self, wf_object_t *arg) {
    const char *name = wf_str_as_utf8(arg, NULL);
    if (name == NULL) {
        return NULL;
    }
    unsigned idx = if_nametoindex(name);
    if (idx == 0) {
        return wf_err_set_string(&wf_exc_OSError, "no interface with this name");
    }
    return wf_int_from_u64(idx);
}

static wf_object_t *sk_if_indextoname(wf_object_t *self, wf_object_t *arg) {
    int idx;
    if (wf_as_c_int(arg, &idx) < 0) {
        return NULL;
    }
    char buf[IF_NAMESIZE + 1];
    if (if_indextoname((unsigned)idx, buf) == NULL) {
        return os_error();
    }
    return wf_str_from_cstr(buf);
}

static wf_object_t *sk_if_nameindex(wf_object_t *self, wf_object_t *unused) {
    struct if_nameindex *ni = if_nameindex();
    if (ni == NULL) {
        return os_error();
    }
    wf_object_t *out = wf_list_new(0);
    for (struct if_nameindex *p = ni; out != NULL && p->if_index != 0; p++) {
        wf_object_t *i = wf_int_from_u64(p->if_index), *n = wf_str_from_cstr(p->if_name);
        wf_object_t *t = i && n ? wf_tuple_pack(2, i, n) : NULL;
        WF_XDECREF(i);
        WF_XDECREF(n);
        if (t == NULL || wf_list_append_steal(out, t) < 0) {
            WF_CLEAR(out);
        }
    }
    if_freenameindex(ni);
    return out;
}

static wf_method_def_t socket_functions[] = {
    {"getaddrinfo", {.fastkw = sk_getaddrinfo}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"getnameinfo", {.fast = sk_getnameinfo}, WF_METH_FASTCALL, NULL},
    {"gethostname", {.noargs = sk_gethostname}, WF_METH_NOARGS, NULL},
    {"gethostbyname", {.o = sk_gethostbyname}, WF_METH_O, NULL},
    {"gethostbyname_ex", {.o = sk_gethostbyname_ex}, WF_METH_O, NULL},
    {"gethostbyaddr", {.o = sk_gethostbyaddr}, WF_METH_O, NULL},
    {"getservbyname", {.fast = sk_getservbyname}, WF_METH_FASTCALL, NULL},
    {"getservbyport", {.fast = sk_getservbyport}, WF_METH_FASTCALL, NULL},
    {"getprotobyname", {.o = sk_getprotobyname}, WF_METH_O, NULL},
    {"inet_aton", {.o = sk_inet_aton}, WF_METH_O, NULL},
    {"inet_ntoa", {.o = sk_inet_ntoa}, WF_METH_O, NULL},
    {"inet_pton", {.fast = sk_inet_pton}, WF_METH_FASTCALL, NULL},
    {"inet_ntop", {.fast = sk_inet_ntop}, WF_METH_FASTCALL, NULL},
    {"htons", {.o = sk_htons}, WF_METH_O, NULL},
    {"ntohs", {.o = sk_ntohs}, WF_METH_O, NULL},
    {"htonl", {.o = sk_htonl}, WF_METH_O, NULL},
    {"ntohl", {.o = sk_ntohl}, WF_METH_O, NULL},
    {"getdefaulttimeout", {.noargs = sk_getdefaulttimeout}, WF_METH_NOARGS, NULL},
    {"setdefaulttimeout", {.o = sk_setdefaulttimeout}, WF_METH_O, NULL},
    {"socketpair", {.fast = sk_socketpair}, WF_METH_FASTCALL, NULL},
    {"dup", {.o = sk_dup}, WF_METH_O, NULL},
    {"close", {.o = sk_close}, WF_METH_O, NULL},
    {"if_nametoindex", {.o = sk_if_nametoindex}, WF_METH_O, NULL},
    {"if_indextoname", {.o = sk_if_indextoname}, WF_METH_O, NULL},
    {"if_nameindex", {.noargs = sk_if_nameindex}, WF_METH_NOARGS, NULL},
    {NULL},
};

static wf_object_t *new_error_type(const char *name) {
    wf_object_t *n = wf_str_from_cstr(name);
    wf_object_t *bases = wf_tuple_pack(1, WF_OBJ(&wf_exc_OSError));
    wf_object_t *ns = wf_dict_new();
    wf_object_t *mod = wf_str_from_cstr("socket");
    wf_object_t *t = NULL;
    if (n && bases && ns && mod && wf_dict_setitem_cstr(ns, "__module__", mod) == 0) {
        wf_object_t *targs[3] = {n, bases, ns};
        t = wf_vectorcall(WF_OBJ(&wf_type_type), targs, 3, NULL);
    }
    WF_XDECREF(n);
    WF_XDECREF(bases);
    WF_XDECREF(ns);
    WF_XDECREF(mod);
    return t;
}

#define C(name) {#name, name}

wf_object_t *wf_mod_socket_init(void) {
    if (wf_type_ready(&wf_socket_type) < 0) {
        return NULL;
    }
    if (herror_type == NULL) {
        herror_type = new_error_type("herror");  // kept for the process
        gaierror_type = herror_type ? new_error_type("gaierror") : NULL;
        if (gaierror_type == NULL) {
            return NULL;
        }
    }
    static const struct {
        const char *name;
        long value;
    } ints[] = {
        C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX), C(AF_PACKET), C(AF_NETLINK),
        C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_SEQPACKET), C(SOCK_RDM),
        C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
        C(SOL_SOCKET), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE), C(SO_BROADCAST),
        C(SO_LINGER), C(SO_RCVBUF), C(SO_SNDBUF), C(SO_RCVLOWAT), C(SO_SNDLOWAT),
        C(SO_RCVTIMEO), C(SO_SNDTIMEO), C(SO_ERROR), C(SO_TYPE), C(SO_ACCEPTCONN),
        C(SO_DOMAIN), C(SO_PROTOCOL), C(SO_OOBINLINE), C(SO_DEBUG), C(SO_DONTROUTE),
        C(SO_PASSCRED), C(SO_PEERCRED), C(SO_BINDTODEVICE), C(SO_PRIORITY), C(SO_MARK),
        C(SOMAXCONN), C(SCM_RIGHTS), C(SCM_CREDENTIALS),
        C(IPPROTO_IP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6), C(IPPROTO_ICMP),
        C(IPPROTO_ICMPV6), C(IPPROTO_RAW), C(IPPROTO_SCTP),
        C(IP_TOS), C(IP_TTL), C(IP_HDRINCL), C(IP_OPTIONS), C(IP_MULTICAST_IF),
        C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP), C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP),
        C(IPV6_V6ONLY), C(IPV6_UNICAST_HOPS), C(IPV6_MULTICAST_IF), C(IPV6_MULTICAST_HOPS),
        C(IPV6_MULTICAST_LOOP), C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP),
        C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT),
        C(TCP_CORK), C(TCP_QUICKACK), C(TCP_USER_TIMEOUT), C(TCP_FASTOPEN),
        C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_DONTWAIT), C(MSG_WAITALL),
        C(MSG_TRUNC), C(MSG_CTRUNC), C(MSG_EOR), C(MSG_NOSIGNAL), C(MSG_CMSG_CLOEXEC),
        C(MSG_ERRQUEUE), C(MSG_CONFIRM), C(MSG_MORE),
        C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
        C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_V4MAPPED),
        C(AI_ALL), C(AI_ADDRCONFIG),
        C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NOFQDN), C(NI_NAMEREQD), C(NI_DGRAM),
        C(NI_MAXHOST), C(NI_MAXSERV),
        C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_MEMORY),
        C(EAI_NONAME), C(EAI_SERVICE), C(EAI_SOCKTYPE), C(EAI_SYSTEM), C(EAI_OVERFLOW),
        C(EAI_ADDRFAMILY), C(EAI_NODATA),
        {"INADDR_ANY", INADDR_ANY}, {"INADDR_BROADCAST", (long)INADDR_BROADCAST},
        {"INADDR_LOOPBACK", INADDR_LOOPBACK}, {"INADDR_NONE", (long)INADDR_NONE},
        {"INADDR_ALLHOSTS_GROUP", INADDR_ALLHOSTS_GROUP},
        {"INADDR_MAX_LOCAL_GROUP", INADDR_MAX_LOCAL_GROUP},
        {"INADDR_UNSPEC_GROUP", INADDR_UNSPEC_GROUP},
    };
    wf_object_t *m = wf_module_new("_socket");
    if (m == NULL || wf_module_add_functions(m, socket_functions) < 0 ||
        wf_module_add_object(m, "socket", WF_OBJ(&wf_socket_type)) < 0 ||
        wf_module_add_object(m, "SocketType", WF_OBJ(&wf_socket_type)) < 0 ||
        wf_module_add_object(m, "error", WF_OBJ(&wf_exc_OSError)) < 0 ||
        wf_module_add_object(m, "timeout", WF_OBJ(&wf_exc_TimeoutError)) < 0 ||
        wf_module_add_object(m, "herror", herror_type) < 0 ||
        wf_module_add_object(m, "gaierror", gaierror_type) < 0 ||
        wf_module_add_object(m, "has_ipv6", WF_TRUE) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
        if (wf_module_add_int(m, ints[i].name, ints[i].value) < 0) {
            WF_DECREF(m);
            return NULL;
        }
    }
    return m;
}
