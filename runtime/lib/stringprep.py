"""The tables of RFC 3454 ("stringprep"), over Unicode 3.2.

in_table_XX(ch) tells whether the character ch is in table XX; map_table_b2 and
map_table_b3 return what the case-folding tables B.2 and B.3 map a character to.
The data behind the tables that depend on the Unicode 3.2 character database is in
_stringprep_tables.
"""

from bisect import bisect_right as _bisect_right

import _stringprep_tables as _data


class _RangeSet:
    # A set of code points stored as sorted, disjoint, inclusive ranges.

    def __init__(self, text):
        starts, ends = [], []
        for item in text.split():
            first, _, last = item.partition('-')
            starts.append(int(first, 16))
            ends.append(int(last or first, 16))
        self.starts = starts
        self.ends = ends

    def __contains__(self, code):
        i = _bisect_right(self.starts, code) - 1
        return i >= 0 and code <= self.ends[i]


_unassigned = _RangeSet(_data.UNASSIGNED)
_c12 = _RangeSet(_data.C12)
_c22 = _RangeSet(_data.C22)
_c3 = _RangeSet(_data.C3)
_d1 = _RangeSet(_data.D1)
_d2 = _RangeSet(_data.D2)

# Small tables, written out from RFC 3454 (code points in hexadecimal).
_b1 = _RangeSet('ad 34f 1806 180b-180d 200b-200d 2060 fe00-fe0f feff')
_c6 = _RangeSet('fff9-fffd')
_c7 = _RangeSet('2ff0-2ffb')
_c8 = _RangeSet('340-341 200e-200f 202a-202e 206a-206f')
_c9 = _RangeSet('e0001 e0020-e007f')


def _noncharacter(c):
    return 0xFDD0 <= c <= 0xFDEF or (c & 0xFFFF) >= 0xFFFE


def in_table_a1(code):
    """A.1: unassigned code points in Unicode 3.2."""
    c = ord(code)
    return c in _unassigned and not _noncharacter(c)


def in_table_b1(code):
    """B.1: characters commonly mapped to nothing."""
    return ord(code) in _b1


def map_table_b3(code):
    """B.3: case folding, for use with no normalisation."""
    special = _data.B3_SPECIAL.get(ord(code))
    return code.lower() if special is None else special


def map_table_b2(a):
    """B.2: case folding, for use with NFKC."""
    special = _data.B2_SPECIAL.get(ord(a))
    return map_table_b3(a) if special is None else special


def in_table_c11(code):
    """C.1.1: the ASCII space."""
    return code == ' '


def in_table_c12(code):
    """C.1.2: non-ASCII space characters."""
    return ord(code) in _c12


def in_table_c11_c12(code):
    """C.1.1 or C.1.2: space characters."""
    return code == ' ' or ord(code) in _c12


def in_table_c21(code):
    """C.2.1: ASCII control characters."""
    c = ord(code)
    return c < 0x20 or c == 0x7F


def in_table_c22(code):
    """C.2.2: non-ASCII control characters."""
    return ord(code) in _c22


def in_table_c21_c22(code):
    """C.2.1 or C.2.2: control characters."""
    return in_table_c21(code) or ord(code) in _c22


def in_table_c3(code):
    """C.3: private use."""
    return ord(code) in _c3


def in_table_c4(code):
    """C.4: non-character code points."""
    return _noncharacter(ord(code))


def in_table_c5(code):
    """C.5: surrogate codes."""
    return 0xD800 <= ord(code) <= 0xDFFF


def in_table_c6(code):
    """C.6: inappropriate for plain text."""
    return ord(code) in _c6


def in_table_c7(code):
    """C.7: inappropriate for canonical representation."""
    return ord(code) in _c7


def in_table_c8(code):
    """C.8: change display properties or are deprecated."""
    return ord(code) in _c8


def in_table_c9(code):
    """C.9: tagging characters."""
    return ord(code) in _c9


def in_table_d1(code):
    """D.1: characters with bidirectional property R or AL."""
    return ord(code) in _d1


def in_table_d2(code):
    """D.2: characters with bidirectional property L."""
    return ord(code) in _d2
