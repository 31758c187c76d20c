// bytes and bytearray.
#ifndef WF_OBJECTS_BYTES_H
#define WF_OBJECTS_BYTES_H

#include "objects/type.h"

typedef struct {
    WF_VAROBJECT_HEAD      // ob_size = length
    wf_hash_t hash;        // -1 = not computed
    char data[1];          // length + 1 bytes, NUL-terminated
} wf_bytes_t;

typedef struct {
    WF_VAROBJECT_HEAD      // ob_size = length
    char *data;            // NUL-terminated, capacity `alloc`
    wf_ssize_t alloc;
    wf_ssize_t exports;
} wf_bytearray_t;

extern wf_type_t wf_bytes_type, wf_bytearray_type;
#define WF_BYTES_CHECK(o) ((WF_TYPE(o)->flags & WF_TPFLAGS_BYTES_SUBCLASS) != 0)
#define WF_BYTES_DATA(o) (((wf_bytes_t *)(o))->data)
#define WF_BYTES_LEN(o) WF_SIZE(o)
#define WF_BYTEARRAY_CHECK(o) (WF_TYPE(o) == &wf_bytearray_type || wf_type_is_subtype(WF_TYPE(o), &wf_bytearray_type))

wf_object_t *wf_bytes_from(const void *data, wf_ssize_t len);
wf_object_t *wf_bytes_new_uninit(wf_ssize_t len);
wf_object_t *wf_bytes_concat(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_bytes_repr(wf_object_t *b);
wf_object_t *wf_bytearray_from(const void *data, wf_ssize_t len);
// bytes(x) for bytes, bytearray, iterables of ints, buffer-like objects.
wf_object_t *wf_bytes_from_object(wf_object_t *o);
// Encode a str: encoding "utf-8"/"ascii"/"latin-1" (and aliases), errors as for decode.
wf_object_t *wf_str_encode(wf_object_t *s, const char *encoding, const char *errors);
wf_object_t *wf_bytes_decode(const char *data, wf_ssize_t len, const char *encoding,
                             const char *errors);

// ---- Additions by the bytes implementation -----------------------------------------------

extern wf_type_t wf_bytes_iter_type, wf_bytearray_iter_type;
#define WF_BYTES_CHECK_EXACT(o) (WF_TYPE(o) == &wf_bytes_type)
#define WF_BYTEARRAY_DATA(o) (((wf_bytearray_t *)(o))->data)  // never NULL, NUL-terminated

#endif
