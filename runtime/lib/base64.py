"""Base16, Base32, Base64, Base85, Ascii85 and Z85 data encodings: Weft's
implementation of base64.

Behaviour follows CPython 3.13's base64 documentation, error messages included.
Encoders take bytes-like objects; decoders also take str holding only ASCII
characters.  Base64 itself is done by binascii.
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'z85encode', 'z85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

# encode() and decode() work on lines of MAXLINESIZE characters, the base64 of
# MAXBINSIZE bytes.
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _bytes_from_decode_data(s):
    """The bytes of a decoder's argument: a bytes-like object or an ASCII str."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, '
                        f'not {type(s).__name__!r}') from None


def _encode_input(s):
    """The bytes of an encoder's argument (any bytes-like object)."""
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


# --- Base64 ----------------------------------------------------------------------

def _b64_line(data):
    # binascii's Base64, without the trailing newline.
    return binascii.b2a_base64(data, newline=False)


def b64encode(s, altchars=None):
    """Base64 encoding of the bytes-like object s.

    altchars, two bytes, replaces '+' and '/' (for URL or file name safe output).
    """
    encoded = _b64_line(s)
    if altchars is None:
        return encoded
    assert len(altchars) == 2, repr(altchars)
    return encoded.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Base64-decode s, a bytes-like object or a str of ASCII characters.

    altchars, two bytes, are the characters used in place of '+' and '/'.  With
    validate false, characters outside the alphabet are discarded; with validate
    true they raise binascii.Error, as does incorrect padding.
    """
    data = _bytes_from_decode_data(s)
    if altchars is not None:
        alt = _bytes_from_decode_data(altchars)
        assert len(alt) == 2, repr(alt)
        data = data.translate(bytes.maketrans(alt, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64 encoding of s with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s, encoded with the standard Base64 alphabet."""
    return b64decode(s)


# Translation tables between the standard and the URL-safe alphabet.
_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 encoding of s with '-' and '_' in place of '+' and '/'."""
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    """Decode s, encoded with the URL and file name safe Base64 alphabet."""
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_FROM_URLSAFE))


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError:
        raise TypeError(f'expected bytes-like object, not {type(s).__name__}') from None
    if m.format not in ('c', 'b', 'B'):
        raise TypeError(f'expected single byte elements, not {m.format!r} '
                        f'from {type(s).__name__}')
    if m.ndim != 1:
        raise TypeError(f'expected 1-D data, not {m.ndim}-D data '
                        f'from {type(s).__name__}')


def encodebytes(s):
    """Base64 of the bytes-like object s in lines of at most 76 characters, each
    ending with a newline."""
    _input_type_check(s)
    if not len(s):
        return b''
    encoded = _b64_line(s)
    return b''.join(encoded[i:i + MAXLINESIZE] + b'\n'
                    for i in range(0, len(encoded), MAXLINESIZE))


def decodebytes(s):
    """Decode the bytes-like object s, such as lines from encodebytes()."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64-encode the binary file input into the binary file output, in lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        # Fill the line when the file gives short reads.
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the Base64 lines of the binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


# --- Base32 ----------------------------------------------------------------------

_DIGITS = b'0123456789'
_UPPER = bytes(range(ord('A'), ord('Z') + 1))
_LOWER = bytes(range(ord('a'), ord('z') + 1))

# RFC 4648: the letters then 2-7; the "extended hex" variant: digits then A-V.
_b32alphabet = _UPPER + b'234567'
_b32hexalphabet = _DIGITS + _UPPER[:22]

# Characters written for a partial last group of n bytes (the rest is '=').
_B32_KEPT = {1: 2, 2: 4, 3: 5, 4: 7}
# Bytes recovered from a last group with n '=' characters.
_B32_PAD_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    s = _encode_input(s)
    # Each entry of pairs is the two characters of a 10-bit value.
    pairs = [bytes((a, b)) for a in alphabet for b in alphabet]
    leftover = len(s) % 5
    padded = s + b'\0' * (-len(s) % 5)
    out = bytearray()
    for i in range(0, len(padded), 5):
        group = int.from_bytes(padded[i:i + 5], 'big')
        out += (pairs[group >> 30] + pairs[(group >> 20) & 0x3FF]
                + pairs[(group >> 10) & 0x3FF] + pairs[group & 0x3FF])
    if leftover:
        kept = _B32_KEPT[leftover]
        out[kept - 8:] = b'=' * (8 - kept)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        # 0 is read as the letter O, 1 as map01 (I or L).
        table = bytes.maketrans(b'01', b'O' + map01)
        s = s.translate(table)
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b'=')
    padchars = length - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    group = 0
    for i in range(0, len(s), 8):
        group = 0
        for c in s[i:i + 8]:
            value = values.get(c)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            group = group << 5 | value
        out += group.to_bytes(5, 'big')
    if padchars not in _B32_PAD_BYTES:
        raise binascii.Error('Incorrect padding')
    if padchars and out:
        # The last group was short: shift its bits into place and keep whole bytes.
        last = (group << 5 * padchars).to_bytes(5, 'big')
        out[-5:] = last[:_B32_PAD_BYTES[padchars]]
    return bytes(out)


def b32encode(s):
    """Base32 encoding of the bytes-like object s."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s.

    casefold accepts a lowercase alphabet.  map01, when not None, is the letter
    the digit 1 stands for ('I' or 'L'); the digit 0 then stands for 'O'.
    Incorrect padding or characters outside the alphabet raise binascii.Error.
    """
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Base32 encoding of s with the Extended Hex alphabet (RFC 4648)."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode s, encoded with the Extended Hex Base32 alphabet."""
    return _b32decode(_b32hexalphabet, s, casefold)


# --- Base16 ----------------------------------------------------------------------

def b16encode(s):
    """Base16 (uppercase hexadecimal) encoding of the bytes-like object s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Base16-decode s, a bytes-like object or a str of ASCII characters.

    casefold accepts lowercase digits.  Other characters raise binascii.Error.
    """
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# --- Ascii85, Base85 and Z85 -----------------------------------------------------

_A85START = b'<~'
_A85END = b'~>'
# Base85 (RFC 1924) and Z85 digits: 62 alphanumerics (in different orders) and
# 23 punctuation characters.
_b85alphabet = _DIGITS + _UPPER + _LOWER + b'!#$%&()*+-;<=>?@^_`{|}~'
_z85alphabet = _DIGITS + _LOWER + _UPPER + b'.-:+=^!/*?&<>()[]{}@%$#'
_a85alphabet = bytes(range(33, 118))


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    """Each 4 bytes of b become 5 base-85 digits, most significant first.

    A short last group is padded with NULs and, unless pad, its output is cut
    to one digit more than the bytes it holds.  foldnuls and foldspaces write
    a group of 4 NULs as 'z' and of 4 spaces as 'y' (Ascii85).
    """
    b = _encode_input(b)
    padding = -len(b) % 4
    b = b + b'\0' * padding
    # pairs[n] is the two digits of n < 85 ** 2.
    pairs = [bytes((x, y)) for x in alphabet for y in alphabet]
    chunks = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            chunks.append(pairs[word // 614125] + pairs[word // 85 % 7225]
                          + alphabet[word % 85:word % 85 + 1])
    if padding and not pad:
        last = chunks[-1]
        if last == b'z':
            last = alphabet[:1] * 5
        chunks[-1] = last[:5 - padding]
    return b''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 encoding of the bytes-like object b.

    foldspaces writes 4 spaces as 'y' (btoa style).  wrapcol, if not 0, puts a
    newline after that many characters.  pad pads the input to a multiple of 4
    bytes.  adobe frames the output with '<~' and '~>', as Adobe does.
    """
    result = _85encode(b, _a85alphabet, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [result[i:i + width] for i in range(0, len(result), width)]
        # The closing '~>' must fit on the last line.
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Ascii85-decode b, a bytes-like object or a str of ASCII characters.

    foldspaces accepts 'y' for 4 spaces.  adobe expects the '~>' end marker (and
    accepts the '<~' start marker).  ignorechars are skipped.  Bad input raises
    ValueError.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError(f'Ascii85 encoded byte sequences must end with {_A85END!r}')
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    # Four 'u' (the largest digit) complete a short last group; the bytes they
    # stand for are cut off at the end.
    for c in b + b'uuuu':
        if 33 <= c <= 117:  # '!' to 'u'
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = word * 85 + digit
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 0x7A:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 0x79:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    extra = 4 - len(group)
    if extra:
        del out[-extra:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85 encoding (as in git binary diffs) of the bytes-like object b.

    pad pads the input to a multiple of 4 bytes first.
    """
    return _85encode(b, _b85alphabet, pad)


def _85decode(b, alphabet, name):
    """Decode base-85 digits of alphabet in groups of 5; name is for messages."""
    b = _bytes_from_decode_data(b)
    values = {c: i for i, c in enumerate(alphabet)}
    # A short last group is completed with the largest digit and cut afterwards.
    padding = -len(b) % 5
    b = b + alphabet[-1:] * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[i:i + 5]):
            value = values.get(c)
            if value is None:
                raise ValueError(f'bad {name} character at position {i + j}')
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError(f'{name} overflow in hunk starting at byte {i}')
        out += word.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


def b85decode(b):
    """Decode the Base85 encoded bytes-like object or ASCII string b."""
    return _85decode(b, _b85alphabet, 'base85')


def z85encode(s):
    """Z85 (ZeroMQ) encoding of the bytes-like object s, with no padding."""
    return _85encode(s, _z85alphabet)


def z85decode(s):
    """Decode the Z85 encoded bytes-like object or ASCII string s."""
    return _85decode(s, _z85alphabet, 'z85')
