"""The io module: open(), in-memory streams (StringIO, BytesIO) and the I/O base classes."""

import _io
from _io import open, TextIOWrapper, DEFAULT_BUFFER_SIZE

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
           "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


from _io import UnsupportedOperation


def _bytes_like(b):
    # bytes, bytearray, or the contents of any other C-contiguous buffer.
    if isinstance(b, (bytes, bytearray)):
        return b
    try:
        m = memoryview(b)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None
    with m:
        if not m.c_contiguous:
            raise BufferError('memoryview: underlying buffer is not C-contiguous')
        return m.tobytes()


def _index(v):
    import operator
    return operator.index(v)


def _size(v):
    # A read/readline/truncate size: None or an integer.
    if v is None:
        return -1
    if isinstance(v, int) or hasattr(type(v), '__index__'):
        return _index(v)
    raise TypeError(f"argument should be integer or None, not '{type(v).__name__}'")


class IOBase:
    """The abstract base class for all I/O classes."""

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    # StringIO's own methods word the closed-file error without the final period that
    # the IOBase methods (iteration, with, readlines...) use, as CPython's do.
    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def flush(self):
        pass

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        # newline=None: "\r\n" and "\r" become "\n" as they are written; newline='':
        # nothing is translated but any of the three ends a line; '\r' or '\r\n': "\n" is
        # written as that and ends lines; '\n': as given.
        self._newline = newline
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        self._writenl = newline if newline in ('\r', '\r\n') else '\n'
        self._seennl = 0
        # Appends at the end are kept as chunks and joined on demand.
        self._chunks = []
        self._len = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _joined(self):
        if len(self._chunks) > 1:
            self._chunks = [''.join(self._chunks)]
        return self._chunks[0] if self._chunks else ''

    def getvalue(self):
        self._check_open()
        return self._joined()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        given = len(s)
        if self._universal:
            crlf = s.count('\r\n')
            cr = s.count('\r') - crlf
            lf = s.count('\n') - crlf
            self._seennl |= (1 if lf else 0) | (2 if cr else 0) | (4 if crlf else 0)
            if self._translate:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        if self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        n = len(s)
        if not n:
            return given
        if self._pos == self._len:
            self._chunks.append(s)
        else:
            value = self._joined()
            if self._pos > len(value):
                value += '\0' * (self._pos - len(value))
            value = value[:self._pos] + s + value[self._pos + n:]
            self._chunks = [value]
        self._pos += n
        self._len = max(self._len, self._pos)
        return given

    def _length(self):
        return self._len

    def read(self, size=-1):
        self._check_open()
        size = _size(size)
        value = self._joined()
        if size < 0:
            size = len(value)
        result = value[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def _line_end(self, value, pos):
        if self._universal and not self._translate:
            cr = value.find('\r', pos)
            lf = value.find('\n', pos)
            if cr < 0 and lf < 0:
                return len(value)
            if cr < 0 or (0 <= lf < cr):
                return lf + 1
            return cr + 2 if value.startswith('\n', cr + 1) else cr + 1
        nl = '\n' if self._translate else self._writenl
        end = value.find(nl, pos)
        return len(value) if end < 0 else end + len(nl)

    def readline(self, size=-1):
        self._check_open()
        size = _size(size)
        value = self._joined()
        end = self._line_end(value, self._pos)
        if size >= 0:
            end = min(end, self._pos + size)
        result = value[self._pos:end]
        self._pos = end
        return result

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")  # sic, as CPython
            self._pos = self._length()
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        value = self._joined()
        size = self._pos if size is None else _size(size)
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._chunks = [value[:size]]
        self._len = min(self._len, size)
        return size

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def close(self):
        self._closed = True
        self._chunks = []

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check_open()
        if not self._universal:
            return None
        kinds = tuple(k for bit, k in ((2, '\r'), (1, '\n'), (4, '\r\n')) if self._seennl & bit)
        return kinds[0] if len(kinds) == 1 else (kinds or None)

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        self._buffer = bytearray(_bytes_like(initial_bytes) if initial_bytes is not None else b'')
        self._pos = 0

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buffer)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buffer)

    def write(self, b):
        self._checkClosed()
        data = bytes(_bytes_like(b))
        n = len(data)
        if self._pos > len(self._buffer):
            self._buffer.extend(b'\0' * (self._pos - len(self._buffer)))
        self._buffer[self._pos:self._pos + n] = data
        self._pos += n
        return n

    def read(self, size=-1):
        self._checkClosed()
        size = _size(size)
        if size < 0:
            size = len(self._buffer)
        result = bytes(self._buffer[self._pos:self._pos + size])
        self._pos += len(result)
        return result

    read1 = read

    def flush(self):
        self._checkClosed()

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    readinto1 = readinto

    def readline(self, size=-1):
        self._checkClosed()
        size = _size(size)
        end = self._buffer.find(b'\n', self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        result = bytes(self._buffer[self._pos:end])
        self._pos = end
        return result

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        else:
            size = _size(size)
            if size < 0:
                raise ValueError(f"negative size value {size}")
        del self._buffer[size:]
        return size

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def close(self):
        self._closed = True


FileIO = BufferedReader = BufferedWriter = BufferedRandom = BufferedRWPair = TextIOWrapper


def text_encoding(encoding, stacklevel=2):
    return "utf-8" if encoding is None else encoding
