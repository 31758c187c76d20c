# zoneinfo._common: the TZif file reader shared by the zoneinfo modules.

import struct


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


def load_tzdata(key):
    # Zones bundled in the "tzdata" package would be found here; Weft has no
    # importlib.resources, so only an importable tzdata package is tried.
    try:
        import tzdata  # noqa: F401
    except ImportError:
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}") from None
    import os
    base = os.path.dirname(tzdata.__file__)
    try:
        return open(os.path.join(base, "zoneinfo", *key.split("/")), "rb")
    except (OSError, UnicodeEncodeError):
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}") from None


class _TZifHeader:
    __slots__ = ["version", "isutcnt", "isstdcnt", "leapcnt", "timecnt",
                 "typecnt", "charcnt"]

    def __init__(self, *args):
        for attr, val in zip(self.__slots__, args, strict=True):
            setattr(self, attr, val)

    @classmethod
    def from_file(cls, stream):
        if stream.read(4) != b"TZif":
            raise ValueError("Invalid TZif file: magic not found")
        v = stream.read(1)
        version = 1 if v == b"\x00" else int(v)
        stream.read(15)
        return cls(version, *struct.unpack(">6l", stream.read(24)))


def load_data(fobj):
    """Read a TZif stream.

    Returns (transition type indices, transition times in UTC seconds,
    UTC offsets, isdst flags, abbreviations, POSIX TZ footer or None).
    For version 2+ files the 64-bit second block is used.
    """
    header = _TZifHeader.from_file(fobj)
    if header.version == 1:
        time_size, time_type = 4, "l"
    else:
        time_size, time_type = 8, "q"
        # skip the 32-bit block; a second header follows it
        fobj.seek(header.timecnt * 5 + header.typecnt * 6 + header.charcnt
                  + header.leapcnt * 8 + header.isstdcnt + header.isutcnt, 1)
        header = _TZifHeader.from_file(fobj)

    typecnt = header.typecnt
    timecnt = header.timecnt
    if timecnt:
        trans_list_utc = struct.unpack(f">{timecnt}{time_type}",
                                       fobj.read(timecnt * time_size))
        trans_idx = struct.unpack(f">{timecnt}B", fobj.read(timecnt))
    else:
        trans_list_utc = ()
        trans_idx = ()

    if typecnt:
        utcoff, isdst, abbrind = zip(
            *(struct.unpack(">lbb", fobj.read(6)) for _ in range(typecnt)))
    else:
        utcoff = isdst = abbrind = ()

    chars = fobj.read(header.charcnt)
    names = {}

    def abbr_at(i):
        if i not in names:
            names[i] = chars[i:chars.find(b"\x00", i)].decode()
        return names[i]

    abbr = tuple(abbr_at(i) for i in abbrind)

    if header.version >= 2:
        # leap seconds (12 bytes each in v2+) and indicators are not used
        fobj.seek(header.isutcnt + header.isstdcnt + header.leapcnt * 12, 1)
        c = fobj.read(1)
        if c != b"\n":
            raise ValueError("Invalid TZif file: missing footer")
        footer = bytearray()
        while (c := fobj.read(1)) != b"\n":
            if not c:
                raise ValueError("Invalid TZif file: unterminated footer")
            footer += c
        tz_str = bytes(footer)
    else:
        tz_str = None
    return trans_idx, trans_list_utc, utcoff, isdst, abbr, tz_str
