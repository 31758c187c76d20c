# Generates objects/unicode_db_tables.h: the character properties and case mappings that
# the str methods need (objects/unicode_db.c), for every code point of the BMP and the
# astral planes. Run with the Python 3.13 oracle so the data matches its Unicode version:
#   ~/.pyenv/versions/3.13.0/bin/python3 tests/tools/gen_unicode_db.py > objects/unicode_db_tables.h
#
# Each code point maps to a record (flags, decimal and digit values, four case mappings);
# identical records are shared. The map is a two-level table: index1[cp >> SHIFT] selects a
# block of 1 << SHIFT record numbers in index2, identical blocks shared. A case mapping is
# a delta from the code point, or, when the record's EXT flag for it is set, a run in the
# `ext` array (index | length << 24) for mappings to several code points ('ß' -> "SS").
#
# Properties are read from the oracle's own str methods, so they are exactly what CPython
# answers. The two properties Python does not expose (Cased, Case_Ignorable, used for the
# final-sigma rule of lower()) are derived from how the oracle lowers a capital sigma.
import sys
import unicodedata

MAXCP = 0x110000

FLAGS = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "UPPER", "LOWER", "TITLE",
    "PRINTABLE", "XID_START", "XID_CONTINUE", "CASED", "CASE_IGNORABLE",
    "EXT_UPPER", "EXT_LOWER", "EXT_TITLE", "EXT_FOLD",
]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}

ext = []
ext_index = {}


def mapping(cp, s, ext_flag):
    # (value, flag): a delta for one code point, else a run in `ext`.
    if len(s) == 1:
        return ord(s) - cp, 0
    key = tuple(ord(c) for c in s)
    if key not in ext_index:
        ext_index[key] = len(ext)
        ext.extend(key)
    assert len(key) < 256 and ext_index[key] < (1 << 24)
    return ext_index[key] | (len(key) << 24), BIT[ext_flag]


def case_ignorable(c, cased):
    # lower() makes a capital sigma final when a cased letter precedes it, skipping
    # case-ignorable characters. An uncased c between 'A' and the sigma is skipped exactly
    # when it is case-ignorable; a cased c is skipped (and then '1' ends the scan, giving
    # a non-final sigma) exactly when it is also case-ignorable.
    if cased:
        return ("1" + c + "\u03a3").lower()[-1] == "\u03c3"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


def record(cp):
    c = chr(cp)
    flags = 0
    for name, pred in (
        ("ALPHA", c.isalpha), ("DECIMAL", c.isdecimal), ("DIGIT", c.isdigit),
        ("NUMERIC", c.isnumeric), ("SPACE", c.isspace), ("UPPER", c.isupper),
        ("LOWER", c.islower), ("PRINTABLE", c.isprintable), ("XID_START", c.isidentifier),
    ):
        if pred():
            flags |= BIT[name]
    if unicodedata.category(c) == "Lt":
        flags |= BIT["TITLE"]
    if ("a" + c).isidentifier():
        flags |= BIT["XID_CONTINUE"]
    cased = bool(flags & (BIT["UPPER"] | BIT["LOWER"] | BIT["TITLE"]))
    if cased:
        flags |= BIT["CASED"]
    if case_ignorable(c, cased):
        flags |= BIT["CASE_IGNORABLE"]
    dec = unicodedata.decimal(c, -1)
    dig = unicodedata.digit(c, -1)
    vals = []
    for s, ext_flag in ((c.upper(), "EXT_UPPER"), (c.lower(), "EXT_LOWER"),
                        (c.title(), "EXT_TITLE"), (c.casefold(), "EXT_FOLD")):
        v, f = mapping(cp, s, ext_flag)
        vals.append(v)
        flags |= f
    return (flags, dec if dec >= 0 else 255, dig if dig >= 0 else 255, *vals)


def build():
    records = []
    rec_index = {}
    per_cp = []
    for cp in range(MAXCP):
        r = record(cp)
        if r not in rec_index:
            rec_index[r] = len(records)
            records.append(r)
        per_cp.append(rec_index[r])
    return records, per_cp


def split(per_cp, shift):
    size = 1 << shift
    blocks, block_index, index1, index2 = [], {}, [], []
    for start in range(0, MAXCP, size):
        blk = tuple(per_cp[start:start + size])
        if blk not in block_index:
            block_index[blk] = len(blocks)
            blocks.append(blk)
            index2.extend(blk)
        index1.append(block_index[blk])
    return index1, index2


def ctype(values):
    m = max(values)
    return "uint8_t" if m < 256 else "uint16_t" if m < 65536 else "uint32_t"


def width(values):
    m = max(values)
    return 1 if m < 256 else 2 if m < 65536 else 4


def emit_items(items, indent="    ", width=100):
    # Print comma-terminated items, as many to a line as fit in `width` columns.
    line = ""
    for it in items:
        piece = it + ","
        if line and len(indent) + len(line) + 1 + len(piece) > width:
            print(indent + line)
            line = ""
        line = piece if not line else line + " " + piece
    if line:
        print(indent + line)


def emit_array(name, typ, values):
    print(f"static const {typ} {name}[{len(values)}] = {{")
    emit_items(str(v) for v in values)
    print("};")


def main():
    records, per_cp = build()
    best = None
    for shift in range(4, 11):
        i1, i2 = split(per_cp, shift)
        cost = len(i1) * width(i1) + len(i2) * width(i2)
        if best is None or cost < best[0]:
            best = (cost, shift, i1, i2)
    _, shift, index1, index2 = best
    print("// Generated by tests/tools/gen_unicode_db.py from Unicode "
          + unicodedata.unidata_version + "; do not edit.")
    print("// Included only by objects/unicode_db.c; the flag names are declared in")
    print("// objects/unicode_db.h and checked here.")
    print()
    for name in FLAGS:
        print(f'_Static_assert(WF_UDB_{name} == 0x{BIT[name]:X}u, "flag {name}");')
    print(f"#define WF_UDB_SHIFT {shift}")
    print()
    print(f"static const wf_udb_record_t udb_records[{len(records)}] = {{")
    emit_items("{0x%X, %d, %d, %d, %d, %d, %d}" % r for r in records)
    print("};")
    print()
    emit_array("udb_ext", "uint32_t", ext or [0])
    print()
    emit_array("udb_index1", ctype(index1), index1)
    print()
    emit_array("udb_index2", ctype(index2), index2)


if __name__ == "__main__":
    main()
