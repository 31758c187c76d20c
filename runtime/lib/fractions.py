"""Fraction, infinite-precision, rational numbers.

A Fraction is kept in lowest terms with a positive denominator, so two
equal fractions always have equal numerators and denominators.  Mixed
arithmetic follows the numeric tower: an int or Fraction operand keeps
the result exact, a float operand gives a float and a complex operand a
complex.
"""

import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']


# Numeric hashing parameters: equal numbers of any type must hash alike.
_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf


# Accepted string forms: '3', '-3/4', ' 1.5e3 ', '1_000/3'.  Underscores
# may only separate digits; spaces may surround the whole and the slash.
_DIGITS = r'\d+(?:_\d+)*'
_RATIONAL_FORMAT = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>(?:""" + _DIGITS + r""")?)
    (?:
        \s*/\s*(?P<denom>""" + _DIGITS + r""")
    |
        (?:\.(?P<decimal>(?:""" + _DIGITS + r""")?))?
        (?:E(?P<exp>[-+]?""" + _DIGITS + r"""))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)


def _hash_fraction(numerator, denominator):
    # The hash of n/d is n * inverse(d) modulo the hash prime; a
    # denominator divisible by the prime has no inverse and acts as inf.
    try:
        inverse = pow(denominator, -1, _PyHASH_MODULUS)
    except ValueError:
        h = _PyHASH_INF
    else:
        h = hash(inverse * hash(abs(numerator)))
    if numerator < 0:
        h = -h
    return -2 if h == -1 else h


def _round_half_even(n, d):
    """Round n/d (d > 0) to the nearest int, ties to even."""
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q % 2 == 1):
        q += 1
    return q



def _is_decimal(x):
    # A Decimal can only exist once the decimal module is loaded; fractions does not
    # load it itself.
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(x, decimal.Decimal)

class Fraction(numbers.Rational):
    """This class implements rational numbers.

    Fraction(p, q) takes two Rationals and reduces p/q, so Fraction(8, 6)
    is 4/3; Fraction() is 0 and Fraction(n) is n/1.  A single argument may
    also be an int or other Rational, a float (converted exactly), or a
    string: an integer, a decimal such as '-2.5e3', or 'p/q'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Create a Fraction from one value or a numerator/denominator pair."""
        obj = object.__new__(cls)

        if denominator is None:
            if type(numerator) is int:
                obj._numerator, obj._denominator = numerator, 1
                return obj
            if isinstance(numerator, numbers.Rational):
                top, bottom = numerator.numerator, numerator.denominator
                obj._numerator, obj._denominator = top, bottom
                return obj
            if isinstance(numerator, float) or _is_decimal(numerator):
                top, bottom = numerator.as_integer_ratio()
                obj._numerator, obj._denominator = top, bottom
                return obj
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string "
                                "or a Rational instance")
            numerator, denominator = cls._parse(numerator)
        elif not (type(numerator) is int and type(denominator) is int):
            R = numbers.Rational
            if not (isinstance(numerator, R) and isinstance(denominator, R)):
                raise TypeError("both arguments should be "
                                "Rational instances")
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
            numerator, denominator = top, bottom

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        obj._numerator = numerator // g
        obj._denominator = denominator // g
        return obj

    @staticmethod
    def _parse(text):
        m = _RATIONAL_FORMAT.match(text)
        if m is None:
            raise ValueError('Invalid literal for Fraction: %r' % text)
        numerator = int(m.group('num') or '0')
        denom = m.group('denom')
        if denom:
            denominator = int(denom)
        else:
            denominator = 1
            decimal = m.group('decimal')
            if decimal:
                decimal = decimal.replace('_', '')
                scale = 10 ** len(decimal)
                denominator *= scale
                numerator = int(decimal) + scale * numerator
            exp = m.group('exp')
            if exp:
                exp = int(exp)
                if exp >= 0:
                    numerator *= 10 ** exp
                else:
                    denominator *= 10 ** -exp
        if m.group('sign') == '-':
            numerator = -numerator
        return numerator, denominator

    @classmethod
    def from_float(cls, f):
        """The exact value of a finite float as a Fraction.

        The binary value is kept, so from_float(0.1) is not 1/10.
        """
        if isinstance(f, numbers.Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal as a Fraction."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError(f"{cls.__name__}.from_decimal() only takes "
                            f"Decimals, not {dec!r} ({type(dec).__name__})")
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        """Internal constructor that skips normalisation.

        The caller guarantees coprime ints and a positive denominator.
        """
        obj = object.__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        """True when the denominator is 1."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator): reduced, denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        For instance Fraction(1, 3) is the answer for 0.333 with a limit
        of 5, and a fraction already within the limit comes back unchanged.
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)

        # Walk the continued fraction expansion; the best approximation is
        # either the last convergent p1/q1 that fits or the semiconvergent
        # with the largest denominator that still fits.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n = self._numerator
        d = self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # self lies between the semiconvergent (p0+k*p1)/(q0+k*q1) and the
        # convergent p1/q1; it equals (d*p0 + n*p1)/(d*q0 + n*q1), so the
        # convergent is at least as close exactly when the test below holds.
        # On a tie the convergent wins: it has the smaller denominator.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        """format(self, spec): 'n/d' style, or float style for e/f/g/%."""
        return _format(self._numerator, self._denominator, format_spec,
                       type(self).__name__)

    # Binary operators.  Each comes as a pair: the forward method handles
    # Fraction op x, the reverse method x op Fraction.  int and Fraction
    # operands stay exact; float and complex operands fall back to float
    # or complex arithmetic.

    def _binop_pair(exact, inexact, complex_ok=True):
        # Wrap the exact Fraction-by-Fraction operation `exact` into the
        # forward and reflected special methods; `inexact` (an operator
        # function) does the float/complex work.
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction._from_coprime_ints(int(b), 1))
            if isinstance(b, float):
                return inexact(float(a), b)
            if complex_ok and isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if complex_ok and isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        base = inexact.__name__
        forward.__name__, reverse.__name__ = f'__{base}__', f'__r{base}__'
        forward.__doc__ = reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        return _make(a._numerator * b._denominator + b._numerator * a._denominator,
                     a._denominator * b._denominator)

    __add__, __radd__ = _binop_pair(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        return _make(a._numerator * b._denominator - b._numerator * a._denominator,
                     a._denominator * b._denominator)

    __sub__, __rsub__ = _binop_pair(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        return _make(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _binop_pair(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
        n = a._numerator * b._denominator
        d = a._denominator * b._numerator
        if d < 0:
            n, d = -n, -d
        return _make(n, d)

    __truediv__, __rtruediv__ = _binop_pair(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return ((a._numerator * b._denominator) //
                (a._denominator * b._numerator))

    __floordiv__, __rfloordiv__ = _binop_pair(_floordiv, operator.floordiv,
                                              False)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, _make(r, da * db)

    __divmod__, __rdivmod__ = _binop_pair(_divmod, divmod, False)

    def _mod(a, b):
        """a % b"""
        da, db = a._denominator, b._denominator
        return _make((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _binop_pair(_mod, operator.mod, False)

    def __pow__(a, b):
        """a ** b

        An integral exponent gives an exact Fraction; any other exponent
        gives a float (or complex) result.
        """
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                num, den = a._numerator, a._denominator
                if power >= 0:
                    return Fraction._from_coprime_ints(num ** power, den ** power)
                if num == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (den ** -power,))
                if num > 0:
                    return Fraction._from_coprime_ints(den ** -power, num ** -power)
                return Fraction._from_coprime_ints((-den) ** -power,
                                                   (-num) ** -power)
            # A fractional power is generally irrational.
            return float(a) ** float(b)
        elif isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # An int base stays an int.
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a, always a plain Fraction (even for a subclass)."""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        # Scale, round to an int and scale back; the result stays exact.
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        return _hash_fraction(self._numerator, self._denominator)

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # No finite value equals nan or inf.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """Helper for comparison operators, for internal use only."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                # Any finite number compares with nan or inf like 0.0 does.
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Pickling and copying: Fractions are immutable.

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _make(n, d):
    # n/d with d > 0, reduced to lowest terms.
    g = math.gcd(n, d)
    if g != 1:
        n //= g
        d //= g
    return Fraction._from_coprime_ints(n, d)


# Formatting.  Without a presentation type a Fraction formats as 'n/d'
# with fill, alignment, sign, width and grouping; with one of 'eEfFgG%'
# it formats like a float, but rounded exactly from the rational value.

_PLAIN_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<alt>\#)?
    (?P<width>0|[1-9][0-9]*)?
    (?P<sep>[,_])?
    \Z""", re.DOTALL | re.VERBOSE)

_FLOAT_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<nonegzero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<width>[0-9]+)?
    (?P<sep>[,_])?
    (?:\.(?P<precision>[0-9]+))?
    (?P<type>[eEfFgG%])
    \Z""", re.DOTALL | re.VERBOSE)


def _group(digits, sep):
    # Insert sep between groups of three digits, counting from the right.
    if not sep:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]]
    parts.extend(digits[i:i + 3] for i in range(head, len(digits), 3))
    return sep.join(parts)


def _pad(sign, body, fill, align, width):
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * padding
    if align == '^':
        half = padding // 2
        return fill * half + sign + body + fill * (padding - half)
    if align == '=':
        return sign + fill * padding + body
    return fill * padding + sign + body


def _sign_text(negative, sign):
    if negative:
        return '-'
    return '' if sign == '-' else sign


def _format(n, d, spec, type_name):
    m = _PLAIN_SPEC.match(spec)
    if m is not None:
        sep = m.group('sep') or ''
        body = _group(str(abs(n)), sep)
        if d != 1 or m.group('alt'):
            body += '/' + _group(str(d), sep)
        return _pad(_sign_text(n < 0, m.group('sign')), body,
                    m.group('fill') or ' ', m.group('align') or '>',
                    int(m.group('width') or 0))
    m = _FLOAT_SPEC.match(spec)
    if m is None or (m.group('align') and m.group('zeropad')):
        raise ValueError(f"Invalid format specifier {spec!r} "
                         f"for object of type {type_name!r}")

    kind = m.group('type')
    prec = m.group('precision')
    prec = 6 if prec is None else int(prec)
    alt = bool(m.group('alt'))
    negative = n < 0
    n = abs(n)
    suffix = ''
    if kind == '%':
        n *= 100
        suffix = '%'

    if kind in 'fF%':
        scientific = False
        decimals = prec
    else:
        if kind in 'gG':
            prec = max(prec, 1)
            exp = _exponent_after_rounding(n, d, prec - 1)
            scientific = not (-4 <= exp < prec)
            decimals = prec - 1 if scientific else prec - 1 - exp
        else:
            scientific = True
            decimals = prec

    if scientific:
        exp = _exponent_after_rounding(n, d, decimals)
        digits = _scaled_round(n, d, decimals - exp)
        exp_text = '%s%+03d' % ('E' if kind in 'EG' else 'e', exp)
    else:
        digits = _round_half_even(n * 10 ** decimals, d)
        exp_text = ''

    text = str(digits).zfill(decimals + 1)
    if decimals:
        leading, frac = text[:-decimals], text[-decimals:]
    else:
        leading, frac = text, ''
    if kind in 'gG' and not alt:
        frac = frac.rstrip('0')
    point = '.' if frac or alt else ''
    if negative and m.group('nonegzero') and digits == 0:
        negative = False
    sign = _sign_text(negative, m.group('sign'))
    rest = point + frac + exp_text + suffix

    sep = m.group('sep') or ''
    width = int(m.group('width') or 0)
    if m.group('zeropad'):
        # Pad with zeros so that the grouped leading part fills the width.
        need = width - len(sign) - len(rest)
        count = len(leading)
        while count + (count - 1) // 3 * bool(sep) < need:
            count += 1
        leading = leading.zfill(count)
    body = _group(leading, sep) + rest
    if m.group('zeropad'):
        return _pad(sign, body, '0', '=', width)
    return _pad(sign, body, m.group('fill') or ' ', m.group('align') or '>', width)


def _exponent_after_rounding(n, d, decimals):
    """Exponent of n/d (n >= 0) once rounded to decimals+1 significant digits."""
    if n == 0:
        return 0
    # First guess from the digit counts, then correct it exactly.
    exp = len(str(n)) - len(str(d))
    if exp >= 0:
        if n < d * 10 ** exp:
            exp -= 1
    elif n * 10 ** -exp < d:
        exp -= 1
    # Rounding may carry into a new leading digit (9.99 -> 10.0).
    if _scaled_round(n, d, decimals - exp) >= 10 ** (decimals + 1):
        exp += 1
    return exp


def _scaled_round(n, d, shift):
    # round(n/d * 10**shift), ties to even.
    if shift >= 0:
        return _round_half_even(n * 10 ** shift, d)
    return _round_half_even(n, d * 10 ** -shift)
