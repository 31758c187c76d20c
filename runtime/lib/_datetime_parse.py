"""Text parsing for the datetime module: fromisoformat() and strptime().

This is a private part of Weft's datetime module, imported by it once its
types exist; import datetime rather than this module.  The functions here
turn strings into field tuples or instances of the datetime types, with the
same acceptance rules and error messages as the public methods document.
"""

import time as _time

from datetime import (MINYEAR, timedelta, timezone, _EPOCH_ORDINAL,
                      _MONTH_ABBR, _MONTH_NAMES, _DAY_ABBR, _DAY_NAMES,
                      _iso_has_week_53, _iso_to_ordinal, _ordinal_to_ymd,
                      _ymd_to_ordinal)


# ---------------------------------------------------------------------------
# ISO 8601 parsing (fromisoformat)
# ---------------------------------------------------------------------------

def _iso_digits(s, pos, count):
    """The integer spelled by exactly `count` ASCII digits at s[pos:], or None."""
    chunk = s[pos:pos + count]
    if len(chunk) != count:
        return None
    for c in chunk:
        if not "0" <= c <= "9":
            return None
    return int(chunk)


def _parse_iso_date(s):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D].

    Returns None when the text is malformed.  Month and day ranges are left to
    the date constructor (so they get its messages); ISO week dates are
    validated here, as an invalid week is a malformed string.
    """
    n = len(s)
    year = _iso_digits(s, 0, 4)
    if year is None:
        return None
    pos = 4
    extended = pos < n and s[pos] == "-"
    if extended:
        pos += 1
    if pos < n and s[pos] == "W":
        week = _iso_digits(s, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        weekday = 1
        if pos < n:
            if extended:
                if s[pos] != "-":
                    return None
                pos += 1
            weekday = _iso_digits(s, pos, 1)
            if weekday is None:
                return None
            pos += 1
        if pos != n or year < MINYEAR:
            return None
        if not (1 <= week <= 52 or (week == 53 and _iso_has_week_53(year))):
            return None
        if not 1 <= weekday <= 7:
            return None
        return _ordinal_to_ymd(_iso_to_ordinal(year, week, weekday))
    month = _iso_digits(s, pos, 2)
    if month is None:
        return None
    pos += 2
    if extended:
        if pos >= n or s[pos] != "-":
            return None
        pos += 1
    day = _iso_digits(s, pos, 2)
    if day is None or pos + 2 != n:
        return None
    return year, month, day


def _parse_iso_hms(s):
    """(hour, minute, second, microsecond) from HH[:MM[:SS]][.fff...] or the
    basic HH[MM[SS]][.fff...]; None when malformed.

    A fraction ('.' or ',' and at least one digit, extra digits beyond six
    truncated) may follow the last component given.
    """
    n = len(s)
    hour = _iso_digits(s, 0, 2)
    if hour is None:
        return None
    fields = [hour, 0, 0]
    pos = 2
    extended = n > 2 and s[2] == ":"
    count = 1
    microsecond = 0
    while pos < n:
        c = s[pos]
        if c == "." or c == ",":
            digits = s[pos + 1:]
            if not digits:
                return None
            for d in digits:
                if not "0" <= d <= "9":
                    return None
            microsecond = int((digits + "00000")[:6])
            break
        if count == 3:
            return None
        if extended:
            if c != ":":
                return None
            pos += 1
        value = _iso_digits(s, pos, 2)
        if value is None:
            return None
        fields[count] = value
        count += 1
        pos += 2
    return fields[0], fields[1], fields[2], microsecond


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with an
    optional 'Z' or +/-HH[:MM[:SS[.ffffff]]] offset; None when malformed."""
    cut = len(s)
    for i, c in enumerate(s):
        if c == "+" or c == "-" or c == "Z":
            cut = i
            break
    fields = _parse_iso_hms(s[:cut])
    if fields is None and 0 < cut < len(s):
        # As CPython's parser: before an offset, one stray character may
        # follow a complete HH/MM/SS component ('12:30:45 +05:00').
        head = s[:cut - 1]
        if "." not in head and "," not in head:
            fields = _parse_iso_hms(head)
    if fields is None:
        return None
    tz = None
    if cut < len(s):
        if s[cut] == "Z":
            if cut != len(s) - 1:
                return None
            tz = timezone.utc
        else:
            offset = _parse_iso_hms(s[cut + 1:])
            if offset is None:
                return None
            seconds = offset[0] * 3600 + offset[1] * 60 + offset[2]
            if seconds == 0:
                # As CPython: an offset of zero whole seconds is UTC.
                tz = timezone.utc
            else:
                sign = -1 if s[cut] == "-" else 1
                tz = timezone(timedelta(seconds=sign * seconds,
                                        microseconds=sign * offset[3]))
    return fields + (tz,)


def _iso_date_length(s):
    """Where the date part of an ISO datetime string ends (the separator index).

    The separator may be any character, so the date forms are told apart by
    their shape: YYYY-MM-DD and YYYY-Www-D take 10 characters, YYYYMMDD,
    YYYY-Www and YYYYWwwD take 8, YYYYWww takes 7.
    """
    n = len(s)
    if n == 7:
        return 7
    if n > 4 and s[4] == "-":
        if n > 5 and s[5] == "W":
            if n > 8 and s[8] == "-":
                # YYYY-Www-D, unless this is YYYY-Www, '-' separator, HH...
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if n > 4 and s[4] == "W":
        # YYYYWww or YYYYWwwD: count the digits following the week number.
        end = 7
        while end < n and "0" <= s[end] <= "9":
            end += 1
        if end < 9:
            return end
        # A digit run continues into the time: an even end means YYYYWww.
        return 7 if end % 2 == 0 else 8
    return 8


def _invalid_iso(s):
    return ValueError("Invalid isoformat string: %r" % (s,))


# ---------------------------------------------------------------------------
# strptime
# ---------------------------------------------------------------------------
#
# The format is split into tokens (literal characters, whitespace runs and
# directives) and matched against the text with backtracking, trying each
# directive's alternatives in the same priority order as CPython's regular
# expressions, so the same inputs are accepted and split the same way.
# Literals match case-insensitively; a whitespace run in the format matches
# one or more whitespace characters.

# Numeric directives: alternatives tried in order; each alternative is a
# sequence of character classes, 'D' meaning any decimal digit.
_NUMERIC = {
    "d": (("3", "01"), ("12", "D"), ("0", "123456789"), ("123456789",),
          (" ", "123456789")),
    "H": (("2", "0123"), ("01", "D"), ("D",)),
    "I": (("1", "012"), ("0", "123456789"), ("123456789",)),
    "m": (("1", "012"), ("0", "123456789"), ("123456789",)),
    "M": (("012345", "D"), ("D",)),
    "S": (("6", "01"), ("012345", "D"), ("D",)),
    "j": (("3", "6", "0123456"), ("3", "012345", "D"), ("12", "D", "D"),
          ("0", "123456789", "D"), ("0", "0", "123456789"), ("123456789", "D"),
          ("0", "123456789"), ("123456789",)),
    "y": (("D", "D"),),
    "Y": (("D", "D", "D", "D"),),
    "w": (("0123456",),),
    "u": (("1234567",),),
}

_STRPTIME_NOT_IMPLEMENTED = {
    "c": "%c (locale date and time)",
    "x": "%x (locale date)",
    "X": "%X (locale time)",
    "U": "%U (week number, Sunday first)",
    "W": "%W (week number, Monday first)",
    "G": "%G (ISO 8601 year)",
    "V": "%V (ISO 8601 week)",
}

_STRPTIME_DIRECTIVES = set(_NUMERIC) | {"a", "A", "b", "B", "f", "p", "z", "Z"}

_REGEX_SPECIAL = "\\.^$*+?(){}[]|"

_NAME_LISTS = {
    "a": sorted((n.lower() for n in _DAY_ABBR), key=len, reverse=True),
    "A": sorted((n.lower() for n in _DAY_NAMES), key=len, reverse=True),
    "b": sorted((n.lower() for n in _MONTH_ABBR), key=len, reverse=True),
    "B": sorted((n.lower() for n in _MONTH_NAMES), key=len, reverse=True),
    "p": ["am", "pm"],
}

_strptime_cache = {}
_STRPTIME_CACHE_MAX = 5

_DAY_WITHOUT_YEAR_WARNING = (
    "Parsing dates involving a day of month without a year specified is ambiguious\n"
    "and fails to parse leap day. The default behavior will change in Python 3.15\n"
    "to either always raise an exception or to use a different default year (TBD).\n"
    "To avoid trouble, add a specific year to the input & format.\n"
    "See https://github.com/python/cpython/issues/70647.")


def _local_zone_names():
    """Lower-case names %Z accepts: utc, gmt and the local zone's names."""
    names = {"utc", "gmt"}
    year = _time.localtime().tm_year
    for month in (1, 7):
        stamp = (_ymd_to_ordinal(year, month, 1) - _EPOCH_ORDINAL) * 86400
        zone = _time.localtime(stamp).tm_zone
        if zone:
            names.add(zone.lower())
    return sorted(names, key=len, reverse=True)


def _compile_strptime(fmt):
    """Tokens of a strptime format (cached); warns as CPython does when a day
    of month is parsed without a year."""
    # Same policy as CPython's cache (which decides how often the warning
    # below repeats): flushed entirely once it holds more than five formats.
    if len(_strptime_cache) > _STRPTIME_CACHE_MAX:
        _strptime_cache.clear()
    tokens = _strptime_cache.get(fmt)
    if tokens is not None:
        return tokens
    tokens = []
    seen = set()
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d == "%":
                tokens.append(("lit", "%"))
                continue
            if d.isspace() or d in _REGEX_SPECIAL:
                raise ValueError("'%%' is a bad directive in format '%s'" % fmt)
            if d in _STRPTIME_NOT_IMPLEMENTED:
                raise NotImplementedError("datetime.strptime: the directive %s is not "
                                          "implemented" % _STRPTIME_NOT_IMPLEMENTED[d])
            if d not in _STRPTIME_DIRECTIVES:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            if d in seen:
                raise NotImplementedError("datetime.strptime: using the directive %%%s "
                                          "twice in one format is not implemented" % d)
            seen.add(d)
            tokens.append(("dir", d))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(("ws", None))
        else:
            tokens.append(("lit", c.lower()))
            i += 1
    if "d" in seen and not (seen & {"Y", "y"}):
        import warnings
        warnings.warn(_DAY_WITHOUT_YEAR_WARNING, DeprecationWarning, stacklevel=4)
    _strptime_cache[fmt] = tokens
    return tokens


def _class_matches(cls, c):
    if cls == "D":
        return c.isdecimal()
    return c in cls


def _directive_lengths(d, s, pos):
    """Possible match lengths of directive d at s[pos:], in priority order."""
    n = len(s)
    if d in _NUMERIC:
        for alternative in _NUMERIC[d]:
            end = pos + len(alternative)
            if end <= n and all(_class_matches(cls, s[pos + k])
                                for k, cls in enumerate(alternative)):
                yield len(alternative)
        return
    if d == "f":
        count = 0
        while count < 6 and pos + count < n and "0" <= s[pos + count] <= "9":
            count += 1
        yield from range(count, 0, -1)
        return
    if d == "z":
        yield from _offset_lengths(s, pos)
        return
    names = _local_zone_names() if d == "Z" else _NAME_LISTS[d]
    for name in names:
        if s[pos:pos + len(name)].lower() == name:
            yield len(name)


def _offset_lengths(s, pos):
    """Match lengths for %z: Z, or [+-]HH[:]MM[[:]SS[.ffffff]], longest first."""
    n = len(s)

    def digits_at(p, first):
        return p + 1 < n and s[p] in first and s[p + 1].isdecimal()

    if pos < n and s[pos] == "Z":
        yield 1
        return
    if pos >= n or s[pos] not in "+-":
        return
    p = pos + 1
    if not (p + 1 < n and s[p].isdecimal() and s[p + 1].isdecimal()):
        return
    p += 2
    for q in ((p + 1, p) if p < n and s[p] == ":" else (p,)):
        if not digits_at(q, "012345"):
            continue
        r = q + 2
        # optional seconds, themselves with an optional fraction
        for q2 in ((r + 1, r) if r < n and s[r] == ":" else (r,)):
            if digits_at(q2, "012345"):
                r2 = q2 + 2
                if r2 < n and s[r2] == ".":
                    count = 0
                    while count < 6 and r2 + 1 + count < n and s[r2 + 1 + count].isdecimal():
                        count += 1
                    for k in range(count, 0, -1):
                        yield r2 + 1 + k - pos
                yield r2 - pos
        yield r - pos


def _strptime_match(tokens, s):
    """Match tokens at the start of s: (end position, {directive: text}) or None."""
    found = {}
    n = len(s)

    def match(k, pos):
        if k == len(tokens):
            return pos
        kind, arg = tokens[k]
        if kind == "lit":
            if pos < n and (s[pos] == arg or s[pos].lower() == arg):
                return match(k + 1, pos + 1)
            return None
        if kind == "ws":
            end = pos
            while end < n and s[end].isspace():
                end += 1
            for stop in range(end, pos, -1):
                result = match(k + 1, stop)
                if result is not None:
                    return result
            return None
        for length in _directive_lengths(arg, s, pos):
            found[arg] = s[pos:pos + length]
            result = match(k + 1, pos + length)
            if result is not None:
                return result
        return None

    end = match(0, 0)
    if end is None:
        return None
    return end, found


def _strptime_datetime(cls, data, fmt):
    tokens = _compile_strptime(fmt)
    matched = _strptime_match(tokens, data)
    if matched is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    end, found = matched
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    julian = None
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    # Later directives override earlier ones, as in CPython.
    for kind, d in tokens:
        if kind != "dir":
            continue
        text = found[d]
        if d == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900    # POSIX: 69-99 -> 1900s
        elif d == "Y":
            year = int(text)
        elif d == "m":
            month = int(text)
        elif d == "B":
            month = [n.lower() for n in _MONTH_NAMES].index(text.lower()) + 1
        elif d == "b":
            month = [n.lower() for n in _MONTH_ABBR].index(text.lower()) + 1
        elif d == "d":
            day = int(text)
        elif d == "H":
            hour = int(text)
        elif d == "I":
            hour = int(text)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif d == "M":
            minute = int(text)
        elif d == "S":
            second = int(text)
        elif d == "f":
            fraction = int(text + "0" * (6 - len(text)))
        elif d == "j":
            julian = int(text)
        elif d == "z":
            gmtoff, gmtoff_fraction = _parse_strptime_offset(text)
        elif d == "Z":
            tzname = text
        # %a %A %w %u (weekday) and %p (used by %I) need nothing more here.
    if year is None:
        year = 1900
    if julian is not None:
        ordinal = julian - 1 + _ymd_to_ordinal(year, 1, 1)
        year, month, day = _ordinal_to_ymd(ordinal)
    args = (year, month, day, hour, minute, second, fraction)
    if gmtoff is None:
        return cls(*args)
    delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
    tz = timezone(delta, tzname) if tzname else timezone(delta)
    return cls(*args, tz)


def _parse_strptime_offset(text):
    """(seconds, microseconds) of a %z match: Z or +HH[:]MM[[:]SS[.ffffff]]."""
    if text == "Z":
        return 0, 0
    z = text
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % text)
            z = z[:5] + z[6:]
    hours = int(z[1:3])
    minutes = int(z[3:5])
    seconds = int(z[5:7] or 0)
    total = hours * 3600 + minutes * 60 + seconds
    rest = z[8:]
    fraction = int(rest + "0" * (6 - len(rest)))
    if z[0] == "-":
        return -total, -fraction
    return total, fraction
