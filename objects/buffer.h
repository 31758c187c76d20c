// The buffer protocol and memoryview.
//
// An exporter (bytes, bytearray, memoryview, array.array, or a class with __buffer__)
// fills a wf_buffer_t describing its memory through its type's `getbuffer` slot and
// keeps that memory in place until the consumer calls wf_buffer_release(). While a
// bytearray or an array has exports it refuses to resize (BufferError).
//
// Every exporter describes its memory fully: format (struct syntax, NULL meaning "B"),
// ndim, shape and strides in bytes. Consumers that need plain bytes use
// wf_buffer_is_contiguous() or copy with wf_buffer_to_bytes().
#ifndef WF_OBJECTS_BUFFER_H
#define WF_OBJECTS_BUFFER_H

#include "objects/type.h"

#define WF_BUF_MAXDIM 64

struct wf_buffer {
    void *buf;             // first byte of the first item
    wf_object_t *obj;      // owned reference to the exporter; NULL once released
    wf_ssize_t len;        // product(shape) * itemsize
    wf_ssize_t itemsize;
    int readonly;
    int ndim;              // 0 for a single item
    const char *format;    // struct syntax; NULL means "B"
    wf_ssize_t *shape;     // ndim entries (NULL when ndim == 0)
    wf_ssize_t *strides;   // ndim entries, in bytes
    wf_object_t *pyview;   // exporters written in Python: the memoryview __buffer__ gave
    wf_ssize_t dims[2];    // storage for a one-dimensional exporter's shape and stride
};

// Flags passed to getbuffer (the values of inspect.BufferFlags).
enum { WF_BUF_SIMPLE = 0, WF_BUF_WRITABLE = 1, WF_BUF_FULL_RO = 284 };

// Fill a one-dimensional view of `len` unsigned bytes at `buf` exported by `o` (which is
// increfed). BufferError "Object is not writable." when a writable view of read-only
// memory is asked for. 0 / -1.
int wf_buffer_fill(wf_buffer_t *v, wf_object_t *o, void *buf, wf_ssize_t len, int readonly,
                   int flags);
// 1 when `o`'s type exports buffers.
int wf_buffer_check(wf_object_t *o);
// Get a view of `o`: TypeError "a bytes-like object is required, not 'int'" when it has
// no buffer. 0 / -1.
int wf_buffer_get(wf_object_t *o, wf_buffer_t *v, int flags);
// Give the view back to its exporter (safe to call twice).
void wf_buffer_release(wf_buffer_t *v);
// 1 when the items are laid out without gaps in C (row-major) order.
int wf_buffer_is_contiguous(const wf_buffer_t *v);
// Copy the items, in C order, to dst (v->len bytes).
void wf_buffer_copy_out(const wf_buffer_t *v, char *dst);
// The contents of any buffer exporter as new bytes, NULL with TypeError when `o` has none.
wf_object_t *wf_buffer_to_bytes(wf_object_t *o);

// ---- memoryview ---------------------------------------------------------------------------

extern wf_type_t wf_memoryview_type, wf_memoryview_iter_type;
#define WF_MEMORYVIEW_CHECK(o) (WF_TYPE(o) == &wf_memoryview_type)
// memoryview(o). New reference or NULL.
wf_object_t *wf_memoryview_new(wf_object_t *o);
// Borrowed contiguous bytes of a memoryview: 1 and fills data/len when `mv` is not
// released and is C-contiguous, else 0 (no exception).
int wf_memoryview_bytes(wf_object_t *mv, const char **data, wf_ssize_t *len);
// Slot wrappers: __buffer__(flags) of a static type, and __release_buffer__(view).
wf_object_t *wf_memoryview_from_flags(wf_object_t *o, int flags);
wf_object_t *wf_memoryview_release_arg(wf_object_t *self, wf_object_t *view);
// Heap-type slot functions calling a class's __buffer__ / __release_buffer__.
int wf_slot_getbuffer(wf_object_t *o, wf_buffer_t *v, int flags);
void wf_slot_releasebuffer(wf_object_t *o, wf_buffer_t *v);

// Native single-item formats shared with array: the item size of a struct format of one
// native code ("h", "@d"), or 0 when it is not one. *code gets the code letter.
int wf_buffer_native_format(const char *fmt, char *code);
// Read / write one item of a native code. Writing raises TypeError "memoryview: invalid
// type for format 'h'" / ValueError "...invalid value..." with `fmtname` in the message.
wf_object_t *wf_buffer_unpack_item(char code, const char *p);
int wf_buffer_pack_item(char code, char *p, wf_object_t *v, const char *fmtname);

#endif
