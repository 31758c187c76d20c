"""Decimal fixed- and floating-point arithmetic.

An implementation of the General Decimal Arithmetic Specification:
Decimal numbers are exact, and operations round their results to the
precision of an arithmetic Context, signalling conditions such as
Inexact or DivisionByZero through the context's flags and traps.
"""

from _pydecimal import *
from _pydecimal import __version__, __libmpdec_version__
