// Conversions between doubles and decimal text, with Python's rules and layouts.
//
// The C library's printf("%.*e") and strtod() are correctly rounded (glibc), so digit
// generation rests on them: correctly rounded n-digit strings come from printf, the
// shortest round-tripping string is found by trying lengths and checking with strtod.
// Everything here assumes the "C" locale (decimal point '.').
#ifndef WF_RUNTIME_DTOA_H
#define WF_RUNTIME_DTOA_H

#include "objects/object.h"

// Shortest decimal digits that read back as |v| (v finite). Writes the digits (no sign,
// no leading or trailing zeros, NUL-terminated; at most 17) into digits[] (room for 24)
// and the decimal point position: |v| = 0.d1d2d3... * 10**(*decpt). For 0.0: "0", 1.
int wf_dtoa_shortest(double v, char *digits, int *decpt);

// Correctly rounded digits of |v| (finite) to `ndigits` significant digits (>= 1), trailing
// zeros kept: digits[] needs ndigits + 1 bytes; *decpt as above. 0 / -1 (out of memory).
int wf_dtoa_digits(double v, int ndigits, char *digits, int *decpt);

// Flags for wf_dtoa_format.
enum {
    WF_DTOA_SIGN = 1,       // always emit a sign ('+' for non-negative values)
    WF_DTOA_ADD_DOT_0 = 2,  // "1" -> "1.0" when the result is an integer in fixed notation
    WF_DTOA_ALT = 4,        // '#': keep the decimal point / trailing zeros
    WF_DTOA_NO_NEG_0 = 8,   // 'z': a result that rounds to zero loses its minus sign
};

// repr(v) into buf (room for WF_DTOA_REPR_MAX bytes); returns the length. Same result as
// wf_dtoa_format(v, 'r', 0, WF_DTOA_ADD_DOT_0) without allocating.
#define WF_DTOA_REPR_MAX 32
int wf_dtoa_repr(double v, char *buf);

// Format v as Python does (float repr, str.format, %-formatting). type:
//   'r'  repr: shortest round-trip digits, exponent when decpt <= -4 or decpt > 16;
//   'e' 'E' 'f' 'F' 'g' 'G' with `precision` as in C, Python's layout ('g' removes
//        trailing zeros unless WF_DTOA_ALT; with WF_DTOA_ADD_DOT_0 'g' switches to
//        exponent notation when decpt > precision - 1, as format(x, '.3') does);
//   '%'  value * 100 in 'f' then '%'.
// inf/nan print as "inf"/"nan" ("INF"/"NAN" for upper-case types), never "-nan".
// Returns a NUL-terminated string from wf_mem_alloc (free with wf_mem_free) or NULL when
// out of memory (no exception set).
char *wf_dtoa_format(double v, int type, int precision, int flags);

// Parse the text of float(): optional sign, decimal digits with single underscores between
// digits, optional fraction and exponent, or inf/infinity/nan (any case). No surrounding
// white space. 1 and *out on success, 0 if the text is not a float (no exception set),
// -1 when out of memory (no exception set). Overflow gives +-inf as in Python.
int wf_dtoa_parse(const char *s, wf_ssize_t len, double *out);

// Round `v` to `ndigits` decimal places with round-half-even on its exact binary value
// (the round(x, n) rule for n >= 0). Sets *ok = 0 if out of memory.
double wf_dtoa_round(double v, int ndigits, int *ok);

#endif
