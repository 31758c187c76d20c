"""Codec registry, error handler registry and the primitive codec functions.

The interpreter core knows a fixed set of encodings (UTF-8, ASCII, Latin-1, UTF-16,
UTF-32, unicode_escape, raw_unicode_escape) and the standard error handlers except
namereplace; str.encode and bytes.decode use that core directly. This module builds
the registry-based machinery on top of it:

* lookup/register/unregister keep the list of search functions and a cache of the
  CodecInfo objects they returned;
* register_error/lookup_error keep the error handlers; a handler written in Python is
  applied by running the core codec strictly and calling the handler at each error;
* utf_8_encode, utf_16_decode, ... are the (result, length) functions that codec
  classes are built from; the decoders take a `final` flag and hold back an incomplete
  sequence at the end of the input when it is false.
"""

import sys

__all__ = ['register', 'unregister', 'lookup', 'encode', 'decode', 'register_error',
           'lookup_error', 'strict_errors', 'ignore_errors', 'replace_errors',
           'backslashreplace_errors', 'xmlcharrefreplace_errors', 'namereplace_errors',
           'utf_8_encode', 'utf_8_decode', 'ascii_encode', 'ascii_decode', 'latin_1_encode',
           'latin_1_decode', 'utf_16_encode', 'utf_16_decode', 'utf_16_le_encode',
           'utf_16_le_decode', 'utf_16_be_encode', 'utf_16_be_decode', 'utf_16_ex_decode',
           'utf_32_encode', 'utf_32_decode', 'utf_32_le_encode', 'utf_32_le_decode',
           'utf_32_be_encode', 'utf_32_be_decode', 'utf_32_ex_decode', 'utf_7_encode',
           'utf_7_decode', 'unicode_escape_encode', 'unicode_escape_decode',
           'raw_unicode_escape_encode', 'raw_unicode_escape_decode', 'escape_encode',
           'escape_decode', 'charmap_encode', 'charmap_decode', 'charmap_build',
           'readbuffer_encode']


def _tname(obj):
    # Type name as argument errors show it ("None" for None).
    return 'None' if obj is None else type(obj).__name__


# ---------------------------------------------------------------------------------------
# Codec registry.

_search_functions = []
_cache = {}
_encodings_loaded = False


def _normalize(name, lower=True):
    # Every run of characters other than ASCII letters, digits and '.' becomes one
    # '_', dropped at either end; the letters are lower-cased unless lower is false
    # (encodings.normalize_encoding keeps their case).
    out = []
    pending = False
    for ch in name:
        if ch.isascii() and (ch.isalnum() or ch == '.'):
            if pending and out:
                out.append('_')
            pending = False
            out.append(ch)
        else:
            pending = True
    name = ''.join(out)
    return name.lower() if lower else name


def register(search_function, /):
    """Register a codec search function.

    Search functions are expected to take one argument, the encoding name in all lower
    case letters, and return a CodecInfo object (or None when they do not know it)."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache.

    Nothing happens when the function is not registered."""
    for i, f in enumerate(_search_functions):
        if f is search_function:
            del _search_functions[i]
            _cache.clear()
            return


def _load_encodings():
    # The standard codecs come from the encodings package, whose search function is
    # registered the first time a name is looked up, ahead of any user function.
    global _encodings_loaded
    if not _encodings_loaded:
        _encodings_loaded = True
        import encodings
        _search_functions.insert(0, encodings.search_function)


def lookup(encoding, /):
    """Look up a codec tuple in the codec registry and return a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {_tname(encoding)}')
    key = _normalize(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    _load_encodings()
    for search in list(_search_functions):
        found = search(key)
        if found is None:
            continue
        if not isinstance(found, tuple) or len(found) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _cache[key] = found
        return found
    raise LookupError(f'unknown encoding: {encoding}')


def _forget_codec(encoding, /):
    """Remove one encoding from the lookup cache."""
    _cache.pop(_normalize(encoding), None)


def _check_encoding_args(func, encoding, errors):
    if not isinstance(encoding, str):
        raise TypeError(f"{func}() argument 'encoding' must be str, not {_tname(encoding)}")
    if errors is not _NO_ERRORS and not isinstance(errors, str):
        raise TypeError(f"{func}() argument 'errors' must be str, not {_tname(errors)}")


_NO_ERRORS = object()


# What a CodecInfo's encoder (index 0) or decoder (index 1) must return.
_RESULT_SHAPE = ('encoder must return a tuple (object, integer)',
                 'decoder must return a tuple (object,integer)')


def _run_codec(info, which, obj, errors):
    # The object that the encoder (which=0) or decoder (which=1) of info makes of
    # obj. Without an explicit errors argument the codec function gets obj only.
    func = info[which]
    result = func(obj) if errors is _NO_ERRORS else func(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError(_RESULT_SHAPE[which])
    return result[0]


def encode(obj, encoding='utf-8', errors=_NO_ERRORS):
    """Encode obj using the codec registered for encoding.

    The default encoding is 'utf-8'. errors may be given to set a different error
    handling scheme: 'strict' (the default) raises a ValueError subclass on errors;
    other names are those registered with register_error."""
    _check_encoding_args('encode', encoding, errors)
    return _run_codec(lookup(encoding), 0, obj, errors)


def decode(obj, encoding='utf-8', errors=_NO_ERRORS):
    """Decode obj using the codec registered for encoding (see encode)."""
    _check_encoding_args('decode', encoding, errors)
    return _run_codec(lookup(encoding), 1, obj, errors)


def _text_codec(encoding, func):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError(f"{encoding!r} is not a text encoding; "
                          f"use codecs.{func}() to handle arbitrary codecs")
    return info


def _str_encode(text, encoding, errors):
    # str.encode for what the interpreter's own codecs do not handle.
    info = _text_codec(encoding, 'encode')
    encoded = _run_codec(info, 0, text, _NO_ERRORS if errors is None else errors)
    if not isinstance(encoded, bytes):
        if not isinstance(encoded, bytearray):
            raise TypeError(f"{encoding!r} encoder returned {_tname(encoded)!r} instead of "
                            f"'bytes'; use codecs.encode() to encode to arbitrary types")
        return bytes(encoded)
    return encoded


def _bytes_decode(data, encoding, errors):
    # bytes.decode for what the interpreter's own codecs do not handle.
    info = _text_codec(encoding, 'decode')
    decoded = _run_codec(info, 1, memoryview(data), _NO_ERRORS if errors is None else errors)
    if not isinstance(decoded, str):
        raise TypeError(f"{encoding!r} decoder returned {_tname(decoded)!r} instead of "
                        f"'str'; use codecs.decode() to decode to arbitrary types")
    return decoded


# ---------------------------------------------------------------------------------------
# Error handlers.

_UNICODE_ERRORS = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def _cannot_handle(exc):
    return TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exc, /):
    """Implement the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc, /):
    """Implement the 'ignore' error handling, which ignores malformed data and continues."""
    if isinstance(exc, _UNICODE_ERRORS):
        return ('', exc.end)
    raise _cannot_handle(exc)


def replace_errors(exc, /):
    """Implement the 'replace' error handling: '?' when encoding, U+FFFD otherwise."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _cannot_handle(exc)


def _escape_char(c):
    code = ord(c)
    if code < 0x100:
        return f'\\x{code:02x}'
    if code < 0x10000:
        return f'\\u{code:04x}'
    return f'\\U{code:08x}'


def backslashreplace_errors(exc, /):
    """Implement the 'backslashreplace' error handling: malformed data becomes a
    backslashed escape sequence."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        text = exc.object[exc.start:exc.end]
        return (''.join(_escape_char(c) for c in text), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        return (''.join(f'\\x{b:02x}' for b in data), exc.end)
    raise _cannot_handle(exc)


def xmlcharrefreplace_errors(exc, /):
    """Implement the 'xmlcharrefreplace' error handling: an unencodable character
    becomes the matching XML character reference."""
    if isinstance(exc, UnicodeEncodeError):
        text = exc.object[exc.start:exc.end]
        return (''.join(f'&#{ord(c)};' for c in text), exc.end)
    raise _cannot_handle(exc)


def namereplace_errors(exc, /):
    """Implement the 'namereplace' error handling: an unencodable character becomes a
    \\N{...} escape sequence (a backslashed escape when it has no name)."""
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        parts = []
        for c in exc.object[exc.start:exc.end]:
            try:
                parts.append('\\N{' + unicodedata.name(c) + '}')
            except ValueError:
                parts.append(_escape_char(c))
        return (''.join(parts), exc.end)
    raise _cannot_handle(exc)


def surrogateescape(exc, /):
    """Decode undecodable bytes (0x80..0xFF) as lone surrogates U+DC80..U+DCFF, and
    encode those surrogates back to the bytes."""
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        if any(b < 128 for b in data):
            raise exc
        return (''.join(chr(0xDC00 + b) for b in data), exc.end)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            code = ord(c)
            if not 0xDC80 <= code <= 0xDCFF:
                raise exc
            out.append(code - 0xDC00)
        return (bytes(out), exc.end)
    raise _cannot_handle(exc)


def _surrogate_unit(encoding):
    # (unit size, byte order) of the UTF codecs that can carry a lone surrogate.
    name = _normalize(encoding).replace('_', '')
    table = {'utf8': (1, None), 'utf16': (2, sys.byteorder), 'utf16le': (2, 'little'),
             'utf16be': (2, 'big'), 'utf32': (4, sys.byteorder), 'utf32le': (4, 'little'),
             'utf32be': (4, 'big')}
    return table.get(name)


def surrogatepass(exc, /):
    """Let the UTF codecs encode and decode lone surrogates."""
    if isinstance(exc, UnicodeEncodeError):
        unit = _surrogate_unit(exc.encoding)
        if unit is None:
            raise exc
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            code = ord(c)
            if not 0xD800 <= code <= 0xDFFF:
                raise exc
            if unit[0] == 1:
                out += bytes((0xE0 | (code >> 12), 0x80 | ((code >> 6) & 0x3F),
                              0x80 | (code & 0x3F)))
            else:
                out += code.to_bytes(unit[0], unit[1])
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        unit = _surrogate_unit(exc.encoding)
        if unit is None:
            raise exc
        data = exc.object
        start = exc.start
        if unit[0] == 1:
            chunk = data[start:start + 3]
            if (len(chunk) == 3 and chunk[0] & 0xF0 == 0xE0 and chunk[1] & 0xC0 == 0x80
                    and chunk[2] & 0xC0 == 0x80):
                code = ((chunk[0] & 0x0F) << 12) | ((chunk[1] & 0x3F) << 6) | (chunk[2] & 0x3F)
            else:
                code = 0
            size = 3
        else:
            chunk = data[start:start + unit[0]]
            code = int.from_bytes(chunk, unit[1]) if len(chunk) == unit[0] else 0
            size = unit[0]
        if not 0xD800 <= code <= 0xDFFF:
            raise exc
        return (chr(code), start + size)
    raise _cannot_handle(exc)


_builtin_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors, 'namereplace': namereplace_errors,
    'surrogateescape': surrogateescape, 'surrogatepass': surrogatepass,
}
_error_handlers = dict(_builtin_handlers)

# Handlers known by name to the codecs: they behave as the standard ones even when
# register_error replaced them. The core applies most of them itself (_core_errors).
_CORE_HANDLERS = frozenset(('strict', 'ignore', 'replace', 'backslashreplace',
                            'xmlcharrefreplace', 'surrogateescape', 'surrogatepass'))


def register_error(errors, handler, /):
    """Register an error handler under the name errors.

    handler is called with a UnicodeEncodeError, UnicodeDecodeError or
    UnicodeTranslateError and returns (replacement, new position)."""
    if not isinstance(errors, str):
        raise TypeError(f'register_error() argument 1 must be str, not {_tname(errors)}')
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[errors] = handler


def lookup_error(name, /):
    """Return the error handler registered under name; LookupError when there is none."""
    if not isinstance(name, str):
        raise TypeError(f'lookup_error() argument must be str, not {_tname(name)}')
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _handler(errors):
    if errors in _CORE_HANDLERS:
        return _builtin_handlers[errors]
    return lookup_error(errors)


def _core_errors(errors, core):
    # True when the core codec `core` can apply the handler `errors` itself.
    if errors not in _CORE_HANDLERS:
        return False
    if errors == 'surrogatepass':
        return core == 'utf-8'
    if errors == 'surrogateescape':
        return core not in _UNIT or core == 'utf-8'
    return True


def _errors_name(errors, func):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError(f'{func}() argument 2 must be str or None, not {_tname(errors)}')
    return errors


# Code unit size of the UTF core codecs (their replacements must be ASCII).
_UNIT = {'utf-8': 1, 'utf-16-le': 2, 'utf-16-be': 2, 'utf-32-le': 4, 'utf-32-be': 4}


def _index(value):
    if isinstance(value, int):
        return value
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted "
                        'as an integer') from None


def _position(newpos, length):
    pos = newpos + length if newpos < 0 else newpos
    if not 0 <= pos <= length:
        raise IndexError(f'position {newpos} from error handler out of bounds')
    return pos


# ---------------------------------------------------------------------------------------
# The encoding and decoding loops over the core codecs.

def _encode(core, text, errors, name=None):
    """Encode text with the core codec `core`; errors are reported under `name`."""
    if _core_errors(errors, core):
        try:
            return text.encode(core, errors)
        except UnicodeEncodeError as e:
            if name is None or name == e.encoding:
                raise
            raise UnicodeEncodeError(name, text, e.start, e.end, e.reason) from None
    out = []
    pos = 0
    handler = None
    while True:
        try:
            out.append(text[pos:].encode(core))
            break
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(text[pos:start].encode(core))
            exc = UnicodeEncodeError(name or e.encoding, text, start, end, e.reason)
        if handler is None:
            handler = _handler(errors)
        result = handler(exc)
        if (not isinstance(result, tuple) or len(result) != 2
                or not isinstance(result[0], (str, bytes))):
            raise TypeError('encoding error handler must return (str/bytes, int) tuple')
        replacement, newpos = result
        newpos = _index(newpos)
        unit = _UNIT.get(core, 0)
        if isinstance(replacement, str):
            # The UTF codecs take ASCII replacement text only.
            if unit and not replacement.isascii():
                raise exc
            try:
                replacement = replacement.encode(core)
            except UnicodeEncodeError:
                raise exc from None
        elif unit > 1 and len(replacement) % unit:
            raise exc
        out.append(replacement)
        pos = _position(newpos, len(text))
    return b''.join(out)


def _decode(core, data, errors, name=None, offset=0):
    """Decode data[offset:] with the core codec `core`; errors are reported under
    `name` with positions in the whole of data."""
    if _core_errors(errors, core):
        part = data[offset:] if offset else data
        try:
            return part.decode(core, errors)
        except UnicodeDecodeError as e:
            if (name is None or name == e.encoding) and not offset:
                raise
            raise UnicodeDecodeError(name or e.encoding, data, e.start + offset,
                                     e.end + offset, e.reason) from None
    out = []
    pos = offset
    handler = None
    while True:
        try:
            out.append(data[pos:].decode(core))
            break
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(core))
            exc = UnicodeDecodeError(name or e.encoding, data, start, end, e.reason)
        if handler is None:
            handler = _handler(errors)
        result = handler(exc)
        if (not isinstance(result, tuple) or len(result) != 2
                or not isinstance(result[0], str)):
            raise TypeError('decoding error handler must return (str, int) tuple')
        out.append(result[0])
        pos = _position(_index(result[1]), len(data))
    return ''.join(out)


def _str_arg(func, text):
    if not isinstance(text, str):
        raise TypeError(f'{func}() argument 1 must be str, not {_tname(text)}')


def _bytes_arg(data):
    # Any bytes-like object; the loops work on bytes.
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


# Length of an incomplete sequence at the end of data, kept back when not final.

def _tail_utf8(data):
    n = len(data)
    for k in range(1, min(3, n) + 1):
        b = data[n - k]
        if b < 0x80:
            return 0
        if b >= 0xC0:
            # ED A0..BF starts an encoded surrogate, which surrogatepass may accept.
            if b == 0xED and k == 2 and 0xA0 <= data[n - 1] <= 0xBF:
                return 2
            try:
                data[n - k:].decode('utf-8')
            except UnicodeDecodeError as e:
                if e.start == 0 and e.reason == 'unexpected end of data':
                    return k
            return 0
    return 0


def _tail_utf16(data, order):
    odd = len(data) % 2
    full = len(data) - odd
    if full >= 2 and 0xD800 <= int.from_bytes(data[full - 2:full], order) < 0xDC00:
        return odd + 2
    return odd


_HEX = b'0123456789abcdefABCDEF'


def _tail_escape(data, raw):
    i = data.rfind(b'\\')
    if i < 0:
        return 0
    j = i
    while j > 0 and data[j - 1] == 0x5C:
        j -= 1
    if (i - j) % 2:
        return 0  # the last backslash is itself escaped
    rest = data[i + 1:]
    if not rest:
        return len(data) - i
    kind = rest[:1]
    want = {b'x': 2, b'u': 4, b'U': 8}.get(kind) if not raw or kind in (b'u', b'U') else None
    if want is not None:
        digits = rest[1:]
        if len(digits) < want and all(b in _HEX for b in digits):
            return len(data) - i
    elif kind == b'N' and not raw and b'}' not in rest:
        if len(rest) == 1 or rest[1:2] == b'{':
            return len(data) - i
    return 0


def _decode_part(core, data, errors, final, tail, offset=0):
    # Decode data[offset:], holding back an incomplete end unless final; returns
    # (text, bytes consumed including the offset).
    keep = 0 if final else tail(data[offset:])
    if keep:
        data = data[:len(data) - keep]
    return _decode(core, data, errors, None, offset), len(data)


# ---------------------------------------------------------------------------------------
# The (result, length) codec functions.

def _whole_encode(func, core, text, errors):
    # The codec function `func` that encodes all of text with the core codec.
    _str_arg(func, text)
    return _encode(core, text, _errors_name(errors, func)), len(text)


def _whole_decode(func, core, data, errors):
    # The codec function `func` that decodes all of data with the core codec.
    data = _bytes_arg(data)
    return _decode(core, data, _errors_name(errors, func)), len(data)


def _escape_decode(func, core, data, errors, final, raw):
    # unicode_escape_decode and raw_unicode_escape_decode: str input is UTF-8 first.
    if isinstance(data, str):
        data = data.encode('utf-8')
    errors = _errors_name(errors, func)
    return _decode_part(core, _bytes_arg(data), errors, final,
                        lambda d: _tail_escape(d, raw))


def utf_8_encode(str, errors=None, /):
    return _whole_encode('utf_8_encode', 'utf-8', str, errors)


def utf_8_decode(data, errors=None, final=False, /):
    errors = _errors_name(errors, 'utf_8_decode')
    return _decode_part('utf-8', _bytes_arg(data), errors, final, _tail_utf8)


def ascii_encode(str, errors=None, /):
    return _whole_encode('ascii_encode', 'ascii', str, errors)


def ascii_decode(data, errors=None, /):
    return _whole_decode('ascii_decode', 'ascii', data, errors)


def latin_1_encode(str, errors=None, /):
    return _whole_encode('latin_1_encode', 'latin-1', str, errors)


def latin_1_decode(data, errors=None, /):
    return _whole_decode('latin_1_decode', 'latin-1', data, errors)


def _wide_encode(func, bits, text, errors, byteorder):
    _str_arg(func, text)
    errors = _errors_name(errors, func)
    if byteorder == 0:
        order = sys.byteorder
        bom = (0xFEFF).to_bytes(bits // 8, order)
        name = f'utf-{bits}'
    else:
        order = 'little' if byteorder < 0 else 'big'
        bom = b''
        name = None
    core = f'utf-{bits}-{"le" if order == "little" else "be"}'
    return bom + _encode(core, text, errors, name), len(text)


def _wide_ex_decode(func, bits, data, errors, byteorder, final):
    data = _bytes_arg(data)
    errors = _errors_name(errors, func)
    size = bits // 8
    skip = 0
    if byteorder == 0 and len(data) >= size:
        head = data[:size]
        if head == (0xFEFF).to_bytes(size, 'little'):
            byteorder, skip = -1, size
        elif head == (0xFEFF).to_bytes(size, 'big'):
            byteorder, skip = 1, size
    if byteorder == 0:
        order = sys.byteorder
    else:
        order = 'little' if byteorder < 0 else 'big'
    core = f'utf-{bits}-{"le" if order == "little" else "be"}'
    if bits == 16:
        tail = lambda d: _tail_utf16(d, order)
    else:
        tail = lambda d: len(d) % 4
    text, used = _decode_part(core, data, errors, final, tail, skip)
    return text, used, byteorder


def utf_16_encode(str, errors=None, byteorder=0, /):
    return _wide_encode('utf_16_encode', 16, str, errors, byteorder)


def utf_16_le_encode(str, errors=None, /):
    return _wide_encode('utf_16_le_encode', 16, str, errors, -1)


def utf_16_be_encode(str, errors=None, /):
    return _wide_encode('utf_16_be_encode', 16, str, errors, 1)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _wide_ex_decode('utf_16_ex_decode', 16, data, errors, byteorder, final)


def utf_16_decode(data, errors=None, final=False, /):
    return _wide_ex_decode('utf_16_decode', 16, data, errors, 0, final)[:2]


def utf_16_le_decode(data, errors=None, final=False, /):
    return _wide_ex_decode('utf_16_le_decode', 16, data, errors, -1, final)[:2]


def utf_16_be_decode(data, errors=None, final=False, /):
    return _wide_ex_decode('utf_16_be_decode', 16, data, errors, 1, final)[:2]


def utf_32_encode(str, errors=None, byteorder=0, /):
    return _wide_encode('utf_32_encode', 32, str, errors, byteorder)


def utf_32_le_encode(str, errors=None, /):
    return _wide_encode('utf_32_le_encode', 32, str, errors, -1)


def utf_32_be_encode(str, errors=None, /):
    return _wide_encode('utf_32_be_encode', 32, str, errors, 1)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _wide_ex_decode('utf_32_ex_decode', 32, data, errors, byteorder, final)


def utf_32_decode(data, errors=None, final=False, /):
    return _wide_ex_decode('utf_32_decode', 32, data, errors, 0, final)[:2]


def utf_32_le_decode(data, errors=None, final=False, /):
    return _wide_ex_decode('utf_32_le_decode', 32, data, errors, -1, final)[:2]


def utf_32_be_decode(data, errors=None, final=False, /):
    return _wide_ex_decode('utf_32_be_decode', 32, data, errors, 1, final)[:2]


# UTF-7 (RFC 2152). The encoder writes the characters of RFC 2152's sets D and O and
# space, tab, CR and LF as themselves, '+' as '+-', and everything else as modified
# base64 of UTF-16 inside '+' ... '-'. The decoder accepts every ASCII byte but '+'
# as itself.

_B64_DIGITS = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {d: i for i, d in enumerate(_B64_DIGITS)}
# ASCII characters the encoder must put in base64: controls other than tab, LF and CR,
# '+', '\\', '~' and DEL.
_UTF7_SPECIAL = frozenset(set(range(32)) - {9, 10, 13} | {0x2B, 0x5C, 0x7E, 0x7F})


def utf_7_encode(str, errors=None, /):
    _str_arg('utf_7_encode', str)
    _errors_name(errors, 'utf_7_encode')
    out = bytearray()
    in_shift = False
    bits = 0
    buf = 0
    for ch in str:
        code = ord(ch)
        direct = code < 128 and code not in _UTF7_SPECIAL
        if in_shift and direct:
            if bits:
                out.append(_B64_DIGITS[(buf << (6 - bits)) & 0x3F])
                buf = bits = 0
            in_shift = False
            # Leaving base64 is implicit unless the character could be read as base64.
            if code in _B64_VALUE or code == 0x2D:
                out.append(0x2D)
            out.append(code)
            continue
        if not in_shift:
            if code == 0x2B:
                out += b'+-'
                continue
            if direct:
                out.append(code)
                continue
            out.append(0x2B)
            in_shift = True
        if code >= 0x10000:
            units = (0xD800 | ((code - 0x10000) >> 10), 0xDC00 | (code & 0x3FF))
        else:
            units = (code,)
        for unit in units:
            buf = ((buf << 16) | unit) & 0x3FFFFF
            bits += 16
            while bits >= 6:
                bits -= 6
                out.append(_B64_DIGITS[(buf >> bits) & 0x3F])
    if bits:
        out.append(_B64_DIGITS[(buf << (6 - bits)) & 0x3F])
    if in_shift:
        out.append(0x2D)
    return bytes(out), len(str)


def utf_7_decode(data, errors=None, final=False, /):
    data = _bytes_arg(data)
    errors = _errors_name(errors, 'utf_7_decode')
    n = len(data)
    out = []
    handler = None
    pos = 0
    in_shift = False
    start = 0        # where the current shift sequence (or error) starts
    shift_out = 0    # len(out) when the shift sequence started
    bits = buf = surrogate = 0

    def error(start, end, reason):
        nonlocal handler
        if handler is None:
            handler = _handler(errors)
        exc = UnicodeDecodeError('utf7', data, start, end, reason)
        result = handler(exc)
        if (not isinstance(result, tuple) or len(result) != 2
                or not isinstance(result[0], type(''))):
            raise TypeError('decoding error handler must return (str, int) tuple')
        out.append(result[0])
        return _position(_index(result[1]), n)

    while True:
        while pos < n:
            ch = data[pos]
            if in_shift:
                value = _B64_VALUE.get(ch)
                if value is not None:
                    buf = (buf << 6) | value
                    bits += 6
                    pos += 1
                    if bits < 16:
                        continue
                    unit = buf >> (bits - 16)
                    bits -= 16
                    buf &= (1 << bits) - 1
                    if surrogate:
                        if 0xDC00 <= unit <= 0xDFFF:
                            out.append(chr(0x10000 + ((surrogate - 0xD800) << 10)
                                           + (unit - 0xDC00)))
                            surrogate = 0
                            continue
                        out.append(chr(surrogate))
                        surrogate = 0
                    if 0xD800 <= unit <= 0xDBFF:
                        surrogate = unit
                    else:
                        out.append(chr(unit))
                    continue
                in_shift = False
                if bits >= 6:
                    pos = error(start, pos + 1, 'partial character in shift sequence')
                    continue
                if bits and buf:
                    pos = error(start, pos + 1, 'non-zero padding bits in shift sequence')
                    continue
                if surrogate and ch < 128:
                    out.append(chr(surrogate))
                surrogate = 0
                if ch == 0x2D:
                    pos += 1
            elif ch == 0x2B:
                start = pos
                pos += 1
                if pos < n and data[pos] == 0x2D:
                    pos += 1
                    out.append('+')
                elif pos < n and data[pos] not in _B64_VALUE:
                    pos = error(start, pos + 1, 'ill-formed sequence')
                else:
                    in_shift = True
                    surrogate = bits = buf = 0
                    shift_out = len(out)
            elif ch < 128:
                pos += 1
                out.append(chr(ch))
            else:
                start = pos
                pos = error(pos, pos + 1, 'unexpected special character')
        if in_shift and final:
            in_shift = False
            if surrogate or bits >= 6 or (bits and buf):
                pos = error(start, n, 'unterminated shift sequence')
                if pos < n:
                    continue
        break
    if final:
        return ''.join(out), n
    if in_shift:
        # An open shift sequence is decoded again, from its '+', by the next call.
        del out[shift_out:]
        return ''.join(out), start
    return ''.join(out), pos


def unicode_escape_encode(str, errors=None, /):
    return _whole_encode('unicode_escape_encode', 'unicode_escape', str, errors)


def unicode_escape_decode(data, errors=None, final=True, /):
    return _escape_decode('unicode_escape_decode', 'unicode_escape', data, errors, final,
                          False)


def raw_unicode_escape_encode(str, errors=None, /):
    return _whole_encode('raw_unicode_escape_encode', 'raw_unicode_escape', str, errors)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    return _escape_decode('raw_unicode_escape_decode', 'raw_unicode_escape', data, errors,
                          final, True)


def readbuffer_encode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _bytes_arg(data)
    return data, len(data)


# ---------------------------------------------------------------------------------------
# Bytes escapes (the escapes of a bytes literal).

_BYTE_ESCAPES = {ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"', ord('a'): b'\a',
                 ord('b'): b'\b', ord('f'): b'\f', ord('n'): b'\n', ord('r'): b'\r',
                 ord('t'): b'\t', ord('v'): b'\v'}


def escape_decode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _bytes_arg(data)
    errors = _errors_name(errors, 'escape_decode')
    out = bytearray()
    first_invalid = None
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError('Trailing \\ in string')
        c = data[i + 1]
        i += 2
        if c == 0x0A:
            continue
        if c in _BYTE_ESCAPES:
            out += _BYTE_ESCAPES[c]
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            if value > 0o377 and first_invalid is None:
                first_invalid = f"invalid octal escape sequence '\\{value:o}'"
            out.append(value & 0xFF)
        elif c == ord('x'):
            digits = data[i:i + 2]
            if len(digits) == 2 and all(d in _HEX for d in digits):
                out.append(int(digits, 16))
                i += 2
            elif errors == 'strict':
                raise ValueError(f'invalid \\x escape at position {i - 2}')
            elif errors == 'replace':
                out.append(ord('?'))
                i += sum(1 for d in digits[:1] if d in _HEX)
            elif errors == 'ignore':
                i += sum(1 for d in digits[:1] if d in _HEX)
            else:
                raise ValueError(f"decoding error; unknown error handling code: {errors}")
        else:
            if first_invalid is None:
                first_invalid = (f"invalid escape sequence '\\{chr(c)}'" if c < 0x80
                                 else f"invalid escape sequence '\\x{c:02x}'")
            out.append(0x5C)
            out.append(c)
    if first_invalid is not None:
        import warnings
        warnings.warn(first_invalid, DeprecationWarning, stacklevel=2)
    return bytes(out), n


def escape_encode(data, errors=None, /):
    if not isinstance(data, bytes):
        raise TypeError(f'escape_encode() argument 1 must be bytes, not {_tname(data)}')
    out = []
    for b in data:
        if b == 0x5C:
            out.append('\\\\')
        elif b == 0x27:
            out.append("\\'")
        elif b == 0x09:
            out.append('\\t')
        elif b == 0x0A:
            out.append('\\n')
        elif b == 0x0D:
            out.append('\\r')
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append(f'\\x{b:02x}')
    return ''.join(out).encode('ascii'), len(data)


# ---------------------------------------------------------------------------------------
# Charmap codecs: single-byte codecs defined by a table.

def charmap_build(map, /):
    """Return the encoding table (a dict from code point to byte) of a decoding table."""
    if not isinstance(map, str):
        raise TypeError(f'charmap_build() argument must be str, not {_tname(map)}')
    return {ord(c): i for i, c in enumerate(map) if c != '\ufffe'}


def _charmap_lookup_decode(mapping, byte):
    # The text for one byte, or None when it is undefined.
    if isinstance(mapping, str):
        if byte < len(mapping) and mapping[byte] != '\ufffe':
            return mapping[byte]
        return None
    try:
        value = mapping[byte]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value <= 0x10FFFF:
            raise TypeError('character mapping must be in range(0x110000)')
        return None if value == 0xFFFE else chr(value)
    if isinstance(value, str):
        return None if value == '\ufffe' else value
    raise TypeError('character mapping must return integer, None or str')


def charmap_decode(data, errors=None, mapping=None, /):
    data = _bytes_arg(data)
    errors = _errors_name(errors, 'charmap_decode')
    if mapping is None:
        return latin_1_decode(data, errors)
    decoded = None
    if type(mapping) is type('') and len(mapping) >= 256:
        # The table covers every byte: translate all of data at once, then handle the
        # undefined bytes (U+FFFE in the translation) one by one.
        decoded = data.decode('latin-1').translate(mapping)
        if '\ufffe' not in decoded:
            return decoded, len(data)
    out = []
    pos = 0
    handler = None
    while pos < len(data):
        if decoded is not None:
            bad = decoded.find('\ufffe', pos)
            if bad < 0:
                out.append(decoded[pos:])
                break
            out.append(decoded[pos:bad])
            pos = bad
        else:
            text = _charmap_lookup_decode(mapping, data[pos])
            if text is not None:
                out.append(text)
                pos += 1
                continue
        exc = UnicodeDecodeError('charmap', data, pos, pos + 1,
                                 'character maps to <undefined>')
        if handler is None:
            handler = _handler(errors)
        result = handler(exc)
        if (not isinstance(result, tuple) or len(result) != 2
                or not isinstance(result[0], str)):
            raise TypeError('decoding error handler must return (str, int) tuple')
        out.append(result[0])
        pos = _position(_index(result[1]), len(data))
    return ''.join(out), len(data)


def _charmap_lookup_encode(mapping, code):
    try:
        value = mapping[code]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value <= 255:
            raise TypeError('character mapping must be in range(256)')
        return bytes((value,))
    if isinstance(value, bytes):
        return value
    raise TypeError('character mapping must return integer, bytes or None, not '
                    + type(value).__name__)


def charmap_encode(str, errors=None, mapping=None, /):
    _str_arg('charmap_encode', str)
    errors = _errors_name(errors, 'charmap_encode')
    if mapping is None:
        return latin_1_encode(str, errors)
    if type(mapping) is dict:
        # Fast path: every character maps to a byte value.
        try:
            return bytes(map(mapping.__getitem__, map(ord, str))), len(str)
        except (KeyError, TypeError, ValueError):
            pass
    out = []
    pos = 0
    handler = None
    while pos < len(str):
        encoded = _charmap_lookup_encode(mapping, ord(str[pos]))
        if encoded is not None:
            out.append(encoded)
            pos += 1
            continue
        end = pos + 1
        while end < len(str) and _charmap_lookup_encode(mapping, ord(str[end])) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', str, pos, end, 'character maps to <undefined>')
        if handler is None:
            handler = _handler(errors)
        result = handler(exc)
        if (not isinstance(result, tuple) or len(result) != 2
                or not isinstance(result[0], (type(''), bytes))
                or not isinstance(result[1], int)):
            raise TypeError('encoding error handler must return (str/bytes, int) tuple')
        replacement = result[0]
        if isinstance(replacement, bytes):
            out.append(replacement)
        else:
            for c in replacement:
                encoded = _charmap_lookup_encode(mapping, ord(c))
                if encoded is None:
                    raise exc
                out.append(encoded)
        pos = _position(result[1], len(str))
    return b''.join(out), len(str)
