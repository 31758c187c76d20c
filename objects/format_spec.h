// The format-specification mini-language of format() / str.format() / f-strings:
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// parsed into a struct, and applied to str, int, float and complex values with
// CPython 3.13's rules and error messages.
#ifndef WF_OBJECTS_FORMAT_SPEC_H
#define WF_OBJECTS_FORMAT_SPEC_H

#include "objects/type.h"

// Grouping kinds (wf_format_spec_t.thousands).
enum {
    WF_GROUP_NONE = 0,
    WF_GROUP_COMMA = ',',        // every 3 digits
    WF_GROUP_UNDERSCORE = '_',   // every 3 digits (decimal types)
    WF_GROUP_UNDERSCORE4 = '4',  // '_' every 4 digits (b, o, x, X)
};

typedef struct {
    uint32_t fill;        // fill code point, ' ' by default
    char align;           // '<' '>' '^' '=' (the caller's default when not given)
    char sign;            // '+' '-' ' ' or 0 when not given
    bool no_neg_0;        // 'z'
    bool alternate;       // '#'
    int thousands;        // WF_GROUP_*
    wf_ssize_t width;     // -1 when not given
    wf_ssize_t precision; // -1 when not given
    uint32_t type;        // presentation type, or the caller's default
} wf_format_spec_t;

// Parse spec (a str) as format() does for an object of type `type_name` ("int", "str",
// ...). default_type: the type used when none is given ('s' for str, 'd' for int, 0 for
// float and complex); default_align: '<' for str, '>' for numbers. 0 / -1 with ValueError
// ("Invalid format specifier '...' for object of type 'int'", "Format specifier missing
// precision", "Cannot specify ',' with 's'.", "Too many decimal digits in format string",
// ...).
int wf_format_spec_parse(wf_object_t *spec, int default_type, int default_align,
                         const char *type_name, wf_format_spec_t *out);

// str.__format__(spec) in full: an empty spec returns str(s); otherwise parse, check
// (sign, 'z', '#', '=' and types other than 's' are errors) and pad/truncate. `s` must be
// a str. New reference or NULL.
wf_object_t *wf_format_str(wf_object_t *s, wf_object_t *spec);
// Apply an already parsed spec to a str (checks included).
wf_object_t *wf_format_str_parsed(wf_object_t *s, const wf_format_spec_t *spec,
                                  const char *type_name);
// Pad `text` (UTF-8, `nchars` code points) to spec->width with spec->fill and
// spec->align (no checks): for callers that produce their own text.
wf_object_t *wf_format_pad(const char *text, wf_ssize_t nbytes, wf_ssize_t nchars,
                           const wf_format_spec_t *spec);

// int.__format__, float.__format__, complex.__format__: `spec` must be a str.
wf_object_t *wf_format_int(wf_object_t *i, wf_object_t *spec);
wf_object_t *wf_format_float(wf_object_t *f, wf_object_t *spec);
wf_object_t *wf_format_complex(wf_object_t *c, wf_object_t *spec);

#endif
