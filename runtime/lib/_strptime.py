"""time.strptime(), built on the datetime module's format matcher."""

import datetime as _datetime
import time as _time


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string as time.strptime does: a struct_time, tm_isdst -1."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index, type(arg)))  # sic: the class, as CPython prints it
    dt = _datetime._strptime_datetime(_datetime.datetime, data_string, format)
    t = dt.timetuple()
    return _time.struct_time((t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                              t.tm_wday, t.tm_yday, -1))
