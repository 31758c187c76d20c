"""Signals, rounding modes and the arithmetic Context of the decimal module.

An operation collects the conditions it meets in a bit mask (a "status").
When it finishes, Context._signal sets the matching flags and raises the
first trapped signal, carrying the list of every trapped condition, so a
single operation reports all of its conditions at once.  Flags and traps
are kept as bit masks over the conditions (InvalidOperation covers five
of them); the mapping views handed out as ctx.flags and ctx.traps read
and write those masks.
"""

import contextvars
from collections.abc import MutableMapping

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    """Base class of all decimal signals."""


class Clamped(DecimalException):
    """The exponent of a result was altered to fit the context."""


class InvalidOperation(DecimalException):
    """An operation had no meaningful result."""


class ConversionSyntax(InvalidOperation):
    """A string could not be converted to a Decimal."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division result did not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were discarded while rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid for the operation."""


class Rounded(DecimalException):
    """Digits (perhaps zeros) were discarded while rounding."""


class Subnormal(DecimalException):
    """A result's adjusted exponent was below Emin."""


class Overflow(Inexact, Rounded):
    """A result's exponent was too large to represent."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded inexactly."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow,
             FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

# Condition bits, in the order a trap's argument list names them.
S_INVALID = 1
S_CONVERSION = 2
S_DIV_IMPOSSIBLE = 4
S_DIV_UNDEFINED = 8
S_INVALID_CONTEXT = 16
S_FLOAT = 32
S_DIV_ZERO = 64
S_OVERFLOW = 128
S_UNDERFLOW = 256
S_SUBNORMAL = 512
S_INEXACT = 1024
S_ROUNDED = 2048
S_CLAMPED = 4096

_CONDITIONS = ((S_INVALID, InvalidOperation), (S_CONVERSION, ConversionSyntax),
               (S_DIV_IMPOSSIBLE, DivisionImpossible),
               (S_DIV_UNDEFINED, DivisionUndefined),
               (S_INVALID_CONTEXT, InvalidContext), (S_FLOAT, FloatOperation),
               (S_DIV_ZERO, DivisionByZero), (S_OVERFLOW, Overflow),
               (S_UNDERFLOW, Underflow), (S_SUBNORMAL, Subnormal),
               (S_INEXACT, Inexact), (S_ROUNDED, Rounded), (S_CLAMPED, Clamped))

# The nine signals, in the order the flag mappings list them, and the
# condition bits each one stands for.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_INVALID_GROUP = (S_INVALID | S_CONVERSION | S_DIV_IMPOSSIBLE | S_DIV_UNDEFINED
                  | S_INVALID_CONTEXT)
_SIGNAL_BIT = {InvalidOperation: _INVALID_GROUP, FloatOperation: S_FLOAT,
               DivisionByZero: S_DIV_ZERO, Overflow: S_OVERFLOW,
               Underflow: S_UNDERFLOW, Subnormal: S_SUBNORMAL,
               Inexact: S_INEXACT, Rounded: S_ROUNDED, Clamped: S_CLAMPED}

# Flags and traps remember which condition was met; a context's repr lists
# them in this order, naming each signal once.
_REPR_ORDER = ((S_CLAMPED, 'Clamped'), (S_CONVERSION, 'InvalidOperation'),
               (S_DIV_ZERO, 'DivisionByZero'),
               (S_DIV_IMPOSSIBLE, 'InvalidOperation'),
               (S_DIV_UNDEFINED, 'InvalidOperation'), (S_INEXACT, 'Inexact'),
               (S_INVALID_CONTEXT, 'InvalidOperation'),
               (S_INVALID, 'InvalidOperation'), (S_FLOAT, 'FloatOperation'),
               (S_OVERFLOW, 'Overflow'), (S_ROUNDED, 'Rounded'),
               (S_SUBNORMAL, 'Subnormal'), (S_UNDERFLOW, 'Underflow'))


_SIGNALS_MSG = ('valid values for signals are:\n'
                '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                '   Clamped]')
_ROUNDING_MSG = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


class SignalDictMixin:
    """A live view of a context's flags or traps, keyed by signal class."""

    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bit(self, key):
        try:
            return _SIGNAL_BIT[key]
        except (KeyError, TypeError):
            raise KeyError(_SIGNALS_MSG) from None

    def __getitem__(self, key):
        return bool(getattr(self._ctx, self._attr) & self._bit(key))

    def __setitem__(self, key, value):
        bit = self._bit(key)
        mask = getattr(self._ctx, self._attr)
        setattr(self._ctx, self._attr, mask | bit if value else mask & ~bit)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __repr__(self):
        mask = getattr(self._ctx, self._attr)
        items = ', '.join('%r:%s' % (sig, bool(mask & _SIGNAL_BIT[sig]))
                          for sig in _SIGNALS)
        return '{' + items + '}'

    def copy(self):
        return {sig: self[sig] for sig in _SIGNALS}


class SignalDict(SignalDictMixin, MutableMapping):
    __slots__ = ()


SignalDictMixin.__module__ = 'decimal'
SignalDict.__module__ = 'decimal'


def _signal_mask(value, from_list):
    """Turn a list of signals or a complete signal dict into a mask."""
    if isinstance(value, SignalDictMixin):
        return getattr(value._ctx, value._attr)
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(
                sig not in value for sig in _SIGNALS):
            raise KeyError('invalid signal dict')
        return sum(_SIGNAL_BIT[sig] for sig in _SIGNALS if value[sig])
    if from_list and isinstance(value, (list, tuple)):
        mask = 0
        for sig in value:
            if sig not in _SIGNAL_BIT:
                raise KeyError(_SIGNALS_MSG)
            mask |= _SIGNAL_BIT[sig]
        return mask
    raise TypeError('argument must be a signal dict')


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


def _int_attribute(slot, low, high, message):
    """A Context attribute stored in slot: an int from low to high."""
    def get(self):
        return getattr(self, slot)

    def set(self, value):
        if not low <= _check_int(value) <= high:
            raise ValueError(message)
        setattr(self, slot, value)
    return property(get, set)


def _signal_attribute(slot):
    """The flags or traps of a Context: a live dict view of the bits in slot;
    assigning takes a mapping of every signal."""
    def get(self):
        return SignalDict(self, slot)

    def set(self, value):
        setattr(self, slot, _signal_mask(value, False))
    return property(get, set)


class Context:
    """The environment of arithmetic: precision, rounding, exponent limits,
    flags and traps."""

    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_capitals',
                 '_clamp', '_flags', '_traps', '__weakref__')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None, **kwargs):
        for key in kwargs:
            raise TypeError('this function got an unexpected keyword '
                            'argument %r' % key)
        base = DefaultContext if DefaultContext is not None else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._emin = -999999
        self._emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = (_SIGNAL_BIT[InvalidOperation]
                       | _SIGNAL_BIT[DivisionByZero] | _SIGNAL_BIT[Overflow])
        if base is not None:
            self._prec = base._prec
            self._rounding = base._rounding
            self._emin = base._emin
            self._emax = base._emax
            self._capitals = base._capitals
            self._clamp = base._clamp
            self._traps = base._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signal_mask(flags, True)
        if traps is not None:
            self._traps = _signal_mask(traps, True)

    # -- attributes ----------------------------------------------------

    prec = _int_attribute('_prec', 1, MAX_PREC,
                          'valid range for prec is [1, MAX_PREC]')

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    Emin = _int_attribute('_emin', MIN_EMIN, 0,
                          'valid range for Emin is [MIN_EMIN, 0]')
    Emax = _int_attribute('_emax', 0, MAX_EMAX,
                          'valid range for Emax is [0, MAX_EMAX]')
    capitals = _int_attribute('_capitals', 0, 1,
                              'valid values for capitals are 0 or 1')
    clamp = _int_attribute('_clamp', 0, 1,
                           'valid values for clamp are 0 or 1')
    flags = _signal_attribute('_flags')
    traps = _signal_attribute('_traps')

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    # -- status handling ------------------------------------------------

    def _signal(self, status):
        """Record the conditions in status; raise the first trapped one."""
        if not status:
            return
        self._flags |= status
        trapped = status & self._traps
        if trapped:
            for sig in _SIGNALS:
                if trapped & _SIGNAL_BIT[sig]:
                    break
            raise sig([cls for bit, cls in _CONDITIONS if trapped & bit])

    # -- misc ------------------------------------------------------------

    def Etiny(self):
        """Return the smallest exponent of a subnormal number."""
        return self._emin - self._prec + 1

    def Etop(self):
        """Return the largest exponent usable with the full precision."""
        return self._emax - self._prec + 1

    def clear_flags(self):
        """Reset all flags to False."""
        self._flags = 0

    def clear_traps(self):
        """Reset all traps to False."""
        self._traps = 0

    def copy(self):
        """Return a copy of the context."""
        new = Context.__new__(Context)
        new._prec = self._prec
        new._rounding = self._rounding
        new._emin = self._emin
        new._emax = self._emax
        new._capitals = self._capitals
        new._clamp = self._clamp
        new._flags = self._flags
        new._traps = self._traps
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        flags = [sig for sig in _SIGNALS if self._flags & _SIGNAL_BIT[sig]]
        traps = [sig for sig in _SIGNALS if self._traps & _SIGNAL_BIT[sig]]
        return (Context, (self._prec, self._rounding, self._emin, self._emax,
                          self._capitals, self._clamp, flags, traps))

    def __repr__(self):
        def names(mask):
            out = []
            for bit, name in _REPR_ORDER:
                if mask & bit and name not in out:
                    out.append(name)
            return ', '.join(out)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])' %
                (self._prec, self._rounding, self._emin, self._emax,
                 self._capitals, self._clamp, names(self._flags),
                 names(self._traps)))

    __hash__ = None


Context.__module__ = 'decimal'
DefaultContext = None
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[InvalidOperation, DivisionByZero, Overflow,
                              Underflow, Clamped])
ExtendedContext = Context(prec=9, traps=[])

_current = contextvars.ContextVar('decimal_context')


def getcontext():
    """Return the context of the current thread (or task)."""
    try:
        return _current.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx._flags = 0
        _current.set(ctx)
        return ctx


def setcontext(context):
    """Make context the current thread's (or task's) context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current.set(context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


class _ContextManager:
    """Install a context for the duration of a with-statement."""

    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager that installs a copy of ctx (default: the
    current context), changed by the keyword arguments."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError('this function got an unexpected keyword '
                            'argument %r' % key)
        if key == 'flags':
            new._flags = _signal_mask(value, True)
        elif key == 'traps':
            new._traps = _signal_mask(value, True)
        else:
            setattr(new, key, value)
    return _ContextManager(new)
