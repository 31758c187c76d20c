"""The standard codecs and the search function that finds them by name.

codecs.lookup registers search_function the first time it is used. A name is
normalised, mapped through encodings.aliases to a codec name, and that codec's
CodecInfo is built by encodings._standard. The codecs that need large tables (the
8-bit code pages, the CJK codecs) or modules this build lacks are known by name
but not available: looking one up raises NotImplementedError.
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
    name = _aliases.aliases.get(name, name)
    build = _standard.CODECS.get(name)
    if build is not None:
        return build()
    if name in _aliases.unavailable:
        raise NotImplementedError(f"the '{name}' codec is not available in Weft")
    return None
