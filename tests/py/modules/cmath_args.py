# cmath argument handling: what converts to a complex or a real number, and the
# errors for everything else, with CPython's messages.
import cmath
import warnings


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as exc:
        print(f'{type(exc).__name__}: {exc}')


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return -4.0


class WithIndex:
    def __index__(self):
        return 9


class Both:
    # __complex__ wins over __float__.
    def __complex__(self):
        return 2j

    def __float__(self):
        return 100.0


class BadComplex:
    def __complex__(self):
        return 5


class BadFloat:
    def __float__(self):
        return 'x'


class BadIndex:
    def __index__(self):
        return 2.5


class RaisingComplex:
    def __complex__(self):
        raise KeyError('inside __complex__')

    def __float__(self):
        return 1.0


class NoneComplex:
    __complex__ = None


class ComplexSub(complex):
    # The value of a complex subclass is used as it is: __complex__ is not called.
    def __complex__(self):
        return 99j


class FloatSub(float):
    def __float__(self):
        return 99.0


class IntSub(int):
    pass


class ReturnsSub:
    def __complex__(self):
        return ComplexSub(16)


class FloatReturnsSub:
    def __float__(self):
        return FloatSub(25.0)


class Instance:
    pass


inst = Instance()
inst.__complex__ = lambda: 1j   # instance attributes are not special methods

for arg in [WithComplex(), WithFloat(), WithIndex(), Both(), ComplexSub(-4, 0),
            FloatSub(-9.0), IntSub(-16), True, 2 ** 60, -(2 ** 70), 4.0, -0.0, 0j]:
    attempt(cmath.sqrt, arg)

for arg in [BadComplex(), BadFloat(), BadIndex(), RaisingComplex(), NoneComplex(), inst,
            'abc', b'1', None, [1], {}, 10 ** 400, object()]:
    attempt(cmath.sqrt, arg)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    attempt(cmath.sqrt, ReturnsSub())
    attempt(cmath.exp, FloatReturnsSub())
    attempt(cmath.log, ReturnsSub(), FloatReturnsSub())
    attempt(cmath.rect, FloatReturnsSub(), 0)
    attempt(cmath.isclose, ReturnsSub(), 16, abs_tol=FloatReturnsSub())
for w in caught:
    # The warning names the line that called cmath (the one in attempt()).
    print(w.category.__name__, str(w.message)[:60], w.lineno)

print('--- argument counts and keywords')
attempt(cmath.sqrt)
attempt(cmath.sqrt, 1, 2)
attempt(cmath.sqrt, z=1)
attempt(cmath.exp, 1, x=2)
attempt(cmath.phase)
attempt(cmath.polar, 1, 2)
attempt(cmath.isnan)
attempt(cmath.isinf, 1, 2)
attempt(cmath.isfinite, z=1)
attempt(cmath.log)
attempt(cmath.log, 1, 2, 3)
attempt(cmath.log, 1, base=2)
attempt(cmath.rect, 1)
attempt(cmath.rect, 1, 2, 3)
attempt(cmath.rect, r=1, phi=2)
attempt(cmath.isclose, 1)
attempt(cmath.isclose, 1, 2, 3)
attempt(cmath.isclose, 1, 2, tol=1)
attempt(cmath.isclose, a=1, b=1)
attempt(cmath.isclose, 1, b=1.0)

print('--- real-only arguments')
attempt(cmath.rect, 1j, 0)
attempt(cmath.rect, 1, 'x')
attempt(cmath.rect, WithIndex(), WithFloat())
attempt(cmath.rect, 10 ** 400, 1)
attempt(cmath.isclose, 1, 1, rel_tol='a')
attempt(cmath.isclose, 1, 1, rel_tol=1j)
attempt(cmath.isclose, 1, 1, rel_tol=-1e-9)
attempt(cmath.isclose, 1, 1, abs_tol=-0.5)
attempt(cmath.isclose, 1, 1, rel_tol=WithIndex())
attempt(cmath.isclose, 'a', 1)
attempt(cmath.isclose, 1, 'b')
attempt(cmath.log, 'a', 2)
attempt(cmath.log, 2, 'b')
attempt(cmath.log, WithComplex(), WithIndex())

print('--- result types')
print(type(cmath.sqrt(4)).__name__, type(cmath.phase(1)).__name__,
      type(cmath.polar(1)).__name__, type(cmath.isnan(1)).__name__,
      type(cmath.rect(1, 1)).__name__, type(cmath.isclose(1, 1)).__name__)
print(cmath.sqrt.__name__, cmath.log.__name__, cmath.isclose.__name__)
