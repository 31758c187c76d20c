// The zlib module over the system's zlib library (docs/architecture.md, "Libraries"):
// one-shot compress/decompress, checksums, and the streaming Compress and Decompress
// objects. Each object's stream is used under its critical section; data is copied from
// the argument's buffer before zlib reads it, so no Python code runs meanwhile.
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include "sync/critical_section.h"

#include <limits.h>
#include <string.h>
#include <zlib.h>

static wf_object_t *zlib_error;  // zlib.error

extern wf_type_t wf_zlib_compress_type, wf_zlib_decompress_type;

// "Error -3 while decompressing data: incorrect header check"
static wf_object_t *zerror(z_stream *zs, int err, const char *what) {
    const char *msg = zs->msg;
    if (err == Z_VERSION_ERROR) {
        msg = "library version mismatch";
    }
    if (msg == NULL) {
        switch (err) {
            case Z_BUF_ERROR: msg = "incomplete or truncated stream"; break;
            case Z_STREAM_ERROR: msg = "inconsistent stream state"; break;
            case Z_DATA_ERROR: msg = "invalid input data"; break;
            default: break;
        }
    }
    if (msg == NULL) {
        return wf_err_format((wf_type_t *)zlib_error, "Error %d %s", err, what);
    }
    return wf_err_format((wf_type_t *)zlib_error, "Error %d %s: %.200s", err, what, msg);
}

// A growable output buffer for inflate/deflate loops.
typedef struct {
    char *p;
    wf_ssize_t len, cap;
} obuf_t;

static int obuf_room(obuf_t *b, z_stream *zs, wf_ssize_t limit) {
    if (b->len == b->cap) {
        wf_ssize_t cap = b->cap ? b->cap * 2 : 16384;
        if (limit > 0 && cap > limit) {
            cap = limit;
        }
        if (cap > (wf_ssize_t)UINT_MAX + b->len) {
            cap = (wf_ssize_t)UINT_MAX + b->len;
        }
        char *np = wf_mem_realloc(b->p, (size_t)cap);
        if (np == NULL) {
            wf_err_nomemory();
            return -1;
        }
        b->p = np;
        b->cap = cap;
    }
    zs->next_out = (Bytef *)b->p + b->len;
    zs->avail_out = (uInt)(b->cap - b->len);
    return 0;
}

static wf_object_t *obuf_bytes(obuf_t *b) {
    wf_object_t *r = wf_bytes_from(b->p != NULL ? b->p : "", b->len);
    wf_mem_free(b->p);
    return r;
}

// The bytes of a buffer argument, copied (so the caller may release the GIL or lock).
static int data_arg(wf_object_t *o, char **out, wf_ssize_t *len) {
    wf_buffer_t v;
    if (wf_buffer_get(o, &v, WF_BUF_SIMPLE) < 0) {
        return -1;
    }
    *out = wf_mem_alloc((size_t)v.len + 1);
    if (*out == NULL) {
        wf_buffer_release(&v);
        wf_err_nomemory();
        return -1;
    }
    wf_buffer_copy_out(&v, *out);
    *len = v.len;
    wf_buffer_release(&v);
    return 0;
}

static int int_arg(wf_object_t *o, int dflt, int *out) {
    if (o == NULL) {
        *out = dflt;
        return 0;
    }
    return wf_as_c_int(o, out);
}

// ---------------------------------------------------------------------------------------
// One-shot functions.

static int deflate_all(z_stream *zs, const char *in, wf_ssize_t inlen, int flush, obuf_t *out);

static wf_object_t *zlib_compress(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                  wf_object_t *kwnames) {
    static const char *const names[] = {"", "level", "wbits", NULL};
    wf_object_t *a[3] = {NULL, NULL, NULL};
    int level, wbits;
    if (wf_parse_args("compress", args, nargs, kwnames, names, 1, 1, a) < 0 ||
        int_arg(a[1], Z_DEFAULT_COMPRESSION, &level) < 0 || int_arg(a[2], MAX_WBITS, &wbits) < 0) {
        return NULL;
    }
    char *in;
    wf_ssize_t inlen;
    if (data_arg(a[0], &in, &inlen) < 0) {
        return NULL;
    }
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
    if (err != Z_OK) {
        wf_mem_free(in);
        if (err == Z_MEM_ERROR) {
            return wf_err_nomemory();
        }
        return wf_err_set_string((wf_type_t *)zlib_error, "Bad compression level");
    }
    obuf_t out = {NULL, 0, 0};
    int rc = deflate_all(&zs, in, inlen, Z_FINISH, &out);
    deflateEnd(&zs);
    wf_mem_free(in);
    if (rc < 0) {
        wf_mem_free(out.p);
        return NULL;
    }
    return obuf_bytes(&out);
}

static wf_object_t *zlib_decompress(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                    wf_object_t *kwnames) {
    static const char *const names[] = {"", "wbits", "bufsize", NULL};
    wf_object_t *a[3] = {NULL, NULL, NULL};
    int wbits;
    if (wf_parse_args("decompress", args, nargs, kwnames, names, 1, 1, a) < 0 ||
        int_arg(a[1], MAX_WBITS, &wbits) < 0) {
        return NULL;
    }
    if (a[2] != NULL) {
        wf_ssize_t bufsize = wf_as_ssize(a[2], &wf_exc_OverflowError);
        if (bufsize == -1 && wf_err_occurred()) {
            return NULL;
        }
        if (bufsize < 0) {
            return wf_err_set_string(&wf_exc_ValueError, "bufsize must be non-negative");
        }
    }
    char *in;
    wf_ssize_t inlen;
    if (data_arg(a[0], &in, &inlen) < 0) {
        return NULL;
    }
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int err = inflateInit2(&zs, wbits);
    if (err != Z_OK) {
        wf_mem_free(in);
        if (err == Z_MEM_ERROR) {
            return wf_err_nomemory();
        }
        return zerror(&zs, err, "while preparing to decompress data");
    }
    obuf_t out = {NULL, 0, 0};
    zs.next_in = (Bytef *)in;
    wf_ssize_t left = inlen;
    err = Z_OK;
    do {
        zs.avail_in = left > UINT_MAX ? UINT_MAX : (uInt)left;
        left -= zs.avail_in;
        do {
            if (obuf_room(&out, &zs, 0) < 0) {
                inflateEnd(&zs);
                wf_mem_free(in);
                wf_mem_free(out.p);
                return NULL;
            }
            wf_ssize_t before = zs.avail_out;
            err = inflate(&zs, Z_NO_FLUSH);
            out.len += before - zs.avail_out;
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                break;
            }
        } while (zs.avail_out == 0 && err != Z_STREAM_END);
    } while (err != Z_STREAM_END && left > 0 && (err == Z_OK || err == Z_BUF_ERROR));
    if (err != Z_STREAM_END) {
        // A stream cut short reads as Z_BUF_ERROR: "incomplete or truncated stream".
        wf_object_t *r = zerror(&zs, err == Z_OK ? Z_BUF_ERROR : err, "while decompressing data");
        inflateEnd(&zs);
        wf_mem_free(in);
        wf_mem_free(out.p);
        return r;
    }
    inflateEnd(&zs);
    wf_mem_free(in);
    return obuf_bytes(&out);
}

static wf_object_t *checksum(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                             int adler) {
    if (wf_check_nargs(fname, nargs, 1, 2) < 0) {
        return NULL;
    }
    uLong value = adler ? 1 : 0;
    if (nargs == 2) {
        wf_object_t *n = wf_index(args[1]);
        if (n == NULL) {
            return NULL;
        }
        // Only the low 32 bits count, as CPython masks them.
        wf_object_t *mask = wf_int_from_i64(0xFFFFFFFF);
        wf_object_t *low = mask ? wf_binary_op(n, mask, WF_BINOP_AND) : NULL;
        WF_XDECREF(mask);
        WF_DECREF(n);
        int64_t v = 0;
        if (low == NULL || wf_int_as_i64(low, &v) < 0) {
            WF_XDECREF(low);
            return NULL;
        }
        WF_DECREF(low);
        value = (uLong)v;
    }
    wf_bview_t v;
    if (!wf_bytes_view(args[0], &v)) {
        return wf_err_format(&wf_exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    }
    const Bytef *p = (const Bytef *)v.data;
    wf_ssize_t left = v.len;
    while (left > 0) {
        uInt chunk = left > UINT_MAX ? UINT_MAX : (uInt)left;
        value = adler ? adler32(value, p, chunk) : crc32(value, p, chunk);
        p += chunk;
        left -= chunk;
    }
    return wf_int_from_u64(value & 0xFFFFFFFFu);
}

static wf_object_t *zlib_crc32(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return checksum("crc32", args, nargs, 0);
}

static wf_object_t *zlib_adler32(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return checksum("adler32", args, nargs, 1);
}

// ---------------------------------------------------------------------------------------
// Streams.

typedef struct {
    WF_OBJECT_HEAD
    z_stream zs;
    int inited, eof;
    wf_object_t *unused_data;      // Decompress: bytes after the end of the stream
    wf_object_t *unconsumed_tail;  // Decompress: input not processed because of max_length
    wf_object_t *zdict;
} zobj_t;

#define ZO(o) ((zobj_t *)(o))

static zobj_t *zobj_new(wf_type_t *t) {
    zobj_t *z = (zobj_t *)wf_object_alloc(t, sizeof(zobj_t));
    if (z == NULL) {
        return NULL;
    }
    z->unused_data = wf_bytes_from("", 0);
    z->unconsumed_tail = wf_bytes_from("", 0);
    if (z->unused_data == NULL || z->unconsumed_tail == NULL) {
        WF_DECREF(z);
        return NULL;
    }
    return z;
}

static void comp_dealloc(wf_object_t *o) {
    if (ZO(o)->inited) {
        deflateEnd(&ZO(o)->zs);
    }
    WF_XDECREF(ZO(o)->unused_data);
    WF_XDECREF(ZO(o)->unconsumed_tail);
    WF_XDECREF(ZO(o)->zdict);
    wf_object_free(o);
}

static void decomp_dealloc(wf_object_t *o) {
    if (ZO(o)->inited) {
        inflateEnd(&ZO(o)->zs);
    }
    WF_XDECREF(ZO(o)->unused_data);
    WF_XDECREF(ZO(o)->unconsumed_tail);
    WF_XDECREF(ZO(o)->zdict);
    wf_object_free(o);
}

static wf_object_t *zlib_compressobj(wf_object_t *self, wf_object_t *const *args,
                                     wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"level", "method", "wbits", "memLevel", "strategy",
                                        "zdict", NULL};
    wf_object_t *a[6] = {NULL};
    int level, method, wbits, memlevel, strategy;
    if (wf_parse_args("compressobj", args, nargs, kwnames, names, 0, 0, a) < 0 ||
        int_arg(a[0], Z_DEFAULT_COMPRESSION, &level) < 0 || int_arg(a[1], Z_DEFLATED, &method) < 0 ||
        int_arg(a[2], MAX_WBITS, &wbits) < 0 || int_arg(a[3], 8, &memlevel) < 0 ||
        int_arg(a[4], Z_DEFAULT_STRATEGY, &strategy) < 0) {
        return NULL;
    }
    zobj_t *z = zobj_new(&wf_zlib_compress_type);
    if (z == NULL) {
        return NULL;
    }
    int err = deflateInit2(&z->zs, level, method, wbits, memlevel, strategy);
    if (err != Z_OK) {
        WF_DECREF(z);
        if (err == Z_MEM_ERROR) {
            return wf_err_nomemory();
        }
        return wf_err_set_string(&wf_exc_ValueError, "Invalid initialization option");
    }
    z->inited = 1;
    if (a[5] != NULL && a[5] != WF_NONE) {
        wf_bview_t d;
        if (!wf_bytes_view(a[5], &d)) {
            WF_DECREF(z);
            return wf_err_set_string(&wf_exc_TypeError, "zdict argument must support the buffer protocol");
        }
        if (deflateSetDictionary(&z->zs, (const Bytef *)d.data, (uInt)d.len) != Z_OK) {
            WF_DECREF(z);
            return wf_err_set_string(&wf_exc_ValueError, "Invalid dictionary");
        }
    }
    return WF_OBJ(z);
}

// Run deflate over `in` with `flush`, appending to out. 0 / -1.
static int deflate_all(z_stream *zs, const char *in, wf_ssize_t inlen, int flush, obuf_t *out) {
    zs->next_in = (Bytef *)in;
    wf_ssize_t left = inlen;
    int err;
    do {
        zs->avail_in = left > UINT_MAX ? UINT_MAX : (uInt)left;
        left -= zs->avail_in;
        int f = left == 0 ? flush : Z_NO_FLUSH;
        do {
            if (obuf_room(out, zs, 0) < 0) {
                return -1;
            }
            wf_ssize_t before = zs->avail_out;
            err = deflate(zs, f);
            out->len += before - zs->avail_out;
            if (err == Z_STREAM_ERROR) {
                zerror(zs, err, "while compressing data");
                return -1;
            }
        } while (zs->avail_out == 0);
    } while (left > 0);
    return 0;
}

static wf_object_t *comp_compress(wf_object_t *o, wf_object_t *data) {
    zobj_t *z = ZO(o);
    char *in;
    wf_ssize_t inlen;
    if (data_arg(data, &in, &inlen) < 0) {
        return NULL;
    }
    obuf_t out = {NULL, 0, 0};
    int rc = -1;
    WF_BEGIN_CRITICAL(o);
    if (z->inited) {
        rc = deflate_all(&z->zs, in, inlen, Z_NO_FLUSH, &out);
    } else {
        // Compressing after flush(Z_FINISH).
        wf_err_set_string((wf_type_t *)zlib_error,
                          "Error -2 while compressing data: inconsistent stream state");
    }
    WF_END_CRITICAL(o);
    wf_mem_free(in);
    if (rc < 0) {
        wf_mem_free(out.p);
        return NULL;
    }
    return obuf_bytes(&out);
}

static wf_object_t *comp_flush(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    zobj_t *z = ZO(o);
    int mode = Z_FINISH;
    if (wf_check_nargs("flush", nargs, 0, 1) < 0 || (nargs == 1 && wf_as_c_int(args[0], &mode) < 0)) {
        return NULL;
    }
    if (mode == Z_NO_FLUSH) {
        return wf_bytes_from("", 0);
    }
    obuf_t out = {NULL, 0, 0};
    int rc = 0;
    WF_BEGIN_CRITICAL(o);
    if (z->inited) {
        rc = deflate_all(&z->zs, "", 0, mode, &out);
        if (rc == 0 && mode == Z_FINISH) {
            deflateEnd(&z->zs);
            z->inited = 0;
        }
    }
    WF_END_CRITICAL(o);
    if (rc < 0) {
        wf_mem_free(out.p);
        return NULL;
    }
    return obuf_bytes(&out);
}

static wf_object_t *zobj_copy(wf_object_t *o, wf_object_t *unused) {
    zobj_t *z = ZO(o);
    int comp = WF_TYPE(o) == &wf_zlib_compress_type;
    if (!z->inited) {
        return wf_err_set_string(&wf_exc_ValueError, "Inconsistent stream state");
    }
    zobj_t *c = zobj_new(WF_TYPE(o));
    if (c == NULL) {
        return NULL;
    }
    int err;
    WF_BEGIN_CRITICAL(o);
    err = comp ? deflateCopy(&c->zs, &z->zs) : inflateCopy(&c->zs, &z->zs);
    WF_END_CRITICAL(o);
    if (err != Z_OK) {
        WF_DECREF(c);
        return err == Z_MEM_ERROR ? wf_err_nomemory()
                                  : wf_err_set_string(&wf_exc_ValueError, "Inconsistent stream state");
    }
    c->inited = 1;
    c->eof = z->eof;
    WF_SETREF(c->unused_data, wf_newref(z->unused_data));
    WF_SETREF(c->unconsumed_tail, wf_newref(z->unconsumed_tail));
    c->zdict = wf_xnewref(z->zdict);
    return WF_OBJ(c);
}

static wf_object_t *zlib_decompressobj(wf_object_t *self, wf_object_t *const *args,
                                       wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"wbits", "zdict", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    int wbits;
    if (wf_parse_args("decompressobj", args, nargs, kwnames, names, 0, 0, a) < 0 ||
        int_arg(a[0], MAX_WBITS, &wbits) < 0) {
        return NULL;
    }
    if (a[1] != NULL && !wf_buffer_check(a[1])) {
        return wf_err_set_string(&wf_exc_TypeError, "zdict argument must support the buffer protocol");
    }
    zobj_t *z = zobj_new(&wf_zlib_decompress_type);
    if (z == NULL) {
        return NULL;
    }
    int err = inflateInit2(&z->zs, wbits);
    if (err != Z_OK) {
        WF_DECREF(z);
        if (err == Z_MEM_ERROR) {
            return wf_err_nomemory();
        }
        return wf_err_set_string(&wf_exc_ValueError, "Invalid initialization option");
    }
    z->inited = 1;
    if (a[1] != NULL) {
        z->zdict = wf_buffer_to_bytes(a[1]);
        if (z->zdict == NULL) {
            WF_DECREF(z);
            return NULL;
        }
        if (wbits < 0 && inflateSetDictionary(&z->zs, (const Bytef *)WF_BYTES_DATA(z->zdict),
                                              (uInt)WF_BYTES_LEN(z->zdict)) != Z_OK) {
            WF_DECREF(z);
            return wf_err_set_string(&wf_exc_ValueError, "Invalid dictionary");
        }
    }
    return WF_OBJ(z);
}

// Inflate `in` into out (at most max_length bytes when > 0); keeps unused_data and
// unconsumed_tail up to date. 0 / -1.
static int inflate_some(zobj_t *z, const char *in, wf_ssize_t inlen, wf_ssize_t max_length,
                        obuf_t *out) {
    z->zs.next_in = (Bytef *)in;
    wf_ssize_t left = inlen;
    int err = Z_OK;
    do {
        z->zs.avail_in = left > UINT_MAX ? UINT_MAX : (uInt)left;
        left -= z->zs.avail_in;
        do {
            if (max_length > 0 && out->len >= max_length) {
                goto done;
            }
            if (obuf_room(out, &z->zs, max_length) < 0) {
                return -1;
            }
            wf_ssize_t before = z->zs.avail_out;
            err = inflate(&z->zs, Z_SYNC_FLUSH);
            if (err == Z_NEED_DICT && z->zdict != NULL) {
                if (inflateSetDictionary(&z->zs, (const Bytef *)WF_BYTES_DATA(z->zdict),
                                         (uInt)WF_BYTES_LEN(z->zdict)) != Z_OK) {
                    zerror(&z->zs, err, "while setting zdict");
                    return -1;
                }
                err = inflate(&z->zs, Z_SYNC_FLUSH);
            }
            out->len += before - z->zs.avail_out;
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                zerror(&z->zs, err, "while decompressing data");
                return -1;
            }
        } while (z->zs.avail_out == 0 && err != Z_STREAM_END);
    } while (err != Z_STREAM_END && left > 0);
done:
    left += z->zs.avail_in;
    if (err == Z_STREAM_END) {
        // Everything after the end of the stream is unused data.
        z->eof = 1;
        wf_object_t *extra = wf_bytes_from(in + (inlen - left), left);
        wf_object_t *joined = extra != NULL ? wf_bytes_concat(z->unused_data, extra) : NULL;
        WF_XDECREF(extra);
        if (joined == NULL) {
            return -1;
        }
        WF_SETREF(z->unused_data, joined);
        left = 0;
    }
    wf_object_t *tail = wf_bytes_from(in + (inlen - left), left);
    if (tail == NULL) {
        return -1;
    }
    WF_SETREF(z->unconsumed_tail, tail);
    return 0;
}

static wf_object_t *decomp_decompress(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs,
                                      wf_object_t *kwnames) {
    static const char *const names[] = {"", "max_length", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args("decompress", args, nargs, kwnames, names, 1, 1, a) < 0) {
        return NULL;
    }
    wf_ssize_t max_length = 0;
    if (a[1] != NULL) {
        max_length = wf_as_ssize(a[1], &wf_exc_OverflowError);
        if (max_length == -1 && wf_err_occurred()) {
            return NULL;
        }
        if (max_length < 0) {
            return wf_err_set_string(&wf_exc_ValueError, "max_length must be non-negative");
        }
    }
    zobj_t *z = ZO(o);
    char *in;
    wf_ssize_t inlen;
    if (data_arg(a[0], &in, &inlen) < 0) {
        return NULL;
    }
    obuf_t out = {NULL, 0, 0};
    int rc;
    WF_BEGIN_CRITICAL(o);
    rc = inflate_some(z, in, inlen, max_length, &out);
    WF_END_CRITICAL(o);
    wf_mem_free(in);
    if (rc < 0) {
        wf_mem_free(out.p);
        return NULL;
    }
    return obuf_bytes(&out);
}

static wf_object_t *decomp_flush(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("flush", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        wf_ssize_t n = wf_as_ssize(args[0], &wf_exc_OverflowError);
        if (n == -1 && wf_err_occurred()) {
            return NULL;
        }
        if (n <= 0) {
            return wf_err_set_string(&wf_exc_ValueError, "length must be greater than zero");
        }
    }
    zobj_t *z = ZO(o);
    wf_object_t *tail = wf_newref(z->unconsumed_tail);
    obuf_t out = {NULL, 0, 0};
    int rc;
    WF_BEGIN_CRITICAL(o);
    rc = inflate_some(z, WF_BYTES_DATA(tail), WF_BYTES_LEN(tail), 0, &out);
    WF_END_CRITICAL(o);
    WF_DECREF(tail);
    if (rc < 0) {
        wf_mem_free(out.p);
        return NULL;
    }
    return obuf_bytes(&out);
}

static wf_object_t *get_unused_data(wf_object_t *o, void *c) {
    return wf_newref(ZO(o)->unused_data);
}

static wf_object_t *get_unconsumed_tail(wf_object_t *o, void *c) {
    return wf_newref(ZO(o)->unconsumed_tail);
}

static wf_object_t *get_eof(wf_object_t *o, void *c) {
    return wf_newref(ZO(o)->eof ? WF_TRUE : WF_FALSE);
}

static wf_method_def_t comp_methods[] = {
    {"compress", {.o = comp_compress}, WF_METH_O, "Returns a bytes object containing compressed data."},
    {"flush", {.fast = comp_flush}, WF_METH_FASTCALL, "Return a bytes object containing any remaining compressed data."},
    {"copy", {.noargs = zobj_copy}, WF_METH_NOARGS, "Return a copy of the compression object."},
    {"__copy__", {.noargs = zobj_copy}, WF_METH_NOARGS, NULL},
    {NULL},
};

static wf_method_def_t decomp_methods[] = {
    {"decompress", {.fastkw = decomp_decompress}, WF_METH_FASTCALL | WF_METH_KEYWORDS, "Return a bytes object containing the decompressed version of the data."},
    {"flush", {.fast = decomp_flush}, WF_METH_FASTCALL, "Return a bytes object containing any remaining decompressed data."},
    {"copy", {.noargs = zobj_copy}, WF_METH_NOARGS, "Return a copy of the decompression object."},
    {"__copy__", {.noargs = zobj_copy}, WF_METH_NOARGS, NULL},
    {NULL},
};

static wf_getset_def_t decomp_getsets[] = {
    {"unused_data", get_unused_data, NULL, NULL, NULL},
    {"unconsumed_tail", get_unconsumed_tail, NULL, NULL, NULL},
    {"eof", get_eof, NULL, NULL, NULL},
    {NULL},
};

wf_type_t wf_zlib_compress_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "zlib.Compress",
    .basicsize = sizeof(zobj_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = comp_dealloc,
    .methods = comp_methods,
};

wf_type_t wf_zlib_decompress_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "zlib.Decompress",
    .basicsize = sizeof(zobj_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = decomp_dealloc,
    .methods = decomp_methods,
    .getsets = decomp_getsets,
};

static wf_method_def_t zlib_functions[] = {
    {"compress", {.fastkw = zlib_compress}, WF_METH_FASTCALL | WF_METH_KEYWORDS, "Returns a bytes object containing compressed data."},
    {"decompress", {.fastkw = zlib_decompress}, WF_METH_FASTCALL | WF_METH_KEYWORDS, "Returns a bytes object containing the uncompressed data."},
    {"compressobj", {.fastkw = zlib_compressobj}, WF_METH_FASTCALL | WF_METH_KEYWORDS, "Return a compressor object."},
    {"decompressobj", {.fastkw = zlib_decompressobj}, WF_METH_FASTCALL | WF_METH_KEYWORDS, "Return a decompressor object."},
    {"crc32", {.fast = zlib_crc32}, WF_METH_FASTCALL, "Compute a CRC-32 checksum of data."},
    {"adler32", {.fast = zlib_adler32}, WF_METH_FASTCALL, "Compute an Adler-32 checksum of data."},
    {NULL},
};

wf_object_t *wf_mod_zlib_init(void) {
    if (wf_type_ready(&wf_zlib_compress_type) < 0 || wf_type_ready(&wf_zlib_decompress_type) < 0) {
        return NULL;
    }
    if (zlib_error == NULL) {
        wf_object_t *name = wf_str_from_cstr("error");
        wf_object_t *bases = wf_tuple_pack(1, WF_OBJ(&wf_exc_Exception));
        wf_object_t *ns = wf_dict_new();
        wf_object_t *mod = wf_str_from_cstr("zlib");
        if (name != NULL && bases != NULL && ns != NULL && mod != NULL &&
            wf_dict_setitem_cstr(ns, "__module__", mod) == 0) {
            wf_object_t *targs[3] = {name, bases, ns};
            zlib_error = wf_vectorcall(WF_OBJ(&wf_type_type), targs, 3, NULL);  // kept for the process
        }
        WF_XDECREF(name);
        WF_XDECREF(bases);
        WF_XDECREF(ns);
        WF_XDECREF(mod);
        if (zlib_error == NULL) {
            return NULL;
        }
    }
    static const struct {
        const char *name;
        int value;
    } ints[] = {
        {"MAX_WBITS", MAX_WBITS},           {"DEFLATED", Z_DEFLATED},
        {"DEF_MEM_LEVEL", 8},               {"DEF_BUF_SIZE", 16384},
        {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
        {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
        {"Z_FILTERED", Z_FILTERED},         {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
        {"Z_RLE", Z_RLE},                   {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
        {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
        {"Z_FULL_FLUSH", Z_FULL_FLUSH},     {"Z_FINISH", Z_FINISH},
        {"Z_BLOCK", Z_BLOCK},               {"Z_TREES", Z_TREES},
    };
    wf_object_t *m = wf_module_new("zlib");
    if (m == NULL || wf_module_add_functions(m, zlib_functions) < 0 ||
        wf_module_add_object(m, "error", zlib_error) < 0 ||
        wf_module_add_str(m, "ZLIB_VERSION", ZLIB_VERSION) < 0 ||
        wf_module_add_str(m, "ZLIB_RUNTIME_VERSION", zlibVersion()) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        if (wf_module_add_int(m, ints[i].name, ints[i].value) < 0) {
            WF_DECREF(m);
            return NULL;
        }
    }
    return m;
}
