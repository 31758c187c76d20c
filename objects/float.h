// float and complex.
#ifndef WF_OBJECTS_FLOAT_H
#define WF_OBJECTS_FLOAT_H

#include "objects/type.h"

typedef struct {
    WF_OBJECT_HEAD
    double value;
} wf_float_t;

typedef struct {
    WF_OBJECT_HEAD
    double real, imag;
} wf_complex_t;

extern wf_type_t wf_float_type, wf_complex_type;
#define WF_FLOAT_CHECK(o) (WF_TYPE(o) == &wf_float_type || wf_type_is_subtype(WF_TYPE(o), &wf_float_type))
#define WF_FLOAT_CHECK_EXACT(o) (WF_TYPE(o) == &wf_float_type)
#define WF_FLOAT_VALUE(o) (((wf_float_t *)(o))->value)
#define WF_COMPLEX_CHECK(o) (WF_TYPE(o) == &wf_complex_type || wf_type_is_subtype(WF_TYPE(o), &wf_complex_type))

wf_object_t *wf_float_new(double v);
// float, int, or anything with __float__/__index__; -1.0 + exception on error.
double wf_float_as_double(wf_object_t *o);
// float(s) semantics, ValueError "could not convert string to float: 'x'".
wf_object_t *wf_float_from_string(const char *s, wf_ssize_t len);
// repr(float): shortest string that round-trips, CPython's format. Returns length.
int wf_float_repr_buf(double v, char *buf, size_t size);
wf_hash_t wf_hash_double(double v);        // consistent with int hashes
wf_object_t *wf_complex_new(double real, double imag);

// ---- Additions by the float implementation -----------------------------------------------

// Hash of a float object's value: like wf_hash_double, but a NaN hashes by the object's
// identity (as CPython 3.10+ does), so distinct NaNs do not collide.
wf_hash_t wf_hash_double_obj(wf_object_t *o, double v);
// complex(x) conversion of a number for C code: complex, float, int, or __complex__ /
// __float__ / __index__. 0 / -1.
int wf_complex_as_values(wf_object_t *o, double *real, double *imag);
// IEEE half precision: a double rounded to the nearest half (ties to even), *overflow set
// when it is too large; and back.
uint16_t wf_double_to_half(double x, int *overflow);
double wf_half_to_double(uint16_t h);

#endif
