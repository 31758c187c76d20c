"""Decimal fixed- and floating-point arithmetic, in pure Python.

The public names are re-exported by the decimal module; the work is split
by role: _context (signals and contexts), _number (the Decimal class and
basic arithmetic), _transcend (roots, logarithms, powers), _format (the
format-spec language), _kernel (integer helpers) and _ctxops (the
arithmetic methods of Context).
"""

from ._context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
    ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN,
    MIN_ETINY, DecimalException, Clamped, InvalidOperation, ConversionSyntax,
    DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
    InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation,
    Context, DefaultContext, BasicContext, ExtendedContext, getcontext,
    setcontext, localcontext)
from ._number import Decimal, DecimalTuple
from . import _ctxops

_ctxops.install()

import numbers as _numbers
_numbers.Number.register(Decimal)
del _numbers

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

HAVE_THREADS = True
HAVE_CONTEXTVAR = True

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR']
