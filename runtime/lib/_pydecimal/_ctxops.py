"""The arithmetic methods of Context.

Each method converts its operands (Decimals and ints only) and runs the
matching Decimal operation under this context.  They are installed on
Context by the package once the Decimal class exists.
"""

from ._context import Context, S_FLOAT, S_CONVERSION
from ._kernel import ndigits, pow10
from ._number import (Decimal, _convert_strict, _Status, _fin, _from_float,
                      _from_int, _from_tuple, _parse, _done, INF, QNAN, SNAN,
                      _make, _run, _abs, _add, _sub, _mul, _div, _divint,
                      _rem, _divmod, _negate, _plus, _power)


def _dec(value):
    return _convert_strict(value)


class _ContextOps:

    def abs(self, a):
        """Return the absolute value of a."""
        return _run(_abs, self, _dec(a))

    def add(self, a, b):
        """Return a + b."""
        return _run(_add, self, _dec(a), _dec(b))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def compare(self, a, b):
        return _dec(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return _dec(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _dec(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _dec(a).compare_total_mag(b)

    def copy_abs(self, a):
        return _dec(a).copy_abs()

    def copy_decimal(self, a):
        return _dec(a)

    def copy_negate(self, a):
        return _dec(a).copy_negate()

    def copy_sign(self, a, b):
        return _dec(a).copy_sign(b)

    def create_decimal(self, num='0'):
        """Create a Decimal from num, rounded to this context."""
        st = _Status()
        if isinstance(num, str):
            d = _parse(num, self, st, True)
        elif isinstance(num, float):
            st.bits |= S_FLOAT
            d = _from_float(num)
        elif isinstance(num, int):
            d = _from_int(num)
        elif isinstance(num, Decimal):
            d = num
        elif isinstance(num, (tuple, list)):
            d = _from_tuple(tuple(num))
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(num).__name__)
        return _done(_round_to(d, self, st, True), self, st)

    def create_decimal_from_float(self, f):
        """Create a Decimal from a float or int, rounded to this context."""
        st = _Status()
        if isinstance(f, float):
            d = _from_float(f)
        elif isinstance(f, int):
            d = _from_int(f)
        else:
            raise TypeError('argument must be int or float')
        return _done(_round_to(d, self, st), self, st)

    def divide(self, a, b):
        return _run(_div, self, _dec(a), _dec(b))

    def divide_int(self, a, b):
        return _run(_divint, self, _dec(a), _dec(b))

    def divmod(self, a, b):
        return _run(_divmod, self, _dec(a), _dec(b))

    def exp(self, a):
        return _dec(a).exp(context=self)

    def fma(self, a, b, c):
        return _dec(a).fma(b, c, context=self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _dec(a).is_finite()

    def is_infinite(self, a):
        return _dec(a).is_infinite()

    def is_nan(self, a):
        return _dec(a).is_nan()

    def is_normal(self, a):
        return _dec(a).is_normal(context=self)

    def is_qnan(self, a):
        return _dec(a).is_qnan()

    def is_signed(self, a):
        return _dec(a).is_signed()

    def is_snan(self, a):
        return _dec(a).is_snan()

    def is_subnormal(self, a):
        return _dec(a).is_subnormal(context=self)

    def is_zero(self, a):
        return _dec(a).is_zero()

    def ln(self, a):
        return _dec(a).ln(context=self)

    def log10(self, a):
        return _dec(a).log10(context=self)

    def logb(self, a):
        return _dec(a).logb(context=self)

    def logical_and(self, a, b):
        return _dec(a).logical_and(b, context=self)

    def logical_invert(self, a):
        return _dec(a).logical_invert(context=self)

    def logical_or(self, a, b):
        return _dec(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _dec(a).logical_xor(b, context=self)

    def max(self, a, b):
        return _dec(a).max(b, context=self)

    def max_mag(self, a, b):
        return _dec(a).max_mag(b, context=self)

    def min(self, a, b):
        return _dec(a).min(b, context=self)

    def min_mag(self, a, b):
        return _dec(a).min_mag(b, context=self)

    def minus(self, a):
        return _run(_negate, self, _dec(a))

    def multiply(self, a, b):
        return _run(_mul, self, _dec(a), _dec(b))

    def next_minus(self, a):
        return _dec(a).next_minus(context=self)

    def next_plus(self, a):
        return _dec(a).next_plus(context=self)

    def next_toward(self, a, b):
        return _dec(a).next_toward(b, context=self)

    def normalize(self, a):
        return _dec(a).normalize(context=self)

    def number_class(self, a):
        return _dec(a).number_class(context=self)

    def plus(self, a):
        return _run(_plus, self, _dec(a))

    def power(self, a, b, modulo=None):
        """Return a ** b, or (a ** b) % modulo."""
        a = _dec(a)
        b = _dec(b)
        if modulo is not None:
            modulo = _dec(modulo)
        return _run(_power, self, a, b, modulo)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def radix(self):
        return Decimal(10)

    def remainder(self, a, b):
        return _run(_rem, self, _dec(a), _dec(b))

    def remainder_near(self, a, b):
        return _dec(a).remainder_near(b, context=self)

    def rotate(self, a, b):
        return _dec(a).rotate(b, context=self)

    def same_quantum(self, a, b):
        return _dec(a).same_quantum(b)

    def scaleb(self, a, b):
        return _dec(a).scaleb(b, context=self)

    def shift(self, a, b):
        return _dec(a).shift(b, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def subtract(self, a, b):
        return _run(_sub, self, _dec(a), _dec(b))

    def to_eng_string(self, a):
        return _dec(a).to_eng_string(context=self)

    def to_sci_string(self, a):
        return _dec(a)._to_string(self._capitals, False)

    def to_integral(self, a):
        return _dec(a).to_integral_value(context=self)

    def to_integral_exact(self, a):
        return _dec(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    def _apply(self, a):
        st = _Status()
        return _done(_round_to(_dec(a), self, st), self, st)


def _round_to(d, ctx, st, strict_nan=False):
    if d._kind in (QNAN, SNAN):
        room = ctx._prec - ctx._clamp
        payload = d._int
        if payload and ndigits(payload) > room:
            if strict_nan:
                st.bits |= S_CONVERSION
                return _make(0, 0, 0, QNAN)
            payload = payload % pow10(room) if room > 0 else 0
        return _make(d._sign, payload, 0, d._kind)
    if d._kind == INF:
        return _make(d._sign, 0, 0, INF)
    return _fin(d._sign, d._int, d._exp, ctx, st)


def install():
    for name, value in vars(_ContextOps).items():
        if name.startswith('__'):
            continue
        value.__qualname__ = 'Context.' + name
        setattr(Context, name, value)
