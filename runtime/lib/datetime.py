"""Basic date and time types: Weft's datetime module.

A pure-Python implementation written for Weft.  It follows the behaviour that
the Python 3.13 documentation specifies for the datetime module (and CPython's
observable results: reprs, error messages, rounding), but the code is Weft's
own.

Internal representation
-----------------------
All calendar arithmetic is done on integers:

* a day is identified by its proleptic Gregorian *ordinal* (0001-01-01 is
  day 1, 9999-12-31 is day 3652059);
* a time of day and a duration are counted in whole microseconds.

So `date + timedelta`, `datetime - datetime`, conversions between time
zones, etc. are exact; floats only enter where the documented API takes or
returns them (timedelta constructor arguments, total_seconds(), timestamps).

Not implemented (each raises NotImplementedError naming the feature):
strptime directives %c %x %X (locale formats) and %U %W %G %V (week-number
based dates), and a format that uses the same strptime directive twice
(CPython fails there too, with a regular-expression error).

Known differences from CPython, all on error or edge paths:
* ordering comparisons with unrelated types (date < 5) return NotImplemented,
  so the interpreter's TypeError names the class 'date', not 'datetime.date'
  (the same holds for `seq * timedelta`); and when a date is ordered against a
  datetime the message always reads as `datetime <op> date`;
* calling a reflected dunder directly (timedelta.__radd__(x)) raises the
  TypeError instead of returning NotImplemented;
* local-time conversions within a day of datetime.min/max succeed where
  CPython's probing raises "year 0 is out of range";
* fromisoformat() rejects a few malformed strings that CPython's C parser
  happens to accept (e.g. '2024010203' as a date, '12:30:45:12').
"""

import time as _time
import math as _math
import operator as _operator

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

# ---------------------------------------------------------------------------
# Small shared helpers
# ---------------------------------------------------------------------------

_object_new = object.__new__
_oset = object.__setattr__          # used to fill the slots of immutable objects

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_ORDINAL = 3652059              # ordinal of 9999-12-31
_EPOCH_ORDINAL = 719163             # ordinal of 1970-01-01

# Limits of the C integer types whose overflow messages CPython reports.
_INT_MIN, _INT_MAX = -2 ** 31, 2 ** 31 - 1
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1

# Marks an argument that was not passed at all.
_MISSING = object()


def _type_name(obj):
    """The name CPython uses for type(obj) in messages ('datetime.date', 'int', 'MyDate')."""
    cls = type(obj)
    if cls in _OWN_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _binop_error(op, left, right):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _type_name(left), _type_name(right)))


def _try_reflected(op, rname, left, right):
    """Finish a forward binary operation `left <op> right` that `left` cannot do.

    Rather than returning NotImplemented (which would make the interpreter word
    the error with our classes' bare names), give the right operand's reflected
    method its chance here and then raise CPython's exact message ourselves.
    """
    meth = getattr(type(right), rname, None)
    if meth is not None:
        result = meth(right, left)
        if result is not NotImplemented:
            return result
    raise _binop_error(op, left, right)


def _as_c_int(value):
    """Convert an argument like CPython's 'i' format: __index__ and a C int range."""
    n = _operator.index(value)
    if n > _INT_MAX or n < _INT_MIN:
        if n > _LONG_MAX or n < _LONG_MIN:
            raise OverflowError("Python int too large to convert to C long")
        if n > 0:
            raise OverflowError("signed integer is greater than maximum")
        raise OverflowError("signed integer is less than minimum")
    return n


def _parse_args(fname, names, npos, nreq, args, kwargs, convert=None):
    """Bind args/kwargs to `names` with CPython's C-level argument messages.

    fname: the function name used in messages (None gives CPython's 'function'
    wording); npos: how many leading parameters may be positional; nreq: how
    many are required.  `convert`, if given, maps a parameter index to a
    conversion applied (in order) to the value as soon as it is bound.
    Parameters not passed are returned as _MISSING.
    """
    nargs = len(args)
    nkw = len(kwargs) if kwargs else 0
    total = len(names)
    who = fname + "()" if fname else "function"
    if nargs + nkw > total:
        raise TypeError("%s takes at most %d %sargument%s (%d given)"
                        % (who, total, "keyword " if nargs == 0 else "",
                           "" if total == 1 else "s", nargs + nkw))
    if nargs > npos:
        raise TypeError("%s takes %s %d positional argument%s (%d given)"
                        % (who, "at most" if nreq < npos else "exactly", npos,
                           "" if npos == 1 else "s", nargs))
    values = []
    left = nkw
    for i, name in enumerate(names):
        if i < nargs:
            value = args[i]
        elif left and name in kwargs:
            value = kwargs[name]
            left -= 1
        else:
            if i < nreq:
                raise TypeError("%s missing required argument '%s' (pos %d)"
                                % (who, name, i + 1))
            values.append(_MISSING)
            continue
        if convert is not None and i in convert:
            value = convert[i](value)
        values.append(value)
    if left:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s given by name ('%s') and position (%d)"
                                % (who, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("%s got an unexpected keyword argument '%s'"
                                % (fname + "()" if fname else "this function", key))
    return values


def _check_str_arg(fname, position, value):
    if not isinstance(value, str):
        raise TypeError("%s() argument %d must be str, not %s"
                        % (fname, position, "None" if value is None else _type_name(value)))
    return value


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _type_name(tz))


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _div_round_half_even(a, b):
    """a / b rounded to the nearest integer, ties to even (exact, integers only)."""
    q, r = divmod(a, b)
    twice = 2 * r
    # The remainder r has the sign of b; the exact quotient is q + r/b, 0 <= r/b < 1.
    if b > 0:
        above, tie = twice > b, twice == b
    else:
        above, tie = twice < b, twice == b
    if above or (tie and q & 1):
        q += 1
    return q


# ---------------------------------------------------------------------------
# Proleptic Gregorian calendar on ordinals
# ---------------------------------------------------------------------------

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# _DAYS_BEFORE_MONTH[m]: days in a common year before the first of month m.
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)

_DAYS_IN_400_YEARS = 146097
_DAYS_IN_100_YEARS = 36524          # a century whose last year is not a leap year
_DAYS_IN_4_YEARS = 1461

_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    """Number of days in the years 1 .. year-1."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    """(year, month, day) of ordinal n (works for any integer n)."""
    n -= 1                                   # days since 0001-01-01
    cycles400, n = divmod(n, _DAYS_IN_400_YEARS)
    # The first three centuries of a 400-year cycle have 36524 days and the
    # last one 36525, so only the cycle's very last day yields centuries == 4.
    centuries, n = divmod(n, _DAYS_IN_100_YEARS)
    if centuries == 4:
        centuries, n = 3, _DAYS_IN_100_YEARS
    # Likewise a 4-year block's last year is the leap year: only its last day
    # (December 31 of that leap year) yields years == 4.  A century's final
    # 4-year block is one day short but never reaches that position.
    blocks4, n = divmod(n, _DAYS_IN_4_YEARS)
    years, n = divmod(n, 365)
    if years == 4:
        years, n = 3, 365
    year = cycles400 * 400 + centuries * 100 + blocks4 * 4 + years + 1
    # n is now the 0-based day of the year.  Every month has at most 31 days,
    # so n // 32 + 1 never overshoots the month; step forward from there.
    month = (n >> 5) + 1
    while month < 12 and n >= _days_before_month(year, month + 1):
        month += 1
    return year, month, n - _days_before_month(year, month) + 1


def _weekday_of_ordinal(n):
    """0 = Monday ... 6 = Sunday (ordinal 1, 0001-01-01, was a Monday)."""
    return (n + 6) % 7


def _iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of `year` (the week with Jan 4)."""
    jan1 = _days_before_year(year) + 1
    monday = jan1 - _weekday_of_ordinal(jan1)
    if _weekday_of_ordinal(jan1) > 3:        # Jan 1 on Fri/Sat/Sun: week 1 starts later
        monday += 7
    return monday


def _iso_has_week_53(year):
    jan1_weekday = _weekday_of_ordinal(_days_before_year(year) + 1)
    return jan1_weekday == 3 or (jan1_weekday == 2 and _is_leap(year))


def _iso_to_ordinal(year, week, day):
    return _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)


def _check_date_fields(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time_fields(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


# ---------------------------------------------------------------------------
# UTC offsets (shared by time, datetime and timezone)
# ---------------------------------------------------------------------------

def _offset_us(offset):
    return (offset._days * 86400 + offset._seconds) * _US_PER_SECOND + offset._microseconds


def _check_offset(kind, offset):
    """Validate what tzinfo.utcoffset()/dst() returned (kind names the method)."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (kind, _type_name(offset)))
    if not -_US_PER_DAY < _offset_us(offset) < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _type_name(name))
    return name


def _format_offset(offset, sep):
    """'+HH<sep>MM[<sep>SS[.ffffff]]' for a timedelta offset; '' for None."""
    if offset is None:
        return ""
    us = _offset_us(offset)
    sign = "+"
    if us < 0:
        sign, us = "-", -us
    seconds, us = divmod(us, _US_PER_SECOND)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if us:
        text += "%s%02d.%06d" % (sep, seconds, us)
    elif seconds:
        text += "%s%02d" % (sep, seconds)
    return text


def _format_time(hour, minute, second, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple, microsecond):
    """strftime for date/time/datetime: expand %z, %:z, %Z and %f here, the rest
    is left to time.strftime().  obj is the time or datetime whose zone %z and
    %Z show, or None for a date (they expand to nothing)."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i >= n:
            out.append("%")
            break
        ch = fmt[i]
        i += 1
        if ch == "z":
            out.append(_format_offset(obj.utcoffset() if obj is not None else None, ""))
        elif ch == ":" and i < n and fmt[i] == "z":
            i += 1
            out.append(_format_offset(obj.utcoffset() if obj is not None else None, ":"))
        elif ch == "Z":
            name = obj.tzname() if obj is not None else None
            # A '%' in a zone name must reach time.strftime() as a literal.
            out.append(name.replace("%", "%%") if name else "")
        elif ch == "f":
            out.append("%06d" % microsecond)
        else:
            out.append("%")
            out.append(ch)
    return _time.strftime("".join(out), timetuple)


def _check_format_arg(fmt):
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % _type_name(fmt))


# ---------------------------------------------------------------------------
# timedelta
# ---------------------------------------------------------------------------

# Constructor arguments in the order CPython accumulates them (the order
# matters for how float fractions are combined), with their size in us.
_TD_UNITS = (("microseconds", 1), ("milliseconds", 1000),
             ("seconds", _US_PER_SECOND), ("minutes", 60 * _US_PER_SECOND),
             ("hours", 3600 * _US_PER_SECOND), ("days", _US_PER_DAY),
             ("weeks", 7 * _US_PER_DAY))
_TD_PARAMS = ("days", "seconds", "microseconds", "milliseconds", "minutes",
              "hours", "weeks")


def _new_timedelta(us):
    """A timedelta of `us` microseconds, normalised and range-checked."""
    days, rest = divmod(us, _US_PER_DAY)
    if not _INT_MIN <= days <= _INT_MAX:
        raise OverflowError("Python int too large to convert to C int")
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    seconds, micro = divmod(rest, _US_PER_SECOND)
    self = _object_new(timedelta)
    _oset(self, "_days", days)
    _oset(self, "_seconds", seconds)
    _oset(self, "_microseconds", micro)
    return self


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
    hours=0, weeks=0); stored normalised as days, 0 <= seconds < 86400 and
    0 <= microseconds < 1000000.
    """
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, *args, **kwargs):
        values = _parse_args("__new__", _TD_PARAMS, 7, 0, args, kwargs)
        given = dict(zip(_TD_PARAMS, values))
        total = 0          # exact part, in microseconds
        leftover = 0.0     # fractions of a microsecond from float arguments
        for name, factor in _TD_UNITS:
            value = given[name]
            if value is _MISSING:
                continue
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                # As CPython: the integral part is exact, the fractional part is
                # scaled in floating point; what is left below one microsecond
                # is summed over all arguments and rounded once at the end.
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, _type_name(value)))
        if leftover:
            floor = _math.floor(leftover)
            if leftover - floor == 0.5:
                # An exact tie: round the complete value half to even.
                total += int(floor)
                if total & 1:
                    total += 1
            else:
                total += round(leftover)
        result = _new_timedelta(total)
        if cls is not timedelta:
            sub = _object_new(cls)
            _oset(sub, "_days", result._days)
            _oset(sub, "_seconds", result._seconds)
            _oset(sub, "_microseconds", result._microseconds)
            result = sub
        return result

    # -- attributes (read-only, as CPython's member descriptors) --
    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def __setattr__(self, name, value):
        _refuse_setattr(self, name, ("days", "seconds", "microseconds"), None, value)

    def __delattr__(self, name):
        _refuse_setattr(self, name, ("days", "seconds", "microseconds"), None)

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / _US_PER_SECOND

    # -- text --
    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    # -- arithmetic --
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._us() + other._us())
        if isinstance(other, date):
            return NotImplemented          # date.__radd__ / datetime.__radd__ do it
        return _try_reflected("+", "__radd__", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._us() + other._us())
        raise _binop_error("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._us() - other._us())
        if isinstance(other, date):
            raise _binop_error("-", self, other)
        return _try_reflected("-", "__rsub__", self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(other._us() - self._us())
        raise _binop_error("-", other, self)

    def __neg__(self):
        return _new_timedelta(-self._us())

    def __pos__(self):
        return _new_timedelta(self._us())

    def __abs__(self):
        return _new_timedelta(abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _new_timedelta(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _new_timedelta(_div_round_half_even(self._us() * num, den))
        # Sequences handle `seq * x` themselves, so defer to the interpreter.
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_timedelta(_div_round_half_even(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_timedelta(_div_round_half_even(self._us() * den, num))
        return _try_reflected("/", "__rtruediv__", self, other)

    def __rtruediv__(self, other):
        if isinstance(other, timedelta):
            return other._us() / self._us()
        raise _binop_error("/", other, self)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_timedelta(self._us() // other)
        return _try_reflected("//", "__rfloordiv__", self, other)

    def __rfloordiv__(self, other):
        if isinstance(other, timedelta):
            return other.__floordiv__(self)
        raise _binop_error("//", other, self)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._us()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _new_timedelta(self._us() % divisor)
        return _try_reflected("%", "__rmod__", self, other)

    def __rmod__(self, other):
        if isinstance(other, timedelta):
            return other.__mod__(self)
        raise _binop_error("%", other, self)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), divisor)
            return q, _new_timedelta(r)
        return _try_reflected("divmod()", "__rdivmod__", self, other)

    def __rdivmod__(self, other):
        if isinstance(other, timedelta):
            return other.__divmod__(self)
        raise _binop_error("divmod()", other, self)

    # -- comparisons and hashing --
    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _refuse_setattr(self, name, fields, owner, value=_MISSING):
    """__setattr__/__delattr__ of the immutable classes, with CPython's messages.

    `fields` are the public read-only attributes; `owner` names the class that
    defines them ('datetime.date' ...) or None for member-style attributes
    (timedelta), which CPython reports as 'readonly attribute'.  Instances of
    user subclasses have a __dict__ and may get new attributes.  `value` is
    _MISSING for a deletion.
    """
    if name in fields:
        if owner is None:
            raise AttributeError("readonly attribute")
        raise AttributeError("attribute '%s' of '%s' objects is not writable" % (name, owner))
    if hasattr(self, "__dict__"):
        if name in _INTERNAL_SLOTS:
            # Our own storage must stay untouched: a subclass instance gets a
            # plain instance attribute of that name instead.
            if value is _MISSING:
                try:
                    del self.__dict__[name]
                except KeyError:
                    raise AttributeError(name) from None
            else:
                self.__dict__[name] = value
        elif value is _MISSING:
            object.__delattr__(self, name)
        else:
            _oset(self, name, value)
        return
    raise AttributeError("'%s' object has no attribute '%s' and no __dict__ for setting "
                         "new attributes" % (_type_name(self), name))


# The slots in which the classes below keep their values.
_INTERNAL_SLOTS = frozenset(("_days", "_seconds", "_microseconds", "_year", "_month", "_day",
                             "_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                             "_offset", "_name"))

timedelta.min = _new_timedelta(-999999999 * _US_PER_DAY)
timedelta.max = _new_timedelta(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _new_timedelta(1)


# ---------------------------------------------------------------------------
# Timestamps and the local time zone
# ---------------------------------------------------------------------------

def _split_timestamp(t, floor_seconds=False):
    """(seconds, microseconds) of a POSIX timestamp, as CPython converts it.

    Floats are rounded half to even to the microsecond (or floored to whole
    seconds when floor_seconds is set, as date.fromtimestamp() does).
    """
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if floor_seconds:
            whole, us = _math.floor(t) if _math.isfinite(t) else t, 0
        else:
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            if us >= _US_PER_SECOND:
                us -= _US_PER_SECOND
                whole += 1.0
            elif us < 0:
                us += _US_PER_SECOND
                whole -= 1.0
        if not (-9.223372036854775808e18 <= whole < 9.223372036854775808e18):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), us
    seconds = _operator.index(t)
    if not _LONG_MIN <= seconds <= _LONG_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) in UTC of integer POSIX seconds."""
    days, rest = divmod(seconds, 86400)
    year, month, day = _ordinal_to_ymd(days + _EPOCH_ORDINAL)
    if not _INT_MIN <= year - 1900 <= _INT_MAX:
        # What the C library's gmtime() reports (EOVERFLOW) for such years.
        raise OSError(75, "Value too large for defined data type")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return year, month, day, hour, minute, second


def _local_fields(seconds):
    """(year, month, day, hour, minute, second) in local time, via time.localtime()."""
    tm = _time.localtime(seconds)
    # The C library may report a leap second as 60; datetime cannot hold it.
    return tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59)


def _local_offset(seconds):
    """Local UTC offset in seconds at the instant `seconds`.

    (The probes a day before/after may fall in year 0 or 10000 near
    datetime.min/max; time.localtime() handles those, so unlike CPython, which
    raises "year 0 is out of range" there, such conversions succeed.)
    """
    return _time.localtime(seconds).tm_gmtoff


def _local_is_second_occurrence(seconds):
    """True if the local wall time at `seconds` also occurred earlier (fold=1).

    That happens just after the clocks were set back: the instant that showed
    the same wall time under the previous, larger offset is a real instant.
    """
    now_offset = _local_offset(seconds)
    before = _local_offset(seconds - 86400)
    if before <= now_offset:
        return False
    earlier = seconds - (before - now_offset)
    return _local_offset(earlier) == before


def _local_to_utc_seconds(year, month, day, hour, minute, second, fold):
    """POSIX seconds of a local wall time, honouring fold for repeated/missing times."""
    wall = ((_ymd_to_ordinal(year, month, day) - _EPOCH_ORDINAL) * 86400
            + hour * 3600 + minute * 60 + second)
    # Interpret the wall time with the offset in force a day earlier and with
    # the one a day later; a candidate is right when it maps back to `wall`.
    first = wall - _local_offset(wall - 86400)
    second_ = wall - _local_offset(wall + 86400)
    first_ok = first + _local_offset(first) == wall
    second_ok = second_ + _local_offset(second_) == wall
    if first_ok and second_ok:
        return first if fold == 0 else second_      # repeated time: fold picks
    if first_ok:
        return first
    if second_ok:
        return second_
    # A wall time skipped by a forward jump: fold=0 reads it with the offset
    # from before the transition, fold=1 with the offset after it.
    return first if fold == 0 else second_


def _local_timezone_at(seconds):
    """The local zone at an instant, as a fixed-offset timezone with its name."""
    tm = _time.localtime(seconds)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)



# ---------------------------------------------------------------------------
# date
# ---------------------------------------------------------------------------

def _new_date(cls, year, month, day):
    """A date of class cls from valid fields (subclasses go through their constructor)."""
    if cls is date:
        self = _object_new(date)
        _oset(self, "_year", year)
        _oset(self, "_month", month)
        _oset(self, "_day", day)
        return self
    if cls is datetime:
        return _new_datetime(datetime, year, month, day, 0, 0, 0, 0, None, 0)
    return cls(year, month, day)


def _date_from_state(cls, state):
    """Rebuild a date from its 4-byte pickle state."""
    year = state[0] * 256 + state[1]
    month, day = state[2], state[3]
    _check_date_fields(year, month, day)
    return _new_date_raw(cls, year, month, day)


def _new_date_raw(cls, year, month, day):
    self = _object_new(cls)
    _oset(self, "_year", year)
    _oset(self, "_month", month)
    _oset(self, "_day", day)
    return self


def _pickle_state(args, size, index, valid, kind):
    """The pickle state passed as args[0] to a constructor, or None.

    CPython's constructors accept the bytes from __reduce__ (or a latin-1 str,
    from Python 2 pickles) when it has the right size and the byte at `index`
    passes `valid` (a plausibility check: the same call with a year is normal).
    """
    state = args[0]
    if not isinstance(state, (bytes, str)) or len(state) != size:
        return None
    if not valid(ord(state[index]) if isinstance(state, str) else state[index]):
        return None
    if isinstance(state, str):
        try:
            state = state.encode("latin1")
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed." % kind) from None
    return state


def _state_tzinfo(args):
    tz = args[1] if len(args) == 2 else None
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("bad tzinfo state arg")
    return tz


_DATE_FIELDS = ("year", "month", "day")


class date:
    """date(year, month, day) --> date object"""
    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, *args, **kwargs):
        if len(args) == 1:
            state = _pickle_state(args, 4, 2, lambda month: 1 <= month <= 12, "date")
            if state is not None:
                return _date_from_state(cls, state)
        year, month, day = _parse_args(None, _DATE_FIELDS, 3, 3, args, kwargs,
                                       {0: _as_c_int, 1: _as_c_int, 2: _as_c_int})
        _check_date_fields(year, month, day)
        return _new_date_raw(cls, year, month, day)

    # -- alternate constructors --
    @classmethod
    def fromtimestamp(cls, *args):
        """Create a date from a POSIX timestamp (local time)."""
        if len(args) != 1:
            raise TypeError("date.fromtimestamp() takes exactly one argument (%d given)"
                            % len(args))
        seconds, _ = _split_timestamp(args[0], floor_seconds=True)
        year, month, day = _local_fields(seconds)[:3]
        return cls(year, month, day)

    @classmethod
    def today(cls):
        """Current date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, *args):
        """Construct a date from a proleptic Gregorian ordinal (1 is 0001-01-01)."""
        if len(args) != 1:
            raise TypeError("fromordinal() takes exactly 1 argument (%d given)" % len(args))
        n = _as_c_int(args[0])
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        year, month, day = _ordinal_to_ymd(n)
        if year > MAXYEAR:
            raise ValueError("year %d is out of range" % year)
        return _new_date(cls, year, month, day)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from an ISO 8601 date string (all 3.11+ forms)."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_date(date_string)
        if fields is None:
            raise _invalid_iso(date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, *args, **kwargs):
        """Construct a date from the ISO year, week number and weekday."""
        year, week, day = _parse_args("fromisocalendar", ("year", "week", "day"), 3, 3,
                                      args, kwargs,
                                      {0: _as_c_int, 1: _as_c_int, 2: _as_c_int})
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not (1 <= week <= 52 or (week == 53 and _iso_has_week_53(year))):
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        year, month, mday = _ordinal_to_ymd(_iso_to_ordinal(year, week, day))
        return cls(year, month, mday)

    # -- attributes --
    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def __setattr__(self, name, value):
        _refuse_setattr(self, name, _DATE_FIELDS, "datetime.date", value)

    def __delattr__(self, name):
        _refuse_setattr(self, name, _DATE_FIELDS, "datetime.date")

    # -- conversions --
    def toordinal(self):
        """Proleptic Gregorian ordinal; January 1 of year 1 is day 1."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Day of the week, Monday == 0 ... Sunday == 6."""
        return _weekday_of_ordinal(self.toordinal())

    def isoweekday(self):
        """Day of the week, Monday == 1 ... Sunday == 7."""
        return _weekday_of_ordinal(self.toordinal()) + 1

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday) as an IsoCalendarDate."""
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        if today < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        else:
            next_week1 = _iso_week1_monday(year + 1)
            if today >= next_week1:
                year += 1
                week1 = next_week1
        week, weekday = divmod(today - week1, 7)
        return _new_isocal(year, week + 1, weekday + 1)

    def timetuple(self):
        """time.struct_time as returned by time.localtime(), with zero time."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def isoformat(self):
        """'YYYY-MM-DD'"""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """'Tue Jan  2 00:00:00 2024' style string."""
        return _ctime(self, 0, 0, 0)

    def strftime(self, *args, **kwargs):
        """Format using strftime() directives."""
        fmt = _strftime_arg(args, kwargs)
        return _wrap_strftime(None, fmt, self.timetuple(), 0)

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, *args, **kwargs):
        """Return a date with the given fields replaced."""
        year, month, day = _parse_args("replace", _DATE_FIELDS, 3, 0, args, kwargs,
                                       {0: _as_c_int, 1: _as_c_int, 2: _as_c_int})
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        _check_date_fields(year, month, day)
        cls = type(self)
        if cls is date:
            return _new_date_raw(date, year, month, day)
        return cls(year, month, day)

    __replace__ = replace

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    # -- arithmetic --
    def _plus_days(self, days):
        n = self.toordinal() + days
        if not 1 <= n <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return _new_date(type(self), *_ordinal_to_ymd(n))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(other._days)
        if isinstance(other, (date, time, tzinfo)):
            raise _binop_error("+", self, other)
        return _try_reflected("+", "__radd__", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(other._days)
        raise _binop_error("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(-other._days)
        if isinstance(other, date):
            if isinstance(other, datetime):
                raise _binop_error("-", self, other)
            return _new_timedelta((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        if isinstance(other, (time, tzinfo)):
            raise _binop_error("-", self, other)
        return _try_reflected("-", "__rsub__", self, other)

    def __rsub__(self, other):
        raise _binop_error("-", other, self)

    # -- comparisons --
    # A date never compares with a datetime (CPython treats them as unrelated
    # here); datetime's own methods report the TypeError for orderings.
    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    # -- pickling (same state format as CPython) --
    def __reduce_ex__(self, protocol):
        return (type(self), (bytes((self._year >> 8, self._year & 255,
                                    self._month, self._day)),))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _strftime_arg(args, kwargs):
    (fmt,) = _parse_args("strftime", ("format",), 1, 1, args, kwargs)
    return _check_str_arg("strftime", 1, fmt)


def _build_struct_time(year, month, day, hour, minute, second, isdst):
    ordinal = _ymd_to_ordinal(year, month, day)
    yday = ordinal - _days_before_year(year)
    return _time.struct_time((year, month, day, hour, minute, second,
                              _weekday_of_ordinal(ordinal), yday, isdst))


def _ctime(d, hour, minute, second):
    weekday = _weekday_of_ordinal(d.toordinal())
    return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_ABBR[weekday], _MONTH_ABBR[d._month - 1],
                                             d._day, hour, minute, second, d._year)


date.min = _new_date_raw(date, 1, 1, 1)
date.max = _new_date_raw(date, 9999, 12, 31)
date.resolution = _new_timedelta(_US_PER_DAY)


class IsoCalendarDate(tuple):
    """(year, week, weekday) named tuple returned by date.isocalendar()."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        values = _parse_args("IsoCalendarDate", ("year", "week", "weekday"), 3, 3,
                             args, kwargs, {0: _as_c_int, 1: _as_c_int, 2: _as_c_int})
        return tuple.__new__(cls, values)

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self), self[0], self[1], self[2])

    def __reduce__(self):
        # Pickled as a plain tuple, as CPython does.
        return (tuple, (tuple(self),))


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate                  # CPython does not export the name


def _new_isocal(year, week, weekday):
    return tuple.__new__(_IsoCalendarDate, (year, week, weekday))


# ---------------------------------------------------------------------------
# tzinfo and timezone
# ---------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time.

        The default implementation documented for tzinfo: adjust by the
        standard offset (utcoffset() - dst()), then by the DST at the result.
        """
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - dst
        if standard:
            dt = dt + standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: non-None dst() result required")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        # The state is what a subclass's own __getstate__ gives, else its
        # instance __dict__ (None when empty): our slots are not state.
        getstate = getattr(type(self), "__getstate__", None)
        if getstate is not None and getstate is not getattr(object, "__getstate__", None):
            state = getstate(self)
        else:
            state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


_TZ_RANGE_MESSAGE = ("offset must be a timedelta strictly between "
                     "-timedelta(hours=24) and timedelta(hours=24)")


def _check_dt_or_none(method, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                        % (method, _type_name(dt)))


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ("_offset", "_name")

    def __new__(cls, *args, **kwargs):
        offset, name = _parse_args("timezone", ("offset", "name"), 2, 1, args, kwargs)
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % ("None" if offset is None else _type_name(offset)))
        if name is _MISSING:
            name = None
        else:
            _check_str_arg("timezone", 2, name)
        if name is None and not offset:
            return timezone.utc
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __setattr__(self, name, value):
        _refuse_setattr(self, name, (), None, value)

    def __delattr__(self, name):
        _refuse_setattr(self, name, (), None)

    def utcoffset(self, dt):
        _check_dt_or_none("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        _check_dt_or_none("dst", dt)
        return None

    def tzname(self, dt):
        _check_dt_or_none("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)


def _new_timezone(offset, name):
    if not -_US_PER_DAY < _offset_us(offset) < _US_PER_DAY:
        raise ValueError("%s, not %r." % (_TZ_RANGE_MESSAGE, offset))
    self = _object_new(timezone)
    _oset(self, "_offset", offset)
    _oset(self, "_name", name)
    return self


timezone.utc = _new_timezone(_new_timedelta(0), None)
timezone.min = _new_timezone(_new_timedelta(-(23 * 3600 + 59 * 60) * _US_PER_SECOND), None)
timezone.max = _new_timezone(_new_timedelta((23 * 3600 + 59 * 60) * _US_PER_SECOND), None)
UTC = timezone.utc


# ---------------------------------------------------------------------------
# time
# ---------------------------------------------------------------------------

_TIME_FIELDS = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
_TIME_CONVERT = {0: _as_c_int, 1: _as_c_int, 2: _as_c_int, 3: _as_c_int, 5: _as_c_int}


def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    if cls is time:
        self = _object_new(time)
        _oset(self, "_hour", hour)
        _oset(self, "_minute", minute)
        _oset(self, "_second", second)
        _oset(self, "_microsecond", microsecond)
        _oset(self, "_tzinfo", tz)
        _oset(self, "_fold", fold)
        return self
    if fold:
        return cls(hour, minute, second, microsecond, tz, fold=fold)
    return cls(hour, minute, second, microsecond, tz)


def _time_state(hour, minute, second, us, fold, protocol):
    first = hour + (128 if fold and protocol > 3 else 0)
    return bytes((first, minute, second, us >> 16, (us >> 8) & 255, us & 255))


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of
    a tzinfo subclass. The remaining arguments may be ints.
    """
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, *args, **kwargs):
        if 1 <= len(args) <= 2:
            state = _pickle_state(args, 6, 0, lambda hour: hour & 0x7F < 24, "time")
            if state is not None:
                tz = _state_tzinfo(args)
                us = (state[3] << 16) | (state[4] << 8) | state[5]
                hour, fold = state[0] & 0x7F, state[0] >> 7
                _check_time_fields(hour, state[1], state[2], us, fold)
                return _new_time_raw(cls, hour, state[1], state[2], us, tz, fold)
        values = _parse_args(None, _TIME_FIELDS, 5, 0, args, kwargs, _TIME_CONVERT)
        hour, minute, second, microsecond, tz, fold = [
            (None if i == 4 else 0) if v is _MISSING else v for i, v in enumerate(values)]
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_time_raw(cls, hour, minute, second, microsecond, tz, fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from an ISO 8601 time string (optionally 'T'-prefixed)."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        fields = _parse_iso_time(text)
        if fields is None:
            raise _invalid_iso(time_string)
        return cls(*fields)

    # -- attributes --
    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def __setattr__(self, name, value):
        _refuse_setattr(self, name, _TIME_FIELDS, "datetime.time", value)

    def __delattr__(self, name):
        _refuse_setattr(self, name, _TIME_FIELDS, "datetime.time")

    # -- time zone queries (a time passes None to its tzinfo) --
    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    # -- text --
    def isoformat(self, *args, **kwargs):
        """HH:MM:SS[.ffffff][+HH:MM]; timespec selects the precision."""
        (timespec,) = _parse_args("isoformat", ("timespec",), 1, 0, args, kwargs)
        if timespec is _MISSING:
            timespec = "auto"
        else:
            _check_str_arg("isoformat", 1, timespec)
        text = _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec)
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, *args, **kwargs):
        """Format using strftime(); the date fields are 1900-01-01."""
        fmt = _strftime_arg(args, kwargs)
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple, self._microsecond)

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d)" % (_type_name(self), self._hour, self._minute,
                                           self._second, self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d)" % (_type_name(self), self._hour, self._minute,
                                       self._second)
        else:
            text = "%s(%d, %d)" % (_type_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def replace(self, *args, **kwargs):
        """Return a time with the given fields replaced."""
        values = _parse_args("replace", _TIME_FIELDS, 5, 0, args, kwargs, _TIME_CONVERT)
        current = (self._hour, self._minute, self._second, self._microsecond,
                   self._tzinfo, self._fold)
        hour, minute, second, microsecond, tz, fold = [
            current[i] if v is _MISSING else v for i, v in enumerate(values)]
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_time(type(self), hour, minute, second, microsecond, tz, fold)

    __replace__ = replace

    # -- comparisons --
    def _us(self):
        return (((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND
                + self._microsecond)

    def _compare(self, other, for_equality):
        """-1/0/1 comparing with another time; None means 'unequal' (naive vs aware ==)."""
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if mine == theirs:
            return _cmp(self._us(), other._us())
        if mine is not None and theirs is not None:
            return _cmp(self._us() - _offset_us(mine), other._us() - _offset_us(theirs))
        if for_equality:
            return None
        raise TypeError("can't compare offset-naive and offset-aware times")

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        t = self
        if self._fold:
            # Equal times must hash equal whatever their fold.
            t = _new_time_raw(time, self._hour, self._minute, self._second,
                              self._microsecond, self._tzinfo, 0)
        offset = t.utcoffset()
        if offset is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash(self._us() - _offset_us(offset))

    def __bool__(self):
        return True

    # A time of day supports no arithmetic; these only give the other operand
    # its chance and then word the TypeError as CPython does.
    def __add__(self, other):
        return _try_reflected("+", "__radd__", self, other)

    def __radd__(self, other):
        raise _binop_error("+", other, self)

    def __sub__(self, other):
        return _try_reflected("-", "__rsub__", self, other)

    def __rsub__(self, other):
        raise _binop_error("-", other, self)

    # -- pickling --
    def __reduce_ex__(self, protocol):
        state = _time_state(self._hour, self._minute, self._second, self._microsecond,
                            self._fold, protocol)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _new_time_raw(cls, hour, minute, second, microsecond, tz, fold):
    self = _object_new(cls)
    _oset(self, "_hour", hour)
    _oset(self, "_minute", minute)
    _oset(self, "_second", second)
    _oset(self, "_microsecond", microsecond)
    _oset(self, "_tzinfo", tz)
    _oset(self, "_fold", fold)
    return self


time.min = _new_time_raw(time, 0, 0, 0, 0, None, 0)
time.max = _new_time_raw(time, 23, 59, 59, 999999, None, 0)
time.resolution = _new_timedelta(1)


# ---------------------------------------------------------------------------
# datetime
# ---------------------------------------------------------------------------

_DATETIME_FIELDS = ("year", "month", "day", "hour", "minute", "second", "microsecond",
                    "tzinfo", "fold")
_DATETIME_ATTRS = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
_DATETIME_CONVERT = {0: _as_c_int, 1: _as_c_int, 2: _as_c_int, 3: _as_c_int,
                     4: _as_c_int, 5: _as_c_int, 6: _as_c_int, 8: _as_c_int}


def _new_datetime_raw(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    self = _object_new(cls)
    _oset(self, "_year", year)
    _oset(self, "_month", month)
    _oset(self, "_day", day)
    _oset(self, "_hour", hour)
    _oset(self, "_minute", minute)
    _oset(self, "_second", second)
    _oset(self, "_microsecond", microsecond)
    _oset(self, "_tzinfo", tz)
    _oset(self, "_fold", fold)
    return self


def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    """A datetime of class cls from valid fields (subclasses via their constructor)."""
    if cls is datetime:
        return _new_datetime_raw(datetime, year, month, day, hour, minute, second,
                                 microsecond, tz, fold)
    if fold:
        return cls(year, month, day, hour, minute, second, microsecond, tz, fold=fold)
    return cls(year, month, day, hour, minute, second, microsecond, tz)


def _datetime_from_us(cls, total, tz):
    """A datetime (fold 0) from microseconds since 0001-01-01 00:00 (ordinal 1 = day 0)."""
    days, rest = divmod(total, _US_PER_DAY)
    if not 0 <= days < _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    year, month, day = _ordinal_to_ymd(days + 1)
    seconds, microsecond = divmod(rest, _US_PER_SECOND)
    hour, seconds = divmod(seconds, 3600)
    minute, second = divmod(seconds, 60)
    return _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, 0)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, *args, **kwargs):
        if 1 <= len(args) <= 2:
            state = _pickle_state(args, 10, 2, lambda month: 1 <= month & 0x7F <= 12,
                                  "datetime")
            if state is not None:
                tz = _state_tzinfo(args)
                year = state[0] * 256 + state[1]
                month, fold = state[2] & 0x7F, state[2] >> 7
                us = (state[7] << 16) | (state[8] << 8) | state[9]
                _check_date_fields(year, month, state[3])
                _check_time_fields(state[4], state[5], state[6], us, fold)
                return _new_datetime_raw(cls, year, month, state[3], state[4], state[5],
                                         state[6], us, tz, fold)
        values = _parse_args(None, _DATETIME_FIELDS, 8, 3, args, kwargs, _DATETIME_CONVERT)
        (year, month, day, hour, minute, second, microsecond, tz, fold) = [
            (None if i == 7 else 0) if v is _MISSING else v for i, v in enumerate(values)]
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_datetime_raw(cls, year, month, day, hour, minute, second, microsecond,
                                 tz, fold)

    # hour, minute, second, microsecond, tzinfo and fold: time's properties,
    # given to datetime after both classes exist (see below).

    def __setattr__(self, name, value):
        if name in _DATE_FIELDS:
            _refuse_setattr(self, name, _DATE_FIELDS, "datetime.date", value)
        _refuse_setattr(self, name, _DATETIME_ATTRS, "datetime.datetime", value)

    def __delattr__(self, name):
        if name in _DATE_FIELDS:
            _refuse_setattr(self, name, _DATE_FIELDS, "datetime.date")
        _refuse_setattr(self, name, _DATETIME_ATTRS, "datetime.datetime")

    # -- alternate constructors --
    @classmethod
    def _from_posix(cls, seconds, us, tz, utc):
        """Build from integer POSIX seconds and microseconds.

        utc: use UTC fields (naive result) instead of local time; a tz forces
        UTC fields and then converts with tz.fromutc().
        """
        if utc or tz is not None:
            fields = _utc_fields(seconds)
        else:
            fields = _local_fields(seconds)
        result = _new_datetime(cls, *fields, us, tz, 0)
        if tz is None and not utc:
            if _local_is_second_occurrence(seconds):
                result = _new_datetime(cls, *fields, us, None, 1)
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        t, tz = _parse_args("fromtimestamp", ("timestamp", "tz"), 2, 1, args, kwargs)
        if tz is _MISSING:
            tz = None
        _check_tzinfo_arg(tz)
        seconds, us = _split_timestamp(t)
        return cls._from_posix(seconds, us, tz, False)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp (deprecated)."""
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled "
                      "for removal in a future version. Use timezone-aware objects to "
                      "represent datetimes in UTC: "
                      "datetime.datetime.fromtimestamp(timestamp, datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        seconds, us = _split_timestamp(t)
        return cls._from_posix(seconds, us, None, True)

    @classmethod
    def now(cls, *args, **kwargs):
        """Returns new datetime object representing current time local to tz."""
        (tz,) = _parse_args("now", ("tz",), 1, 0, args, kwargs)
        if tz is _MISSING:
            tz = None
        _check_tzinfo_arg(tz)
        seconds, us = divmod(_time.time_ns() // 1000, _US_PER_SECOND)
        return cls._from_posix(seconds, us, tz, False)

    @classmethod
    def utcnow(cls):
        """Return a new naive datetime representing the current UTC time (deprecated)."""
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal "
                      "in a future version. Use timezone-aware objects to represent "
                      "datetimes in UTC: datetime.datetime.now(datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        seconds, us = divmod(_time.time_ns() // 1000, _US_PER_SECOND)
        return cls._from_posix(seconds, us, None, True)

    @classmethod
    def today(cls):
        """Current local date and time (naive)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time[, tzinfo] -> datetime with the same date and time fields."""
        d, t, tz = _parse_args("combine", ("date", "time", "tzinfo"), 3, 2, args, kwargs)
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _type_name(d))
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _type_name(t))
        if tz is _MISSING:
            tz = t._tzinfo
        _check_tzinfo_arg(tz)
        return _new_datetime(cls, d._year, d._month, d._day, t._hour, t._minute,
                             t._second, t._microsecond, tz, t._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from any ISO 8601 date, optionally followed by a
        separator character and an ISO time (with an optional UTC offset)."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        split = _iso_date_length(date_string)
        ymd = _parse_iso_date(date_string[:split])
        if ymd is None:
            raise _invalid_iso(date_string)
        if len(date_string) > split:
            fields = _parse_iso_time(date_string[split + 1:])
            if fields is None:
                raise _invalid_iso(date_string)
        else:
            fields = (0, 0, 0, 0, None)
        return cls(*ymd, *fields)

    @classmethod
    def strptime(cls, *args, **kwargs):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if kwargs:
            raise TypeError("strptime() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        data, fmt = args
        _check_str_arg("strptime", 1, data)
        _check_str_arg("strptime", 2, fmt)
        return _strptime_datetime(cls, data, fmt)

    # -- time zone queries --
    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    # -- conversions --
    def date(self):
        """The date part."""
        return _new_date_raw(date, self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return _new_time_raw(time, self._hour, self._minute, self._second,
                             self._microsecond, None, self._fold)

    def timetz(self):
        """The time part, with the same tzinfo."""
        return _new_time_raw(time, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo, self._fold)

    def timetuple(self):
        """Local time tuple compatible with time.localtime()."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, isdst)

    def utctimetuple(self):
        """UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        t = self
        if offset is not None:
            t = _datetime_from_us(datetime, self._us() - _offset_us(offset), None)
        return _build_struct_time(t._year, t._month, t._day, t._hour, t._minute,
                                  t._second, 0)

    def _local_seconds(self):
        return _local_to_utc_seconds(self._year, self._month, self._day, self._hour,
                                     self._minute, self._second, self._fold)

    def timestamp(self):
        """POSIX timestamp as a float (naive datetimes are local time)."""
        offset = self.utcoffset()
        if offset is None:
            return self._local_seconds() + self._microsecond / 1e6
        epoch_us = (_EPOCH_ORDINAL - 1) * _US_PER_DAY
        return (self._us() - _offset_us(offset) - epoch_us) / _US_PER_SECOND

    def astimezone(self, *args, **kwargs):
        """Convert to the time zone tz (default: the local time zone)."""
        (tz,) = _parse_args("astimezone", ("tz",), 1, 0, args, kwargs)
        if tz is _MISSING:
            tz = None
        _check_tzinfo_arg(tz)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            if mytz is tz:
                return self
            offset = self.utcoffset()
        if offset is None:
            # Naive (or an offset-less tzinfo): self is local time, converted
            # to UTC the way timestamp() does it (fold picks among repeated
            # or skipped wall times).
            utc_us = ((self._local_seconds() + (_EPOCH_ORDINAL - 1) * 86400)
                      * _US_PER_SECOND + self._microsecond)
        else:
            utc_us = self._us() - _offset_us(offset)
        if tz is None:
            seconds = (utc_us // _US_PER_SECOND) - (_EPOCH_ORDINAL - 1) * 86400
            tz = _local_timezone_at(seconds)
        result = _datetime_from_us(type(self), utc_us, tz)
        return tz.fromutc(result)

    def ctime(self):
        """'Tue Jan  2 03:04:05 2024' style string."""
        return _ctime(self, self._hour, self._minute, self._second)

    def isoformat(self, *args, **kwargs):
        """YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM[:SS[.ffffff]]]; sep is one character."""
        sep, timespec = _parse_args("isoformat", ("sep", "timespec"), 2, 0, args, kwargs)
        if sep is _MISSING:
            sep = "T"
        elif not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _type_name(sep))
        if timespec is _MISSING:
            timespec = "auto"
        else:
            _check_str_arg("isoformat", 2, timespec)
        text = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                       _format_time(self._hour, self._minute, self._second,
                                                    self._microsecond, timespec))
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def strftime(self, *args, **kwargs):
        """Format using strftime() directives (plus %f, %z, %:z and %Z)."""
        fmt = _strftime_arg(args, kwargs)
        return _wrap_strftime(self, fmt, self.timetuple(), self._microsecond)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            fields += [self._second, self._microsecond]
        elif self._second:
            fields.append(self._second)
        text = "%s(%s)" % (_type_name(self), ", ".join(["%d" % f for f in fields]))
        # CPython puts fold before tzinfo in a datetime's repr.
        if self._fold:
            text = text[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return text

    def replace(self, *args, **kwargs):
        """Return a datetime with the given fields replaced."""
        values = _parse_args("replace", _DATETIME_FIELDS, 8, 0, args, kwargs,
                             _DATETIME_CONVERT)
        current = (self._year, self._month, self._day, self._hour, self._minute,
                   self._second, self._microsecond, self._tzinfo, self._fold)
        (year, month, day, hour, minute, second, microsecond, tz, fold) = [
            current[i] if v is _MISSING else v for i, v in enumerate(values)]
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_datetime(type(self), year, month, day, hour, minute, second,
                             microsecond, tz, fold)

    __replace__ = replace

    # -- arithmetic --
    def _us(self):
        """Microseconds since 0001-01-01T00:00 of the wall-clock fields."""
        return (((self.toordinal() - 1) * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * _US_PER_SECOND + self._microsecond)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._us() + other._us(), self._tzinfo)
        if isinstance(other, (date, time, tzinfo)):
            raise _binop_error("+", self, other)
        return _try_reflected("+", "__radd__", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._us() + other._us(), self._tzinfo)
        raise _binop_error("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            diff = self._us() - other._us()
            if self._tzinfo is not other._tzinfo:
                mine = self.utcoffset()
                theirs = other.utcoffset()
                if (mine is None) != (theirs is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if mine is not None:
                    diff -= _offset_us(mine) - _offset_us(theirs)
            return _new_timedelta(diff)
        if isinstance(other, (date, time, tzinfo)):
            raise _binop_error("-", self, other)
        return _try_reflected("-", "__rsub__", self, other)

    def __rsub__(self, other):
        raise _binop_error("-", other, self)

    # -- comparisons --
    def _flipped_offset(self):
        """utcoffset() of the same wall time with the other fold value."""
        flipped = _new_datetime_raw(type(self), self._year, self._month, self._day,
                                    self._hour, self._minute, self._second,
                                    self._microsecond, self._tzinfo, 1 - self._fold)
        return flipped.utcoffset()

    def _compare(self, other, for_equality):
        """-1/0/1 comparing with another datetime; None means 'unequal'."""
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if mine == theirs:
            result = _cmp(self._us(), other._us())
        elif mine is not None and theirs is not None:
            result = _cmp(self._us() - _offset_us(mine), other._us() - _offset_us(theirs))
        elif for_equality:
            return None
        else:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if for_equality and result == 0:
            # PEP 495: between different zones, a time in a repeated interval
            # (whose offset depends on fold) is never equal to anything.
            if (self._flipped_offset() != mine or other._flipped_offset() != theirs):
                return None
        return result

    def _order_error(self, op, other):
        return TypeError("'%s' not supported between instances of '%s' and '%s'"
                         % (op, _type_name(self), _type_name(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) < 0
        if isinstance(other, date):
            raise self._order_error("<", other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) <= 0
        if isinstance(other, date):
            raise self._order_error("<=", other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) > 0
        if isinstance(other, date):
            raise self._order_error(">", other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) >= 0
        if isinstance(other, date):
            raise self._order_error(">=", other)
        return NotImplemented

    def __hash__(self):
        t = self
        if self._fold:
            t = _new_datetime_raw(type(self), self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  self._microsecond, self._tzinfo, 0)
        offset = t.utcoffset()
        if offset is None:
            return hash((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond))
        return hash(self._us() - _offset_us(offset))

    # -- pickling --
    def __reduce_ex__(self, protocol):
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        state = bytes((self._year >> 8, self._year & 255, month, self._day, self._hour,
                       self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


# datetime reads its time fields through the same properties as time.
for _name in ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'):
    setattr(datetime, _name, time.__dict__[_name])
del _name

datetime.min = _new_datetime_raw(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime_raw(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _new_timedelta(1)

_OWN_TYPES = frozenset((timedelta, date, datetime, time, tzinfo, timezone, _IsoCalendarDate))


# The parsers live in a helper module that needs the types above.
from _datetime_parse import (_parse_iso_date, _parse_iso_time, _iso_date_length,
                             _invalid_iso, _strptime_datetime)
