"""The Punycode codec (RFC 3492): Unicode text as ASCII letters, digits and hyphens.

Encoding keeps the ASCII characters of the text in order, adds a '-' after them when
there are any, and then codes the insertions of the other characters as variable
length base-36 integers. Decoding accepts str or bytes; with the error handling
'replace' or 'ignore' it stops at the first bad digit instead of raising.
"""

import codecs

# Parameters of RFC 3492, section 5.
_BASE = 36
_TMIN = 1
_TMAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 0x80

_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _threshold(k, bias):
    # The threshold t of the digit at weight position k (k = base, 2*base, ...).
    return min(max(k - bias, _TMIN), _TMAX)


def _adapt(delta, first, count):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def punycode_encode(text):
    """Return the Punycode form (bytes) of the str text."""
    codes = [ord(c) for c in text]
    out = bytearray(c for c in codes if c < 0x80)
    basic = len(out)
    if basic:
        out.append(0x2D)
    n = _INITIAL_N
    delta = 0
    bias = _INITIAL_BIAS
    handled = basic
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled == basic, handled + 1)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


class _Stop(Exception):
    # Raised inside the decoder when a non-strict decode must end early.
    pass


def _read_integer(digits, pos, bias, errors):
    # Read one variable-length integer of digits (upper-cased bytes) at pos; returns
    # (position after it, value). Positions in errors are positions in digits.
    value = 0
    weight = 1
    k = _BASE
    while True:
        if pos >= len(digits):
            if errors == 'strict':
                raise UnicodeDecodeError('punycode', digits, pos, pos + 1,
                                         'incomplete punycode string')
            raise _Stop
        byte = digits[pos]
        pos += 1
        if 0x41 <= byte <= 0x5A:
            digit = byte - 0x41
        elif 0x30 <= byte <= 0x39:
            digit = byte - 0x30 + 26
        else:
            if errors == 'strict':
                # The message shows the byte as a number.
                raise UnicodeDecodeError('punycode', digits, pos - 1, pos,
                                         f"Invalid extended code point '{byte}'")
            raise _Stop
        t = _threshold(k, bias)
        value += digit * weight
        if digit < t:
            return pos, value
        weight *= _BASE - t
        k += _BASE


def _insert_all(text, digits, errors):
    # Apply the insertions coded by digits to the str text.
    n = _INITIAL_N
    i = -1
    bias = _INITIAL_BIAS
    pos = 0
    try:
        while pos < len(digits):
            after, delta = _read_integer(digits, pos, bias, errors)
            i += delta + 1
            n += i // (len(text) + 1)
            if n > 0x10FFFF:
                if errors == 'strict':
                    raise UnicodeDecodeError('punycode', digits, i - 1, i,
                                             f'Invalid character U+{n:x}')
                n = ord('?')
            i %= len(text) + 1
            text = text[:i] + chr(n) + text[i:]
            bias = _adapt(delta, pos == 0, len(text))
            pos = after
    except _Stop:
        pass
    return text


def punycode_decode(text, errors):
    """Return the str that the Punycode text (str or bytes-like) stands for."""
    if isinstance(text, str):
        text = text.encode('ascii')
    if isinstance(text, memoryview):
        text = bytes(text)
    cut = text.rfind(b'-')
    if cut < 0:
        base = ''
    else:
        try:
            base = str(text[:cut], 'ascii', errors)
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError('ascii', text, exc.start, exc.end, exc.reason) from None
    digits = text[cut + 1:].upper()
    try:
        return _insert_all(base, digits, errors)
    except UnicodeDecodeError as exc:
        raise UnicodeDecodeError('punycode', text, cut + 1 + exc.start, cut + 1 + exc.end,
                                 exc.reason) from None


def _check_errors(errors):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError(f'Unsupported error handling: {errors}')


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        _check_errors(errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        _check_errors(self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='punycode', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
