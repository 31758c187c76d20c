"""Codec registry and base classes.

A codec turns objects into other objects (usually str into bytes and back). Codecs are
found by name through search functions (see register and lookup); the standard ones
live in the encodings package. This module adds the base classes codecs are built
from (Codec, incremental encoders and decoders, stream readers and writers) and the
convenience functions over the registry (getencoder, iterencode, open, EncodedFile, ...).
"""

import builtins
import sys

from _codecs import *
from _codecs import _forget_codec

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE',
           'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16',
           'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE',
           'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'StreamRecoder',
           'getencoder', 'getdecoder', 'getincrementalencoder', 'getincrementaldecoder',
           'getreader', 'getwriter', 'encode', 'decode', 'iterencode', 'iterdecode',
           'strict_errors', 'ignore_errors', 'replace_errors', 'xmlcharrefreplace_errors',
           'backslashreplace_errors', 'namereplace_errors', 'register_error',
           'lookup_error']

# Byte order marks.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = BOM32_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = BOM32_BE = b'\xfe\xff'
BOM_UTF32_LE = BOM64_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = BOM64_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


class CodecInfo(tuple):
    """What lookup() returns for a codec.

    Indexing gives (encode, decode, streamreader, streamwriter); the name and the
    incremental classes are reachable as attributes only."""

    # False for codecs such as 'hex' that str.encode and bytes.decode refuse.
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = super().__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode, info.decode = encode, decode
        info.streamreader, info.streamwriter = streamreader, streamwriter
        info.incrementalencoder, info.incrementaldecoder = (
            incrementalencoder, incrementaldecoder)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} object for encoding {self.name} '
                f'at {id(self):#x}>')


class Codec:
    """Stateless encoder and decoder: encode and decode return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        """Encode input and return (output object, length consumed)."""
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        """Decode input and return (output object, length consumed)."""
        raise NotImplementedError


class IncrementalEncoder:
    """Encoder fed in pieces; keeps whatever state it needs between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        """Encode input and return the output so far."""
        raise NotImplementedError

    def reset(self):
        """Reset the encoder to its initial state."""

    def getstate(self):
        """Return the current state of the encoder (an int)."""
        return 0

    def setstate(self, state):
        """Set the encoder's state from getstate()'s result."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """Incremental encoder that keeps the input it could not encode yet in a buffer."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = ''

    def _buffer_encode(self, input, errors, final):
        # Return (output, length of input consumed).
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:
    """Decoder fed in pieces; keeps whatever state it needs between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        """Decode input and return the output so far."""
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to its initial state."""

    def getstate(self):
        """Return (pending input bytes, additional state as an int)."""
        return (b'', 0)

    def setstate(self, state):
        """Set the decoder's state from getstate()'s result."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Incremental decoder that keeps undecoded input (an incomplete sequence) in a
    buffer until more arrives."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        # Return (output, length of input consumed).
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _StreamBase(Codec):
    # What stream wrappers share: attribute access and closing go to the stream.

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError(f"can't serialize {type(self).__name__}")


class StreamWriter(_StreamBase):
    """Writes encoded data to a stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Encode object and write it to the stream."""
        encoded = self.encode(object, self.errors)[0]
        self.stream.write(encoded)

    def writelines(self, list):
        """Write the concatenated strings of list to the stream."""
        self.write(''.join(list))

    def reset(self):
        """Clear the encoder's state so that output starts afresh."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(_StreamBase):
    """Reads and decodes data from a stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        # An empty str (or whatever charbuffertype a subclass picks).
        empty = self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = empty
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _fill(self, size, firstline=False):
        # Read up to size bytes (all for size < 0) and decode them onto charbuffer.
        # False at the end of the stream.
        newdata = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + newdata
        if not data:
            return False
        try:
            newchars, used = self.decode(data, self.errors)
        except UnicodeDecodeError as exc:
            # Reading one line: give the lines before a bad byte first.
            if not firstline:
                raise
            newchars, used = self.decode(data[:exc.start], self.errors)
            if len(newchars.splitlines(keepends=True)) <= 1:
                raise
        self.bytebuffer = data[used:]
        self.charbuffer += newchars
        return bool(newdata)

    def read(self, size=-1, chars=-1, firstline=False):
        """Decode data from the stream and return it.

        chars: how many characters to return (all when negative); size: roughly how many
        bytes to read from the stream at a time (everything when negative); firstline:
        on a decoding error, return the first line if it decoded cleanly."""
        self._unsplit_lines()
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._fill(size, firstline):
                break
        buffered = self.charbuffer
        if chars < 0:
            chars = len(buffered)
        self.charbuffer = buffered[chars:]
        return buffered[:chars]

    def readline(self, size=None, keepends=True):
        """Read one line from the stream. With size, a single read of at most size
        characters is made, so the line may come back incomplete."""
        self._unsplit_lines()
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(size=readsize, firstline=True)
            # A final '\r' may be the start of '\r\n'.
            if isinstance(data, str) and data.endswith('\r'):
                data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                first = lines[0]
                if len(lines) > 1:
                    self.charbuffer = line[len(first):] + self.charbuffer
                    return first if keepends else first.splitlines()[0]
                stripped = first.splitlines()[0]
                if stripped != first:
                    return first if keepends else stripped
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines()[0]
                return line
            if readsize < 8000:
                readsize *= 2

    def _unsplit_lines(self):
        # Put lines split off earlier back in front of the character buffer.
        if self.linebuffer:
            pending, self.linebuffer = self.linebuffer, None
            self.charbuffer = self._empty_charbuffer.join(pending)

    def readlines(self, sizehint=None, keepends=True):
        """Read all lines of the stream and return them as a list."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Drop buffered data, so that reading starts afresh (after a seek)."""
        self.bytebuffer, self.linebuffer, self.charbuffer = (
            b'', None, self._empty_charbuffer)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


class _StreamPair(_StreamBase):
    # What StreamReaderWriter and StreamRecoder share: a reader and a writer over one
    # stream.

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def __iter__(self):
        return self

    def reset(self):
        self.reader.reset()
        self.writer.reset()


class StreamReaderWriter(_StreamPair):
    """Wraps a stream with a reader and a writer of one codec."""

    encoding = 'unknown'

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()


class StreamRecoder(_StreamPair):
    """Translates data between two encodings: the stream holds the file encoding
    (read and written by Reader and Writer), callers see the data encoding (converted
    with encode and decode)."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        super().__init__(stream, Reader, Writer, errors)
        self.encode = encode
        self.decode = decode

    def read(self, size=-1):
        return self.encode(self.reader.read(size), self.errors)[0]

    def readline(self, size=None):
        line = self.reader.readline() if size is None else self.reader.readline(size)
        return self.encode(line, self.errors)[0]

    def readlines(self, sizehint=None):
        data = self.encode(self.reader.read(), self.errors)[0]
        return data.splitlines(keepends=True)

    def __next__(self):
        return self.encode(next(self.reader), self.errors)[0]

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.writer.write(self.decode(b''.join(list), self.errors)[0])

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        self.writer.reset()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file and return a StreamReaderWriter over it.

    The file is always opened in binary mode when an encoding is given; without one,
    this is the builtin open()."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    raw = builtins.open(filename, mode, buffering)
    if encoding is None:
        return raw
    try:
        info = lookup(encoding)
        wrapper = StreamReaderWriter(raw, info.streamreader, info.streamwriter, errors)
        wrapper.encoding = encoding
        return wrapper
    except:
        raw.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a StreamRecoder that reads and writes data_encoding while the file
    holds file_encoding (the same when not given)."""
    if file_encoding is None:
        file_encoding = data_encoding
    outer = lookup(data_encoding)
    inner = lookup(file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode,
                            inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def getencoder(encoding):
    """Return the encoder function of the codec for encoding."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Return the decoder function of the codec for encoding."""
    return lookup(encoding).decode


def _incremental(encoding, attribute):
    factory = getattr(lookup(encoding), attribute)
    if factory is None:
        raise LookupError(encoding)
    return factory


def getincrementalencoder(encoding):
    """Return the IncrementalEncoder class of the codec for encoding; LookupError when
    the codec has none."""
    return _incremental(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    """Return the IncrementalDecoder class of the codec for encoding; LookupError when
    the codec has none."""
    return _incremental(encoding, 'incrementaldecoder')


def getreader(encoding):
    """Return the StreamReader class of the codec for encoding."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """Return the StreamWriter class of the codec for encoding."""
    return lookup(encoding).streamwriter


def _feed(step, iterator, empty):
    # The non-empty outputs of step for each piece of iterator, then for the end.
    for piece in iterator:
        out = step(piece)
        if out:
            yield out
    out = step(empty, True)
    if out:
        yield out


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator incrementally, yielding the non-empty outputs."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from _feed(encoder.encode, iterator, '')


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes of iterator incrementally, yielding the non-empty outputs."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from _feed(decoder.decode, iterator, b'')


def make_identity_dict(rng):
    """Return a dict mapping each item of rng to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map; a target reached from several keys maps to None."""
    result = {}
    for key, value in decoding_map.items():
        result[value] = None if value in result else key
    return result
