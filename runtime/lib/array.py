"""Arrays of uniformly typed numeric values (the array module)."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'
_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8,
          'Q': 8, 'f': 4, 'd': 8}
_RANGES = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
           'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'l': (-2 ** 63, 2 ** 63 - 1),
           'L': (0, 2 ** 64 - 1), 'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_typecode', '_items')

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        if typecode == 'u':
            import warnings
            warnings.warn("The 'u' type code is deprecated and will be removed in Python 3.16",
                          DeprecationWarning, stacklevel=2)
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, array) and initializer._typecode != typecode:
            if initializer._typecode == 'u':
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            for v in initializer._items:  # converted item by item, as CPython does
                self.append(v)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _SIZES[self._typecode]

    def _check(self, v):
        tc = self._typecode
        if tc in 'fd':
            if not isinstance(v, (int, float)):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = float(v)
            if tc == 'f':
                # Stored as a C float: round to single precision (out of range: infinity).
                try:
                    v = _struct.unpack('f', _struct.pack('f', v))[0]
                except OverflowError:
                    v = float('inf') if v > 0 else float('-inf')
            return v
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be a unicode character, not %s"
                                % type(v).__name__)
            return v
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        lo, hi = _RANGES[tc]
        if not lo <= v <= hi:
            if tc in 'bB':
                raise OverflowError('%s byte integer is %s than %s' % (
                    'signed' if tc == 'b' else 'unsigned',
                    'less' if v < lo else 'greater', 'minimum' if v < lo else 'maximum'))
            raise OverflowError('%s integer is %s than %s' % (
                'signed short' if tc == 'h' else 'unsigned short' if tc == 'H' else
                'signed int' if tc == 'i' else 'unsigned int' if tc == 'I' else
                'Python int too large to convert to C long',
                'less' if v < lo else 'greater', 'minimum' if v < lo else 'maximum')
                if tc in 'hHiI' else 'Python int too large to convert to C long')
        return v

    def __bytes__(self):
        return self.tobytes()

    def append(self, v, /):
        self._items.append(self._check(v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self.append(v)

    def insert(self, i, v, /):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        return self._items.pop(i)

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        items = [self._check(v) for v in lst]
        self._items.extend(items)

    def tobytes(self):
        if self._typecode == 'u':
            return b''.join(ord(c).to_bytes(4, 'little') for c in self._items)
        return _struct.pack('@%d%s' % (len(self._items), self._typecode), *self._items)

    def frombytes(self, data, /):
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // size
        if self._typecode == 'u':
            self._items.extend(chr(int.from_bytes(data[i * 4:i * 4 + 4], 'little'))
                               for i in range(n))
        else:
            self._items.extend(_struct.unpack('@%d%s' % (n, self._typecode), bytes(data)))

    def fromunicode(self, s, /):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        if self._typecode in 'bB':
            return
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return array(self._typecode, self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            self._items[i] = v._items
            return
        try:
            self._items[i] = self._check(v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        del self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, array) or other._typecode != self._typecode:
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        return array(self._typecode, self._items + other._items)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return array(self._typecode, self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __copy__(self):
        return array(self._typecode, self._items)

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)

    def __reduce__(self):
        return (array, (self._typecode, self._items))


ArrayType = array


import collections.abc as _abc
_abc.MutableSequence.register(array)
del _abc
