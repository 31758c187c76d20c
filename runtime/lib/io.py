"""The io module: open(), in-memory streams (StringIO, BytesIO), the I/O base classes and
the layers that wrap any stream (BufferedReader, BufferedWriter, TextIOWrapper).

Files made by open() are instances of the C types of _io (FileIO, BufferedReader,
BufferedWriter, BufferedRandom, TextIOWrapper), registered with the classes here, so that
isinstance(f, io.TextIOBase) and the like answer as in CPython. The classes here, written
in Python, serve a program that builds a layer itself, e.g. TextIOWrapper(sys.stdout.buffer).
"""

import _io
import sys
import abc as _abc
from builtins import open  # the same function as the builtin, as in CPython
from _io import DEFAULT_BUFFER_SIZE

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


class IOBase(metaclass=_abc.ABCMeta):
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

    def __del__(self):
        # A stream dropped while open is closed (a wrapper closes what it wraps), as in
        # CPython; errors are ignored.
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

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

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1):
        size = _size(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out += b
            if out.endswith(b"\n"):
                break
        return bytes(out)

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
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        raise UnsupportedOperation("readinto")

    def write(self, b):
        raise UnsupportedOperation("write")


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def write(self, s):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = '_io'

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

    __module__ = '_io'

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


class FileIO(RawIOBase):
    """Raw binary I/O on a file descriptor: FileIO(file, mode='r', closefd=True)."""

    def __new__(cls, file, mode='r', closefd=True, opener=None):
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if 't' in mode or mode.count('b') > 1:
            raise ValueError(f"invalid mode: {mode}")
        return open(file, mode if 'b' in mode else mode + 'b', buffering=0, closefd=closefd,
                    opener=opener)


class _BufferedBase(BufferedIOBase):
    # A buffer over any raw stream: reads come from `raw` in chunks of buffer_size.

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''
        self._wbuf = bytearray()

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return f"<_io.{type(self).__name__}>"
        return f"<_io.{type(self).__name__} name={name!r}>"

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def _checkClosed(self):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    # Reading.
    def _fill(self):
        data = self.raw.read(self.buffer_size)
        if data:
            self._rbuf += data
        return bool(data)

    def peek(self, size=0):
        self._checkClosed()
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def read(self, size=-1):
        self._checkClosed()
        size = _size(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        self._flush_writes()
        if size < 0:
            rest = self.raw.read()
            data, self._rbuf = self._rbuf + (rest or b''), b''
            return data
        while len(self._rbuf) < size and self._fill():
            pass
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._checkClosed()
        size = _size(size)
        if not self._rbuf:
            self._fill()
        if size < 0:
            size = len(self._rbuf)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def readline(self, size=-1):
        self._checkClosed()
        size = _size(size)
        while True:
            i = self._rbuf.find(b'\n')
            if i >= 0 or (0 <= size <= len(self._rbuf)) or not self._fill():
                break
        end = len(self._rbuf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, size)
        data, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return data

    # Writing.
    def write(self, b):
        self._checkClosed()
        data = _bytes_like(b)
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''
        self._wbuf += data
        if len(self._wbuf) >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self.raw.write(bytes(self._wbuf))
            if n is None:
                n = 0
            del self._wbuf[:n]

    def flush(self):
        self._checkClosed()
        self._flush_writes()
        if hasattr(self.raw, 'flush'):
            self.raw.flush()

    def seek(self, pos, whence=0):
        self._checkClosed()
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell() - len(self._rbuf) + len(self._wbuf)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.raw.truncate(pos)


class BufferedReader(_BufferedBase):
    """A buffer for a readable, sequential raw stream."""


class BufferedWriter(_BufferedBase):
    """A buffer for a writeable, sequential raw stream."""


class BufferedRandom(_BufferedBase):
    """A buffer for a seekable raw stream, read and written."""


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


def _check_encoding(encoding):
    # LookupError "unknown encoding: x" for a name no codec has.
    ''.encode(encoding)
    return encoding


def _decodable(data, encoding, final):
    # How much of `data` decodes now: a sequence cut at the end of what has been read so
    # far waits for the rest (UTF-8 up to 3 bytes, UTF-16 units and surrogate pairs,
    # UTF-32 units).
    if final:
        return len(data)
    enc = encoding.lower().replace('_', '-')
    n = len(data)
    if enc.startswith('utf-16') or enc == 'u16':
        n -= n % 2
        if n >= 2:
            last = data[n - 2:n]
            unit = last[0] << 8 | last[1] if enc.endswith('be') else last[1] << 8 | last[0]
            if 0xD800 <= unit < 0xDC00:
                n -= 2
        return n
    if enc.startswith('utf-32') or enc == 'u32':
        return n - n % 4
    if enc in ('utf-8', 'utf8', 'u8', 'utf'):
        # Back up over a trailing sequence that is not complete yet.
        for back in range(1, min(4, n) + 1):
            c = data[n - back]
            if c < 0x80:
                return n
            if c >= 0xC0:
                need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
                return n if back >= need else n - back
        return n
    return n


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a binary buffered stream."""

    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not "
                            + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                            + type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not "
                            + type(errors).__name__)
        _check_encoding(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._set_newline(newline)
        self._decoded = ''       # decoded text not read yet
        self._pending = b''      # bytes read that do not decode yet
        self._eof = False
        self._seen_newlines = 0  # bit set: 1 '\r', 2 '\n', 4 '\r\n'
        self._read_codec = None  # the byte order a BOM-reading codec found
        self._wrote = False

    def _set_newline(self, newline):
        self._newline = newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writenl = newline if newline else '\n'

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        for attr in ('name', 'mode'):
            try:
                parts.append(f"{attr}={getattr(self, attr)!r}")
            except AttributeError:
                pass
        parts.append(f"encoding={self._encoding!r}>")
        return ' '.join(parts)

    # Attributes.
    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def newlines(self):
        kinds = [k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen_newlines & bit]
        return kinds[0] if len(kinds) == 1 else (tuple(kinds) or None)

    def _checkClosed(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def flush(self):
        self._checkClosed()
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            self._encoding = _check_encoding(encoding)
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError(f"illegal newline value: {newline}")
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # Writing.
    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._writenl != '\n' and '\n' in text:
            text = text.replace('\n', self._writenl)
        codec = self._encoding
        lower = codec.lower().replace('_', '-')
        if self._wrote and lower in ('utf-16', 'utf16', 'u16', 'utf-32', 'utf32', 'u32'):
            codec = lower.replace('utf16', 'utf-16').replace('utf32', 'utf-32') + '-le'
            codec = codec.replace('u16-le', 'utf-16-le').replace('u32-le', 'utf-32-le')
        data = text.encode(codec, self._errors)
        self._wrote = True
        if self._decoded or self._pending:
            # Text read ahead is dropped: the write goes where reading stopped.
            self._rewind_readahead()
        self._buffer.write(data)
        if self._write_through or (self._line_buffering and ('\n' in s or '\r' in s)):
            self._buffer.flush()
        return len(s)

    def _rewind_readahead(self):
        unread = len(self._decoded.encode(self._encoding, self._errors)) + len(self._pending)
        self._decoded, self._pending = '', b''
        if unread and self._buffer.seekable():
            self._buffer.seek(-unread, 1)

    # Reading.
    def _decode(self, data, final):
        codec = self._read_codec or self._encoding
        lower = codec.lower().replace('_', '-')
        if self._read_codec is None and lower in ('utf-16', 'utf16', 'u16', 'utf-32', 'utf32', 'u32'):
            width = 2 if '16' in lower else 4
            if len(data) < width and not final:
                return '', data
            le = b'\xff\xfe' + b'\x00' * (width - 2)
            be = b'\x00' * (width - 2) + b'\xfe\xff'
            if data.startswith(le):
                data = data[width:]
            elif data.startswith(be):
                data, codec = data[width:], None
            base = 'utf-16' if width == 2 else 'utf-32'
            self._read_codec = codec = base + ('-be' if codec is None else '-le')
        n = _decodable(data, codec, final)
        return data[:n].decode(codec, self._errors), data[n:]

    def _read_more(self, size):
        # Read another chunk into the decoded text; False at end of stream.
        if self._eof:
            return False
        read1 = getattr(self._buffer, 'read1', None)
        data = read1(size) if read1 is not None else self._buffer.read(size)
        if not data:
            self._eof = True
            text, self._pending = self._decode(self._pending, True)
            self._decoded += self._translate(text, True)
            return bool(text)
        text, self._pending = self._decode(self._pending + data, False)
        self._decoded += self._translate(text, False)
        return True

    def _translate(self, text, final):
        # Universal newlines: note the kinds seen; with newline=None turn each into '\n'.
        if self._newline is None or self._newline == '':
            text = self._cr_carry + text if hasattr(self, '_cr_carry') else text
            self._cr_carry = ''
            if text.endswith('\r') and not final:
                text, self._cr_carry = text[:-1], '\r'
            crlf = text.count('\r\n')
            cr = text.count('\r') - crlf
            lf = text.count('\n') - crlf
            self._seen_newlines |= (1 if cr else 0) | (2 if lf else 0) | (4 if crlf else 0)
            if self._readtranslate and (cr or crlf):
                text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read(self, size=-1):
        self._checkClosed()
        size = _size(size)
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        if size < 0:
            while self._read_more(DEFAULT_BUFFER_SIZE):
                pass
            text, self._decoded = self._decoded, ''
            return text
        while len(self._decoded) < size and self._read_more(max(size, 64)):
            pass
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        return text

    def _line_end(self, text):
        # Index just past the first line ending in text, or -1.
        if self._readtranslate or self._readnl == '\n':
            i = text.find('\n')
            return i + 1 if i >= 0 else -1
        if self._readnl == '':
            for i, c in enumerate(text):
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        i = text.find(self._readnl)
        return i + len(self._readnl) if i >= 0 else -1

    def readline(self, size=-1):
        self._checkClosed()
        size = _size(size)
        while True:
            end = self._line_end(self._decoded)
            if end >= 0 or (0 <= size <= len(self._decoded)):
                break
            if not self._read_more(DEFAULT_BUFFER_SIZE):
                end = len(self._decoded)
                break
        if end < 0:
            end = len(self._decoded)
        if size >= 0:
            end = min(end, size)
        line, self._decoded = self._decoded[:end], self._decoded[end:]
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        self.flush()
        self._decoded, self._pending, self._eof, self._cr_carry = '', b'', False, ''
        if whence == 1:
            return self.tell()
        return self._buffer.seek(cookie, whence)

    def tell(self):
        self._checkClosed()
        self.flush()
        unread = len(self._decoded.encode(self._read_codec or self._encoding, self._errors))
        return self._buffer.tell() - unread - len(self._pending)

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)


# Files opened by open() are instances of the C types of _io.
FileIO.register(_io.FileIO)
BufferedReader.register(_io.BufferedReader)
BufferedWriter.register(_io.BufferedWriter)
BufferedRandom.register(_io.BufferedRandom)
TextIOWrapper.register(_io.TextIOWrapper)


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream opened with `encoding` uses: "locale" for None."""
    if encoding is not None:
        return encoding
    return "utf-8" if sys.flags.utf8_mode else "locale"
