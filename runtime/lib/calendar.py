"""Calendar printing functions

Note when comparing these calendars to the ones printed by cal(1): By
default, these calendars have Monday as the first day of the week, and
Sunday as the last (the European convention). Use setfirstweekday() to
set the first day of the week (0=Monday, 6=Sunday)."""

import sys
import datetime
from enum import IntEnum, global_enum
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "Day", "Month", "JANUARY", "FEBRUARY", "MARCH",
           "APRIL", "MAY", "JUNE", "JULY",
           "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

# Exception raised for bad input (with string parameter for details)
error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


@global_enum
class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


# Number of days per month (except for February in leap years)
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _localized_month:
    """Month names as strftime formats them; index 0 is the empty string."""

    def __init__(self, format):
        self.format = format

    def _name(self, i):
        if i == 0:
            return ""
        return datetime.date(2001, i, 1).strftime(self.format)

    def __getitem__(self, i):
        # Names are computed on each access so that a locale change is seen.
        indices = list(range(13))[i]
        if isinstance(i, slice):
            return [self._name(k) for k in indices]
        return self._name(indices)

    def __len__(self):
        return 13


class _localized_day:
    """Weekday names as strftime formats them, Monday first."""

    def __init__(self, format):
        self.format = format

    def _name(self, i):
        # January 1, 2001 was a Monday.
        return datetime.date(2001, 1, i + 1).strftime(self.format)

    def __getitem__(self, i):
        indices = list(range(7))[i]
        if isinstance(i, slice):
            return [self._name(k) for k in indices]
        return self._name(indices)

    def __len__(self):
        return 7


# Full and abbreviated names of weekdays
day_name = _localized_day('%A')
day_abbr = _localized_day('%a')

# Full and abbreviated names of months (1-based arrays!!!)
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2).
       Assume y1 <= y2."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def monthrange(year, month):
    """Return weekday of first day of month (0-6 ~ Mon-Sun)
       and number of days (28-31) for year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    day1 = weekday(year, month, 1)
    ndays = mdays[month] + (month == FEBRUARY and isleap(year))
    return day1, ndays


def _monthlen(year, month):
    return mdays[month] + (month == FEBRUARY and isleap(year))


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


class Calendar(object):
    """
    Base calendar class. This class doesn't do any formatting. It simply
    provides data to subclasses.
    """

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday  # 0 = Monday, 6 = Sunday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """
        Return an iterator for one week of weekday numbers starting with the
        configured first one.
        """
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        """
        Return an iterator for one month. The iterator will yield datetime.date
        values and will always iterate through complete weeks, so it will yield
        dates outside the specified month.
        """
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """
        Like itermonthdates(), but will yield day numbers. For days outside
        the specified month the day number is 0.
        """
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self.firstweekday) % 7
        yield from repeat(0, days_before)
        yield from range(1, ndays + 1)
        days_after = (self.firstweekday - day1 - ndays) % 7
        yield from repeat(0, days_after)

    def itermonthdays2(self, year, month):
        """
        Like itermonthdates(), but will yield (day number, weekday number)
        tuples. For days outside the specified month the day number is 0.
        """
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        """
        Like itermonthdates(), but will yield (year, month, day) tuples.  Can be
        used for dates outside of datetime.date range.
        """
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self.firstweekday) % 7
        days_after = (self.firstweekday - day1 - ndays) % 7
        y, m = _prevmonth(year, month)
        end = _monthlen(y, m) + 1
        for d in range(end - days_before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = _nextmonth(year, month)
        for d in range(1, days_after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        """
        Like itermonthdates(), but will yield (year, month, day, day_of_week) tuples.
        Can be used for dates outside of datetime.date range.
        """
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def monthdatescalendar(self, year, month):
        """
        Return a matrix (list of lists) representing a month's calendar.
        Each row represents a week; week entries are datetime.date values.
        """
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """
        Return a matrix representing a month's calendar.
        Each row represents a week; week entries are
        (day number, weekday number) tuples. Day numbers outside this month
        are zero.
        """
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """
        Return a matrix representing a month's calendar.
        Each row represents a week; days outside this month are zero.
        """
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting. The return
        value is a list of month rows. Each month row contains up to width months.
        Each month contains between 4 and 6 weeks and each week contains 1-7
        days. Days are datetime.date objects.
        """
        months = [self.monthdatescalendar(year, m) for m in range(JANUARY, JANUARY + 12)]
        return [months[i:i + width] for i in range(0, len(months), width)]

    def yeardays2calendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting (similar to
        yeardatescalendar()). Entries in the week lists are
        (day number, weekday number) tuples. Day numbers outside this month are
        zero.
        """
        months = [self.monthdays2calendar(year, m) for m in range(JANUARY, JANUARY + 12)]
        return [months[i:i + width] for i in range(0, len(months), width)]

    def yeardayscalendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting (similar to
        yeardatescalendar()). Entries in the week lists are day numbers.
        Day numbers outside this month are zero.
        """
        months = [self.monthdayscalendar(year, m) for m in range(JANUARY, JANUARY + 12)]
        return [months[i:i + width] for i in range(0, len(months), width)]


def _weeks(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


class TextCalendar(Calendar):
    """
    Subclass of Calendar that outputs a calendar as a simple plain text
    similar to the UNIX program cal.
    """

    def prweek(self, theweek, width):
        """
        Print a single week (no newline).
        """
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        """
        Returns a formatted day.
        """
        if day == 0:
            s = ''
        else:
            s = '%2i' % day
        return s.center(width)

    def formatweek(self, theweek, width):
        """
        Returns a single week in a string (no newline).
        """
        return ' '.join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        """
        Returns a formatted week day name.
        """
        if width >= 9:
            names = day_name
        else:
            names = day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """
        Return a header for a week.
        """
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """
        Return a formatted month name.
        """
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """
        Print a month's calendar.
        """
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """
        Return a month's calendar string (multi-line).
        """
        w = max(2, w)
        l = max(1, l)
        s = self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1)
        s = s.rstrip()
        s += '\n' * l
        s += self.formatweekheader(w).rstrip()
        s += '\n' * l
        for week in self.monthdays2calendar(theyear, themonth):
            s += self.formatweek(week, w).rstrip()
            s += '\n' * l
        return s

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """
        Returns a year's calendar as a multi-line string.
        """
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = []
        out.append(repr(theyear).center(colwidth * m + c * (m - 1)).rstrip())
        out.append('\n' * l)
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append('\n' * l)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            out.append(formatstring(names, colwidth, c).rstrip())
            out.append('\n' * l)
            headers = (header for k in months)
            out.append(formatstring(headers, colwidth, c).rstrip())
            out.append('\n' * l)
            # Months of a row may have different numbers of weeks.
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = []
                for cal in row:
                    if j >= len(cal):
                        weeks.append('')
                    else:
                        weeks.append(self.formatweek(cal[j], w))
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append('\n' * l)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print a year's calendar."""
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """
    This calendar returns complete HTML pages.
    """

    # CSS classes for the day <td>s
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    # CSS classes for the day <th>s
    cssclasses_weekday_head = cssclasses

    # CSS class for the days before and after current month
    cssclass_noday = "noday"

    # CSS class for the month's head
    cssclass_month_head = "month"

    # CSS class for the month
    cssclass_month = "month"

    # CSS class for the year's table head
    cssclass_year_head = "year"

    # CSS class for the whole year table
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """
        Return a day as a table cell.
        """
        if day == 0:
            # day outside month
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """
        Return a complete week as a table row.
        """
        s = ''.join(self.formatday(d, wd) for (d, wd) in theweek)
        return '<tr>%s</tr>' % s

    def formatweekday(self, day):
        """
        Return a weekday name as a table header.
        """
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """
        Return a header for a week as a table row.
        """
        s = ''.join(self.formatweekday(i) for i in self.iterweekdays())
        return '<tr>%s</tr>' % s

    def formatmonthname(self, theyear, themonth, withyear=True):
        """
        Return a month name as a table row.
        """
        if withyear:
            s = '%s %s' % (month_name[themonth], theyear)
        else:
            s = '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        """
        Return a formatted month as a table.
        """
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                 % self.cssclass_month, '\n',
                 self.formatmonthname(theyear, themonth, withyear=withyear), '\n',
                 self.formatweekheader(), '\n']
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week))
            parts.append('\n')
        parts.append('</table>')
        parts.append('\n')
        return ''.join(parts)

    def formatyear(self, theyear, width=3):
        """
        Return a formatted year as a table of tables.
        """
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                 % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>'
                 % (width, self.cssclass_year_head, theyear)]
        for i in range(JANUARY, JANUARY + 12, width):
            months = range(i, min(i + width, 13))
            parts.append('<tr>')
            for m in months:
                parts.append('<td>')
                parts.append(self.formatmonth(theyear, m, withyear=False))
                parts.append('</td>')
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """
        Return a formatted year as a complete HTML page.
        """
        if encoding is None:
            encoding = 'utf-8'
        parts = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                 '<html>\n', '<head>\n',
                 '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
                 % encoding]
        if css is not None:
            parts.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        parts.append('<title>Calendar for %d</title>\n' % theyear)
        parts.append('</head>\n')
        parts.append('<body>\n')
        parts.append(self.formatyear(theyear, width))
        parts.append('</body>\n')
        parts.append('</html>\n')
        return ''.join(parts).encode(encoding, "xmlcharrefreplace")


def _import_locale():
    try:
        import locale
    except ImportError:
        return None
    return locale


class different_locale:
    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        _locale = _locale_or_raise('calendar.different_locale')
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        _locale = _locale_or_raise('calendar.different_locale')
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _locale_or_raise(feature):
    _locale = _import_locale()
    if _locale is None:
        raise NotImplementedError(
            '%s needs the locale module, which is not available' % feature)
    return _locale


def _get_default_locale():
    _locale = _locale_or_raise('calendar locale support')
    locale = _locale.setlocale(_locale.LC_TIME, None)
    if locale == "C":
        with different_locale(""):
            # The LC_TIME locale does not seem to be configured:
            # get the user preferred locale.
            locale = _locale.setlocale(_locale.LC_TIME, None)
    return locale


class LocaleTextCalendar(TextCalendar):
    """
    This class can be passed a locale name in the constructor and will return
    month and weekday names in the specified locale.
    """

    def __init__(self, firstweekday=0, locale=None):
        _locale_or_raise('calendar.LocaleTextCalendar')
        TextCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """
    This class can be passed a locale name in the constructor and will return
    month and weekday names in the specified locale.
    """

    def __init__(self, firstweekday=0, locale=None):
        _locale_or_raise('calendar.LocaleHTMLCalendar')
        HTMLCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


# Support for old module level interface
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


# Spacing of month columns for multi-column year calendar
_colwidth = 7 * 3 - 1         # Amount printed by prweek()
_spacing = 6                  # Number of spaces between columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints multi-column formatting for year calendars"""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Returns a string formatted from n strings, centered within n columns."""
    spacing *= ' '
    return spacing.join(c.center(colwidth) for c in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    hours = days * 24 + hour
    minutes = hours * 60 + minute
    seconds = minutes * 60 + second
    return seconds


# The command line.  The options and messages follow the argparse conventions
# (usage wrapped to the terminal width, "error:" lines, exit status 2).

_CLI_OPTIONS = [
    # (short, long, dest, metavar, convert)
    ('-w', '--width', 'width', 'WIDTH', int),
    ('-l', '--lines', 'lines', 'LINES', int),
    ('-s', '--spacing', 'spacing', 'SPACING', int),
    ('-m', '--months', 'months', 'MONTHS', int),
    ('-c', '--css', 'css', 'CSS', str),
    ('-L', '--locale', 'locale', 'LOCALE', str),
    ('-e', '--encoding', 'encoding', 'ENCODING', str),
    ('-t', '--type', 'type', '{text,html}', ('text', 'html')),
    ('-f', '--first-weekday', 'first_weekday', 'FIRST_WEEKDAY', int),
]

_CLI_HELP_BODY = """
positional arguments:
  year                  year number
  month                 month number (1-12, text only)

options:
  -h, --help            show this help message and exit
  -L, --locale LOCALE   locale to use for month and weekday names
  -e, --encoding ENCODING
                        encoding to use for output
  -t, --type {text,html}
                        output type (text or html)
  -f, --first-weekday FIRST_WEEKDAY
                        weekday (0 is Monday, 6 is Sunday) to start each week
                        (default 0)

text only arguments:
  -w, --width WIDTH     width of date column (default 2)
  -l, --lines LINES     number of lines for each week (default 1)
  -s, --spacing SPACING
                        spacing between months (default 6)
  -m, --months MONTHS   months per row (default 3)

html only arguments:
  -c, --css CSS         CSS to use for page
"""


class _CLIError(Exception):
    pass


def _cli_usage(prog):
    import os
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    text_width = max(columns - 2, 11)
    prefix = 'usage: '
    opt_parts = ['[-h]'] + ['[%s %s]' % (short, metavar)
                            for short, _, _, metavar, _ in _CLI_OPTIONS]
    pos_parts = ['[year]', '[month]']
    one_line = ' '.join([prog] + opt_parts + pos_parts)
    if len(prefix) + len(one_line) <= text_width:
        return prefix + one_line + '\n'

    def wrap(parts, indent, first_prefix=None):
        lines = []
        line = []
        line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
        for part in parts:
            if line_len + 1 + len(part) > text_width and line:
                lines.append(indent + ' '.join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if first_prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    if len(prefix) + len(prog) <= 0.75 * text_width:
        indent = ' ' * (len(prefix) + len(prog) + 1)
        lines = wrap([prog] + opt_parts, indent, prefix)
        lines.extend(wrap(pos_parts, indent))
    else:
        indent = ' ' * len(prefix)
        lines = wrap(opt_parts + pos_parts, indent)
        lines = [prog] + lines
    return prefix + '\n'.join(lines) + '\n'


def _cli_parse(args, prog):
    values = {'width': 2, 'lines': 1, 'spacing': 6, 'months': 3, 'css': 'calendar.css',
              'locale': None, 'encoding': None, 'type': 'text', 'first_weekday': 0,
              'year': None, 'month': None}
    by_short = {o[0]: o for o in _CLI_OPTIONS}
    by_long = {o[1]: o for o in _CLI_OPTIONS}

    def is_negative_number(arg):
        body = arg[1:]
        if body.isdigit():
            return True
        whole, dot, frac = body.partition('.')
        return bool(dot) and frac.isdigit() and (not whole or whole.isdigit())

    def looks_like_option(arg):
        return arg.startswith('-') and arg != '-' and not is_negative_number(arg)

    def convert(option, raw):
        short, long, dest, metavar, conv = option
        name = '%s/%s' % (short, long)
        if isinstance(conv, tuple):
            if raw not in conv:
                raise _CLIError('argument %s: invalid choice: %r (choose from %s)'
                                % (name, raw, ', '.join(repr(c) for c in conv)))
            return raw
        try:
            return conv(raw)
        except ValueError:
            raise _CLIError('argument %s: invalid %s value: %r'
                            % (name, conv.__name__, raw)) from None

    # Everything after the first "--" is positional, whatever it looks like.
    cut = -1
    if '--' in args:
        cut = args.index('--')
        kinds = ([looks_like_option(a) for a in args[:cut]] +
                 [False] * (len(args) - cut - 1))
        args = args[:cut] + args[cut + 1:]
    else:
        kinds = [looks_like_option(a) for a in args]

    extras = []
    positionals_done = False
    i = 0
    n = len(args)
    while i < n:
        arg = args[i]
        if not kinds[i]:
            chunk = []
            while i < n and not kinds[i]:
                chunk.append(args[i])
                i += 1
            if positionals_done:
                extras.extend(chunk)
                continue
            # Like argparse, the first run of positional arguments fills both
            # optional positionals; anything after that is unrecognized.
            positionals_done = True
            for dest, raw in zip(('year', 'month'), chunk):
                try:
                    values[dest] = int(raw)
                except ValueError:
                    raise _CLIError('argument %s: invalid int value: %r'
                                    % (dest, raw)) from None
            extras.extend(chunk[2:])
            continue
        i += 1

        attached = None
        if arg.startswith('--'):
            name, eq, value = arg.partition('=')
            if eq:
                attached = value
            longs = ['--help'] + [o[1] for o in _CLI_OPTIONS]
            if name in longs:
                matches = [name]
            else:
                matches = [l for l in longs if l.startswith(name)]
            if len(matches) > 1:
                raise _CLIError('ambiguous option: %s could match %s'
                                % (arg, ', '.join(matches)))
            if not matches:
                extras.append(arg)
                continue
            if matches[0] == '--help':
                raise SystemExit(_cli_help(prog))
            option = by_long[matches[0]]
        else:
            if arg[:2] == '-h':
                raise SystemExit(_cli_help(prog))
            option = by_short.get(arg[:2])
            if option is None:
                extras.append(arg)
                continue
            if len(arg) > 2:
                attached = arg[2:]
        if attached is None:
            if i >= n or kinds[i] or i == cut:
                raise _CLIError('argument %s/%s: expected one argument'
                                % (option[0], option[1]))
            attached = args[i]
            i += 1
        values[option[2]] = convert(option, attached)
    if extras:
        raise _CLIError('unrecognized arguments: %s' % ' '.join(extras))
    return values


def _cli_help(prog):
    sys.stdout.write(_cli_usage(prog) + _CLI_HELP_BODY)
    return 0


def main(args=None):
    import os
    prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else 'calendar.py'
    if args is None:
        args = sys.argv[1:]

    def fail(message):
        sys.stderr.write(_cli_usage(prog))
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    try:
        options = _cli_parse(list(args), prog)
    except _CLIError as e:
        fail(str(e))
    if options['locale'] and not options['encoding']:
        fail("if --locale is specified --encoding is required")
    locale = options['locale'], options['encoding']

    if options['type'] == 'html':
        if options['month']:
            fail("incorrect number of arguments")
        if options['locale']:
            cal = LocaleHTMLCalendar(locale=locale)
        else:
            cal = HTMLCalendar()
        cal.setfirstweekday(options['first_weekday'])
        encoding = options['encoding']
        if encoding is None:
            encoding = sys.getdefaultencoding()
        year = options['year']
        if year is None:
            year = datetime.date.today().year
        sys.stdout.flush()
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding,
                                                   css=options['css']))
        sys.stdout.buffer.flush()
        return

    if options['locale']:
        cal = LocaleTextCalendar(locale=locale)
    else:
        cal = TextCalendar()
    cal.setfirstweekday(options['first_weekday'])
    optdict = dict(w=options['width'], l=options['lines'])
    if options['month'] is None:
        optdict['c'] = options['spacing']
        optdict['m'] = options['months']
    year = options['year']
    if year is None:
        result = cal.formatyear(datetime.date.today().year, **optdict)
    elif options['month'] is None:
        result = cal.formatyear(year, **optdict)
    else:
        result = cal.formatmonth(year, options['month'], **optdict)
    if options['encoding']:
        sys.stdout.flush()
        sys.stdout.buffer.write(result.encode(options['encoding']))
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main()
