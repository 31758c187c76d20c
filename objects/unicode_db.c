// Lookups in the generated Unicode tables (objects/unicode_db_tables.h).
//
// The tables cover all of 0..0x10FFFF, so a lookup is two array reads and never fails;
// code points beyond that range (which a str never holds) read record 0, which has no
// properties and identity mappings.
#include "objects/unicode_db.h"

#include "objects/unicode_db_tables.h"

const wf_udb_record_t *wf_unicode_db_get(uint32_t cp) {
    if (cp >= 0x110000) {
        return &udb_records[0];
    }
    uint32_t block = udb_index1[cp >> WF_UDB_SHIFT];
    uint32_t rec = udb_index2[(block << WF_UDB_SHIFT) + (cp & ((1u << WF_UDB_SHIFT) - 1))];
    return &udb_records[rec];
}

int wf_unicode_decimal(uint32_t c) {
    if (c < 128) {
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    }
    uint8_t v = wf_unicode_db_get(c)->decimal;
    return v == 255 ? -1 : v;
}

int wf_unicode_digit(uint32_t c) {
    if (c < 128) {
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    }
    uint8_t v = wf_unicode_db_get(c)->digit;
    return v == 255 ? -1 : v;
}

// Expand one mapping field: a delta, or (when the record's ext flag is set) a run of
// code points in the extended table.
static int expand(uint32_t c, int32_t value, int ext, uint32_t *out) {
    if (!ext) {
        out[0] = (uint32_t)((int32_t)c + value);
        return 1;
    }
    uint32_t index = (uint32_t)value & 0xFFFFFF;
    int n = (int)((uint32_t)value >> 24);
    for (int i = 0; i < n; i++) {
        out[i] = udb_ext[index + (uint32_t)i];
    }
    return n;
}

int wf_unicode_to_upper(uint32_t c, uint32_t *out) {
    if (c < 128) {
        out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
        return 1;
    }
    const wf_udb_record_t *r = wf_unicode_db_get(c);
    return expand(c, r->upper, (r->flags & WF_UDB_EXT_UPPER) != 0, out);
}

int wf_unicode_to_lower(uint32_t c, uint32_t *out) {
    if (c < 128) {
        out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        return 1;
    }
    const wf_udb_record_t *r = wf_unicode_db_get(c);
    return expand(c, r->lower, (r->flags & WF_UDB_EXT_LOWER) != 0, out);
}

int wf_unicode_to_title(uint32_t c, uint32_t *out) {
    if (c < 128) {
        out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
        return 1;
    }
    const wf_udb_record_t *r = wf_unicode_db_get(c);
    return expand(c, r->title, (r->flags & WF_UDB_EXT_TITLE) != 0, out);
}

int wf_unicode_to_fold(uint32_t c, uint32_t *out) {
    if (c < 128) {
        out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        return 1;
    }
    const wf_udb_record_t *r = wf_unicode_db_get(c);
    return expand(c, r->fold, (r->flags & WF_UDB_EXT_FOLD) != 0, out);
}
