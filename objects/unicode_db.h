// Unicode character properties and case mappings, as CPython 3.13's str methods see them
// (Unicode 15.1). The data is generated from the oracle by tests/tools/gen_unicode_db.py
// into objects/unicode_db_tables.h; every code point 0..0x10FFFF has a record.
//
// Predicates return 0/1 and never fail. The full case mappings write up to
// WF_UNICODE_MAX_MAPPED code points and return how many ('ß' upper -> "SS").
#ifndef WF_OBJECTS_UNICODE_DB_H
#define WF_OBJECTS_UNICODE_DB_H

#include "runtime/config.h"

enum {
    WF_UDB_ALPHA = 1u << 0,
    WF_UDB_DECIMAL = 1u << 1,
    WF_UDB_DIGIT = 1u << 2,
    WF_UDB_NUMERIC = 1u << 3,
    WF_UDB_SPACE = 1u << 4,
    WF_UDB_UPPER = 1u << 5,
    WF_UDB_LOWER = 1u << 6,
    WF_UDB_TITLE = 1u << 7, // general category Lt
    WF_UDB_PRINTABLE = 1u << 8,
    WF_UDB_XID_START = 1u << 9, // str.isidentifier() of the single character
    WF_UDB_XID_CONTINUE = 1u << 10,
    WF_UDB_CASED = 1u << 11,
    WF_UDB_CASE_IGNORABLE = 1u << 12,
    WF_UDB_EXT_UPPER = 1u << 13, // the mapping is a run in the extended table
    WF_UDB_EXT_LOWER = 1u << 14,
    WF_UDB_EXT_TITLE = 1u << 15,
    WF_UDB_EXT_FOLD = 1u << 16,
};

#define WF_UNICODE_MAX_MAPPED 3

typedef struct {
    uint32_t flags;
    uint8_t decimal;                   // 0..9, 255 = none
    uint8_t digit;                     // 0..9, 255 = none
    int32_t upper, lower, title, fold; // delta, or ext index | length << 24
} wf_udb_record_t;

// The record of a code point (anything above 0x10FFFF gets the empty record).
const wf_udb_record_t *wf_unicode_db_get(uint32_t cp);

static inline int wf_unicode_has(uint32_t cp, uint32_t flag) {
    return (wf_unicode_db_get(cp)->flags & flag) != 0;
}

// ASCII classes (the common case, without a table lookup).
static inline int wf_ascii_isspace(uint32_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}
static inline int wf_ascii_isdigit(uint32_t c) {
    return c >= '0' && c <= '9';
}
static inline int wf_ascii_isalpha(uint32_t c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
static inline int wf_ascii_isupper(uint32_t c) {
    return c >= 'A' && c <= 'Z';
}
static inline int wf_ascii_islower(uint32_t c) {
    return c >= 'a' && c <= 'z';
}

static inline int wf_unicode_isspace(uint32_t c) {
    return c < 128 ? wf_ascii_isspace(c) : wf_unicode_has(c, WF_UDB_SPACE);
}
static inline int wf_unicode_isalpha(uint32_t c) {
    return c < 128 ? wf_ascii_isalpha(c) : wf_unicode_has(c, WF_UDB_ALPHA);
}
static inline int wf_unicode_isdecimal(uint32_t c) {
    return c < 128 ? wf_ascii_isdigit(c) : wf_unicode_has(c, WF_UDB_DECIMAL);
}
static inline int wf_unicode_isdigit(uint32_t c) {
    return c < 128 ? wf_ascii_isdigit(c) : wf_unicode_has(c, WF_UDB_DIGIT);
}
static inline int wf_unicode_isnumeric(uint32_t c) {
    return c < 128 ? wf_ascii_isdigit(c) : wf_unicode_has(c, WF_UDB_NUMERIC);
}
static inline int wf_unicode_isalnum(uint32_t c) {
    if (c < 128) {
        return wf_ascii_isalpha(c) || wf_ascii_isdigit(c);
    }
    return wf_unicode_has(c, WF_UDB_ALPHA | WF_UDB_DECIMAL | WF_UDB_DIGIT | WF_UDB_NUMERIC);
}
static inline int wf_unicode_isupper(uint32_t c) {
    return c < 128 ? wf_ascii_isupper(c) : wf_unicode_has(c, WF_UDB_UPPER);
}
static inline int wf_unicode_islower(uint32_t c) {
    return c < 128 ? wf_ascii_islower(c) : wf_unicode_has(c, WF_UDB_LOWER);
}
static inline int wf_unicode_istitle(uint32_t c) {
    return c < 128 ? 0 : wf_unicode_has(c, WF_UDB_TITLE);
}
static inline int wf_unicode_iscased(uint32_t c) {
    return c < 128 ? wf_ascii_isalpha(c) : wf_unicode_has(c, WF_UDB_CASED);
}
static inline int wf_unicode_iscaseignorable(uint32_t c) {
    return wf_unicode_has(c, WF_UDB_CASE_IGNORABLE);
}
static inline int wf_unicode_isprintable(uint32_t c) {
    return c < 128 ? (c >= 0x20 && c < 0x7F) : wf_unicode_has(c, WF_UDB_PRINTABLE);
}
static inline int wf_unicode_isxidstart(uint32_t c) {
    return c < 128 ? wf_ascii_isalpha(c) || c == '_' : wf_unicode_has(c, WF_UDB_XID_START);
}
static inline int wf_unicode_isxidcontinue(uint32_t c) {
    return c < 128 ? wf_ascii_isalpha(c) || wf_ascii_isdigit(c) || c == '_'
                   : wf_unicode_has(c, WF_UDB_XID_CONTINUE);
}
// Line boundaries of str.splitlines(): \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
static inline int wf_unicode_islinebreak(uint32_t c) {
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

// Decimal / digit value, or -1.
int wf_unicode_decimal(uint32_t c);
int wf_unicode_digit(uint32_t c);

// Full case mappings (special casing included); return the number of code points written.
int wf_unicode_to_upper(uint32_t c, uint32_t *out);
int wf_unicode_to_lower(uint32_t c, uint32_t *out);
int wf_unicode_to_title(uint32_t c, uint32_t *out);
int wf_unicode_to_fold(uint32_t c, uint32_t *out);

#endif
