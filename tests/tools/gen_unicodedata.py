# Generates the data behind the unicodedata module (runtime/modules/mod_unicodedata.c), one
# header per role: unicodedata_props.h (property records), unicodedata_numeric.h (numeric
# values), unicodedata_decomp.h (decompositions and compositions) and unicodedata_names.h
# (names). Run with the Python 3.13 oracle so the data matches its Unicode version (15.1.0):
#   ~/.pyenv/versions/3.13.0/bin/python3 tests/tools/gen_unicodedata.py runtime/modules
#
# Everything is read from the oracle's own unicodedata module, so the tables say exactly
# what CPython answers:
#   - property records {category, bidirectional, combining, east_asian_width, mirrored},
#     shared between code points and mapped through a two-level index (UD_SHIFT fixed);
#   - decomposition() strings, canonical composition pairs (for NFC/NFKC) and the
#     decimal/digit/numeric values, as arrays sorted by code point;
#   - names: runs of algorithmic names (PREFIX + hex code point) as ranges, every other
#     name as a sequence of indices into a sorted word list. Hangul syllables are left to
#     the C code (their names, decompositions and compositions are algorithmic).
# The script checks that the tables rebuild every name exactly.
import contextlib
import os
import sys
import unicodedata as ud

MAXCP = 0x110000
SHIFT = 7
SBASE, SCOUNT = 0xAC00, 11172
HANGUL = range(SBASE, SBASE + SCOUNT)
WIDTH = 100  # pack values into lines of at most this many characters


def emit_items(items, indent="    ", sep=","):
    # Print items each followed by sep, several to a line.
    line = ""
    for it in items:
        piece = it + sep
        if line and len(indent) + len(line) + 1 + len(piece) > WIDTH:
            print(indent + line)
            line = ""
        line = piece if not line else line + " " + piece
    if line:
        print(indent + line)


def cstr(s):
    assert all(32 <= ord(ch) < 127 and ch not in '"\\' for ch in s), s
    return '"' + s + '"'


# ---- property records ----------------------------------------------------------------

categories = ["Cn"]
bidis = [""]
eaws = ["N"]


def idx(lst, v):
    if v not in lst:
        lst.append(v)
    return lst.index(v)


def props(cp):
    c = chr(cp)
    return (idx(categories, ud.category(c)), idx(bidis, ud.bidirectional(c)),
            ud.combining(c), idx(eaws, ud.east_asian_width(c)), ud.mirrored(c))


records = [props(0x378)]
assert records[0] == (0, 0, 0, 0, 0), records[0]
rec_index = {records[0]: 0}
per_cp = []
for cp in range(MAXCP):
    r = props(cp)
    if r not in rec_index:
        rec_index[r] = len(records)
        records.append(r)
    per_cp.append(rec_index[r])
for w in ("A", "H", "W", "F", "Na"):
    idx(eaws, w)
assert len(records) < 65536
assert all(v < 256 for r in records for v in r)
assert set(eaws) == {"N", "A", "H", "W", "F", "Na"}, eaws

size = 1 << SHIFT
blocks, block_index, index1, index2 = [], {}, [], []
for start in range(0, MAXCP, size):
    blk = tuple(per_cp[start:start + size])
    if blk not in block_index:
        block_index[blk] = len(blocks)
        blocks.append(blk)
        index2.extend(blk)
    index1.append(block_index[blk])
assert len(index1) == MAXCP >> SHIFT
assert max(index1) < 65536 and max(index2) < 65536
for cp in range(MAXCP):
    r = index2[(index1[cp >> SHIFT] << SHIFT) + (cp & (size - 1))]
    assert records[r] == props(cp)

# ---- decompositions, compositions, numeric values --------------------------------------

decomp = []
for cp in range(MAXCP):
    d = ud.decomposition(chr(cp))
    if d:
        assert cp not in HANGUL
        decomp.append((cp, d))

comp = []
for cp, d in decomp:
    if d.startswith("<"):
        continue
    parts = [int(x, 16) for x in d.split()]
    if len(parts) != 2:
        continue
    a, b = parts
    if ud.normalize("NFC", chr(a) + chr(b)) == chr(cp):
        comp.append((a, b, cp))
comp.sort()
assert len({(a, b) for a, b, _ in comp}) == len(comp)

numeric = []
for cp in range(MAXCP):
    c = chr(cp)
    dec = ud.decimal(c, None)
    dig = ud.digit(c, None)
    num = ud.numeric(c, None)
    if dec is None and dig is None and num is None:
        continue
    assert num is not None
    lit = repr(float(num))
    assert "inf" not in lit and "nan" not in lit and float(lit) == num
    numeric.append((cp, -1 if dec is None else dec, -1 if dig is None else dig, lit))
assert all(-1 <= v < 128 for _, a, b, _ in numeric for v in (a, b))

# ---- names ----------------------------------------------------------------------------

def algo_prefix(cp, name):
    h = format(cp, "X")
    if len(h) in (4, 5) and name.endswith("-" + h):
        return name[:-len(h)]
    return None


names = {}
for cp in range(MAXCP):
    n = ud.name(chr(cp), None)
    if n is not None:
        names[cp] = n

ranges = []  # [first, last, prefix]
for cp in sorted(names):
    if cp in HANGUL:
        continue
    p = algo_prefix(cp, names[cp])
    if p is None:
        continue
    if ranges and ranges[-1][2] == p and ranges[-1][1] == cp - 1:
        ranges[-1][1] = cp
    else:
        ranges.append([cp, cp, p])
in_range = set()
for a, b, _ in ranges:
    in_range.update(range(a, b + 1))

listed = [cp for cp in sorted(names) if cp not in HANGUL and cp not in in_range]
for cp in listed:
    n = names[cp]
    assert n and n == n.strip(" ") and "  " not in n, repr(n)
words = sorted({w for cp in listed for w in names[cp].split(" ")})
assert len(words) < 0xFFFF
word_index = {w: i for i, w in enumerate(words)}
name_offsets = []
name_seq = []
for cp in listed:
    name_offsets.append((cp, len(name_seq)))
    name_seq.extend(word_index[w] for w in names[cp].split(" "))
    name_seq.append(0xFFFF)
assert len(name_seq) < 1 << 32

# Round trip: rebuild every name from the tables (Hangul syllables algorithmically, as
# the C code does) and compare with the oracle, for every code point.
JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C",
          "K", "T", "P", "H"]
JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
          "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"]
JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
          "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]
offset_of = dict(name_offsets)


def rebuild(cp):
    if cp in HANGUL:
        s = cp - SBASE
        return ("HANGUL SYLLABLE " + JAMO_L[s // 588] + JAMO_V[(s % 588) // 28]
                + JAMO_T[s % 28])
    for a, b, p in ranges:
        if a <= cp <= b:
            return p + format(cp, "X")
    off = offset_of.get(cp)
    if off is None:
        return None
    out = []
    while name_seq[off] != 0xFFFF:
        out.append(words[name_seq[off]])
        off += 1
    return " ".join(out)


for cp in range(MAXCP):
    assert rebuild(cp) == names.get(cp), hex(cp)

# ---- output ---------------------------------------------------------------------------

def emit_pool(name, strings):
    # One char array holding every string NUL-terminated, and their offsets: no pointers, so
    # the tables need no relocation when the binary is loaded. Adjacent literals concatenate.
    offsets, at = [], 0
    print(f"static const char {name}[] =")
    emit_items((cstr(text)[:-1] + '\\0"' for text in strings), sep="")
    print("    ;")
    for text in strings:
        offsets.append(at)
        at += len(text.encode()) + 1
    return offsets


@contextlib.contextmanager
def header(name):
    with open(os.path.join(sys.argv[1], name), "w") as f, contextlib.redirect_stdout(f):
        print("// Generated by tests/tools/gen_unicodedata.py from Unicode " + ud.unidata_version
              + "; do not edit.")
        print("// Included only by runtime/modules/mod_unicodedata.c.")
        yield


if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
    sys.exit("usage: gen_unicodedata.py OUTPUT_DIR")

with header("unicodedata_props.h"):
    print("// The property records of every code point, shared through a two-level index.")
    print(f'#define UD_VERSION "{ud.unidata_version}"')
    print(f"#define UD_SHIFT {SHIFT}")
    print()
    print("static const char *const ud_categories[] = {")
    emit_items(cstr(s) for s in categories)
    print("};")
    print("static const char *const ud_bidis[] = {")
    emit_items(cstr(s) for s in bidis)
    print("};")
    print("static const char *const ud_eaws[] = {")
    emit_items(cstr(s) for s in eaws)
    print("};")
    print()
    print("// {category, bidirectional, combining, east_asian_width, mirrored}; record 0 is the")
    print("// record of unassigned code points.")
    print("static const uint8_t ud_records[][5] = {")
    emit_items("{%d, %d, %d, %d, %d}" % r for r in records)
    print("};")
    print()
    print("// Record of cp: ud_records[ud_index2[(ud_index1[cp >> UD_SHIFT] << UD_SHIFT)")
    print("//                                     + (cp & ((1 << UD_SHIFT) - 1))]]")
    print("static const uint16_t ud_index1[0x110000 >> UD_SHIFT] = {")
    emit_items(str(v) for v in index1)
    print("};")
    print("static const uint16_t ud_index2[] = {")
    emit_items(str(v) for v in index2)
    print("};")

with header("unicodedata_numeric.h"):
    print("// decimal(), digit() and numeric() of every code point that has one, sorted by code")
    print("// point for bisection.")
    print()
    print("// {cp, decimal, digit, numeric}; decimal and digit are -1 where absent.")
    print("static const struct { uint32_t cp; int8_t decimal, digit; double numeric; } ud_numeric[] = {")
    emit_items("{0x%X, %d, %d, %s}" % t for t in numeric)
    print("};")

with header("unicodedata_decomp.h"):
    print("// Decompositions and canonical compositions, sorted for bisection. Hangul syllables")
    print("// are algorithmic and not listed.")
    print()
    print("// unicodedata.decomposition() of every code point where it is not empty: the text at")
    print("// ud_decomp_text + off.")
    decomp_offsets = emit_pool("ud_decomp_text", [d for cp, d in decomp])
    print("static const struct { uint32_t cp, off; } ud_decomp[] = {")
    emit_items("{0x%X, %d}" % (cp, off) for (cp, d), off in zip(decomp, decomp_offsets))
    print("};")
    print()
    print("// Canonical compositions {first, second, composite}, sorted by (first, second).")
    print("static const uint32_t ud_comp[][3] = {")
    emit_items("{0x%X, 0x%X, 0x%X}" % t for t in comp)
    print("};")

with header("unicodedata_names.h"):
    print("// The character names, sorted by code point for bisection. Hangul syllable names are")
    print("// algorithmic and not listed.")
    print()
    print("// Names that are PREFIX + the code point in uppercase hex, as {first, last, prefix}.")
    print("static const struct { uint32_t first, last; const char *prefix; } ud_name_ranges[] = {")
    emit_items("{0x%X, 0x%X, %s}" % (a, b, cstr(p)) for a, b, p in ranges)
    print("};")
    print()
    print("// Every other name: the words of the name of ud_names[i].cp are the strings at")
    print("// ud_word_text + ud_word_off[k] for the indices k from ud_name_seq[ud_names[i].off] up")
    print("// to the next 0xFFFF, joined by spaces.")
    word_offsets = emit_pool("ud_word_text", words)
    print("static const uint32_t ud_word_off[] = {")
    emit_items(str(o) for o in word_offsets)
    print("};")
    print("static const struct { uint32_t cp; uint32_t off; } ud_names[] = {")
    emit_items("{0x%X, %d}" % t for t in name_offsets)
    print("};")
    print("static const uint16_t ud_name_seq[] = {")
    emit_items(str(v) for v in name_seq)
    print("};")

print(f"// {len(records)} records, {len(blocks)} blocks, {len(decomp)} decompositions, "
      f"{len(comp)} compositions, {len(numeric)} numeric values, {len(ranges)} name ranges, "
      f"{len(names) - len(in_range) - SCOUNT} listed names, {len(words)} words.",
      file=sys.stderr)
