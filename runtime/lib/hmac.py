"""HMAC (keyed-hashing for message authentication, RFC 2104) over the hashlib digests."""

import hashlib as _hashlib

__all__ = ['new', 'HMAC', 'compare_digest', 'digest', 'digest_size']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# No single digest size applies to HMAC objects.
digest_size = None


def _digest_constructor(digestmod):
    # A callable returning a fresh hash object: a constructor, a name or a module.
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC class (also RFC 4231)."""

    blocksize = 64  # kept for compatibility; block_size is the digest's

    __slots__ = ('_inner', '_outer', '_digest_size', '_block_size')

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object with key (bytes or bytearray), optional initial
        message msg, and digestmod: a hashlib constructor, a digest name or a module."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f'key: expected bytes or bytearray, but got {type(key).__name__!r}')
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        make = _digest_constructor(digestmod)
        self._inner = make()
        self._outer = make()
        block_size = getattr(self._inner, 'block_size', 64)
        if block_size < 16:
            block_size = self.blocksize
        if len(key) > block_size:
            key = make(key).digest()
        key = bytes(key).ljust(block_size, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        self._digest_size = self._inner.digest_size
        self._block_size = block_size
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._block_size

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = type(self).__new__(type(self))
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other._digest_size = self._digest_size
        other._block_size = self._block_size
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.copy().digest())
        return outer

    def digest(self):
        """Return the hash value of the data so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new HMAC object (see HMAC)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Return the HMAC of msg under key with the given digest, in one step."""
    return HMAC(key, msg, digest).digest()


def _as_bytes(obj):
    if isinstance(obj, str):
        return None
    try:
        return bytes(memoryview(obj))
    except TypeError:
        return None


def compare_digest(a, b, /):
    """Return a == b, taking a time that does not depend on where they differ.

    Both must be str (ASCII only) or both bytes-like objects."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        a_buf, b_buf = _as_bytes(a), _as_bytes(b)
        if a_buf is None and b_buf is None:
            raise TypeError('unsupported operand types(s) or combination of types: '
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        if a_buf is None or b_buf is None:
            bad = a if a_buf is None else b
            raise TypeError(f"a bytes-like object is required, not '{type(bad).__name__}'")
        a, b = a_buf, b_buf
    # Accumulate differences over the whole length instead of stopping early.
    result = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0
