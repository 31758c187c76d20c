"""UUID objects (universally unique identifiers, RFC 4122) and the functions that
make them: uuid1() (time and node), uuid3() (MD5 of a name), uuid4() (random) and
uuid5() (SHA-1 of a name).

getnode() cannot read a hardware address here; it returns a random 48-bit number with
the multicast bit set, as RFC 4122 allows.
"""

import os
from enum import Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

# What UUID.variant returns for each value of the variant bits.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

int_ = int      # the constructor has an argument named int
bytes_ = bytes  # and one named bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


_FIELD_BITS = (32, 16, 16, 8, 8, 48)


class UUID:
    """An immutable UUID: a 128-bit number with views as fields, bytes and text."""

    __slots__ = 'int', 'is_safe', '__weakref__'

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        """Create a UUID from exactly one of: a string of 32 hexadecimal digits (braces,
        hyphens and a 'urn:uuid:' prefix allowed), 16 bytes big-endian, 16 bytes with
        the first three fields little-endian, a 6-tuple of fields, or a 128-bit int.
        version sets the variant to RFC 4122 and the version number."""
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            for junk in ('urn:', 'uuid:'):
                hex = hex.replace(junk, '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[4 - 1::-1] + bytes_le[6 - 1:4 - 1:-1]
                     + bytes_le[8 - 1:6 - 1:-1] + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = int_.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            int = 0
            for n, (value, bits) in enumerate(zip(fields, _FIELD_BITS), 1):
                if not 0 <= value < 1 << bits:
                    raise ValueError(f'field {n} out of range (need a {bits}-bit value)')
                int = (int << bits) | value
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 8:
                raise ValueError('illegal version number')
            # RFC 4122 variant, then the version number.
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        setter = object.__setattr__
        setter(self, 'int', int)
        setter(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        if 'is_safe' in state:
            safety = SafeUUID(state['is_safe'])
        else:
            safety = SafeUUID.unknown
        setter = object.__setattr__
        setter(self, 'int', state['int'])
        setter(self, 'is_safe', safety)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = self.hex
        return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[4 - 1::-1] + b[6 - 1:4 - 1:-1] + b[8 - 1:6 - 1:-1] + b[8:]

    @property
    def fields(self):
        names = ('time_low', 'time_mid', 'time_hi_version',
                 'clock_seq_hi_variant', 'clock_seq_low', 'node')
        return tuple(getattr(self, n) for n in names)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32)
                | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return f'{self.int:032x}'

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only meaningful for RFC 4122 UUIDs.
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


_node = None


def getnode():
    """Return a 48-bit node number: here a random one with the multicast bit set,
    the same for the life of the process."""
    global _node
    if _node is None:
        _node = int_.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """Version-1 UUID built from the clock, a clock sequence and a node number."""
    global _last_timestamp
    import time
    nanoseconds = time.time_ns()
    # 100-ns intervals since the Gregorian reform (1582-10-15).
    _GREGORIAN_OFFSET = 0x01b21dd213814000
    timestamp = _GREGORIAN_OFFSET + nanoseconds // 100
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    parts = (timestamp & 0xffffffff,
             timestamp >> 32 & 0xffff,
             timestamp >> 48 & 0x0fff,
             clock_seq >> 8 & 0x3f,
             clock_seq & 0xff,
             node)
    return UUID(fields=parts, version=1)


def _name_bytes(name):
    if isinstance(name, str):
        return name.encode('utf-8')
    return bytes_(name)


def uuid3(namespace, name):
    """Version-3 UUID: the MD5 digest of namespace's bytes followed by name."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """Version-4 UUID made of random bytes."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """Version-5 UUID: the SHA-1 digest of namespace's bytes followed by name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
