# wave: read and write uncompressed (PCM) WAV audio files.

from collections import namedtuple
import builtins
import struct
import sys

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001
WAVE_FORMAT_EXTENSIBLE = 0xFFFE
# the PCM sub-format GUID, in its little-endian byte layout
KSDATAFORMAT_SUBTYPE_PCM = bytes.fromhex('01000000' '0000' '1000'
                                         '800000aa00389b71')

_array_fmts = None, 'b', 'h', None, 'i'

_wave_params = namedtuple('_wave_params', ['nchannels', 'sampwidth',
                                           'framerate', 'nframes',
                                           'comptype', 'compname'])


def _deprecated(name):
    import warnings
    warnings.warn(f"{name!r} is deprecated and slated for removal in Python 3.15",
                  DeprecationWarning, stacklevel=3)


def _byteswap(data, width):
    # reverse the byte order of every width-byte sample
    out = bytearray(len(data))
    for start in range(width):
        out[width - 1 - start::width] = data[start::width]
    return bytes(out)


class _Chunk:
    # One RIFF chunk: a 4-byte id, a 4-byte size and the data (padded to an
    # even length when align is true).
    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        self.closed = False
        self.align = align
        self.file = file
        self.chunkname = file.read(4)
        if len(self.chunkname) < 4:
            raise EOFError
        try:
            self.chunksize = struct.unpack_from('>L' if bigendian else '<L',
                                                file.read(4))[0]
        except struct.error:
            raise EOFError from None
        if inclheader:
            self.chunksize -= 8
        self.size_read = 0
        try:
            self.offset = self.file.tell()
        except (AttributeError, OSError):
            self.seekable = False
        else:
            self.seekable = True

    def getname(self):
        return self.chunkname

    def close(self):
        if not self.closed:
            try:
                self.skip()
            finally:
                self.closed = True

    def seek(self, pos, whence=0):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if not self.seekable:
            raise OSError("cannot seek")
        if whence == 1:
            pos += self.size_read
        elif whence == 2:
            pos += self.chunksize
        if pos < 0 or pos > self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + pos, 0)
        self.size_read = pos

    def tell(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self.size_read

    def read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        left = self.chunksize - self.size_read
        if left <= 0:
            return b''
        if size < 0 or size > left:
            size = left
        data = self.file.read(size)
        self.size_read += len(data)
        if self.size_read == self.chunksize and self.align and (self.chunksize & 1):
            pad = self.file.read(1)
            self.size_read += len(pad)
        return data

    def skip(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if self.seekable:
            try:
                n = self.chunksize - self.size_read
                if self.align and (self.chunksize & 1):
                    n += 1
                self.file.seek(n, 1)
                self.size_read += n
                return
            except OSError:
                pass
        while self.size_read < self.chunksize:
            got = self.read(min(8192, self.chunksize - self.size_read))
            if not got:
                raise EOFError


class Wave_read:
    """Reader for a WAV file, returned by wave.open(f, 'rb')."""

    def initfp(self, file):
        self._convert = None
        self._soundpos = 0
        self._file = _Chunk(file, bigendian=0)
        if self._file.getname() != b'RIFF':
            raise Error('file does not start with RIFF id')
        if self._file.read(4) != b'WAVE':
            raise Error('not a WAVE file')
        self._fmt_chunk_read = 0
        self._data_chunk = None
        while True:
            self._data_seek_needed = 1
            try:
                chunk = _Chunk(self._file, bigendian=0)
            except EOFError:
                break
            name = chunk.getname()
            if name == b'fmt ':
                self._read_fmt_chunk(chunk)
                self._fmt_chunk_read = 1
            elif name == b'data':
                if not self._fmt_chunk_read:
                    raise Error('data chunk before fmt chunk')
                self._data_chunk = chunk
                self._nframes = divmod(chunk.chunksize, self._framesize)[0]
                self._data_seek_needed = 0
                break
            chunk.skip()
        if not self._fmt_chunk_read or not self._data_chunk:
            raise Error('fmt chunk and/or data chunk missing')

    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = builtins.open(f, 'rb')
            self._i_opened_the_file = f
        try:
            self.initfp(f)
        except:
            if self._i_opened_the_file:
                f.close()
            raise

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._data_seek_needed = 1
        self._soundpos = 0

    def close(self):
        self._file = None
        f = self._i_opened_the_file
        if f:
            self._i_opened_the_file = None
            f.close()

    def tell(self):
        return self._soundpos

    def getnchannels(self):
        return self._nchannels

    def getnframes(self):
        return self._nframes

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        return _wave_params(self.getnchannels(), self.getsampwidth(),
                            self.getframerate(), self.getnframes(),
                            self.getcomptype(), self.getcompname())

    def getmarkers(self):
        _deprecated("Wave_read.getmarkers")
        return None

    def getmark(self, id):
        _deprecated("Wave_read.getmark")
        raise Error('no marks')

    def setpos(self, pos):
        if pos < 0 or pos > self._nframes:
            raise Error('position not in range')
        self._soundpos = pos
        self._data_seek_needed = 1

    def readframes(self, nframes):
        if self._data_seek_needed:
            self._data_chunk.seek(0, 0)
            offset = self._soundpos * self._framesize
            if offset:
                self._data_chunk.seek(offset, 0)
            self._data_seek_needed = 0
        if nframes == 0:
            return b''
        width = self._sampwidth
        frame_bytes = self._framesize
        raw = self._data_chunk.read(frame_bytes * nframes)
        if width > 1 and sys.byteorder == 'big':
            raw = _byteswap(raw, width)
        if raw and self._convert:
            raw = self._convert(raw)
        self._soundpos += len(raw) // (width * self._nchannels)
        return raw

    def _read_fmt_chunk(self, chunk):
        try:
            (tag, self._nchannels, self._framerate, _bytes_per_sec,
             _block_align) = struct.unpack_from('<HHLLH', chunk.read(14))
        except struct.error:
            raise EOFError from None
        if tag != WAVE_FORMAT_PCM and tag != WAVE_FORMAT_EXTENSIBLE:
            raise Error('unknown format: %r' % (tag,))
        try:
            bits = struct.unpack_from('<H', chunk.read(2))[0]
        except struct.error:
            raise EOFError from None
        if tag == WAVE_FORMAT_EXTENSIBLE:
            try:
                struct.unpack_from('<HHL', chunk.read(8))
                subformat = chunk.read(16)
                if len(subformat) < 16:
                    raise EOFError
            except struct.error:
                raise EOFError from None
            if subformat != KSDATAFORMAT_SUBTYPE_PCM:
                try:
                    import uuid
                    msg = f'unknown extended format: {uuid.UUID(bytes_le=subformat)}'
                except Exception:
                    msg = 'unknown extended format'
                raise Error(msg)
        self._sampwidth = -(-bits // 8)
        if not self._sampwidth:
            raise Error('bad sample width')
        if not self._nchannels:
            raise Error('bad # of channels')
        self._framesize = self._sampwidth * self._nchannels
        self._comptype = 'NONE'
        self._compname = 'not compressed'


class Wave_write:
    """Writer for a WAV file, returned by wave.open(f, 'wb')."""

    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = builtins.open(f, 'wb')
            self._i_opened_the_file = f
        try:
            self.initfp(f)
        except:
            if self._i_opened_the_file:
                f.close()
            raise

    def initfp(self, file):
        self._file = file
        self._convert = None
        self._nchannels = 0
        self._sampwidth = 0
        self._framerate = 0
        self._nframes = 0
        self._nframeswritten = 0
        self._datawritten = 0
        self._datalength = 0
        self._headerwritten = False

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check_unstarted(self):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')

    def setnchannels(self, nchannels):
        self._check_unstarted()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise Error('number of channels not set')
        return self._nchannels

    def setsampwidth(self, sampwidth):
        self._check_unstarted()
        if sampwidth < 1 or sampwidth > 4:
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        if not self._sampwidth:
            raise Error('sample width not set')
        return self._sampwidth

    def setframerate(self, framerate):
        self._check_unstarted()
        if framerate <= 0:
            raise Error('bad frame rate')
        self._framerate = int(round(framerate))

    def getframerate(self):
        if not self._framerate:
            raise Error('frame rate not set')
        return self._framerate

    def setnframes(self, nframes):
        self._check_unstarted()
        self._nframes = nframes

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, comptype, compname):
        self._check_unstarted()
        if comptype not in ('NONE',):
            raise Error('unsupported compression type')
        self._comptype = comptype
        self._compname = compname

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def setparams(self, params):
        channels, width, rate, frames, ctype, cname = params
        self._check_unstarted()
        self.setnchannels(channels)
        self.setsampwidth(width)
        self.setframerate(rate)
        self.setnframes(frames)
        self.setcomptype(ctype, cname)

    def getparams(self):
        if not (self._nchannels and self._sampwidth and self._framerate):
            raise Error('not all parameters set')
        return _wave_params(*(getattr(self, '_' + field)
                              for field in _wave_params._fields))

    def setmark(self, id, pos, name):
        _deprecated("Wave_write.setmark")
        raise Error('setmark() not supported')

    def getmark(self, id):
        _deprecated("Wave_write.getmark")
        raise Error('no marks')

    def getmarkers(self):
        _deprecated("Wave_write.getmarkers")
        return None

    def tell(self):
        return self._nframeswritten

    def writeframesraw(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B')
        self._ensure_header_written(len(data))
        width = self._sampwidth
        frames = len(data) // (self._nchannels * width)
        if self._convert:
            data = self._convert(data)
        if width > 1 and sys.byteorder == 'big':
            data = _byteswap(data, width)
        self._file.write(data)
        self._datawritten += len(data)
        self._nframeswritten += frames

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._datalength != self._datawritten:
            self._patchheader()

    def close(self):
        try:
            if self._file:
                self._ensure_header_written(0)
                if self._datalength != self._datawritten:
                    self._patchheader()
                self._file.flush()
        finally:
            self._file = None
            f = self._i_opened_the_file
            if f:
                self._i_opened_the_file = None
                f.close()

    def _ensure_header_written(self, datasize):
        if not self._headerwritten:
            if not self._nchannels:
                raise Error('# channels not specified')
            if not self._sampwidth:
                raise Error('sample width not specified')
            if not self._framerate:
                raise Error('sampling rate not specified')
            self._write_header(datasize)

    def _write_header(self, initlength):
        out = self._file
        out.write(b'RIFF')
        frame_bytes = self._sampwidth * self._nchannels
        if not self._nframes:
            self._nframes = initlength // frame_bytes
        self._datalength = frame_bytes * self._nframes
        try:
            self._form_length_pos = out.tell()
        except (AttributeError, OSError):
            self._form_length_pos = None
        # RIFF size, then a 16-byte PCM fmt chunk, then the data header
        fmt_body = struct.pack('<HHLLHH', WAVE_FORMAT_PCM, self._nchannels,
                               self._framerate,
                               self._framerate * frame_bytes, frame_bytes,
                               8 * self._sampwidth)
        out.write(struct.pack('<L', self._datalength + 36) + b'WAVE' +
                  b'fmt ' + struct.pack('<L', len(fmt_body)) + fmt_body +
                  b'data')
        if self._form_length_pos is not None:
            self._data_length_pos = out.tell()
        out.write(struct.pack('<L', self._datalength))
        self._headerwritten = True

    def _patchheader(self):
        if self._datawritten == self._datalength:
            return
        f = self._file
        here = f.tell()
        f.seek(self._form_length_pos, 0)
        f.write(struct.pack('<L', 36 + self._datawritten))
        f.seek(self._data_length_pos, 0)
        f.write(struct.pack('<L', self._datawritten))
        f.seek(here, 0)
        self._datalength = self._datawritten


def open(f, mode=None):
    """Open a WAV file by name or file object; mode 'rb' or 'wb'."""
    if mode is None:
        if hasattr(f, 'mode'):
            mode = f.mode
        else:
            mode = 'rb'
    if mode in ('r', 'rb'):
        return Wave_read(f)
    elif mode in ('w', 'wb'):
        return Wave_write(f)
    else:
        raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
