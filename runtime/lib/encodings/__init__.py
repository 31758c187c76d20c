"""The standard codecs and the search function that finds them by name.

codecs.lookup registers search_function the first time it is used. A name is
normalised, mapped through encodings.aliases to a codec name, and that codec's
CodecInfo is built by encodings._standard (the 8-bit code pages from the tables in
encodings._charmaps; punycode and idna from their own modules). The CJK multibyte
codecs are known by name but not available: looking one up raises
NotImplementedError.
"""

import _codecs

from . import aliases as _aliases
from . import _standard

__all__ = ['normalize_encoding', 'search_function', 'CodecRegistryError']


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalise an encoding name: every run of characters other than ASCII letters,
    digits and '.' becomes a single '_'; leading and trailing runs are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    # The registry's own normalisation (codecs.lookup), without lower-casing.
    return _codecs._normalize(encoding, lower=False)


def search_function(encoding):
    name = normalize_encoding(encoding).lower()
    aliased = _aliases.aliases.get(name) or _aliases.aliases.get(name.replace('.', '_'))
    candidates = (aliased, name) if aliased is not None else (name,)
    for candidate in candidates:
        if not candidate or '.' in candidate:
            continue
        build = _standard.CODECS.get(candidate)
        if build is not None:
            return build()
        if candidate in _aliases.unavailable:
            raise NotImplementedError(f"the '{candidate}' codec is not available in Weft")
    return None
