"""The standard codecs: text encodings over the interpreter's core codecs, and the
bytes-to-bytes (hex, base64, zlib) and str-to-str (rot-13) codecs.

CODECS maps a codec name (as encodings.aliases produces it) to a function building
its CodecInfo.
"""

import codecs
import sys
from codecs import (Codec as _Codec, IncrementalEncoder as _IncEncoder,
                    IncrementalDecoder as _IncDecoder,
                    BufferedIncrementalDecoder as _BufDecoder,
                    StreamReader as _Reader, StreamWriter as _Writer)

CODECS = {}


def _register(module):
    def add(build):
        def build_named():
            info = build()
            # The codec classes present themselves as encodings.<module>.<class>.
            for cls in info[2:] + (info.incrementalencoder, info.incrementaldecoder):
                if isinstance(cls, type) and cls.__module__ == __name__:
                    cls.__module__ = 'encodings.' + module
                    cls.__qualname__ = cls.__name__
            return info
        CODECS[module] = build_named
        return build
    return add


def _final(decode):
    # The stateless decoder of a codec whose primitive has a `final` flag.
    def wrapper(input, errors='strict'):
        return decode(input, errors, True)
    wrapper.__name__ = wrapper.__qualname__ = 'decode'
    return wrapper


def _text_codec(name, encode, decode, buffered=True):
    """CodecInfo of a stateless text codec built from its (result, length) functions.

    buffered: decode takes a `final` flag and may hold back an incomplete sequence."""
    stateless_decode = _final(decode) if buffered else decode

    class Codec(_Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return stateless_decode(input, errors)

    class IncrementalEncoder(_IncEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    if buffered:
        class IncrementalDecoder(_BufDecoder):
            def _buffer_decode(self, input, errors, final):
                return decode(input, errors, final)

        class StreamReader(Codec, _Reader):
            def decode(self, input, errors='strict'):
                return decode(input, errors, False)
    else:
        class IncrementalDecoder(_IncDecoder):
            def decode(self, input, final=False):
                return decode(input, self.errors)[0]

        class StreamReader(Codec, _Reader):
            pass

    class StreamWriter(Codec, _Writer):
        pass

    return codecs.CodecInfo(name=name, encode=encode, decode=stateless_decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)


def _add_text_codec(module, name, buffered=True):
    # Register the codec built by _text_codec from codecs.<module>_encode and
    # codecs.<module>_decode (looked up when the codec is first built).
    @_register(module)
    def build():
        return _text_codec(name, getattr(codecs, module + '_encode'),
                           getattr(codecs, module + '_decode'), buffered)


for _args in (('utf_8', 'utf-8'), ('ascii', 'ascii', False),
              ('latin_1', 'iso8859-1', False), ('utf_16_le', 'utf-16-le'),
              ('utf_16_be', 'utf-16-be'), ('utf_32_le', 'utf-32-le'),
              ('utf_32_be', 'utf-32-be'), ('unicode_escape', 'unicode-escape'),
              ('raw_unicode_escape', 'raw-unicode-escape'), ('utf_7', 'utf-7')):
    _add_text_codec(*_args)
del _args


class _SettlingReader(_Reader):
    # A reader whose first decode settles how the input starts and then puts a plain
    # decoder in its place on the instance; reset takes that away again.

    def reset(self):
        super().reset()
        try:
            del self.decode
        except AttributeError:
            pass


def _bom_codec(bits):
    """UTF-16 or UTF-32 with a byte order mark: written once at the start of the
    output, and required at the start of incremental or stream input (its order is
    then used for the rest)."""
    name = f'utf-{bits}'
    size = bits // 8
    encode_bom = getattr(codecs, f'utf_{bits}_encode')
    decode_bom = getattr(codecs, f'utf_{bits}_decode')
    ex_decode = getattr(codecs, f'utf_{bits}_ex_decode')
    encode_le = getattr(codecs, f'utf_{bits}_le_encode')
    encode_be = getattr(codecs, f'utf_{bits}_be_encode')
    decode_le = getattr(codecs, f'utf_{bits}_le_decode')
    decode_be = getattr(codecs, f'utf_{bits}_be_decode')
    native_encode = encode_le if sys.byteorder == 'little' else encode_be

    decode = _final(decode_bom)

    def detect(input, errors, final):
        # (output, consumed, decoder for the rest); decoder None while undecided.
        output, consumed, order = ex_decode(input, errors, 0, final)
        if order == -1:
            return output, consumed, decode_le
        if order == 1:
            return output, consumed, decode_be
        if len(input) >= size:
            raise UnicodeDecodeError(name, input, 0, size, 'Stream does not start with BOM')
        return output, consumed, None

    class IncrementalEncoder(_IncEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                result = encode_bom(input, self.errors)[0]
                self.encoder = native_encode
                return result
            return self.encoder(input, self.errors)[0]

        def reset(self):
            super().reset()
            self.encoder = None

        def getstate(self):
            # 2: the byte order mark is still to be written.
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else native_encode

    class IncrementalDecoder(_BufDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is None:
                output, consumed, self.decoder = detect(input, errors, final)
                return output, consumed
            return self.decoder(input, errors, final)

        def reset(self):
            super().reset()
            self.decoder = None

        def getstate(self):
            # Additional state: 2 before the mark is read, else 0 (little) / 1 (big).
            if self.decoder is None:
                return (self.buffer, 2)
            return (self.buffer, int(self.decoder is decode_be))

        def setstate(self, state):
            super().setstate(state)
            flag = state[1]
            self.decoder = None if flag == 2 else decode_be if flag else decode_le

    class StreamWriter(_Writer):
        def __init__(self, stream, errors='strict'):
            super().__init__(stream, errors)
            self.encoder = None

        def reset(self):
            super().reset()
            self.encoder = None

        def encode(self, input, errors='strict'):
            if self.encoder is None:
                result = encode_bom(input, errors)
                self.encoder = native_encode
                return result
            return self.encoder(input, errors)

    class StreamReader(_SettlingReader):
        def decode(self, input, errors='strict'):
            output, consumed, decoder = detect(input, errors, False)
            if decoder is not None:
                self.decode = decoder
            return output, consumed

    return codecs.CodecInfo(name=name, encode=encode_bom, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)


@_register('utf_16')
def _utf_16():
    return _bom_codec(16)


@_register('utf_32')
def _utf_32():
    return _bom_codec(32)


@_register('utf_8_sig')
def _utf_8_sig():
    """UTF-8 with a leading BOM: written at the start of the output, skipped at the
    start of the input when present."""
    bom = codecs.BOM_UTF8

    def encode(input, errors='strict'):
        return bom + codecs.utf_8_encode(input, errors)[0], len(input)

    def decode(input, errors='strict'):
        skip = 3 if input[:3] == bom else 0
        output, consumed = codecs.utf_8_decode(input[skip:], errors, True)
        return output, consumed + skip

    def decode_first(input, errors, final):
        # (output, consumed, done): done once the BOM question is settled.
        if len(input) < 3 and bom.startswith(input) and not final:
            return '', 0, False
        skip = 3 if input[:3] == bom else 0
        output, consumed = codecs.utf_8_decode(input[skip:], errors, final)
        return output, consumed + skip, True

    class IncrementalEncoder(_IncEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.first = 1

        def encode(self, input, final=False):
            if self.first:
                self.first = 0
                return encode(input, self.errors)[0]
            return codecs.utf_8_encode(input, self.errors)[0]

        def reset(self):
            super().reset()
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class IncrementalDecoder(_BufDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                output, consumed, done = decode_first(input, errors, final)
                if done:
                    self.first = 0
                return output, consumed
            return codecs.utf_8_decode(input, errors, final)

        def reset(self):
            super().reset()
            self.first = 1

        def getstate(self):
            return (self.buffer, self.first)

        def setstate(self, state):
            super().setstate(state)
            self.first = state[1]

    class StreamWriter(_Writer):
        def reset(self):
            super().reset()
            try:
                del self.encode
            except AttributeError:
                pass

        def encode(self, input, errors='strict'):
            self.encode = codecs.utf_8_encode
            return encode(input, errors)

    class StreamReader(_SettlingReader):
        def decode(self, input, errors='strict'):
            output, consumed, done = decode_first(input, errors, False)
            if done:
                self.decode = codecs.utf_8_decode
            return output, consumed

    return codecs.CodecInfo(name='utf-8-sig', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)


@_register('charmap')
def _charmap():
    """The charmap codec: with no mapping it is Latin-1; codec classes built on it
    pass their own mapping."""

    class Codec(_Codec):
        def encode(self, input, errors='strict'):
            return codecs.charmap_encode(input, errors)

        def decode(self, input, errors='strict'):
            return codecs.charmap_decode(input, errors)

    class IncrementalEncoder(_IncEncoder):
        def __init__(self, errors='strict', mapping=None):
            super().__init__(errors)
            self.mapping = mapping

        def encode(self, input, final=False):
            return codecs.charmap_encode(input, self.errors, self.mapping)[0]

    class IncrementalDecoder(_IncDecoder):
        def __init__(self, errors='strict', mapping=None):
            super().__init__(errors)
            self.mapping = mapping

        def decode(self, input, final=False):
            return codecs.charmap_decode(input, self.errors, self.mapping)[0]

    class StreamWriter(Codec, _Writer):
        def __init__(self, stream, errors='strict', mapping=None):
            super().__init__(stream, errors)
            self.mapping = mapping

        def encode(self, input, errors='strict'):
            return codecs.charmap_encode(input, errors, self.mapping)

    class StreamReader(Codec, _Reader):
        def __init__(self, stream, errors='strict', mapping=None):
            super().__init__(stream, errors)
            self.mapping = mapping

        def decode(self, input, errors='strict'):
            return codecs.charmap_decode(input, errors, self.mapping)

    return codecs.CodecInfo(name='charmap', encode=codecs.charmap_encode,
                            decode=codecs.charmap_decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)


@_register('undefined')
def _undefined():
    """A codec that refuses everything (to switch off implicit conversions)."""

    def refuse(input, errors='strict'):
        raise UnicodeError('undefined encoding')

    class Codec(_Codec):
        def encode(self, input, errors='strict'):
            return refuse(input, errors)

        def decode(self, input, errors='strict'):
            return refuse(input, errors)

    class IncrementalEncoder(_IncEncoder):
        def encode(self, input, final=False):
            return refuse(input)

    class IncrementalDecoder(_IncDecoder):
        def decode(self, input, final=False):
            return refuse(input)

    class StreamWriter(Codec, _Writer):
        pass

    class StreamReader(Codec, _Reader):
        pass

    return codecs.CodecInfo(name='undefined', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)


def _transform_codec(name, encode_all, decode_all, incremental=None, text=False):
    """CodecInfo of a non-text codec from whole-input functions; errors must be
    'strict'. incremental: optional (encoder, decoder) classes with state."""

    def check(errors):
        assert errors == 'strict'

    def encode(input, errors='strict'):
        check(errors)
        return encode_all(input), len(input)

    def decode(input, errors='strict'):
        check(errors)
        return decode_all(input), len(input)

    encode.__name__ = encode.__qualname__ = name.replace('-', '_') + '_encode'
    decode.__name__ = decode.__qualname__ = name.replace('-', '_') + '_decode'

    class Codec(_Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    if incremental is None:
        class IncrementalEncoder(_IncEncoder):
            def encode(self, input, final=False):
                check(self.errors)
                return encode_all(input)

        class IncrementalDecoder(_IncDecoder):
            def decode(self, input, final=False):
                check(self.errors)
                return decode_all(input)
    else:
        IncrementalEncoder, IncrementalDecoder = incremental

    class StreamWriter(Codec, _Writer):
        charbuffertype = str if text else bytes

    class StreamReader(Codec, _Reader):
        charbuffertype = str if text else bytes

    return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter,
                            _is_text_encoding=False)


@_register('hex_codec')
def _hex():
    import binascii
    return _transform_codec('hex', binascii.b2a_hex, binascii.a2b_hex)


@_register('base64_codec')
def _base64():
    import base64
    return _transform_codec('base64', base64.encodebytes, base64.decodebytes)


@_register('zlib_codec')
def _zlib():
    import zlib

    class IncrementalEncoder(_IncEncoder):
        def __init__(self, errors='strict'):
            assert errors == 'strict'
            super().__init__(errors)
            self.compressobj = zlib.compressobj()

        def encode(self, input, final=False):
            c = self.compressobj
            out = c.compress(input)
            return out + c.flush() if final else out

        def reset(self):
            self.compressobj = zlib.compressobj()

    new_decompressor = zlib.decompressobj

    class IncrementalDecoder(_IncDecoder):
        def __init__(self, errors='strict'):
            assert errors == 'strict'
            super().__init__(errors)
            self.decompressobj = new_decompressor()

        def decode(self, input, final=False):
            d = self.decompressobj
            out = d.decompress(input)
            return out + d.flush() if final else out

        def reset(self):
            self.decompressobj = new_decompressor()

    return _transform_codec('zlib', zlib.compress, zlib.decompress,
                            (IncrementalEncoder, IncrementalDecoder))


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


@_register('rot_13')
def _rot_13():
    def rot13(input):
        return str.translate(input, _ROT13)

    def encode(input, errors='strict'):
        return rot13(input), len(input)

    encode.__name__ = encode.__qualname__ = 'encode'
    info = _transform_codec('rot-13', rot13, rot13, text=True)
    return codecs.CodecInfo(name='rot-13', encode=encode, decode=encode,
                            incrementalencoder=info.incrementalencoder,
                            incrementaldecoder=info.incrementaldecoder,
                            streamreader=info.streamreader, streamwriter=info.streamwriter,
                            _is_text_encoding=False)


# ---------------------------------------------------------------------------------------
# The 8-bit codecs, each defined by the 256 characters its bytes decode to.

def _charmap_table_codec(name, decoding_table):
    """CodecInfo of a single-byte codec: decoding looks each byte up in decoding_table,
    encoding uses the inverse table charmap_build makes of it. Errors are reported as
    the 'charmap' codec's."""
    inverse = codecs.charmap_build(decoding_table)

    class Codec(_Codec):
        def encode(self, input, errors='strict'):
            return codecs.charmap_encode(input, errors, inverse)

        def decode(self, input, errors='strict'):
            return codecs.charmap_decode(input, errors, decoding_table)

    class IncrementalEncoder(_IncEncoder):
        def encode(self, input, final=False):
            return codecs.charmap_encode(input, self.errors, inverse)[0]

    class IncrementalDecoder(_IncDecoder):
        def decode(self, input, final=False):
            return codecs.charmap_decode(input, self.errors, decoding_table)[0]

    class StreamWriter(Codec, _Writer):
        pass

    class StreamReader(Codec, _Reader):
        pass

    return codecs.CodecInfo(name=name, encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)


def charmap_tables(module):
    """(decoding table, encoding table) of the 8-bit codec `module` (e.g. 'cp1252')."""
    from . import _charmaps
    table = _charmaps.TABLES[module][1]
    return table, codecs.charmap_build(table)


def _add_charmap_codecs():
    from . import _charmaps

    def builder(module):
        @_register(module)
        def build():
            name, table = _charmaps.TABLES[module]
            return _charmap_table_codec(name, table)

    for module in _charmaps.TABLES:
        builder(module)


_add_charmap_codecs()


# ---------------------------------------------------------------------------------------
# More bytes-to-bytes codecs.

@_register('quopri_codec')
def _quopri():
    import quopri

    def encode_all(input):
        return quopri.encodestring(bytes(input), quotetabs=True)

    def decode_all(input):
        return quopri.decodestring(bytes(input))

    return _transform_codec('quopri', encode_all, decode_all)


@_register('uu_codec')
def _uu():
    import binascii

    def encode_all(input, filename='<data>', mode=0o666):
        data = bytes(input)
        filename = filename.replace('\n', '\\n').replace('\r', '\\r')
        lines = [f'begin {mode & 0o777:o} {filename}\n'.encode('ascii')]
        for i in range(0, len(data), 45):
            lines.append(binascii.b2a_uu(data[i:i + 45]))
        lines.append(b' \nend\n')
        return b''.join(lines)

    def decode_all(input):
        # Lines end at b'\n' only (a final line may lack it).
        lines = bytes(input).split(b'\n')
        lines = [line + b'\n' for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
        i = 0
        while i < len(lines) and lines[i][:5] != b'begin':
            i += 1
        if i == len(lines):
            raise ValueError('Missing "begin" line in input data')
        out = []
        for line in lines[i + 1:]:
            if line == b'end\n':
                break
            try:
                out.append(binascii.a2b_uu(line))
            except binascii.Error:
                # Some encoders pad lines wrongly: decode the bytes the length
                # character announces.
                count = (((line[0] - 32) & 63) * 4 + 5) // 3
                out.append(binascii.a2b_uu(line[:count]))
        else:
            raise ValueError('Truncated input data')
        return b''.join(out)

    return _transform_codec('uu', encode_all, decode_all)


@_register('bz2_codec')
def _bz2():
    try:
        import bz2
    except ImportError:
        raise NotImplementedError("the 'bz2_codec' codec is not available in Weft: "
                                  "it needs the bz2 module") from None
    new_compressor = bz2.BZ2Compressor
    new_decompressor = bz2.BZ2Decompressor

    class IncrementalEncoder(_IncEncoder):
        def __init__(self, errors='strict'):
            assert errors == 'strict'
            super().__init__(errors)
            self.compressobj = new_compressor()

        def encode(self, input, final=False):
            out = self.compressobj.compress(input)
            if final:
                out += self.compressobj.flush()
            return out

        def reset(self):
            self.compressobj = new_compressor()

    class IncrementalDecoder(_IncDecoder):
        def __init__(self, errors='strict'):
            assert errors == 'strict'
            super().__init__(errors)
            self.decompressobj = new_decompressor()

        def decode(self, input, final=False):
            try:
                return self.decompressobj.decompress(input)
            except EOFError:
                return b''

        def reset(self):
            self.decompressobj = new_decompressor()

    return _transform_codec('bz2', bz2.compress, bz2.decompress,
                            (IncrementalEncoder, IncrementalDecoder))


# ---------------------------------------------------------------------------------------
# Codecs that live in modules of their own.

@_register('punycode')
def _punycode():
    from . import punycode
    return punycode.getregentry()


@_register('idna')
def _idna():
    from . import idna
    return idna.getregentry()
