# weft: hide-frames
"""The operator functions (CPython's C _operator module), plus _compare_digest."""

from operator import *
from operator import __all__


def _compare_digest(a, b, /):
    """Whether a == b, taking a time that depends on their length only (for secrets)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode('ascii'), b.encode('ascii')
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    elif not isinstance(a, (bytes, bytearray)) or not isinstance(b, (bytes, bytearray)):
        raise TypeError("unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    result = len(a) ^ len(b)
    # Compare against b itself when the lengths differ, so the loop always runs len(b).
    left = a if len(a) == len(b) else b
    for x, y in zip(left, b):
        result |= x ^ y
    return result == 0
