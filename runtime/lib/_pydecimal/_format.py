"""The format-spec mini-language for Decimal.

[[fill]align][sign][z][#][0][width][,][.precision][type], with types
e E f F g G n % (no type: like g, with the context's exponent letter).
Rounding uses the context's rounding mode; the digits are never
converted to binary, so the output is exact.
"""

import re

from ._kernel import pow10, ndigits, digits_str, shift_round

_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ])?
    (?P<nozero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0)?
    (?P<width>\d+)?
    (?P<sep>,)?
    (?:\.(?P<precision>\d+))?
    (?P<type>[eEfFgGn%])?
    \Z""", re.VERBOSE | re.DOTALL)


def _invalid():
    return ValueError('invalid format string')


def _group(digits, sep, min_width):
    """Insert sep every three digits, zero-padding to min_width."""
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:]
                      if digits else '0' * size)
        digits = digits[:-size] if len(digits) > size else ''
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _round_sig(coef, exp, sign, places, mode):
    """Round coef * 10**exp to at most places significant digits."""
    nd = ndigits(coef)
    if coef and nd > places:
        coef, _ = shift_round(coef, nd - places, sign, mode)
        exp += nd - places
        if coef == pow10(places):
            coef //= 10
            exp += 1
    return coef, exp


def format_decimal(d, spec, ctx):
    if not isinstance(spec, str):
        raise TypeError('format spec must be a string')
    m = _SPEC.match(spec)
    if m is None:
        raise _invalid()
    fill = m.group('fill')
    align = m.group('align')
    zeropad = m.group('zeropad')
    kind = m.group('type')
    sep = m.group('sep') or ''
    if zeropad and align:
        raise _invalid()
    if sep and kind == 'n':
        raise _invalid()
    width = int(m.group('width')) if m.group('width') else 0
    precision = m.group('precision')
    precision = int(precision) if precision is not None else None
    alt = bool(m.group('alt'))

    negative = d._sign == 1
    if d._kind != 0:
        # Infinities and NaNs: no rounding, grouping or zero padding.
        body = d._to_string(1, False).lstrip('-')
        if kind == '%':
            body += '%'
        zeropad = None
    else:
        body, negative = _format_finite(d, kind, precision, alt, sep,
                                        zeropad, width, m.group('sign'),
                                        m.group('nozero'), ctx)
    if negative:
        sign = '-'
    elif m.group('sign') in ('+', ' '):
        sign = m.group('sign')
    else:
        sign = ''
    if zeropad:
        fill, align = '0', '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '=':
        return sign + fill * pad + body
    left = pad // 2
    return fill * left + sign + body + fill * (pad - left)


def _format_finite(d, kind, precision, alt, sep, zeropad, width, signopt,
                   nozero, ctx):
    sign = d._sign
    coef = d._int
    exp = d._exp
    mode = ctx._rounding
    if kind == '%':
        exp += 2
    if kind in ('e', 'E'):
        if precision is not None:
            if coef == 0:
                digits = '0' * (precision + 1)
            else:
                coef, exp = _round_sig(coef, exp, sign, precision + 1, mode)
                nd = ndigits(coef)
                if nd < precision + 1:
                    coef *= pow10(precision + 1 - nd)
                    exp -= precision + 1 - nd
                digits = digits_str(coef)
        else:
            digits = digits_str(coef)
    elif kind in ('f', 'F', '%'):
        if coef == 0 and exp > 0 and precision is None:
            # Zero shows no digits beyond its units place.
            exp = 0
        if precision is not None:
            target = -precision
            if exp < target:
                coef, _ = shift_round(coef, target - exp, sign, mode)
            else:
                coef *= pow10(exp - target)
            exp = target
        digits = digits_str(coef)
    else:
        if precision is not None:
            coef, exp = _round_sig(coef, exp, sign, max(precision, 1), mode)
        digits = digits_str(coef)
    # A zero padded for 'e' keeps its exponent as the place of its last
    # digit, so its shown exponent grows with the precision.
    left = exp + len(digits)
    if kind in ('e', 'E'):
        dot = 1
    elif kind in ('f', 'F', '%'):
        dot = left
    elif exp <= 0 and left > -6:
        dot = left
    else:
        dot = 1
    if dot <= 0:
        intpart = '0'
        frac = '0' * -dot + digits
    elif dot >= len(digits):
        intpart = digits + '0' * (dot - len(digits))
        frac = ''
    else:
        intpart = digits[:dot]
        frac = digits[dot:]
    shown = left - dot
    if kind in ('e', 'E', 'g', 'G', 'n') or kind is None:
        if kind in ('e', 'E') or shown:
            if kind in ('E', 'G'):
                letter = 'E'
            elif kind is None:
                letter = 'E' if ctx._capitals else 'e'
            else:
                letter = 'e'
            expstr = '%s%+d' % (letter, shown)
        else:
            expstr = ''
    else:
        expstr = ''
    tail = ('.' + frac if frac or alt else '') + expstr
    if kind == '%':
        tail += '%'
    negative = sign == 1
    if nozero and negative and coef == 0:
        negative = False
    if sep or zeropad:
        signlen = 1 if negative or signopt in ('+', ' ') else 0
        min_width = width - signlen - len(tail) if zeropad else 1
        if sep:
            intpart = _group(intpart, sep, min_width)
        else:
            intpart = intpart.rjust(min_width, '0')
    return intpart + tail, negative
