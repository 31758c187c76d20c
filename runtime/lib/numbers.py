"""The numeric tower of PEP 3141, expressed as abstract base classes.

The tower is Number > Complex > Real > Rational > Integral.  Each level
names the operations a type must provide (abstract methods) and derives
the rest from them (mixin methods).  The builtin numeric types are
registered as virtual subclasses at the bottom of this module.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class.

    isinstance(x, Number) is the test for "x is some kind of number",
    whatever its precise type.
    """
    __slots__ = ()

    # Left unhashable here; each concrete type supplies its own hash.
    __hash__ = None


class Complex(Number):
    """The operations of the builtin complex type.

    Subclasses provide complex(), .real, .imag, conjugate(), abs(), the
    arithmetic operators + - * / ** and equality.  An implementation that
    meets an operand it knows nothing about should defer to the builtin
    complex type.
    """

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self): the value as a builtin complex."""

    def __bool__(self):
        """bool(self): false exactly when the number is zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part, an instance of Real."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part, an instance of Real."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other (may produce a float)."""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent (may produce a float or a complex)."""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """abs(self): the distance from zero, as a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate: x+y*i becomes x-y*i."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError


class Real(Complex):
    """Complex numbers restricted to the real line.

    On top of Complex this asks for float(), trunc(), floor(), ceil(),
    round(), //, %, < and <=, and derives divmod() and the Complex
    members (real, imag, conjugate, complex()) from them.
    """

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """float(self): the value as a builtin float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """trunc(self): the Integral nearest to self in the direction of 0."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """floor(self): the largest Integral not above self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """ceil(self): the smallest Integral not below self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self, ndigits): ties go to the even neighbour.

        Without ndigits (or with None) the result is an Integral; with
        ndigits it is a Real rounded to that many decimal places.
        """
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other): The pair (self // other, self % other).

        Override it when both parts can be found in one step.
        """
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self), i.e. (other // self, other % self).

        Override it when both parts can be found in one step.
        """
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """self // other, i.e. floor(self / other)."""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self, i.e. floor(other / self)."""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other (a total order, NaNs aside)."""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    # Complex's abstract members, derived for real numbers.
    def __complex__(self):
        """A real number as a complex one with zero imaginary part."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """The imaginary part of a real number is 0."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


class Rational(Real):
    """Fractions; numerator and denominator are kept in lowest terms."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """float(self), computed as numerator / denominator

        Dividing the two ints directly (rather than converting either
        to float first) keeps huge numerators and denominators from
        overflowing.
        """
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Whole numbers: Rational plus int(), three-argument pow() and
    the bitwise operators << >> & ^ | ~.
    """

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""
        raise NotImplementedError

    def __index__(self):
        """operator.index(self), used for slicing and sequence indexing."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """pow(self, exponent, modulus), equal to self ** exponent % modulus.

        Supporting the modulus is optional; when it is given, a negative
        exponent or a non-Integral argument should raise TypeError.
        """
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    # Rational's members, derived for integers.
    def __float__(self):
        """float(self), by way of int(self)."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """The denominator of an integer is 1."""
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
