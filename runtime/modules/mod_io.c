// File objects over file descriptors: open(), the standard streams and the _io module.
//
// One C type serves both layers: a binary file (reads and writes bytes through its own
// buffer) and a text file, which holds a binary file as `.buffer` and encodes/decodes
// through it, so text and binary writes to one stream stay in order. Every read and
// write of the descriptor runs in a blocking region.
#include "runtime/modules/mod_io.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/str_impl.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/dict.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/ids.h"
#include "runtime/mem.h"
#include "sync/blocking.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    WF_OBJECT_HEAD
    int fd;
    char binary, readable, writable, appending, closed, closefd, line_buffering;
    char raw;                // binary with buffering=0 (io.FileIO): writes go straight out
    char newline;            // text files: one of the NL_* modes of open()'s newline argument
    char seen_nl;            // text files: SEEN_* bits of the line endings read so far
    wf_object_t *name;       // str or int
    wf_object_t *mode;       // str
    wf_object_t *buffer;     // text files: the binary file underneath
    char *encoding, *errors;
    // Binary layer buffers.
    char *wbuf;
    wf_ssize_t wlen, wcap;
    char *rbuf;
    wf_ssize_t rpos, rlen, rcap;
    int eof;
} file_t;

// open()'s newline argument. NL_UNIVERSAL (None): '\n', '\r' and '\r\n' end lines and read
// as '\n'. NL_UNTRANSLATED (''): the same endings, returned as they are. NL_LF, NL_CR,
// NL_CRLF: only that ending ends a line, returned as it is; writing turns '\n' into it.
enum { NL_UNIVERSAL, NL_UNTRANSLATED, NL_LF, NL_CR, NL_CRLF };
enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

// Record the line endings in bytes read in a universal newline mode (the newlines
// attribute); a '\r' at the very end counts as a lone '\r'.
static void note_newlines(file_t *f, const char *data, wf_ssize_t n) {
    if (f->newline != NL_UNIVERSAL && f->newline != NL_UNTRANSLATED) {
        return;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        if (data[i] == '\n') {
            f->seen_nl |= SEEN_LF;
        } else if (data[i] == '\r') {
            if (i + 1 < n && data[i + 1] == '\n') {
                f->seen_nl |= SEEN_CRLF;
                i++;
            } else {
                f->seen_nl |= SEEN_CR;
            }
        }
    }
}

// One implementation, five types: a file's type tells its layer, as CPython's classes do.
extern wf_type_t wf_file_type, wf_fileio_type, wf_bufreader_type, wf_bufwriter_type,
    wf_bufrandom_type;

// The type of a binary file opened with `mode` ('r', 'w', 'a', 'x', '+').
static wf_type_t *binary_type(const char *mode, int raw) {
    int plus = strchr(mode, '+') != NULL, reading = strchr(mode, 'r') != NULL;
    if (raw) {
        return &wf_fileio_type;
    }
    return plus ? &wf_bufrandom_type : reading ? &wf_bufreader_type : &wf_bufwriter_type;
}

static wf_object_t *err_closed(void) {
    return wf_err_set_string(&wf_exc_ValueError, "I/O operation on closed file.");
}

// io.UnsupportedOperation, made when _io is first imported (a class deriving from both
// OSError and ValueError, as CPython's), imported on first use.
static wf_object_t *unsupported_operation;

static wf_object_t *err_unsupported(const char *what) {
    if (unsupported_operation == NULL) {
        wf_object_t *m = wf_import_module_cstr("_io");  // creates the class
        if (m == NULL) {
            return NULL;
        }
        WF_DECREF(m);
    }
    wf_type_t *t = unsupported_operation != NULL ? (wf_type_t *)unsupported_operation
                                                 : &wf_exc_OSError;
    return wf_err_format(t, "%s", what);
}

static wf_object_t *make_unsupported_operation(void) {
    wf_object_t *name = wf_str_from_cstr("UnsupportedOperation");
    wf_object_t *bases = wf_tuple_pack(2, WF_OBJ(&wf_exc_OSError), WF_OBJ(&wf_exc_ValueError));
    wf_object_t *ns = wf_dict_new();
    wf_object_t *module = wf_str_from_cstr("io");
    wf_object_t *cls = NULL;
    if (name != NULL && bases != NULL && ns != NULL && module != NULL &&
        wf_dict_setitem_cstr(ns, "__module__", module) == 0) {
        wf_object_t *args[3] = {name, bases, ns};
        cls = wf_vectorcall(WF_OBJ(&wf_type_type), args, 3, NULL);
    }
    WF_XDECREF(name);
    WF_XDECREF(bases);
    WF_XDECREF(ns);
    WF_XDECREF(module);
    return cls;
}

// ---- binary layer ----

static int raw_write_all(file_t *f, const char *p, wf_ssize_t n) {
    while (n > 0) {
        ssize_t w;
        WF_BLOCKING_BEGIN();
        w = write(f->fd, p, (size_t)n);
        WF_BLOCKING_END();
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            wf_err_from_errno(&wf_exc_OSError);
            return -1;
        }
        p += w;
        n -= w;
    }
    return 0;
}

// The write buffer is taken out of the file while it is written with the GIL released:
// other threads writing meanwhile start a fresh buffer instead of overwriting (or
// reallocating) the one being written.
static int bin_flush(file_t *f) {
    if (f->wlen > 0) {
        wf_ssize_t n = f->wlen;
        char *buf = f->wbuf;
        wf_ssize_t cap = f->wcap;
        f->wbuf = NULL;
        f->wcap = f->wlen = 0;
        int rc = raw_write_all(f, buf, n);
        if (f->wbuf == NULL) {
            f->wbuf = buf;
            f->wcap = cap;
        } else {
            wf_mem_free(buf);
        }
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

// Bytes read ahead into the buffer but not consumed: give them back to the file (seek the
// descriptor back over them) so that a write lands where tell() says.
static int bin_drop_readahead(file_t *f) {
    wf_ssize_t ahead = f->rlen - f->rpos;
    f->rpos = f->rlen = 0;
    f->eof = 0;
    if (ahead > 0 && lseek(f->fd, -(off_t)ahead, SEEK_CUR) < 0) {
        wf_err_from_errno(&wf_exc_OSError);
        return -1;
    }
    return 0;
}

static int bin_write(file_t *f, const char *p, wf_ssize_t n, int line_flush) {
    if (f->rpos < f->rlen && bin_drop_readahead(f) < 0) {
        return -1;
    }
    if (f->wlen + n > f->wcap) {
        if (bin_flush(f) < 0) {
            return -1;
        }
        if (n >= 8192) {
            return raw_write_all(f, p, n);
        }
        if (f->wcap < 8192) {
            char *nb = wf_mem_realloc(f->wbuf, 8192);
            if (nb == NULL) {
                wf_err_nomemory();
                return -1;
            }
            f->wbuf = nb;
            f->wcap = 8192;
        }
    }
    memcpy(f->wbuf + f->wlen, p, (size_t)n);
    f->wlen += n;
    if (f->raw || (line_flush && memchr(p, '\n', (size_t)n) != NULL)) {
        return bin_flush(f);
    }
    return 0;
}

// Make sure at least one more byte is buffered unless at EOF. 1 data, 0 EOF, -1 error.
static int bin_fill(file_t *f) {
    if (f->rpos < f->rlen) {
        return 1;
    }
    if (f->eof) {
        return 0;
    }
    // The read goes into a buffer of its own, with the GIL released; it becomes the file's
    // buffer afterwards, unless another thread filled the file's buffer meanwhile, in
    // which case the new bytes are appended to what that thread left.
    char *buf = wf_mem_alloc(65536);
    if (buf == NULL) {
        wf_err_nomemory();
        return -1;
    }
    for (;;) {
        ssize_t r;
        WF_BLOCKING_BEGIN();
        r = read(f->fd, buf, 65536);
        WF_BLOCKING_END();
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            wf_mem_free(buf);
            wf_err_from_errno(&wf_exc_OSError);
            return -1;
        }
        if (r == 0) {
            wf_mem_free(buf);
            f->eof = 1;
            return f->rpos < f->rlen;
        }
        if (f->rpos >= f->rlen) {
            wf_mem_free(f->rbuf);
            f->rbuf = buf;
            f->rcap = 65536;
            f->rpos = 0;
            f->rlen = r;
            return 1;
        }
        wf_ssize_t left = f->rlen - f->rpos;
        char *nb = wf_mem_alloc((size_t)(left + r));
        if (nb == NULL) {
            wf_mem_free(buf);
            wf_err_nomemory();
            return -1;
        }
        memcpy(nb, f->rbuf + f->rpos, (size_t)left);
        memcpy(nb + left, buf, (size_t)r);
        wf_mem_free(buf);
        wf_mem_free(f->rbuf);
        f->rbuf = nb;
        f->rcap = left + r;
        f->rpos = 0;
        f->rlen = left + r;
        return 1;
    }
}

// Append up to `limit` bytes (all if < 0) to a growing buffer; stop after '\n' when
// `line` is 1, after '\n' or '\r' when it is 2, after '\r' when it is 3. Returns a malloc'd buffer and its length, or NULL on error.
static char *bin_read(file_t *f, wf_ssize_t limit, int line, wf_ssize_t *outlen) {
    wf_ssize_t cap = 256, len = 0;
    char *out = wf_mem_alloc((size_t)cap);
    if (out == NULL) {
        wf_err_nomemory();
        return NULL;
    }
    f->eof = 0;
    while (limit < 0 || len < limit) {
        int r = bin_fill(f);
        if (r < 0) {
            wf_mem_free(out);
            return NULL;
        }
        if (r == 0) {
            break;
        }
        wf_ssize_t avail = f->rlen - f->rpos;
        if (limit >= 0 && avail > limit - len) {
            avail = limit - len;
        }
        const char *start = f->rbuf + f->rpos;
        int done = 0;
        if (line == 1 || line == 3) {
            const char *nl = memchr(start, line == 1 ? '\n' : '\r', (size_t)avail);
            if (nl != NULL) {
                avail = nl - start + 1;
                done = 1;
            }
        } else if (line == 2) {
            // Universal newlines: '\r' ends a line too (the caller joins "\r\n").
            for (wf_ssize_t i = 0; i < avail; i++) {
                if (start[i] == '\n' || start[i] == '\r') {
                    avail = i + 1;
                    done = 1;
                    break;
                }
            }
        }
        if (len + avail > cap) {
            while (len + avail > cap) {
                cap *= 2;
            }
            char *nb = wf_mem_realloc(out, (size_t)cap);
            if (nb == NULL) {
                wf_mem_free(out);
                wf_err_nomemory();
                return NULL;
            }
            out = nb;
        }
        memcpy(out + len, start, (size_t)avail);
        len += avail;
        f->rpos += avail;
        if (done) {
            break;
        }
    }
    *outlen = len;
    return out;
}

// ---- object construction ----

static file_t *file_alloc(int fd, int binary, const char *mode) {
    file_t *f = (file_t *)wf_type_alloc(binary ? binary_type(mode, 0) : &wf_file_type, 0);
    if (f == NULL) {
        return NULL;
    }
    f->fd = fd;
    f->binary = (char)binary;
    f->closefd = 1;
    f->mode = wf_str_from_cstr(mode);
    if (f->mode == NULL) {
        WF_DECREF(f);
        return NULL;
    }
    return f;
}

static int set_text_layer(file_t *f, const char *bmode, const char *encoding,
                          const char *errors) {
    file_t *b = file_alloc(f->fd, 1, bmode);
    if (b == NULL) {
        return -1;
    }
    b->readable = f->readable;
    b->writable = f->writable;
    b->closefd = f->closefd;
    b->name = wf_xnewref(f->name);
    f->buffer = WF_OBJ(b);
    f->closefd = 0;  // the buffer owns the descriptor
    // No encoding, or "locale": the locale's, which is UTF-8 (Weft runs in the C.UTF-8
    // locale, as CPython does after coercing the C locale).
    f->encoding = wf_mem_strdup(encoding == NULL || strcmp(encoding, "locale") == 0 ? "UTF-8"
                                                                                 : encoding);
    f->errors = wf_mem_strdup(errors ? errors : "strict");
    if (f->encoding == NULL || f->errors == NULL) {
        wf_err_nomemory();
        return -1;
    }
    return 0;
}

wf_object_t *wf_io_open_fd(int fd, const char *mode, const char *name, int line_buffering) {
    file_t *f = file_alloc(fd, 0, mode);
    if (f == NULL) {
        return NULL;
    }
    f->readable = mode[0] == 'r';
    f->writable = mode[0] != 'r';
    f->line_buffering = (char)line_buffering;
    f->name = wf_str_from_cstr(name);
    if (f->name == NULL || set_text_layer(f, f->readable ? "rb" : "wb", "utf-8",
                                          fd == 2 ? "backslashreplace" : "strict") < 0) {
        WF_DECREF(f);
        return NULL;
    }
    file_t *b = (file_t *)f->buffer;
    b->closefd = 0;  // never close the process's standard streams
    if (wf_config.unbuffered && f->writable) {
        // -u / PYTHONUNBUFFERED: the binary layer is raw, as CPython's FileIO.
        WF_SET_TYPE(WF_OBJ(b), &wf_fileio_type);
        b->raw = 1;
    }
    return WF_OBJ(f);
}

static file_t *binary_of(file_t *f) {
    return f->buffer ? (file_t *)f->buffer : f;
}

// Whether f is a buffered binary file (BufferedReader/Writer/Random), whose closed-file
// errors name the operation.
static int is_buffered(file_t *f) {
    return f->binary && !f->raw;
}

static int check_open(file_t *f) {
    if (f->closed) {
        wf_err_set_string(&wf_exc_ValueError, f->binary ? "I/O operation on closed file"
                                                        : "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

// check_open for operation `op`: a buffered file says "read of closed file" and
// "write to closed file", as CPython's do.
static int check_open_for(file_t *f, const char *op) {
    if (f->closed && is_buffered(f)) {
        wf_err_format(&wf_exc_ValueError, strcmp(op, "write") == 0 ? "write to closed file"
                                                                 : "%s of closed file", op);
        return -1;
    }
    return check_open(f);
}

// ---- methods ----

static wf_object_t *file_write(wf_object_t *self, wf_object_t *arg) {
    file_t *f = (file_t *)self;
    if (is_buffered(f) && !f->writable) {
        return err_unsupported("write");
    }
    if (check_open_for(f, "write") < 0) {
        return NULL;
    }
    if (!f->writable) {
        return err_unsupported("not writable");
    }
    file_t *b = binary_of(f);
    if (f->binary) {
        wf_bview_t v;
        int got = wf_bytes_view_any(arg, &v);
        if (got <= 0) {
            if (got == 0 && wf_buffer_check(arg)) {
                return wf_err_set_string(&wf_exc_BufferError,
                                         "memoryview: underlying buffer is not C-contiguous");
            }
            return got < 0 ? NULL
                           : wf_err_format(&wf_exc_TypeError,
                                           "a bytes-like object is required, not '%T'", arg);
        }
        int rc = bin_write(b, v.data, v.len, 0);
        wf_ssize_t n = v.len;
        wf_bview_release(&v);
        if (rc < 0) {
            return NULL;
        }
        return wf_int_from_ssize(n);
    }
    if (!WF_STR_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError, "write() argument must be str, not %T", arg);
    }
    wf_object_t *text = wf_newref(arg);
    if (f->newline == NL_CR || f->newline == NL_CRLF) {
        wf_object_t *pair[2] = {wf_str_from_cstr("\n"),
                                wf_str_from_cstr(f->newline == NL_CR ? "\r" : "\r\n")};
        WF_SETREF(text, pair[0] != NULL && pair[1] != NULL
                            ? wf_call_method_cstr(text, "replace", pair, 2)
                            : NULL);
        WF_XDECREF(pair[0]);
        WF_XDECREF(pair[1]);
        if (text == NULL) {
            return NULL;
        }
    }
    wf_object_t *data = wf_str_encode(text, f->encoding, f->errors);
    WF_DECREF(text);
    if (data == NULL) {
        return NULL;
    }
    // A text file's reads run ahead in chunks, and as in CPython a write after a read goes
    // where the chunk ended, not where the reading stopped.
    b->rpos = b->rlen;
    int rc = bin_write(b, WF_BYTES_DATA(data), WF_BYTES_LEN(data), f->line_buffering);
    WF_DECREF(data);
    if (rc < 0) {
        return NULL;
    }
    return wf_int_from_ssize(WF_STR_LEN(arg));
}

static wf_object_t *file_flush(wf_object_t *self, wf_object_t *unused) {
    file_t *f = (file_t *)self;
    if (f->closed && (f->raw || (is_buffered(f) && !f->writable))) {
        return err_closed();  // nothing to flush: the generic message
    }
    if (check_open_for(f, "flush") < 0) {
        return NULL;
    }
    if (bin_flush(binary_of(f)) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

// Decode bytes read from a text file, translating \r\n and \r to \n in universal mode.
static wf_object_t *decode_text(file_t *f, char *data, wf_ssize_t n) {
    note_newlines(f, data, n);
    if (f->newline != NL_UNIVERSAL) {
        return wf_bytes_decode(data, n, f->encoding, f->errors);
    }
    wf_ssize_t j = 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        if (data[i] == '\r') {
            data[j++] = '\n';
            if (i + 1 < n && data[i + 1] == '\n') {
                i++;
            }
        } else {
            data[j++] = data[i];
        }
    }
    return wf_bytes_decode(data, j, f->encoding, f->errors);
}

static int is_utf8_name(const char *e) {
    return strcasecmp(e, "utf-8") == 0 || strcasecmp(e, "utf8") == 0 ||
           strcasecmp(e, "utf_8") == 0;
}

// Whether text ending at out[len - 1] ends a line in the given newline mode.
static int line_ended(int mode, const char *out, wf_ssize_t len) {
    char last = out[len - 1];
    switch (mode) {
        case NL_UNTRANSLATED: return last == '\n' || last == '\r';
        case NL_CR: return last == '\r';
        case NL_CRLF: return last == '\n' && len >= 2 && out[len - 2] == '\r';
        default: return last == '\n';
    }
}

// Text read(n) and readline(n): at most `limit` characters after newline translation.
// Bytes come from the binary layer in chunks no longer than the characters still wanted
// (a character is at least one byte); a UTF-8 sequence cut at a chunk's end is completed,
// and a '\r' at a chunk's end takes a following '\n' with it.
static wf_object_t *text_read_limited(file_t *f, file_t *b, wf_ssize_t limit, int line) {
    int utf8 = is_utf8_name(f->encoding);
    wf_ssize_t len = 0, cap = 0, chars = 0;
    char *out = NULL;
    while (chars < limit) {
        wf_ssize_t n;
        int stop = !line                                                    ? 0
                   : f->newline == NL_LF || f->newline == NL_CRLF ? 1
                   : f->newline == NL_CR                          ? 3
                                                                  : 2;
        char *chunk = bin_read(b, limit - chars, stop, &n);
        if (chunk == NULL) {
            wf_mem_free(out);
            return NULL;
        }
        if (n == 0) {
            wf_mem_free(chunk);
            break;
        }
        if (cap - len < n + 8) {
            cap = (len + n + 8) * 2;
            char *nb = wf_mem_realloc(out, (size_t)cap);
            if (nb == NULL) {
                wf_mem_free(chunk);
                wf_mem_free(out);
                return wf_err_nomemory();
            }
            out = nb;
        }
        memcpy(out + len, chunk, (size_t)n);
        wf_mem_free(chunk);
        wf_ssize_t start = len;
        len += n;
        if (utf8) {
            // Find the last lead byte; read the continuation bytes it still lacks.
            wf_ssize_t i = len - 1;
            while (i > start && i > len - 4 && ((unsigned char)out[i] & 0xC0) == 0x80) {
                i--;
            }
            unsigned char lead = (unsigned char)out[i];
            wf_ssize_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            while (len - i < want && len < cap) {
                int r = bin_fill(b);
                if (r < 0) {
                    wf_mem_free(out);
                    return NULL;
                }
                if (r == 0 || ((unsigned char)b->rbuf[b->rpos] & 0xC0) != 0x80) {
                    break;
                }
                out[len++] = b->rbuf[b->rpos++];
            }
        }
        int universal = f->newline == NL_UNIVERSAL || f->newline == NL_UNTRANSLATED;
        if (universal && out[len - 1] == '\r' && len < cap) {
            int r = bin_fill(b);
            if (r < 0) {
                wf_mem_free(out);
                return NULL;
            }
            if (r > 0 && b->rbuf[b->rpos] == '\n') {
                out[len++] = b->rbuf[b->rpos++];
            }
        }
        note_newlines(f, out + start, len - start);
        // Translate "\r\n" and "\r" to "\n" in what was just added (universal mode), and
        // count characters.
        wf_ssize_t j = start;
        for (wf_ssize_t i = start; i < len; i++) {
            char c = out[i];
            if (c == '\r' && f->newline == NL_UNIVERSAL) {
                c = '\n';
                if (i + 1 < len && out[i + 1] == '\n') {
                    i++;
                }
            }
            out[j++] = c;
            if (!utf8 || ((unsigned char)c & 0xC0) != 0x80) {
                chars++;
            }
        }
        len = j;
        if (line && len > 0 && line_ended(f->newline, out, len)) {
            break;
        }
    }
    wf_object_t *r = wf_bytes_decode(out != NULL ? out : "", len, f->encoding, f->errors);
    wf_mem_free(out);
    return r;
}

static wf_ssize_t size_arg(wf_object_t *const *args, wf_ssize_t nargs) {
    if (nargs == 0 || args[0] == WF_NONE) {
        return -1;
    }
    return wf_as_ssize(args[0], &wf_exc_OverflowError);
}

static wf_object_t *read_common(file_t *f, wf_object_t *const *args, wf_ssize_t nargs, int line,
                                const char *fname) {
    if (wf_check_nargs(fname, nargs, 0, 1) < 0) {
        return NULL;
    }
    if (is_buffered(f) && !f->readable) {
        return err_unsupported("read");
    }
    if (check_open_for(f, fname) < 0) {
        return NULL;
    }
    if (!f->readable) {
        return err_unsupported("not readable");
    }
    wf_ssize_t limit = size_arg(args, nargs);
    if (limit == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (limit < -1) {
        limit = -1;
    }
    file_t *b = binary_of(f);
    if (bin_flush(b) < 0) {
        return NULL;
    }
    if (!f->binary && (limit >= 0 || line)) {
        return text_read_limited(f, b, limit >= 0 ? limit : WF_SSIZE_MAX, line);
    }
    wf_ssize_t n;
    char *data = bin_read(b, f->binary ? limit : -1, line, &n);
    if (data == NULL) {
        return NULL;
    }
    wf_object_t *r = f->binary ? wf_bytes_from(data, n) : decode_text(f, data, n);
    wf_mem_free(data);
    return r;
}

static wf_object_t *file_read(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return read_common((file_t *)self, args, nargs, 0, "read");
}

// read1(size=-1) and peek(size=0): the bytes already buffered, or those of one read of the
// file when the buffer is empty; read1 consumes them, peek does not.
static wf_object_t *read_at_hand(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 int consume, const char *fname) {
    file_t *f = (file_t *)self;
    if (wf_check_nargs(fname, nargs, 0, 1) < 0) {
        return NULL;
    }
    if (!f->readable) {
        return err_unsupported(fname);
    }
    if (check_open_for(f, consume ? "read" : "peek") < 0) {
        return NULL;
    }
    wf_ssize_t limit = size_arg(args, nargs);
    if (limit == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (limit == 0 && consume) {
        return wf_bytes_from("", 0);
    }
    if (bin_flush(f) < 0) {
        return NULL;
    }
    f->eof = 0;
    int r = bin_fill(f);
    if (r < 0) {
        return NULL;
    }
    wf_ssize_t avail = r == 0 ? 0 : f->rlen - f->rpos;
    if (consume && limit >= 0 && avail > limit) {
        avail = limit;
    }
    wf_object_t *b = wf_bytes_from(f->rbuf + f->rpos, avail);
    if (b != NULL && consume) {
        f->rpos += avail;
    }
    return b;
}

static wf_object_t *file_read1(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return read_at_hand(self, args, nargs, 1, "read1");
}

static wf_object_t *file_peek(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return read_at_hand(self, args, nargs, 0, "peek");
}

// readinto(buffer): read up to len(buffer) bytes into a writable buffer; the count read.
static wf_object_t *file_readinto(wf_object_t *self, wf_object_t *arg) {
    file_t *f = (file_t *)self;
    if (is_buffered(f) && !f->readable) {
        return err_unsupported("read");
    }
    if (check_open_for(f, "readinto") < 0) {
        return NULL;
    }
    if (!f->binary) {
        return err_unsupported("readinto");
    }
    wf_buffer_t v;
    if (wf_buffer_get(arg, &v, WF_BUF_WRITABLE) < 0) {
        if (wf_err_matches(&wf_exc_BufferError) || wf_err_matches(&wf_exc_TypeError)) {
            wf_err_clear();
            wf_err_format(&wf_exc_TypeError,
                          "readinto() argument must be read-write bytes-like object, not %T", arg);
        }
        return NULL;
    }
    wf_object_t *r = NULL;
    if (!wf_buffer_is_contiguous(&v)) {
        wf_err_set_string(&wf_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    } else {
        wf_object_t *n = wf_int_from_ssize(v.len);
        wf_object_t *data = n == NULL ? NULL : read_common(f, &n, 1, 0, "read");
        WF_XDECREF(n);
        if (data != NULL) {
            wf_ssize_t got = WF_BYTES_LEN(data);
            memcpy(v.buf, WF_BYTES_DATA(data), (size_t)got);
            r = wf_int_from_ssize(got);
            WF_DECREF(data);
        }
    }
    wf_buffer_release(&v);
    return r;
}

static wf_object_t *file_readline(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return read_common((file_t *)self, args, nargs, 1, "readline");
}

static wf_object_t *file_iternext(wf_object_t *self) {
    wf_object_t *line = read_common((file_t *)self, NULL, 0, 1, "readline");
    if (line == NULL) {
        return NULL;
    }
    if (wf_len(line) == 0) {
        WF_DECREF(line);
        return NULL;
    }
    return line;
}

static wf_object_t *file_iter(wf_object_t *self) {
    if (((file_t *)self)->closed) {
        return err_closed();
    }
    return wf_newref(self);
}

static wf_object_t *file_readlines(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_object_t *list = wf_list_new(0), *line;
    if (list == NULL) {
        return NULL;
    }
    while ((line = file_iternext(self)) != NULL) {
        if (wf_list_append_steal(list, line) < 0) {
            WF_DECREF(list);
            return NULL;
        }
    }
    if (wf_err_occurred()) {
        WF_DECREF(list);
        return NULL;
    }
    return list;
}

static wf_object_t *file_writelines(wf_object_t *self, wf_object_t *arg) {
    wf_object_t *it = wf_iter(arg), *item;
    if (it == NULL) {
        return NULL;
    }
    while ((item = wf_iter_next(it)) != NULL) {
        wf_object_t *r = file_write(self, item);
        WF_DECREF(item);
        if (r == NULL) {
            WF_DECREF(it);
            return NULL;
        }
        WF_DECREF(r);
    }
    WF_DECREF(it);
    if (wf_err_occurred()) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static int file_close_impl(file_t *f) {
    if (f->closed) {
        return 0;
    }
    int rc = bin_flush(binary_of(f));
    f->closed = 1;
    if (f->buffer != NULL) {
        file_t *b = (file_t *)f->buffer;
        if (!b->closed) {
            b->closed = 1;
            if (b->closefd && close(b->fd) < 0 && rc == 0) {
                wf_err_from_errno(&wf_exc_OSError);
                rc = -1;
            }
        }
    } else if (f->closefd && close(f->fd) < 0 && rc == 0) {
        wf_err_from_errno(&wf_exc_OSError);
        rc = -1;
    }
    return rc;
}

static wf_object_t *file_close(wf_object_t *self, wf_object_t *unused) {
    if (file_close_impl((file_t *)self) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *file_enter(wf_object_t *self, wf_object_t *unused) {
    if (((file_t *)self)->closed) {
        return err_closed();
    }
    return wf_newref(self);
}

static wf_object_t *file_exit(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return file_close(self, NULL);
}

static wf_object_t *file_fileno(wf_object_t *self, wf_object_t *unused) {
    file_t *f = (file_t *)self;
    if (f->closed) {  // asked of the descriptor underneath, whatever the layer
        return wf_err_set_string(&wf_exc_ValueError, "I/O operation on closed file");
    }
    return wf_int_from_i64(f->fd);
}

static wf_object_t *file_isatty(wf_object_t *self, wf_object_t *unused) {
    file_t *f = (file_t *)self;
    if (f->closed) {  // asked of the descriptor underneath, whatever the layer
        return wf_err_set_string(&wf_exc_ValueError, "I/O operation on closed file");
    }
    return wf_bool_from(isatty(f->fd));
}

static wf_object_t *file_readable(wf_object_t *self, wf_object_t *unused) {
    return wf_bool_from(((file_t *)self)->readable);
}

static wf_object_t *file_writable(wf_object_t *self, wf_object_t *unused) {
    return wf_bool_from(((file_t *)self)->writable);
}

static wf_object_t *file_seekable(wf_object_t *self, wf_object_t *unused) {
    return wf_bool_from(lseek(((file_t *)self)->fd, 0, SEEK_CUR) >= 0);
}

static wf_object_t *file_seek(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    file_t *f = (file_t *)self;
    if (wf_check_nargs("seek", nargs, 1, 2) < 0 || check_open_for(f, "seek") < 0) {
        return NULL;
    }
    wf_ssize_t off = wf_as_ssize(args[0], &wf_exc_OverflowError);
    wf_ssize_t whence = nargs > 1 ? wf_as_ssize(args[1], &wf_exc_OverflowError) : 0;
    if (wf_err_occurred()) {
        return NULL;
    }
    file_t *b = binary_of(f);
    if (bin_flush(b) < 0) {
        return NULL;
    }
    if (whence == SEEK_CUR) {
        off -= b->rlen - b->rpos;
    }
    off_t r = lseek(b->fd, (off_t)off, (int)whence);
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    b->rpos = b->rlen = 0;
    b->eof = 0;
    return wf_int_from_i64((int64_t)r);
}

static wf_object_t *file_tell(wf_object_t *self, wf_object_t *unused);

// truncate(size=None): cut the file to size bytes (the current position by default); the
// position does not move.
static wf_object_t *file_truncate(wf_object_t *self, wf_object_t *const *args,
                                  wf_ssize_t nargs) {
    file_t *f = (file_t *)self;
    if (wf_check_nargs("truncate", nargs, 0, 1) < 0 || check_open_for(f, "truncate") < 0) {
        return NULL;
    }
    if (!f->writable) {
        return err_unsupported(f->raw ? "File not open for writing" : "truncate");
    }
    wf_object_t *size = nargs > 0 && args[0] != WF_NONE ? wf_newref(args[0]) : file_tell(self, NULL);
    if (size == NULL) {
        return NULL;
    }
    int64_t n;
    file_t *b = binary_of(f);
    if (wf_int_as_i64(size, &n) < 0 || bin_flush(b) < 0) {
        WF_DECREF(size);
        return NULL;
    }
    if (n < 0) {
        WF_DECREF(size);
        errno = EINVAL;
        return wf_err_from_errno(&wf_exc_OSError);
    }
    if (ftruncate(f->fd, (off_t)n) < 0) {
        WF_DECREF(size);
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return size;
}

static wf_object_t *file_tell(wf_object_t *self, wf_object_t *unused) {
    file_t *f = (file_t *)self;
    if (check_open(f) < 0) {
        return NULL;
    }
    file_t *b = binary_of(f);
    off_t r = lseek(b->fd, 0, SEEK_CUR);
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return wf_int_from_i64((int64_t)r - (b->rlen - b->rpos) + b->wlen);
}

static wf_object_t *file_get_closed(wf_object_t *self, void *c) {
    return wf_bool_from(((file_t *)self)->closed);
}

static wf_object_t *file_get_buffer(wf_object_t *self, void *c) {
    file_t *f = (file_t *)self;
    if (f->buffer == NULL) {
        return wf_err_format(&wf_exc_AttributeError, "'%T' object has no attribute 'buffer'", self);
    }
    // Text written so far must reach the descriptor before binary writes follow.
    return wf_newref(f->buffer);
}

static wf_object_t *file_get_encoding(wf_object_t *self, void *c) {
    file_t *f = (file_t *)self;
    if (f->encoding == NULL) {
        return wf_err_format(&wf_exc_AttributeError, "'%T' object has no attribute 'encoding'", self);
    }
    return wf_str_from_cstr(f->encoding);
}

static wf_object_t *file_get_errors(wf_object_t *self, void *c) {
    file_t *f = (file_t *)self;
    return f->errors ? wf_str_from_cstr(f->errors) : wf_newref(WF_NONE);
}

static wf_object_t *file_get_line_buffering(wf_object_t *self, void *c) {
    return wf_bool_from(((file_t *)self)->line_buffering);
}

static wf_object_t *file_repr(wf_object_t *self) {
    file_t *f = (file_t *)self;
    const char *cls = WF_TYPE(self)->name;
    if (f->raw) {
        return wf_str_from_format("<%s name=%R mode=%R closefd=%s>", cls, f->name, f->mode,
                                  f->closefd ? "True" : "False");
    }
    if (f->closed && !f->binary) {
        return wf_str_from_format("<%s name=%R mode=%R encoding='%s'>", cls, f->name, f->mode,
                                  f->encoding);
    }
    if (f->binary) {
        return wf_str_from_format("<%s name=%R>", cls, f->name);
    }
    return wf_str_from_format("<%s name=%R mode=%R encoding='%s'>", cls, f->name, f->mode,
                              f->encoding);
}

static void file_dealloc(wf_object_t *self) {
    file_t *f = (file_t *)self;
    if (!f->closed && (f->buffer != NULL || f->closefd)) {
        if (file_close_impl(f) < 0) {
            wf_err_clear();
        }
    } else if (!f->closed) {
        if (bin_flush(f) < 0) {
            wf_err_clear();
        }
    }
    WF_XDECREF(f->name);
    WF_XDECREF(f->mode);
    WF_XDECREF(f->buffer);
    wf_mem_free(f->encoding);
    wf_mem_free(f->errors);
    wf_mem_free(f->wbuf);
    wf_mem_free(f->rbuf);
    wf_object_free(self);
}

#define FILE_COMMON_METHODS \
    {"write", {.o = file_write}, WF_METH_O, NULL}, \
    {"read", {.fast = file_read}, WF_METH_FASTCALL, NULL}, \
    {"readinto", {.o = file_readinto}, WF_METH_O, NULL}, \
    {"readline", {.fast = file_readline}, WF_METH_FASTCALL, NULL}, \
    {"readlines", {.fast = file_readlines}, WF_METH_FASTCALL, NULL}, \
    {"writelines", {.o = file_writelines}, WF_METH_O, NULL}, \
    {"flush", {.noargs = file_flush}, WF_METH_NOARGS, NULL}, \
    {"close", {.noargs = file_close}, WF_METH_NOARGS, NULL}, \
    {"fileno", {.noargs = file_fileno}, WF_METH_NOARGS, NULL}, \
    {"isatty", {.noargs = file_isatty}, WF_METH_NOARGS, NULL}, \
    {"readable", {.noargs = file_readable}, WF_METH_NOARGS, NULL}, \
    {"writable", {.noargs = file_writable}, WF_METH_NOARGS, NULL}, \
    {"seekable", {.noargs = file_seekable}, WF_METH_NOARGS, NULL}, \
    {"seek", {.fast = file_seek}, WF_METH_FASTCALL, NULL}, \
    {"tell", {.noargs = file_tell}, WF_METH_NOARGS, NULL}, \
    {"truncate", {.fast = file_truncate}, WF_METH_FASTCALL, NULL}, \
    {"__enter__", {.noargs = file_enter}, WF_METH_NOARGS, NULL}, \
    {"__exit__", {.fast = file_exit}, WF_METH_FASTCALL, NULL},

static wf_method_def_t file_methods[] = {FILE_COMMON_METHODS {NULL}};

// Buffered binary files also read what is at hand without waiting for more.
static wf_method_def_t buffered_methods[] = {
    FILE_COMMON_METHODS
    {"read1", {.fast = file_read1}, WF_METH_FASTCALL, NULL},
    {"peek", {.fast = file_peek}, WF_METH_FASTCALL, NULL},
    {NULL},
};

// BufferedWriter has read1 (refusing) but no peek.
static wf_method_def_t bufwriter_methods[] = {
    FILE_COMMON_METHODS
    {"read1", {.fast = file_read1}, WF_METH_FASTCALL, NULL},
    {NULL},
};
#undef FILE_COMMON_METHODS

static wf_member_def_t file_members[] = {
    {"name", WF_MEMBER_OBJECT, offsetof(file_t, name), WF_READONLY, NULL},
    {"mode", WF_MEMBER_OBJECT, offsetof(file_t, mode), WF_READONLY, NULL},
    {NULL},
};

// newlines: None, one ending, or a tuple of the endings seen ('\r', '\n', '\r\n' order).
static wf_object_t *file_get_newlines(wf_object_t *self, void *closure) {
    file_t *f = (file_t *)self;
    static const char *const names[] = {"\r", "\n", "\r\n"};
    static const int bits[] = {SEEN_CR, SEEN_LF, SEEN_CRLF};
    wf_object_t *found[3];
    int n = 0;
    for (int i = 0; i < 3; i++) {
        if ((f->seen_nl & bits[i]) && (found[n] = wf_str_from_cstr(names[i])) != NULL) {
            n++;
        } else if (f->seen_nl & bits[i]) {
            while (n > 0) {
                WF_DECREF(found[--n]);
            }
            return NULL;
        }
    }
    if (n == 0) {
        WF_RETURN_NONE;
    }
    if (n == 1) {
        return found[0];
    }
    wf_object_t *t = n == 2 ? wf_tuple_pack(2, found[0], found[1])
                            : wf_tuple_pack(3, found[0], found[1], found[2]);
    while (n > 0) {
        WF_DECREF(found[--n]);
    }
    return t;
}

static wf_getset_def_t file_getsets[] = {
    {"newlines", file_get_newlines, NULL, NULL, NULL},
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"buffer", file_get_buffer, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL, NULL},
    {NULL},
};

#define FILE_TYPE(var, tpname, meths)      \
    wf_type_t var = {                      \
        .ob_base = WF_STATIC_HEAD(&wf_type_type), \
        .name = tpname,                    \
        .basicsize = sizeof(file_t),       \
        .flags = WF_TPFLAGS_BASETYPE,      \
        .dealloc = file_dealloc,           \
        .repr = file_repr,                 \
        .iter = file_iter,                 \
        .iternext = file_iternext,         \
        .methods = meths,                  \
        .members = file_members,           \
        .getsets = file_getsets,           \
    };
FILE_TYPE(wf_file_type, "_io.TextIOWrapper", file_methods)
FILE_TYPE(wf_fileio_type, "_io.FileIO", file_methods)
FILE_TYPE(wf_bufreader_type, "_io.BufferedReader", buffered_methods)
FILE_TYPE(wf_bufwriter_type, "_io.BufferedWriter", bufwriter_methods)
FILE_TYPE(wf_bufrandom_type, "_io.BufferedRandom", buffered_methods)
#undef FILE_TYPE

// ---- open() ----

// The mode of a binary file as FileIO names it: 'xb', 'ab', 'rb' or 'wb', with '+' when it
// both reads and writes.
static void binary_mode_name(char out[4], int readable, int writable, int append, int created) {
    int n = 0;
    out[n++] = created ? 'x' : append ? 'a' : readable ? 'r' : 'w';
    out[n++] = 'b';
    if (readable && writable) {
        out[n++] = '+';
    }
    out[n] = '\0';
}

// Open a str or bytes path with the given flags, through opener(path, flags) when there is
// one; the descriptor, or -1 with an exception. A directory is refused as CPython does.
static int open_path(wf_object_t *path, int flags, wf_object_t *opener) {
    int fd;
    if (opener != NULL && opener != WF_NONE) {
        wf_object_t *fl = wf_int_from_i64(flags);
        wf_object_t *r = fl != NULL ? wf_call_two(opener, path, fl) : NULL;
        WF_XDECREF(fl);
        if (r == NULL) {
            return -1;
        }
        if (!WF_INT_CHECK(r)) {
            wf_err_format(&wf_exc_TypeError, "expected integer from opener");
            WF_DECREF(r);
            return -1;
        }
        int ok = wf_as_c_int(r, &fd);
        WF_DECREF(r);
        if (ok < 0) {
            return -1;
        }
        if (fd < 0) {
            wf_err_format(&wf_exc_ValueError, "opener returned %d", fd);
            return -1;
        }
    } else {
        const char *p;
        wf_ssize_t n;
        if (WF_STR_CHECK(path)) {
            p = wf_str_as_utf8(path, &n);
            if (p == NULL) {
                return -1;
            }
        } else {
            p = WF_BYTES_DATA(path);
            n = WF_SIZE(path);
        }
        if ((wf_ssize_t)strlen(p) != n) {
            wf_err_set_string(&wf_exc_ValueError, "embedded null byte");
            return -1;
        }
        WF_BLOCKING_BEGIN();
        fd = open(p, flags, 0666);
        WF_BLOCKING_END();
        if (fd < 0) {
            wf_err_from_errno_filename(&wf_exc_OSError, path);
            return -1;
        }
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
        wf_err_from_errno_filename(&wf_exc_OSError, path);
        return -1;
    }
    return fd;
}

static int parse_mode(const char *m, int *flags, int *binary, int *readable, int *writable,
                      int *append) {
    int r = 0, w = 0, a = 0, x = 0, plus = 0, b = 0, t = 0;
    for (const char *p = m; *p; p++) {
        switch (*p) {
            case 'r': r++; break;
            case 'w': w++; break;
            case 'a': a++; break;
            case 'x': x++; break;
            case '+': plus++; break;
            case 'b': b++; break;
            case 't': t++; break;
            default: return -1;
        }
    }
    if (r + w + a + x != 1 || plus > 1 || b > 1 || t > 1 || (b && t)) {
        return -1;
    }
    *binary = b;
    *readable = r || plus;
    *writable = w || a || x || plus;
    *append = a;
    int f = plus ? O_RDWR : (r ? O_RDONLY : O_WRONLY);
    if (w) {
        f |= O_CREAT | O_TRUNC;
    } else if (a) {
        f |= O_CREAT | O_APPEND;
    } else if (x) {
        f |= O_CREAT | O_EXCL;
    }
    *flags = f | O_CLOEXEC;
    return 0;
}

wf_object_t *wf_io_open(wf_object_t *const *args, wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    wf_object_t *a[8] = {NULL};
    if (wf_parse_args("open", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    const char *mode = "r";
    if (a[1] != NULL) {
        if (!WF_STR_CHECK(a[1])) {
            return wf_err_format(&wf_exc_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        }
        mode = wf_str_as_utf8(a[1], NULL);
    }
    const char *encoding = NULL, *errors = NULL;
    if (a[3] != NULL && a[3] != WF_NONE) {
        encoding = WF_STR_CHECK(a[3]) ? wf_str_as_utf8(a[3], NULL) : NULL;
        if (encoding == NULL) {
            return wf_err_format(&wf_exc_TypeError, "open() argument 'encoding' must be str or None, not %T", a[3]);
        }
    }
    if (a[4] != NULL && a[4] != WF_NONE) {
        errors = WF_STR_CHECK(a[4]) ? wf_str_as_utf8(a[4], NULL) : NULL;
        if (errors == NULL) {
            return wf_err_format(&wf_exc_TypeError, "open() argument 'errors' must be str or None, not %T", a[4]);
        }
    }
    int flags, binary, readable, writable, append;
    if (mode == NULL || parse_mode(mode, &flags, &binary, &readable, &writable, &append) < 0) {
        return wf_err_format(&wf_exc_ValueError, "invalid mode: '%s'", mode ? mode : "");
    }
    if (binary && encoding != NULL) {
        return wf_err_set_string(&wf_exc_ValueError, "binary mode doesn't take an encoding argument");
    }
    if (binary && errors != NULL) {
        return wf_err_set_string(&wf_exc_ValueError, "binary mode doesn't take an errors argument");
    }
    int newline = NL_UNIVERSAL;
    if (a[5] != NULL && a[5] != WF_NONE) {
        if (!WF_STR_CHECK(a[5])) {
            return wf_err_format(&wf_exc_TypeError,
                                 "open() argument 'newline' must be str or None, not %T", a[5]);
        }
        static const char *const modes[] = {"", "\n", "\r", "\r\n"};
        newline = -1;
        for (int i = 0; i < 4; i++) {
            if (wf_str_eq_cstr(a[5], modes[i])) {
                newline = NL_UNTRANSLATED + i;
            }
        }
        if (newline < 0) {
            return wf_err_format(&wf_exc_ValueError, "illegal newline value: %U", a[5]);
        }
        if (binary) {
            return wf_err_set_string(&wf_exc_ValueError,
                                     "binary mode doesn't take a newline argument");
        }
    }
    int unbuffered = 0;
    if (a[2] != NULL && a[2] != WF_NONE) {
        int buffering;
        if (wf_as_c_int(a[2], &buffering) < 0) {
            return NULL;
        }
        if (buffering == 0) {
            if (!binary) {
                return wf_err_set_string(&wf_exc_ValueError, "can't have unbuffered text I/O");
            }
            unbuffered = 1;
        }
    }
    int fd;
    int closefd = a[6] == NULL || wf_truthy(a[6]) > 0;
    wf_object_t *held_name = NULL;  // a[0] replaced by the result of __fspath__
    if (WF_INT_CHECK(a[0])) {
        if (wf_as_c_int(a[0], &fd) < 0) {
            if (wf_err_matches(&wf_exc_OverflowError)) {
                wf_err_clear();  // CPython goes on to read it as a path, and refuses that
                return wf_err_format(&wf_exc_TypeError,
                                     "expected str, bytes or os.PathLike object, not %T", a[0]);
            }
            return NULL;
        }
    } else {
        wf_object_t *path = wf_fspath(a[0]);
        if (path == NULL) {
            return NULL;
        }
        a[0] = held_name = path;  // the file's name is what __fspath__ gave
        if (!closefd) {
            WF_DECREF(held_name);
            return wf_err_set_string(&wf_exc_ValueError, "Cannot use closefd=False with file name");
        }
        fd = open_path(path, flags, a[7]);
        if (fd < 0) {
            WF_DECREF(held_name);
            return NULL;
        }
    }
    char bmode[4];
    binary_mode_name(bmode, readable, writable, append, strchr(mode, 'x') != NULL);
    file_t *f = file_alloc(fd, binary, binary ? bmode : mode);
    if (f == NULL) {
        WF_XDECREF(held_name);
        return NULL;
    }
    if (unbuffered) {
        WF_SET_TYPE(WF_OBJ(f), &wf_fileio_type);  // static types: no reference to move
        f->raw = 1;
    }
    f->readable = (char)readable;
    f->writable = (char)writable;
    f->appending = (char)append;
    f->closefd = (char)closefd;
    f->name = wf_newref(a[0]);
    WF_XDECREF(held_name);
    f->newline = (char)newline;
    if (!binary && set_text_layer(f, bmode, encoding, errors) < 0) {
        WF_DECREF(f);
        return NULL;
    }
    return WF_OBJ(f);
}

int wf_io_write_cstr(wf_object_t *file, const char *s) {
    wf_object_t *str = wf_str_from_cstr(s);
    if (str == NULL) {
        return -1;
    }
    wf_object_t *r = wf_call_method(file, WF_ID(write), &str, 1);
    WF_DECREF(str);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

static wf_object_t *io_open(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                            wf_object_t *kwnames) {
    return wf_io_open(args, nargs, kwnames);
}

// The classes of _io that are written in Python (runtime/lib/io.py): `_io.BytesIO` and the
// like are found there on first use (PEP 562 module __getattr__).
static wf_object_t *io_getattr(wf_object_t *self, wf_object_t *name) {
    static const char *const in_python[] = {"BytesIO", "StringIO", "BufferedRWPair",
                                            "text_encoding",
                                            "BlockingIOError", NULL};
    for (int i = 0; WF_STR_CHECK(name) && in_python[i] != NULL; i++) {
        if (wf_str_eq_cstr(name, in_python[i])) {
            wf_object_t *io = wf_import_module_cstr("io");
            wf_object_t *r = io != NULL ? wf_getattr(io, name) : NULL;
            WF_XDECREF(io);
            return r;
        }
    }
    return wf_err_format(&wf_exc_AttributeError, "module '_io' has no attribute '%U'", name);
}

static wf_method_def_t io_methods[] = {
    {"open", {.fastkw = io_open}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"__getattr__", {.o = io_getattr}, WF_METH_O, NULL},
    {NULL},
};

wf_object_t *wf_mod_io_init(void) {
    if (unsupported_operation == NULL) {
        unsupported_operation = make_unsupported_operation();
        if (unsupported_operation == NULL) {
            return NULL;
        }
    }
    wf_object_t *m = wf_module_new("_io");
    if (m == NULL || wf_module_add_functions(m, io_methods) < 0 ||
        wf_module_add_object(m, "UnsupportedOperation", unsupported_operation) < 0 ||
        wf_module_add_object(m, "TextIOWrapper", WF_OBJ(&wf_file_type)) < 0 ||
        wf_module_add_object(m, "FileIO", WF_OBJ(&wf_fileio_type)) < 0 ||
        wf_module_add_object(m, "BufferedReader", WF_OBJ(&wf_bufreader_type)) < 0 ||
        wf_module_add_object(m, "BufferedWriter", WF_OBJ(&wf_bufwriter_type)) < 0 ||
        wf_module_add_object(m, "BufferedRandom", WF_OBJ(&wf_bufrandom_type)) < 0 ||
        wf_module_add_int(m, "DEFAULT_BUFFER_SIZE", 8192) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
