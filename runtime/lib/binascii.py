"""Conversions between binary data and ASCII: Weft's implementation of binascii.

Behaviour follows CPython 3.13's binascii documentation: hex, base64, uu and
quoted-printable codecs, plus the crc32 and crc_hqx checksums, with CPython's
error types and messages.

Functions that encode (b2a_*, crc*) take any bytes-like object; functions that
decode (a2b_*) also take a str holding only ASCII characters.

Base64 works on whole strings at once rather than byte by byte: the input is cut
into strided slices (every 3rd byte, every 4th character), each slice is run
through a translation table, and the slices that share an output position are
merged with one big-integer OR, since their bits never overlap.
"""

from operator import index as _index

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'a2b_qp', 'a2b_uu',
           'b2a_base64', 'b2a_hex', 'b2a_qp', 'b2a_uu', 'crc32', 'crc_hqx',
           'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


# --- Arguments -------------------------------------------------------------------

def _bytes_arg(data):
    """The contents of a bytes-like argument, as bytes."""
    if type(data) is bytes:
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not "
                        f"'{type(data).__name__}'") from None
    if not view.c_contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    return view.tobytes()


def _ascii_arg(data):
    """The contents of an argument to an a2b_* function: bytes-like or ASCII str."""
    if type(data) is bytes:
        return data
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    try:
        view = memoryview(data)
    except TypeError:
        view = None
    if view is None or not view.c_contiguous:
        raise TypeError(f"argument should be bytes, buffer or ASCII string, not "
                        f"'{type(data).__name__}'")
    return view.tobytes()


def _c_int(value):
    value = _index(value)
    if not -0x80000000 <= value <= 0x7FFFFFFF:
        raise OverflowError('Python int too large to convert to C int')
    return value


def _table(func):
    """A 256-byte translation table: byte i becomes func(i)."""
    return bytes(func(i) & 0xFF for i in range(256))


def _merge(a, b):
    """Byte-wise OR of two equal-length byte strings whose set bits do not overlap."""
    n = len(a)
    return (int.from_bytes(a, 'big') | int.from_bytes(b, 'big')).to_bytes(n, 'big')


# --- Hex -------------------------------------------------------------------------

class _Unrepresentable:
    """Default of hexlify's sep: no separator (None is not accepted)."""

    def __repr__(self):
        return '<unrepresentable>'


_NO_SEP = _Unrepresentable()


def b2a_hex(data, sep=_NO_SEP, bytes_per_sep=1):
    """Hexadecimal representation of binary data.

    sep, a single character str or bytes, is put between groups of bytes_per_sep
    bytes, counting from the right (from the left when bytes_per_sep < 0).
    """
    raw = _bytes_arg(data)
    group = _c_int(bytes_per_sep)
    digits = raw.hex().encode('ascii')
    if sep is _NO_SEP:
        return digits
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    if isinstance(sep, str):
        # As in CPython, any character up to U+00FF passes as one byte.
        if ord(sep) > 0xFF:
            raise ValueError('sep must be ASCII.')
        sep = bytes((ord(sep),))
    elif not isinstance(sep, bytes):
        raise TypeError('sep must be str or bytes.')
    if group == 0 or len(raw) <= abs(group):
        return digits
    width = 2 * abs(group)
    if group > 0:
        # Whole groups end at the right; a short one, if any, comes first.
        first = len(digits) % width
        parts = [digits[:first]] if first else []
        parts.extend(digits[i:i + width] for i in range(first, len(digits), width))
    else:
        parts = [digits[i:i + width] for i in range(0, len(digits), width)]
    return bytes(sep).join(parts)


def hexlify(data, sep=_NO_SEP, bytes_per_sep=1):
    """Hexadecimal representation of binary data (the same as b2a_hex)."""
    return b2a_hex(data, sep, bytes_per_sep)


_HEX_DIGITS = b'0123456789abcdefABCDEF'


def a2b_hex(hexstr, /):
    """Binary data of a hexadecimal representation (an even number of hex digits)."""
    text = _ascii_arg(hexstr)
    if len(text) % 2:
        raise Error('Odd-length string')
    if text.translate(None, _HEX_DIGITS):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(text.decode('ascii'))


def unhexlify(hexstr, /):
    """Binary data of a hexadecimal representation (an even number of hex digits)."""
    return a2b_hex(hexstr)


# --- Base64 ----------------------------------------------------------------------

_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

# Encoding: input bytes x, y, z become the characters of the sextets
#   x >> 2,  (x & 3) << 4 | y >> 4,  (y & 15) << 2 | z >> 6,  z & 63.
_ENC_X_HIGH = _table(lambda i: _B64_ALPHABET[i >> 2])
_ENC_LOW6 = _table(lambda i: _B64_ALPHABET[i & 63])
_X_LOW2 = _table(lambda i: (i & 3) << 4)
_Y_HIGH4 = _table(lambda i: i >> 4)
_Y_LOW4 = _table(lambda i: (i & 15) << 2)
_Z_HIGH2 = _table(lambda i: i >> 6)

# Decoding: _B64_VALUE maps a character to its sextet, or to 255 outside the alphabet.
_B64_VALUE = bytearray(b'\xff' * 256)
for _i, _c in enumerate(_B64_ALPHABET):
    _B64_VALUE[_c] = _i
_B64_VALUE = bytes(_B64_VALUE)
del _i, _c
_NOT_B64 = bytes(i for i in range(256) if _B64_VALUE[i] == 255)

# Characters a, b, c, d of a quad become the bytes
#   a << 2 | b >> 4,  (b & 15) << 4 | c >> 2,  (c & 3) << 6 | d.
_DEC_A = _table(lambda c: _B64_VALUE[c] << 2)
_DEC_B_HIGH = _table(lambda c: (_B64_VALUE[c] & 63) >> 4)
_DEC_B_LOW = _table(lambda c: _B64_VALUE[c] << 4)
_DEC_C_HIGH = _table(lambda c: (_B64_VALUE[c] & 63) >> 2)
_DEC_C_LOW = _table(lambda c: _B64_VALUE[c] << 6)
_DEC_D = _table(lambda c: _B64_VALUE[c] & 63)


def _b64_encode_groups(raw):
    """Base64 of raw, whose length is a multiple of 3 (no padding needed)."""
    x, y, z = raw[0::3], raw[1::3], raw[2::3]
    out = bytearray(4 * len(x))
    out[0::4] = x.translate(_ENC_X_HIGH)
    out[1::4] = _merge(x.translate(_X_LOW2), y.translate(_Y_HIGH4)).translate(_ENC_LOW6)
    out[2::4] = _merge(y.translate(_Y_LOW4), z.translate(_Z_HIGH2)).translate(_ENC_LOW6)
    out[3::4] = z.translate(_ENC_LOW6)
    return out


def _b64_decode_quads(text):
    """The bytes of text: base64 characters only, a multiple of 4 of them."""
    a, b, c, d = text[0::4], text[1::4], text[2::4], text[3::4]
    out = bytearray(3 * len(a))
    out[0::3] = _merge(a.translate(_DEC_A), b.translate(_DEC_B_HIGH))
    out[1::3] = _merge(b.translate(_DEC_B_LOW), c.translate(_DEC_C_HIGH))
    out[2::3] = _merge(c.translate(_DEC_C_LOW), d.translate(_DEC_D))
    return out


def b2a_base64(data, /, *, newline=True):
    """Base64 encoding of binary data, followed by a newline if newline is true."""
    raw = _bytes_arg(data)
    whole = len(raw) - len(raw) % 3
    out = _b64_encode_groups(raw[:whole])
    rest = raw[whole:]
    if len(rest) == 1:
        x = rest[0]
        out += bytes((_B64_ALPHABET[x >> 2], _B64_ALPHABET[(x & 3) << 4])) + b'=='
    elif len(rest) == 2:
        x, y = rest
        out += bytes((_B64_ALPHABET[x >> 2], _B64_ALPHABET[(x & 3) << 4 | y >> 4],
                      _B64_ALPHABET[(y & 15) << 2])) + b'='
    if newline:
        out.append(0x0A)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Binary data of a base64 encoding.

    Outside strict mode, characters that are not base64 are skipped and decoding
    stops at the padding that completes a quad.  In strict mode, only base64
    characters and correctly placed padding are accepted.
    """
    text = _ascii_arg(data)
    strict = bool(strict_mode)
    first_pad = text.find(b'=')
    head = text if first_pad < 0 else text[:first_pad]
    clean = head.translate(None, _NOT_B64)
    if strict and len(clean) != len(head):
        raise Error('Only base64 data is allowed')
    whole = len(clean) - len(clean) % 4
    out = _b64_decode_quads(clean[:whole])
    tail = clean[whole:]
    if first_pad >= 0:
        tail += text[first_pad:]
    if tail:
        _b64_decode_tail(tail, out, strict, first_pad == 0)
    return bytes(out)


def _b64_decode_tail(tail, out, strict, pad_leads):
    """Decode tail, the end of the input, a character at a time onto out.

    tail starts at a quad boundary and runs to the end of the input; it holds the
    padding, so this is where the padding rules apply.  pad_leads: tail's first
    character is the input's first, for the 'Leading padding' error.
    """
    quad_pos = 0
    bits = 0
    pads = 0
    padding_seen = False
    for i, ch in enumerate(tail):
        if ch == 0x3D:  # '='
            padding_seen = True
            if strict and quad_pos == 0:
                raise Error('Leading padding not allowed' if pad_leads and i == 0
                            else 'Excess padding not allowed')
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    # This padding completes the quad: decoding stops here.
                    if strict and i + 1 < len(tail):
                        raise Error('Excess data after padding')
                    return
            continue
        value = _B64_VALUE[ch]
        if value == 255:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding_seen:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            bits = value
        elif quad_pos == 1:
            out.append(bits << 2 | value >> 4)
            bits = value & 15
        elif quad_pos == 2:
            out.append(bits << 4 | value >> 2)
            bits = value & 3
        else:
            out.append(bits << 6 | value)
        quad_pos = (quad_pos + 1) % 4
    if quad_pos == 1:
        raise Error(f'Invalid base64-encoded string: number of data characters '
                    f'({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4')
    if quad_pos:
        raise Error('Incorrect padding')


# --- uuencode --------------------------------------------------------------------

def b2a_uu(data, /, *, backtick=False):
    """One uuencoded line (with its newline) for at most 45 bytes of data.

    With backtick, zero sextets are written as '`' rather than ' '.
    """
    raw = _bytes_arg(data)
    if len(raw) > 45:
        raise Error('At most 45 bytes at once')
    zero = 0x60 if backtick else 0x20
    out = bytearray()
    out.append(32 + len(raw) if raw else zero)
    raw += b'\0' * (-len(raw) % 3)
    for i in range(0, len(raw), 3):
        group = raw[i] << 16 | raw[i + 1] << 8 | raw[i + 2]
        for shift in (18, 12, 6, 0):
            value = (group >> shift) & 63
            out.append(32 + value if value else zero)
    out.append(0x0A)
    return bytes(out)


def a2b_uu(data, /):
    """Binary data of one uuencoded line."""
    line = _ascii_arg(data)
    # The first character gives the number of bytes; an empty line reads as NUL.
    length = ((line[0] if line else 0) - 32) & 63
    out = bytearray()
    bits = 0
    nbits = 0
    pos = 1
    while length > 0:
        ch = line[pos] if pos < len(line) else 0x0A
        pos += 1
        if ch == 0x0A or ch == 0x0D:
            # Assume trailing spaces were stripped; the check below is skipped.
            value = 0
        elif 0x20 <= ch <= 0x60:
            value = (ch - 32) & 63
        else:
            raise Error('Illegal char')
        bits = bits << 6 | value
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append(bits >> nbits)
            bits &= (1 << nbits) - 1
            length -= 1
    # Whatever follows the data must be padding or the line end.
    if line[pos:].translate(None, b' `\r\n'):
        raise Error('Trailing garbage')
    return bytes(out)


# --- Quoted-printable ------------------------------------------------------------

_MAX_QP_LINE = 76
_HEX_UPPER = b'0123456789ABCDEF'


def a2b_qp(data, header=False):
    """Binary data of quoted-printable text; with header, '_' stands for a space."""
    text = _ascii_arg(data)
    header = bool(header)
    if 0x3D not in text and not (header and 0x5F in text):
        return text
    out = bytearray()
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        i += 1
        if ch == 0x3D:  # '='
            if i >= n:
                break
            nxt = text[i]
            if nxt == 0x0A or nxt == 0x0D:
                # Soft line break: skip to just past the end of the line.
                if nxt == 0x0D:
                    while i < n and text[i] != 0x0A:
                        i += 1
                if i < n:
                    i += 1
            elif nxt == 0x3D:
                # '==' (an old encoder's mistake) reads as one '='.
                out.append(0x3D)
                i += 1
            elif (i + 1 < n and nxt in _HEX_DIGITS
                  and text[i + 1] in _HEX_DIGITS):
                out.append(int(text[i:i + 2], 16))
                i += 2
            else:
                out.append(0x3D)
        elif header and ch == 0x5F:
            out.append(0x20)
        else:
            out.append(ch)
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Quoted-printable encoding of binary data.

    quotetabs: also encode tabs and spaces.  istext: the data is text, so line
    ends are kept as line ends (in the style of the first one, CRLF or LF) rather
    than encoded.  header: encode spaces as '_' (and '_' itself), for headers.
    Lines are kept under 76 characters with soft line breaks.
    """
    raw = _bytes_arg(data)
    quotetabs = bool(quotetabs)
    istext = bool(istext)
    header = bool(header)
    # The first line end decides the style of every line end written.
    first_lf = raw.find(b'\n')
    crlf = first_lf > 0 and raw[first_lf - 1] == 0x0D
    soft_break = b'=\r\n' if crlf else b'=\n'
    line_end = b'\r\n' if crlf else b'\n'

    out = bytearray()
    n = len(raw)
    line_len = 0
    i = 0
    while i < n:
        ch = raw[i]
        last = i + 1 == n
        nxt = -1 if last else raw[i + 1]
        if (ch > 126 or ch == 0x3D
                or (header and ch == 0x5F)
                # A lone '.' on a line could end an SMTP message.
                or (ch == 0x2E and line_len == 0
                    and (last or nxt == 0x0A or nxt == 0x0D or nxt == 0))
                or (not istext and (ch == 0x0D or ch == 0x0A))
                or ((ch == 0x09 or ch == 0x20) and last)
                or (ch < 33 and ch != 0x0D and ch != 0x0A
                    and (quotetabs or (ch != 0x09 and ch != 0x20)))):
            if line_len + 3 >= _MAX_QP_LINE:
                out += soft_break
                line_len = 0
            out += b'=%c%c' % (_HEX_UPPER[ch >> 4], _HEX_UPPER[ch & 15])
            line_len += 3
            i += 1
        elif istext and (ch == 0x0A or (ch == 0x0D and nxt == 0x0A)):
            # A line end: whitespace just before it must be encoded.
            if out and (out[-1] == 0x20 or out[-1] == 0x09):
                ws = out[-1]
                out[-1:] = b'=%c%c' % (_HEX_UPPER[ws >> 4], _HEX_UPPER[ws & 15])
            out += line_end
            line_len = 0
            i += 2 if ch == 0x0D else 1
        else:
            if not last and nxt != 0x0A and line_len + 1 >= _MAX_QP_LINE:
                out += soft_break
                line_len = 0
            out.append(0x5F if header and ch == 0x20 else ch)
            line_len += 1
            i += 1
    return bytes(out)


# --- Checksums -------------------------------------------------------------------

def _crc32_table():
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


def _crc_hqx_table():
    table = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1) & 0xFFFF
        table.append(crc)
    return tuple(table)


_CRC32_TABLE = _crc32_table()
_CRC_HQX_TABLE = _crc_hqx_table()


try:
    from zlib import crc32 as _zlib_crc32  # the same checksum, in C
except ImportError:
    _zlib_crc32 = None


def crc32(data, crc=0, /):
    """CRC-32 of data (as zlib.crc32), continuing from the checksum crc."""
    raw = _bytes_arg(data)
    if _zlib_crc32 is not None:
        return _zlib_crc32(raw, _index(crc) & 0xFFFFFFFF)
    crc = ~_index(crc) & 0xFFFFFFFF
    table = _CRC32_TABLE
    for byte in raw:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """16-bit CRC-CCITT (XMODEM) of data, continuing from crc."""
    raw = _bytes_arg(data)
    crc = _index(crc) & 0xFFFF
    table = _CRC_HQX_TABLE
    for byte in raw:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ byte]
    return crc
