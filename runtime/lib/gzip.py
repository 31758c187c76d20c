"""Reading and writing gzip files (RFC 1952) with zlib.

A gzip file is one or more members, each a header (magic bytes, method, flags, mtime,
optional name/comment/extra fields), raw DEFLATE data, and a trailer with the CRC-32 and
length of the uncompressed data. GzipFile writes one member and reads any number.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_CHUNK = io.DEFAULT_BUFFER_SIZE


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _header(compresslevel, mtime, fname=b''):
    # XFL says which extreme of speed/size the compressor chose.
    xfl = 2 if compresslevel == _COMPRESS_LEVEL_BEST else 4 if compresslevel == _COMPRESS_LEVEL_FAST else 0
    flags = FNAME if fname else 0
    head = b'\x1f\x8b\x08' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xFFFFFFFF)
    head += bytes([xfl, 255])
    if fname:
        head += fname + b'\x00'
    return head


class _MemberReader:
    # Decompresses the members of a gzip stream read from `take(n)` (bytes, b'' at end).

    def __init__(self, take):
        self._take = take
        self._pending = b''      # read from the source, not yet parsed or inflated
        self._out = bytearray()  # decompressed, not yet returned
        self._inflater = None    # the decompressor of the member being read, or None
        self._crc = 0
        self._size = 0
        self._eof = False
        self.mtime = None

    def _need(self, n):
        while len(self._pending) < n:
            data = self._take(_CHUNK)
            if not data:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            self._pending += data

    def _read_exact(self, n):
        self._need(n)
        data, self._pending = self._pending[:n], self._pending[n:]
        return data

    def _read_cstring(self):
        while True:
            i = self._pending.find(b'\x00')
            if i >= 0:
                data, self._pending = self._pending[:i], self._pending[i + 1:]
                return data
            self._need(len(self._pending) + 1)

    def _start_member(self):
        # False at the end of the stream (only zero padding may follow the last member).
        while True:
            if not self._pending:
                self._pending = self._take(_CHUNK)
                if not self._pending:
                    return False
            stripped = self._pending.lstrip(b'\x00')
            if stripped:
                self._pending = stripped
                break
            self._pending = b''
        if len(self._pending) < 2:
            more = self._take(_CHUNK)
            self._pending += more
        magic = self._pending[:2]
        if magic != b'\x1f\x8b':
            raise BadGzipFile(f'Not a gzipped file ({magic!r})')
        self._read_exact(2)
        method, flags = self._read_exact(2)
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        (self.mtime,) = struct.unpack('<L', self._read_exact(4))
        self._read_exact(2)  # extra flags, OS
        if flags & FEXTRA:
            (n,) = struct.unpack('<H', self._read_exact(2))
            self._read_exact(n)
        if flags & FNAME:
            self._read_cstring()
        if flags & FCOMMENT:
            self._read_cstring()
        if flags & FHCRC:
            self._read_exact(2)
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._size = 0
        return True

    def _end_member(self):
        self._pending = self._inflater.unused_data + self._pending
        self._inflater = None
        crc, size = struct.unpack('<LL', self._read_exact(8))
        if crc != self._crc:
            raise BadGzipFile('CRC check failed')
        if size != self._size & 0xFFFFFFFF:
            raise BadGzipFile('Incorrect length of data produced')

    def fill(self, want):
        # Decompress until at least `want` bytes are waiting (or the stream ends); want < 0
        # reads everything.
        while not self._eof and (want < 0 or len(self._out) < want):
            if self._inflater is None:
                if not self._start_member():
                    self._eof = True
                    break
            if not self._pending:
                self._pending = self._take(_CHUNK)
                if not self._pending:
                    raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            data = self._inflater.decompress(self._pending)
            self._pending = b''
            self._crc = zlib.crc32(data, self._crc)
            self._size += len(data)
            self._out += data
            if self._inflater.eof:
                self._end_member()

    def take(self, n):
        self.fill(n)
        if n < 0:
            n = len(self._out)
        data = bytes(self._out[:n])
        del self._out[:n]
        return data

    def peek(self):
        self.fill(1)
        return bytes(self._out)


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing a gzip-compressed stream."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError(f"Invalid mode: {mode!r}")
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        self._pos = 0
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj.read)
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            if not isinstance(compresslevel, int) or not -1 <= compresslevel <= 9:
                raise ValueError("Bad compression level")
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            self._crc = 0
            self._size = 0
            fname = os.path.basename(filename)
            if isinstance(fname, str):
                try:
                    fname = fname.encode('latin-1')
                except UnicodeEncodeError:
                    fname = b''
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
            fileobj.write(_header(compresslevel, time.time() if mtime is None else mtime, fname))
        else:
            raise ValueError(f"Invalid mode: {mode!r}")

    @property
    def mtime(self):
        """Last modification time read from the stream, or None."""
        return self._reader.mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_mode(self, mode, what):
        if self.mode != mode:
            import errno
            raise OSError(errno.EBADF, f"{what}() on {'read' if mode == WRITE else 'write'}-only GzipFile object")

    def write(self, data):
        self._check_not_closed()
        self._check_mode(WRITE, 'write')
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._pos += length
        return length

    def read(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, 'read')
        data = self._reader.take(-1 if size is None or size < 0 else size)
        self._pos += len(data)
        return data

    def read1(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, 'read1')
        if size is None or size < 0:
            size = _CHUNK
        return self.read(size)

    def peek(self, n):
        self._check_not_closed()
        self._check_mode(READ, 'peek')
        return self._reader.peek()

    def readline(self, size=-1):
        self._check_not_closed()
        out = bytearray()
        while size is None or size < 0 or len(out) < size:
            chunk = self.peek(1)
            if not chunk:
                break
            i = chunk.find(b'\n')
            n = len(chunk) if i < 0 else i + 1
            if size is not None and size >= 0:
                n = min(n, size - len(out))
            out += self.read(n)
            if i >= 0 and len(out) and out[-1:] == b'\n':
                break
        return bytes(out)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack('<LL', self._crc, self._size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            myfileobj, self.myfileobj = self.myfileobj, None
            if myfileobj is not None:
                myfileobj.close()

    def fileno(self):
        return self.fileobj.fileno()

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj.read)
        self._pos = 0

    def tell(self):
        self._check_not_closed()
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence != io.SEEK_SET:
            raise ValueError('Seek from end not supported')
        if self.mode == WRITE:
            if offset < self._pos:
                raise OSError('Negative seek in write mode')
            self.write(b'\x00' * (offset - self._pos))
        else:
            if offset < self._pos:
                self.rewind()
            while self._pos < offset:
                if not self.read(min(_CHUNK, offset - self._pos)):
                    break
        return self._pos

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None,
         newline=None):
    """Open a gzip file in binary or text mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError(f"Invalid mode: {mode!r}")
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if 't' in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip-compressed bytes."""
    if mtime is None:
        mtime = time.time()
    c = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
    body = c.compress(data) + c.flush()
    return (_header(compresslevel, mtime) + body +
            struct.pack('<LL', zlib.crc32(data), len(memoryview(data).cast('B')) & 0xFFFFFFFF))


def decompress(data):
    """Decompress a gzip stream of one or more members."""
    data = bytes(data)
    reader = _MemberReader(io.BytesIO(data).read)
    return reader.take(-1)
