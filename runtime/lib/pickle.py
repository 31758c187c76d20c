"""Serialization of Python object graphs to bytes and back (pickles).

dumps()/dump() write an object as a pickle, loads()/load() rebuild it;
Pickler and Unpickler are the classes behind them, open to subclassing
(persistent ids, reducer_override, find_class).  Reduction of types the
pickler does not know goes through copyreg and __reduce_ex__; pickletools
documents the opcodes.
"""

# The pickler writes the same bytes as CPython's default pickler, including its
# framing and batching details: frames under 4 bytes are left unframed, the last
# batch of an exact list, dict or set is never collapsed into a single-item opcode,
# and nested globals below protocol 4 are spelt out as getattr calls.

from types import FunctionType
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from itertools import islice
from functools import partial
import sys
from sys import maxsize
from struct import pack, unpack
import io
import copyreg
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """Base of the exceptions raised by pickling and unpickling."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """A pickle could not be loaded (bad data, refused global, ...)."""


# Opcodes, one byte each (see pickletools for the full story), grouped by the
# protocol that introduced them.  "[mark]" means the opcode works on the stack
# items above the most recent MARK; "text" arguments end with a newline.

# Protocols 0 and 1.
MARK = b'('             # push a mark
STOP = b'.'             # end of the pickle: the stack top is the result
POP = b'0'              # drop the stack top
POP_MARK = b'1'         # drop everything down to and including the last mark
DUP = b'2'              # push the stack top again
FLOAT = b'F'            # float written as repr() text
INT = b'I'              # int (or bool as 01/00) written as decimal text
BININT = b'J'           # int in 4 bytes, signed little-endian
BININT1 = b'K'          # int in 1 byte, unsigned
LONG = b'L'             # int as decimal text ending in 'L'
BININT2 = b'M'          # int in 2 bytes, unsigned little-endian
NONE = b'N'             # None
PERSID = b'P'           # persistent load of a text id
BINPERSID = b'Q'        # persistent load of the id on the stack
REDUCE = b'R'           # call stack[-2] with the argument tuple stack[-1]
STRING = b'S'           # str as a quoted text literal (protocol 0)
BINSTRING = b'T'        # str with a 4-byte length
SHORT_BINSTRING = b'U'  # str with a 1-byte length
UNICODE = b'V'          # str as raw-unicode-escape text
BINUNICODE = b'X'       # str as UTF-8 with a 4-byte length
APPEND = b'a'           # list.append(stack top)
BUILD = b'b'            # apply state: __setstate__ or the __dict__ update
GLOBAL = b'c'           # find_class(module, name) from two text lines
DICT = b'd'             # dict from key/value pairs [mark]
EMPTY_DICT = b'}'       # {}
APPENDS = b'e'          # list.extend [mark]
GET = b'g'              # memo fetch, text index
BINGET = b'h'           # memo fetch, 1-byte index
INST = b'i'             # class instance from text names and args [mark]
LONG_BINGET = b'j'      # memo fetch, 4-byte index
LIST = b'l'             # list [mark]
EMPTY_LIST = b']'       # []
OBJ = b'o'              # class instance from class and args [mark]
PUT = b'p'              # memo store, text index
BINPUT = b'q'           # memo store, 1-byte index
LONG_BINPUT = b'r'      # memo store, 4-byte index
SETITEM = b's'          # d[key] = value from the two stack tops
TUPLE = b't'            # tuple [mark]
EMPTY_TUPLE = b')'      # ()
SETITEMS = b'u'         # several d[key] = value [mark]
BINFLOAT = b'G'         # float as 8 big-endian IEEE bytes

# The INT spellings of True and False (protocol 0 and 1 pickles).
TRUE = b'I01\n'
FALSE = b'I00\n'

# Protocol 2.
PROTO = b'\x80'         # protocol number follows (1 byte)
NEWOBJ = b'\x81'        # cls.__new__(cls, *args)
EXT1 = b'\x82'          # extension-registry object, 1-byte code
EXT2 = b'\x83'          # ... 2-byte code
EXT4 = b'\x84'          # ... 4-byte code
TUPLE1 = b'\x85'        # tuple of the top item
TUPLE2 = b'\x86'        # tuple of the top two items
TUPLE3 = b'\x87'        # tuple of the top three items
NEWTRUE = b'\x88'       # True
NEWFALSE = b'\x89'      # False
LONG1 = b'\x8a'         # int as two's complement, 1-byte length
LONG4 = b'\x8b'         # int as two's complement, 4-byte length

# Tuple opcodes for sizes 0 to 3, indexed by size.
_tuplesize2code = [EMPTY_TUPLE,
                   TUPLE1, TUPLE2, TUPLE3]

# Protocol 3.
BINBYTES = b'B'         # bytes with a 4-byte length
SHORT_BINBYTES = b'C'   # bytes with a 1-byte length

# Protocol 4.
SHORT_BINUNICODE = b'\x8c'  # str as UTF-8 with a 1-byte length
BINUNICODE8 = b'\x8d'       # str as UTF-8 with an 8-byte length
BINBYTES8 = b'\x8e'         # bytes with an 8-byte length
EMPTY_SET = b'\x8f'         # set()
ADDITEMS = b'\x90'          # set.update [mark]
FROZENSET = b'\x91'         # frozenset [mark]
NEWOBJ_EX = b'\x92'         # cls.__new__(cls, *args, **kwargs)
STACK_GLOBAL = b'\x93'      # find_class with module and name on the stack
MEMOIZE = b'\x94'           # memo store at the next free index
FRAME = b'\x95'             # a frame of the given 8-byte length follows

# Protocol 5.
BYTEARRAY8 = b'\x96'        # bytearray with an 8-byte length
NEXT_BUFFER = b'\x97'       # the next out-of-band buffer
READONLY_BUFFER = b'\x98'   # make the stack top a read-only view

__all__.extend(x for x in dir() if x.isupper() and not x.startswith('_'))

_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_FRAME_HEADER_SIZE = 9
_BATCHSIZE = 1000


class PickleBuffer:
    """A buffer that protocol 5 may hand to buffer_callback instead of copying."""

    __slots__ = ('_view',)

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def _checked(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def __buffer__(self, flags):
        return memoryview(self._checked())

    def __release_buffer__(self, view):
        view.release()

    def raw(self):
        """The wrapped memory as a flat memoryview of unsigned bytes.

        Only contiguous buffers have one; others raise BufferError."""
        view = self._checked()
        if not view.contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast('B') if view.format != 'B' or view.ndim != 1 else view[:]

    def release(self):
        """Let go of the wrapped buffer; later use raises ValueError."""
        if self._view is not None:
            self._view.release()
            self._view = None


# Integer encoding for LONG1 and LONG4: little-endian two's complement, as short
# as possible.

def encode_long(x):
    """x as little-endian two's complement in as few bytes as possible.

    Zero gives b'' (LONG1 then needs no payload byte); for instance
    encode_long(-1) == b'\\xff' and encode_long(128) == b'\\x80\\x00'.
    """
    if x == 0:
        return b''
    size = x.bit_length() // 8 + 1
    data = x.to_bytes(size, 'little', signed=True)
    # A negative number may carry one sign byte too many.
    if x < 0 and size > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    """Inverse of encode_long: b'' is 0, b'\\x00\\x01' is 256."""
    return int.from_bytes(data, 'little', signed=True)


# Where the bytes reduction below protocol 3 finds its encoder.
try:
    from _codecs import encode as _codecs_encode
except ImportError:
    # The interpreter has no _codecs module; pickles still name _codecs.encode.
    def _codecs_encode(obj, encoding='utf-8', errors='strict'):
        return obj.encode(encoding, errors)
    _codecs_encode.__module__ = '_codecs'
    _codecs_encode.__name__ = _codecs_encode.__qualname__ = 'encode'


def _getattribute(obj, path):
    # path is the list of dotted components; also returns the last parent.
    parent = None
    for name in path:
        parent = obj
        obj = getattr(obj, name)
    return obj, parent


def _dotted_path(name):
    path = name.split('.')
    if '<locals>' in path:
        raise AttributeError("Can't get local object %r" % name)
    return path


def whichmodule(obj, name):
    """Name of the module that holds obj (searched for when obj does not say)."""
    dotted_path = name.split('.')
    try:
        module_name = obj.__module__
    except AttributeError:
        module_name = None
    if module_name is None and '<locals>' not in dotted_path:
        for module_name, module in sys.modules.copy().items():
            if (module_name == '__main__' or module_name == '__mp_main__'
                    or module is None):
                continue
            try:
                if _getattribute(module, dotted_path)[0] is obj:
                    return module_name
            except AttributeError:
                pass
        module_name = '__main__'
    elif module_name is None:
        module_name = '__main__'
    return module_name


def _type_name(cls):
    return copyreg._type_name(cls)


# Characters that would end or corrupt a protocol 0 UNICODE line, with the
# \\u escapes written instead (the backslash first, so it is not doubled).
_UNICODE_LINE_ESCAPES = (('\\', '\\u005c'), ('\0', '\\u0000'), ('\n', '\\u000a'),
                         ('\r', '\\u000d'), ('\x1a', '\\u001a'))


# Pickling machinery

class Pickler:
    """Writes pickles to a binary file object (anything with a write method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = protocol.__index__()
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = protocol
        self.bin = 1 if protocol >= 1 else 0
        self.fast = 0
        self.fix_imports = bool(fix_imports)
        self._out = bytearray()
        self._framing = False
        self._frame_start = -1

    def persistent_id(self, obj):
        return None

    def clear_memo(self):
        """Forget the objects written so far.

        Objects met again are normally written as references to their first
        copy; after this call they are written in full again, which is what a
        pickler reused for a new, unrelated pickle needs.
        """
        self.memo.clear()

    def dump(self, obj):
        """Write obj to the file as one complete pickle."""
        if not hasattr(self, '_out'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        pers = getattr(self, 'persistent_id', None)
        if getattr(pers, '__func__', None) is Pickler.persistent_id:
            pers = None
        self._pers_func = pers
        self._reducer_override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._dispatch_table = dispatch_table if table is None else table
        self._out = bytearray()
        self._frame_start = -1
        self._framing = False
        try:
            if self.proto >= 2:
                self._out += PROTO + bytes((self.proto,))
            if self.proto >= 4:
                self._framing = True
            try:
                self.save(obj)
            except RecursionError as exc:
                if str(exc) != "maximum recursion depth exceeded":
                    raise
                raise RecursionError("maximum recursion depth exceeded "
                                     "while pickling an object") from None
            self.write(STOP)
            self._commit_frame()
            self._framing = False
            self._flush()
        finally:
            self._out = bytearray()
            self._framing = False
            self._frame_start = -1

    # Output buffer and framing.  A frame is opened lazily by the first write after
    # the previous one was committed; its 9-byte header is reserved in place.

    def write(self, data):
        if self._framing and self._frame_start < 0:
            self._frame_start = len(self._out)
            self._out += bytes(_FRAME_HEADER_SIZE)
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        size = len(self._out) - start - _FRAME_HEADER_SIZE
        if size >= _FRAME_SIZE_MIN:
            self._out[start:start + _FRAME_HEADER_SIZE] = FRAME + pack('<Q', size)
        else:
            del self._out[start:start + _FRAME_HEADER_SIZE]
        self._frame_start = -1

    def _flush(self):
        if self._out:
            self._file_write(bytes(self._out))
            self._out = bytearray()

    def _opcode_boundary(self):
        start = self._frame_start
        if start >= 0 and len(self._out) - start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._flush()

    def _write_large(self, header, payload):
        # Payloads of a frame's size or more go outside any frame.
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._framing = False
            self.write(header)
            self.write(payload)
            self._framing = True
        else:
            self.write(header)
            self.write(payload)

    # Memo

    def memoize(self, obj):
        """Remember obj under the next memo index and emit the store opcode."""
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    # The save loop

    def save(self, obj, save_persistent_id=True):
        self._save(obj, save_persistent_id)
        self._opcode_boundary()

    def _save(self, obj, save_persistent_id):
        if save_persistent_id and self._pers_func is not None:
            pid = self._pers_func(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        f = self._exact_dispatch.get(t)
        if f is not None:
            f(self, obj)
            return

        reduce = self._reducer_override
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is FunctionType:
                self.save_global(obj)
                return
            reduce = self._dispatch_table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce_ex = getattr(t, '__reduce_ex__', None)
                if reduce_ex is not None:
                    rv = obj.__reduce_ex__(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError("can't pickle %r object: %r"
                                            % (t.__name__, obj))
                    rv = reduce()

        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, False)
            self.write(BINPERSID)
        else:
            try:
                text = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self.write(PERSID + text + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ "
                                "must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ "
                                "must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % _type_name(type(listitems)))
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % _type_name(type(dictitems)))
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ "
                                "must be a function, not %s"
                                % _type_name(type(state_setter)))

        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must "
                                    "be a class, not %s" % _type_name(type(cls)))
            if not isinstance(args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must "
                                    "be a tuple, not %s" % _type_name(type(args)))
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must "
                                    "be a dict, not %s" % _type_name(type(kwargs)))
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                save(partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            # A recursive object may have been memoized while its arguments were
            # saved: drop what was built and fetch the memoized one.
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # Atoms

    def save_bool(self, obj):
        choices = (NEWFALSE, NEWTRUE) if self.proto >= 2 else (FALSE, TRUE)
        self.write(choices[1 if obj else 0])

    def save_long(self, obj):
        write = self.write
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                write(INT + (repr(obj) + '\n').encode('ascii'))
            elif 0 <= obj <= 0xff:
                write(BININT1 + pack("<B", obj))
            elif 0 <= obj <= 0xffff:
                write(BININT2 + pack("<H", obj))
            else:
                write(BININT + pack("<i", obj))
        elif self.proto >= 2:
            payload = encode_long(obj)
            size = len(payload)
            if size < 256:
                head = LONG1 + pack("<B", size)
            else:
                head = LONG4 + pack("<i", size)
            write(head + payload)
        else:
            write(LONG + (repr(obj) + 'L\n').encode('ascii'))

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + (repr(obj) + '\n').encode('ascii'))

    def _write_counted(self, data, short, opcode4, opcode8, what, short_ok):
        """Write data after the opcode for its length: a one-byte count
        (where short_ok), four bytes, or eight from protocol 4 on."""
        n = len(data)
        if n <= 0xff and short_ok:
            self._write_large(short + pack("<B", n), data)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(opcode8 + pack("<Q", n), data)
        elif n > 0xffffffff:
            raise OverflowError("serializing %s larger than 4 GiB "
                                "requires pickle protocol 4 or higher" % what)
        else:
            self._write_large(opcode4 + pack("<I", n), data)

    def _save_bytes_data(self, obj, data):
        self._write_counted(data, SHORT_BINBYTES, BINBYTES, BINBYTES8,
                            "a bytes object", True)
        self.memoize(obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytearray_data(self, obj, data):
        self._write_large(BYTEARRAY8 + pack("<Q", len(data)), data)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            # Older protocols rebuild it as bytearray(bytes_value).
            args = (bytes(obj),) if obj else ()
            self.save_reduce(bytearray, args, obj=obj)
            return
        self._save_bytearray_data(obj, bytes(obj))

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        with obj.__buffer__(0) as m:
            if not m.contiguous:
                raise PicklingError("PickleBuffer can not be pickled when "
                                    "pointing to a non-contiguous buffer")
            callback = self._buffer_callback
            # Without a callback, or when it says so, the data goes in-band.
            in_band = callback is None or bool(callback(obj))
            if in_band:
                if m.readonly:
                    self._save_bytes_data(obj, m.tobytes())
                else:
                    self._save_bytearray_data(obj, m.tobytes())
            else:
                self.write(NEXT_BUFFER)
                if m.readonly:
                    self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            utf8 = obj.encode('utf-8', errors='surrogatepass')
            self._write_counted(utf8, SHORT_BINUNICODE, BINUNICODE,
                                BINUNICODE8, "a string", self.proto >= 4)
        else:
            # Characters that would end or corrupt the line are escaped as \u.
            text = obj
            for ch, esc in _UNICODE_LINE_ESCAPES:
                text = text.replace(ch, esc)
            self.write(UNICODE + text.encode('raw-unicode-escape') + b'\n')
        self.memoize(obj)

    # Containers

    def save_tuple(self, obj):
        n = len(obj)
        if not n:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                self.write(POP * n + self.get(x[0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            # The tuple is recursive: it was memoized while its items were saved.
            if self.bin:
                self.write(POP_MARK + self.get(x[0]))
            else:
                self.write(POP * (n + 1) + self.get(x[0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            count = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                count += 1
                if count == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        self._batch_items(items, self.save, APPEND, APPENDS)

    def _batch_items(self, items, save_item, one, many):
        """Write items from an iterator: each followed by the opcode one,
        or (binary protocols) in MARK ... many batches, a lone item by one."""
        write = self.write
        if not self.bin:
            for item in items:
                save_item(item)
                write(one)
            return
        it = iter(items)
        while True:
            batch = list(islice(it, _BATCHSIZE))
            n = len(batch)
            if n > 1:
                write(MARK)
                for item in batch:
                    save_item(item)
                write(many)
            elif n:
                save_item(batch[0])
                write(one)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return

        def save_pair(pair):
            k, v = pair
            save(k)
            save(v)
        self._batch_live(obj, obj.items(), save_pair, SETITEMS, "dictionary")

    def _batch_live(self, obj, items, save_item, opcode, what):
        """Write obj's items in MARK ... opcode batches, checking after each
        batch that obj has not changed size meanwhile."""
        write = self.write
        size = len(obj)
        items = iter(items)
        while True:
            write(MARK)
            count = 0
            for item in items:
                save_item(item)
                count += 1
                if count == _BATCHSIZE:
                    break
            write(opcode)
            if len(obj) != size:
                raise RuntimeError("%s changed size during iteration" % what)
            if count != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        save = self.save

        def save_pair(pair):
            k, v = self._check_pair(pair)
            save(k)
            save(v)
        self._batch_items(items, save_pair, SETITEM, SETITEMS)

    @staticmethod
    def _check_pair(pair):
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError("dict items iterator must return 2-tuples")
        return pair

    def save_set(self, obj):
        if self.proto < 4:
            members = list(obj)
            self.save_reduce(set, (members,), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if obj:
            self._batch_live(obj, obj, self.save, ADDITEMS, "set")

    def save_frozenset(self, obj):
        if self.proto < 4:
            members = list(obj)
            self.save_reduce(frozenset, (members,), obj=obj)
            return
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # Globals

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            try:
                name = obj.__qualname__
            except AttributeError:
                name = None
            if name is None:
                name = obj.__name__
        dotted_path = _dotted_path(name)
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception as exc:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from exc
        try:
            obj2, parent = _getattribute(module, dotted_path)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))

        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if not 0 < code <= 0x7fffffff:
                    raise PicklingError("code %d is out of range" % code)
                if code <= 0xff:
                    self.write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    self.write(EXT2 + pack("<H", code))
                else:
                    self.write(EXT4 + pack("<i", code))
                return

        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif len(dotted_path) > 1:
            # getattr(getattr(module.first, second), third)...
            for _ in dotted_path[1:]:
                self.save(getattr)
                if self.proto < 2:
                    self.write(MARK)
            self._write_global(module_name, dotted_path[0])
            for attr in dotted_path[1:]:
                self.save(attr)
                self.write(TUPLE2 if self.proto >= 2 else TUPLE)
                self.write(REDUCE)
        else:
            self._write_global(module_name, name)
        self.memoize(obj)

    def _write_global(self, module_name, name):
        if self.proto < 3 and self.fix_imports:
            # Write the Python 2 names of renamed modules and globals.
            key = (module_name, name)
            renamed = _compat_pickle.REVERSE_NAME_MAPPING.get(key)
            if renamed is not None:
                module_name, name = renamed
            else:
                module_name = _compat_pickle.REVERSE_IMPORT_MAPPING.get(
                    module_name, module_name)
        encoding = 'utf-8' if self.proto >= 3 else 'ascii'
        try:
            encoded_module = module_name.encode(encoding)
        except UnicodeEncodeError:
            raise PicklingError("can't pickle module identifier %r using pickle "
                                "protocol %d" % (module_name, self.proto)) from None
        try:
            encoded_name = name.encode(encoding)
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier %r using pickle "
                                "protocol %d" % (name, self.proto)) from None
        self.write(GLOBAL + encoded_module + b'\n' + encoded_name + b'\n')

    _exact_dispatch = {
        bytes: save_bytes,
        str: save_str,
        dict: save_dict,
        list: save_list,
        tuple: save_tuple,
        set: save_set,
        frozenset: save_frozenset,
        bytearray: save_bytearray,
        PickleBuffer: save_picklebuffer,
    }


# Unpickling machinery

def _escape_decode(data):
    # Undo the backslash escapes of a Python 2 byte string literal.
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c:
            out.append(c)
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            out += simple
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        elif c == 0x78:
            digits = data[i:i + 2]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 2)) from None
            i += 2
        else:
            out += b'\\' + bytes((c,))
    return bytes(out)


_SIMPLE_ESCAPES = {
    ord('\n'): b'', ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"',
    ord('a'): b'\a', ord('b'): b'\b', ord('f'): b'\f', ord('n'): b'\n',
    ord('r'): b'\r', ord('t'): b'\t', ord('v'): b'\v',
}


class Unpickler:
    """Reads one pickle at a time from a binary file (its read and readline)."""

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        # Out-of-band buffers for NEXT_BUFFER, consumed in order.
        self._buffers = None if buffers is None else iter(buffers)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._frame = None
        self._frame_pos = 0

    # Input, served from the current frame while one is open.

    def _read(self, n):
        frame = self._frame
        if frame is not None:
            pos = self._frame_pos
            end = pos + n
            if end <= len(frame):
                self._frame_pos = end
                return frame[pos:end]
            if pos < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        frame = self._frame
        if frame is not None:
            pos = self._frame_pos
            end = frame.find(b'\n', pos)
            if end >= 0:
                self._frame_pos = end + 1
                return frame[pos:end + 1]
            if pos < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _read_line_arg(self):
        return self._readline()[:-1]

    def load(self):
        """Read the next pickle from the file and return the object it builds."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self._frame = None
        self._frame_pos = 0
        self.stack = []
        self.marks = []
        self.proto = 0
        read = self._read
        dispatch = self._dispatch
        try:
            while True:
                try:
                    key = read(1)
                except UnpicklingError:
                    raise EOFError("Ran out of input") from None
                handler = dispatch.get(key[0])
                if handler is None:
                    raise UnpicklingError("invalid load key, %s." % _key_repr(key[0]))
                if handler(self):
                    return self._result
        finally:
            self.stack = []
            self.marks = []
            self._result = None

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """Import module and return its attribute name (may be dotted)."""
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            # Map Python 2 names to their Python 3 homes.
            renamed = _compat_pickle.NAME_MAPPING.get((module, name))
            if renamed is not None:
                module, name = renamed
            else:
                module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4 and '.' in name:
            path = name.split('.')
            if '<locals>' in path:
                raise AttributeError("Can't get local attribute %r on %r" % (name, mod))
            try:
                return _getattribute(mod, path)[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # Stack helpers.  Marks are indexes into the one stack.

    def _underflow(self):
        if self.marks:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop(self):
        stack = self.stack
        if len(stack) <= (self.marks[-1] if self.marks else 0):
            self._underflow()
        return stack.pop()

    def _top(self):
        stack = self.stack
        if len(stack) <= (self.marks[-1] if self.marks else 0):
            self._underflow()
        return stack[-1]

    def _pop_mark(self):
        if not self.marks:
            raise UnpicklingError("could not find MARK")
        k = self.marks.pop()
        items = self.stack[k:]
        del self.stack[k:]
        return items

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # Opcode handlers; a true result ends the load.

    def load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size, = unpack('<Q', self._read(8))
        if size > maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        if self._frame is not None and self._frame_pos < len(self._frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = None
        self._frame = self._read(size)
        self._frame_pos = 0

    def load_persid(self):
        try:
            pid = self._read_line_arg().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.stack.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.stack.append(self.persistent_load(pid))

    def load_none(self):
        self.stack.append(None)

    def load_false(self):
        self.stack.append(False)

    def load_true(self):
        self.stack.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data[:-1])
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.stack.append(val)

    def load_binint(self):
        self.stack.append(unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self.stack.append(self._read(1)[0])

    def load_binint2(self):
        self.stack.append(unpack('<H', self._read(2))[0])

    def load_long(self):
        val = self._read_line_arg()
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.stack.append(int(val))

    def load_long1(self):
        n = self._read(1)[0]
        self.stack.append(decode_long(self._read(n)))

    def load_long4(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._read(n)))

    def load_float(self):
        self.stack.append(float(self._read_line_arg()))

    def load_binfloat(self):
        self.stack.append(unpack('>d', self._read(8))[0])

    def load_string(self):
        data = self._read_line_arg()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n, = unpack('<I', self._read(4))
        self.stack.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.stack.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._read(4))
        self.stack.append(bytes(self._read(n)))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.stack.append(bytes(self._read(n)))

    def _read_size8(self, opname):
        """The 8-byte length argument of opname, within what fits in memory."""
        n, = unpack('<Q', self._read(8))
        if n > maxsize:
            raise UnpicklingError("%s exceeds system's maximum size of %d bytes"
                                  % (opname, maxsize))
        return n

    def load_binbytes8(self):
        n = self._read_size8('BINBYTES8')
        self.stack.append(bytes(self._read(n)))

    def load_bytearray8(self):
        n = self._read_size8('BYTEARRAY8')
        self.stack.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()

    def load_unicode(self):
        self.stack.append(str(self._read_line_arg(), 'raw-unicode-escape'))

    def load_binunicode(self):
        n, = unpack('<I', self._read(4))
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = self._read_size8('BINUNICODE8')
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        self.stack.append(tuple(self._pop_mark()))

    def load_empty_tuple(self):
        self.stack.append(())

    def load_tuple1(self):
        self.stack.append((self._pop(),))

    def load_tuple2(self):
        b = self._pop()
        a = self._pop()
        self.stack.append((a, b))

    def load_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self.stack.append((a, b, c))

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dictionary(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        self.stack.append(frozenset(self._pop_mark()))

    def load_list(self):
        self.stack.append(self._pop_mark())

    def load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if not args and isinstance(klass, type) and not hasattr(klass, "__getinitargs__"):
            value = klass.__new__(klass)
        else:
            value = klass(*args)
        self.stack.append(value)

    def load_inst(self):
        module = self._read_line_arg().decode("ascii")
        name = self._read_line_arg().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, tuple(self._pop_mark()))

    def load_obj(self):
        args = self._pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, tuple(args))

    def _newobj(self, opname, use_kwargs):
        kwargs = self._pop() if use_kwargs else None
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("%s class argument must be a type, not %s"
                                  % (opname, _type_name(type(cls))))
        if not isinstance(args, tuple):
            raise UnpicklingError("%s args argument must be a tuple, not %s"
                                  % (opname, _type_name(type(args))))
        if use_kwargs and not isinstance(kwargs, dict):
            raise UnpicklingError("%s kwargs argument must be a dict, not %s"
                                  % (opname, _type_name(type(kwargs))))
        if kwargs:
            obj = cls.__new__(cls, *args, **kwargs)
        else:
            obj = cls.__new__(cls, *args)
        self.stack.append(obj)

    def load_newobj(self):
        self._newobj("NEWOBJ", False)

    def load_newobj_ex(self):
        self._newobj("NEWOBJ_EX", True)

    def load_global(self):
        module = self._read_line_arg().decode("utf-8")
        name = self._read_line_arg().decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(unpack('<H', self._read(2))[0])

    def load_ext4(self):
        self._get_extension(unpack('<i', self._read(4))[0])

    def _get_extension(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        obj = _extension_cache.get(code, _missing)
        if obj is not _missing:
            self.stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        if (not isinstance(key, tuple) or len(key) != 2
                or not isinstance(key[0], str) or not isinstance(key[1], str)):
            raise ValueError("_inverted_registry[%d] isn't a 2-tuple of strings" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.stack.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)

    def load_pop(self):
        if len(self.stack) > (self.marks[-1] if self.marks else 0):
            self.stack.pop()
        elif self.marks:
            self.marks.pop()
        else:
            self._underflow()

    def load_pop_mark(self):
        self._pop_mark()

    def load_dup(self):
        self.stack.append(self._top())

    def _memo_get(self, idx):
        try:
            self.stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_get(self):
        self._memo_get(int(self._read_line_arg()))

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])

    def load_put(self):
        top = self._top()
        i = int(self._read_line_arg())
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = top

    def load_binput(self):
        top = self._top()
        self.memo[self._read(1)[0]] = top

    def load_long_binput(self):
        top = self._top()
        i, = unpack('<I', self._read(4))
        if i > maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = top

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self._pop_mark()
        list_obj = self._top()
        if type(list_obj) is list:
            list_obj.extend(items)
            return
        extend = getattr(list_obj, 'extend', None)
        if extend is not None:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.marks.append(len(self.stack))

    def load_stop(self):
        self._result = self._pop()
        return True

    _dispatch = {}


_missing = object()


def _key_repr(code):
    if 0x20 <= code < 0x7f:
        return "'%c'" % code
    return "'\\x%02x'" % code


def _build_dispatch():
    names = {
        PROTO: 'proto', FRAME: 'frame', PERSID: 'persid', BINPERSID: 'binpersid',
        NONE: 'none', NEWFALSE: 'false', NEWTRUE: 'true', INT: 'int',
        BININT: 'binint', BININT1: 'binint1', BININT2: 'binint2', LONG: 'long',
        LONG1: 'long1', LONG4: 'long4', FLOAT: 'float', BINFLOAT: 'binfloat',
        STRING: 'string', BINSTRING: 'binstring', SHORT_BINSTRING: 'short_binstring',
        BINBYTES: 'binbytes', SHORT_BINBYTES: 'short_binbytes', BINBYTES8: 'binbytes8',
        BYTEARRAY8: 'bytearray8', NEXT_BUFFER: 'next_buffer',
        READONLY_BUFFER: 'readonly_buffer', UNICODE: 'unicode',
        BINUNICODE: 'binunicode', BINUNICODE8: 'binunicode8',
        SHORT_BINUNICODE: 'short_binunicode', TUPLE: 'tuple',
        EMPTY_TUPLE: 'empty_tuple', TUPLE1: 'tuple1', TUPLE2: 'tuple2', TUPLE3: 'tuple3',
        EMPTY_LIST: 'empty_list', EMPTY_DICT: 'empty_dictionary', EMPTY_SET: 'empty_set',
        FROZENSET: 'frozenset', LIST: 'list', DICT: 'dict', INST: 'inst', OBJ: 'obj',
        NEWOBJ: 'newobj', NEWOBJ_EX: 'newobj_ex', GLOBAL: 'global',
        STACK_GLOBAL: 'stack_global', EXT1: 'ext1', EXT2: 'ext2', EXT4: 'ext4',
        REDUCE: 'reduce', POP: 'pop', POP_MARK: 'pop_mark', DUP: 'dup', GET: 'get',
        BINGET: 'binget', LONG_BINGET: 'long_binget', PUT: 'put', BINPUT: 'binput',
        LONG_BINPUT: 'long_binput', MEMOIZE: 'memoize', APPEND: 'append',
        APPENDS: 'appends', SETITEM: 'setitem', SETITEMS: 'setitems',
        ADDITEMS: 'additems', BUILD: 'build', MARK: 'mark', STOP: 'stop',
    }
    return {op[0]: getattr(Unpickler, 'load_' + name) for op, name in names.items()}


Unpickler._dispatch = _build_dispatch()

# Shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Pickle obj and write the result to the binary file object file."""
    pickler = Pickler(file, protocol, fix_imports=fix_imports,
                      buffer_callback=buffer_callback)
    pickler.dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Pickle obj and return the pickle as bytes."""
    sink = io.BytesIO()
    dump(obj, sink, protocol, fix_imports=fix_imports,
         buffer_callback=buffer_callback)
    return sink.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read one pickle from the binary file object file and return its object."""
    unpickler = Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                          errors=errors, buffers=buffers)
    return unpickler.load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Return the object stored in the pickle data (a bytes-like object)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return load(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                errors=errors, buffers=buffers)


# The Python implementation under the names CPython gives it next to its C one.
_Pickler, _Unpickler = Pickler, Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads
