# zoneinfo._zoneinfo: the ZoneInfo tzinfo class, built from TZif data and,
# past the last listed transition, from the POSIX TZ rule in the file footer.

import bisect
import calendar
import collections
import functools
import re
import weakref
from datetime import datetime, timedelta, tzinfo

from . import _common, _tzpath

EPOCH = datetime(1970, 1, 1)
EPOCHORDINAL = EPOCH.toordinal()


@functools.lru_cache(maxsize=512)
def _load_timedelta(seconds):
    # offsets repeat a lot; share the timedelta objects
    return timedelta(seconds=seconds)


def _local_seconds(dt):
    # seconds since 1970-01-01 of dt's wall-clock fields, ignoring tzinfo
    return ((dt.toordinal() - EPOCHORDINAL) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


class _BoundClassMethod:
    # a class method bound to cls that pickle can store as getattr(cls, name)
    __slots__ = ("func", "cls")

    def __init__(self, func, cls):
        self.func = func
        self.cls = cls

    def __call__(self, *args):
        return self.func(self.cls, *args)

    def __reduce__(self):
        return (getattr, (self.cls, self.func.__name__))


class _PicklableClassMethod:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        return _BoundClassMethod(self.func, cls)


class ZoneInfo(tzinfo):
    """tzinfo for an IANA time zone key such as 'America/New_York'.

    ZoneInfo(key) returns a cached instance (the same object for the same
    key while it is alive or among the last few used); ZoneInfo.no_cache(key)
    always builds a new one.
    """

    # Two caches per class: every live instance is reachable through the
    # weak one; the strong one (a small LRU list) keeps the most recently
    # requested zones alive even when nobody else holds them.
    _strong_cache_size = 8
    __module__ = "zoneinfo"

    @classmethod
    def _reset_caches(cls):
        cls._strong_cache, cls._weak_cache = (
            collections.OrderedDict(), weakref.WeakValueDictionary())

    def __init_subclass__(cls):
        cls._reset_caches()

    def __new__(cls, key):
        live = cls._weak_cache
        zone = live.get(key)
        if zone is None:
            fresh = cls._new_instance(key)
            zone = live.setdefault(key, fresh)
            zone._from_cache = True
        recent = cls._strong_cache
        recent[key] = zone
        recent.move_to_end(key)
        while len(recent) > cls._strong_cache_size:
            recent.popitem(last=False)
        return zone

    @classmethod
    def no_cache(cls, key):
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = obj._find_tzfile(key)
        if obj._file_path is not None:
            file_obj = open(obj._file_path, "rb")
        else:
            file_obj = _common.load_tzdata(key)
        with file_obj as f:
            obj._load_file(f)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = None
        obj._load_file(fobj)
        obj._file_repr = repr(fobj)
        # such an object cannot be rebuilt from its key
        obj.__reduce__ = obj._file_reduce
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is not None:
            for key in only_keys:
                cls._weak_cache.pop(key, None)
                cls._strong_cache.pop(key, None)
        else:
            cls._weak_cache.clear()
            cls._strong_cache.clear()

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._find_trans(dt).utcoff

    def dst(self, dt):
        return self._find_trans(dt).dstoff

    def tzname(self, dt):
        return self._find_trans(dt).tzname

    def fromutc(self, dt):
        """Convert a datetime in UTC (with tzinfo=self) to local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")

        ts = _local_seconds(dt)
        trans = self._trans_utc
        n = len(trans)
        if n >= 1 and ts < trans[0]:
            tti = self._tti_before
            fold = 0
        elif (n == 0 or ts > trans[-1]) and not isinstance(self._tz_after, _ttinfo):
            tti, fold = self._tz_after.get_trans_info_fromutc(ts, dt.year)
        elif n == 0:
            tti = self._tz_after
            fold = 0
        else:
            idx = bisect.bisect_right(trans, ts)
            if n > 1 and ts >= trans[1]:
                tti_prev, tti = self._ttinfos[idx - 2:idx]
            elif ts > trans[-1]:
                tti_prev = self._ttinfos[-1]
                tti = self._tz_after
            else:
                tti_prev = self._tti_before
                tti = self._ttinfos[0]
            # the first (shift) seconds after a backwards jump are the
            # repeated wall times, which get fold=1
            shift = tti_prev.utcoff - tti.utcoff
            fold = shift.total_seconds() > ts - trans[idx - 1]
        dt += tti.utcoff
        if fold:
            return dt.replace(fold=1)
        return dt

    def _find_trans(self, dt):
        if dt is None:
            if self._fixed_offset:
                return self._tz_after
            return _NO_TTINFO
        ts = _local_seconds(dt)
        lt = self._trans_local[dt.fold]
        n = len(lt)
        if n and ts < lt[0]:
            return self._tti_before
        if not n or ts > lt[-1]:
            if isinstance(self._tz_after, _TZStr):
                return self._tz_after.get_trans_info(ts, dt.year, dt.fold)
            return self._tz_after
        return self._ttinfos[bisect.bisect_right(lt, ts) - 1]

    def __str__(self):
        if self._key is not None:
            return f"{self._key}"
        return repr(self)

    def __repr__(self):
        cls = type(self)
        name = "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        # pickled by key: unpickling looks the zone up again
        return (self.__class__._unpickle, (self._key, self._from_cache))

    def _file_reduce(self):
        import pickle
        raise pickle.PicklingError(
            "Cannot pickle a ZoneInfo file from a file stream.")

    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

    _unpickle = _PicklableClassMethod(_unpickle)

    def _find_tzfile(self, key):
        return _tzpath.find_tzfile(key)

    def _load_file(self, fobj):
        loaded = _common.load_data(fobj)
        trans_idx, trans_utc, utcoff, isdst, abbr, tz_str = loaded

        dst_amounts = self._utcoff_to_dstoff(trans_idx, utcoff, isdst)
        walls = self._ts_to_local(trans_idx, trans_utc, utcoff)

        types = [_ttinfo(_load_timedelta(u), _load_timedelta(d), name)
                 for u, d, name in zip(utcoff, dst_amounts, abbr)]

        self._trans_utc = trans_utc
        self._trans_local = walls
        self._ttinfos = [types[i] for i in trans_idx]

        # before the first transition: the first standard-time type
        for i in range(len(isdst)):
            if not isdst[i]:
                self._tti_before = types[i]
                break
        else:
            self._tti_before = self._ttinfos[0] if self._ttinfos else None

        # after the last transition: the footer rule, else the last type
        if tz_str is not None and tz_str != b"":
            self._tz_after = _parse_tz_str(tz_str)
        else:
            if not self._ttinfos and not types:
                raise ValueError("No time zone information found.")
            self._tz_after = self._ttinfos[-1] if self._ttinfos else types[-1]

        # a zone with a single fixed offset answers utcoffset(None) too
        if len(types) > 1 or not isinstance(self._tz_after, _ttinfo):
            self._fixed_offset = False
        elif not types:
            self._fixed_offset = True
        else:
            self._fixed_offset = types[0] == self._tz_after

    @staticmethod
    def _utcoff_to_dstoff(trans_idx, utcoffsets, isdsts):
        # TZif stores only "is DST" flags; the DST amount of each DST type is
        # taken as the offset change from the neighbouring standard type.
        typecnt = len(isdsts)
        dstoffs = [0] * typecnt
        dst_cnt = sum(isdsts)
        dst_found = 0

        for i in range(1, len(trans_idx)):
            if dst_cnt == dst_found:
                break
            idx = trans_idx[i]
            if not isdsts[idx] or dstoffs[idx] != 0:
                continue
            dstoff = 0
            utcoff = utcoffsets[idx]
            prev = trans_idx[i - 1]
            if not isdsts[prev]:
                dstoff = utcoff - utcoffsets[prev]
            if not dstoff and idx < (typecnt - 1):
                nxt = trans_idx[i + 1]
                if isdsts[nxt]:
                    continue
                dstoff = utcoff - utcoffsets[nxt]
            if dstoff:
                dst_found += 1
                dstoffs[idx] = dstoff
        else:
            # DST types whose amount could not be worked out: one hour
            for idx in range(typecnt):
                if not dstoffs[idx] and isdsts[idx]:
                    dstoffs[idx] = 3600
        return dstoffs

    @staticmethod
    def _ts_to_local(trans_idx, trans_list_utc, utcoffsets):
        # Transition times in local wall time: list 0 uses the larger of the
        # offsets around each transition (fold=0), list 1 the smaller.
        if not trans_list_utc:
            return [[], []]
        walls = [list(trans_list_utc), list(trans_list_utc)]
        if len(utcoffsets) > 1:
            off0 = utcoffsets[0]
            off1 = utcoffsets[trans_idx[0]]
            if off1 > off0:
                off1, off0 = off0, off1
        else:
            off0 = off1 = utcoffsets[0]
        walls[0][0] += off0
        walls[1][0] += off1
        for i in range(1, len(trans_idx)):
            off0 = utcoffsets[trans_idx[i - 1]]
            off1 = utcoffsets[trans_idx[i]]
            if off1 > off0:
                off1, off0 = off0, off1
            walls[0][i] += off0
            walls[1][i] += off1
        return walls


ZoneInfo._reset_caches()


class _ttinfo:
    # one local time type: UTC offset, DST amount and abbreviation
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff, self.dstoff, self.tzname = utcoff, dstoff, tzname

    def __eq__(self, other):
        return (self.utcoff == other.utcoff and self.dstoff == other.dstoff
                and self.tzname == other.tzname)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.utcoff}, {self.dstoff}, {self.tzname})"


_NO_TTINFO = _ttinfo(None, None, None)


class _TZStr:
    # a POSIX TZ rule with daylight saving time, e.g. EST5EDT,M3.2.0,M11.1.0
    __slots__ = ("std", "dst", "start", "end", "get_trans_info",
                 "get_trans_info_fromutc", "dst_diff")

    def __init__(self, std_abbr, std_offset, dst_abbr, dst_offset,
                 start=None, end=None):
        self.dst_diff = dst_offset - std_offset
        self.std = _ttinfo(utcoff=_load_timedelta(std_offset),
                           dstoff=_load_timedelta(0), tzname=std_abbr)
        self.start = start
        self.end = end
        self.dst = _ttinfo(utcoff=_load_timedelta(dst_offset),
                           dstoff=_load_timedelta(self.dst_diff),
                           tzname=dst_abbr)
        if start is None:
            raise ValueError("No transition start specified")
        if end is None:
            raise ValueError("No transition end specified")
        self.get_trans_info, self.get_trans_info_fromutc = (
            self._get_trans_info, self._get_trans_info_fromutc)

    def transitions(self, year):
        # DST start and end in "local standard/daylight" seconds since 1970
        return self.start.year_to_epoch(year), self.end.year_to_epoch(year)

    def _get_trans_info(self, ts, year, fold):
        start, end = self.transitions(year)
        # move whichever edge makes the ambiguous/missing hour resolve the
        # way fold asks
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        return self.dst if isdst else self.std

    def _get_trans_info_fromutc(self, ts, year):
        local_start, local_end = self.transitions(year)
        # both edges in UTC: DST starts on standard time, ends on DST time
        on = local_start - self.std.utcoff.total_seconds()
        off = local_end - self.dst.utcoff.total_seconds()
        if on < off:
            in_dst = on <= ts < off
        else:
            in_dst = ts < off or ts >= on
        # the wall-clock hour that repeats once the clocks go back
        shift = self.dst_diff
        edge = off if shift > 0 else on
        fold = edge <= ts < edge + abs(shift)
        return (self.dst if in_dst else self.std, fold)


def _post_epoch_days_before_year(year):
    # days from 1970-01-01 to January 1st of year
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 - EPOCHORDINAL


class _DayOffset:
    # "Jn" (1-365, February 29th never counted) or "n" (0-365) day rules
    __slots__ = ("d", "julian", "hour", "minute", "second")

    def __init__(self, d, julian, hour=2, minute=0, second=0):
        min_day = 0 + julian
        if not min_day <= d <= 365:
            raise ValueError(f"d must be in [{min_day}, 365], not: {d}")
        self.d = d
        self.julian = julian
        self.hour = hour
        self.minute = minute
        self.second = second

    def year_to_epoch(self, year):
        d = self.d
        if self.julian and d >= 59 and calendar.isleap(year):
            d += 1
        return ((_post_epoch_days_before_year(year) + d) * 86400
                + self.hour * 3600 + self.minute * 60 + self.second)


class _CalendarOffset:
    # "Mm.w.d": day d (0 = Sunday) of week w (5 = last) of month m
    __slots__ = ("m", "w", "d", "hour", "minute", "second")

    _DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273,
                          304, 334)

    def __init__(self, m, w, d, hour=2, minute=0, second=0):
        if not 1 <= m <= 12:
            raise ValueError("m must be in [1, 12]")
        if not 1 <= w <= 5:
            raise ValueError("w must be in [1, 5]")
        if not 0 <= d <= 6:
            raise ValueError("d must be in [0, 6]")
        self.m = m
        self.w = w
        self.d = d
        self.hour = hour
        self.minute = minute
        self.second = second

    @classmethod
    def _ymd2ord(cls, year, month, day):
        return (_post_epoch_days_before_year(year)
                + cls._DAYS_BEFORE_MONTH[month]
                + (month > 2 and calendar.isleap(year))
                + day)

    def year_to_epoch(self, year):
        first_weekday, days_in_month = calendar.monthrange(year, self.m)
        # calendar counts Monday as 0; the rule counts Sunday as 0
        day = (self.d - (first_weekday + 1)) % 7 + 1
        day += (self.w - 1) * 7
        if day > days_in_month:
            day -= 7
        return (self._ymd2ord(year, self.m, day) * 86400
                + self.hour * 3600 + self.minute * 60 + self.second)


# The POSIX TZ footer: std offset [dst [offset] ,start[/time],end[/time]].
# Parsed byte by byte so that malformed strings get specific messages.

def _byte(s, i):
    return s[i:i + 1]


def _parse_abbr(s, p):
    # "<...>" (letters, digits, + and -, may be empty) or one or more letters
    if _byte(s, p) == b"<":
        p += 1
        start = p
        while _byte(s, p) != b">":
            c = _byte(s, p)
            if not (c.isalnum() or c in (b"+", b"-")):
                return None
            p += 1
        return s[start:p].decode(), p + 1
    start = p
    while _byte(s, p).isalpha():
        p += 1
    if p == start:
        return None
    return s[start:p].decode(), p


def _parse_digits(s, p, most):
    # up to `most` digits (at least one); returns (value, p) or None
    value = 0
    count = 0
    while count < most and _byte(s, p).isdigit():
        value = value * 10 + s[p] - 48
        p += 1
        count += 1
    if not count:
        return None
    return value, p


def _parse_mm_ss(s, p):
    # optional ":mm" and ":ss" parts, two digits each
    parts = [0, 0]
    for i in range(2):
        if _byte(s, p) != b":":
            break
        p += 1
        if not (_byte(s, p).isdigit() and _byte(s, p + 1).isdigit()):
            return None
        parts[i] = (s[p] - 48) * 10 + s[p + 1] - 48
        p += 2
    return parts[0], parts[1], p


def _parse_tz_delta(s, p):
    # [+-]h[hh][:mm[:ss]], hours at most 24; POSIX offsets count west of UTC,
    # so "5" means UTC-5
    sign = -1
    c = _byte(s, p)
    if c in (b"+", b"-"):
        if c == b"-":
            sign = 1
        p += 1
    r = _parse_digits(s, p, 3)
    if r is None or r[0] > 24:
        return None
    hours, p = r
    r = _parse_mm_ss(s, p)
    if r is None:
        return None
    minutes, seconds, p = r
    return sign * (hours * 3600 + minutes * 60 + seconds), p


def _parse_transition_time(s, p):
    # [+-]h[hh][:mm[:ss]], hours within +-167
    sign = 1
    c = _byte(s, p)
    if c in (b"+", b"-"):
        if c == b"-":
            sign = -1
        p += 1
    r = _parse_digits(s, p, 3)
    if r is None:
        return None
    hours, p = r
    r = _parse_mm_ss(s, p)
    if r is None:
        return None
    minutes, seconds, p = r
    return (hours * sign, minutes * sign, seconds * sign), p


def _parse_rule(s, p):
    # Mm.w.d, Jn or n, each with an optional /time (default 02:00)
    hms = (2, 0, 0)
    if _byte(s, p) == b"M":
        r = _parse_digits(s, p + 1, 2)
        if r is None:
            return None
        month, p = r
        fields = []
        for _ in range(2):
            if _byte(s, p) != b"." or not _byte(s, p + 1).isdigit():
                return None
            fields.append(s[p + 1] - 48)
            p += 2
        week, day = fields
        if _byte(s, p) == b"/":
            r = _parse_transition_time(s, p + 1)
            if r is None:
                return None
            hms, p = r
        if not (1 <= month <= 12 and 1 <= week <= 5 and 0 <= day <= 6):
            return None
        rule = _CalendarOffset(month, week, day)
    else:
        julian = _byte(s, p) == b"J"
        if julian:
            p += 1
        r = _parse_digits(s, p, 3)
        if r is None:
            return None
        day, p = r
        if _byte(s, p) == b"/":
            r = _parse_transition_time(s, p + 1)
            if r is None:
                return None
            hms, p = r
        if not (int(julian) <= day <= 365):
            return None
        rule = _DayOffset(day, julian)
    if not -167 <= hms[0] <= 167:
        return None
    rule.hour, rule.minute, rule.second = hms
    return rule, p


def _parse_tz_str(tz_str):
    s = bytes(tz_str)
    r = _parse_abbr(s, 0)
    if r is None:
        raise ValueError(f"Invalid STD format in {s!r}")
    std_abbr, p = r
    r = _parse_tz_delta(s, p)
    if r is None:
        raise ValueError(f"Invalid STD offset in {s!r}")
    std_offset, p = r
    if p == len(s):
        return _ttinfo(_load_timedelta(std_offset), _load_timedelta(0), std_abbr)

    r = _parse_abbr(s, p)
    if r is None:
        raise ValueError(f"Invalid DST format in {s!r}")
    dst_abbr, p = r
    if _byte(s, p) == b",":
        # no DST offset: one hour ahead of standard time
        dst_offset = std_offset + 3600
    else:
        r = _parse_tz_delta(s, p)
        if r is None:
            raise ValueError(f"Invalid DST offset in {s!r}")
        dst_offset, p = r

    rules = []
    for _ in range(2):
        if _byte(s, p) != b",":
            raise ValueError(f"Missing transition rules in TZ string: {s!r}")
        r = _parse_rule(s, p + 1)
        if r is None:
            raise ValueError(f"Malformed transition rule in TZ string: {s!r}")
        rule, p = r
        rules.append(rule)
    if p != len(s):
        raise ValueError(f"Extraneous characters at end of TZ string: {s!r}")
    return _TZStr(std_abbr, std_offset, dst_abbr, dst_offset, rules[0], rules[1])
