"""Month and year calendars as data, plain text or HTML.

Weeks start on Monday by default (cal(1) starts them on Sunday); call
setfirstweekday() with 0 (Monday) to 6 (Sunday) to choose another day.
"""

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

# Old name for the error raised on bad arguments.
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


# Month lengths, indexed 1-12; February is given for common years.
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


# Weekday names, Monday first: full and short forms.
day_name = _localized_day('%A')
day_abbr = _localized_day('%a')

# Month names, full and short; index 1 is January and index 0 is "".
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """Whether year is a leap year in the proleptic Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """How many leap years lie in range(y1, y2) (y1 <= y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Day of the week of a date, as a Day (MONDAY == 0 ... SUNDAY == 6)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def monthrange(year, month):
    """(weekday of the 1st, number of days) for the given month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    if month == FEBRUARY and isleap(year):
        return 29
    return mdays[month]


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


class Calendar(object):
    """Produces the days, weeks and months of a calendar as data.

    Formatting is left to subclasses such as TextCalendar and HTMLCalendar.
    """

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday  # 0 = Monday, 6 = Sunday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(fget=getfirstweekday, fset=setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in display order."""
        first = self.firstweekday
        for k in range(7):
            yield (first + k) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects for whole weeks covering the month.

        The first and last weeks are filled up with days of the
        neighbouring months.
        """
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers for whole weeks covering the month; the filler
        days of neighbouring months are 0."""
        lead, ndays, trail = self._padding(year, month)
        yield from repeat(0, lead)
        yield from range(1, ndays + 1)
        yield from repeat(0, trail)

    def _padding(self, year, month):
        # Days shown before and after the month to complete its weeks.
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        return lead, ndays, -(lead + ndays) % 7

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs, as itermonthdays() with weekdays."""
        wd = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        """(year, month, day) triples for whole weeks covering the month.

        Unlike itermonthdates() this works beyond datetime.date's range.
        """
        lead, ndays, trail = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - lead + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) tuples, as itermonthdays3() with
        weekdays."""
        wd = self.firstweekday
        for ymd in self.itermonthdays3(year, month):
            yield (*ymd, wd % 7)
            wd += 1

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each a list of seven dates."""
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day number, weekday) pairs;
        filler days have day number 0."""
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers (0 for filler days)."""
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """The year as rows of up to `width` months; each month is a list
        of weeks (as monthdatescalendar() gives them)."""
        return _rows(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        """Like yeardatescalendar(), with months from monthdays2calendar()."""
        return _rows(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        """Like yeardatescalendar(), with months from monthdayscalendar()."""
        return _rows(self.monthdayscalendar, year, width)


def _chunks(items, size):
    return [items[k:k + size] for k in range(0, len(items), size)]


def _weeks(days):
    return _chunks(days, 7)


def _rows(month_matrix, year, width):
    return _chunks([month_matrix(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """A Calendar rendered as plain text, in the style of cal(1)."""

    def prweek(self, theweek, width):
        """Print formatweek(theweek, width) without a line break."""
        line = self.formatweek(theweek, width)
        print(line, end='')

    def formatday(self, day, weekday, width):
        """One day number centred in `width` columns (blank for 0)."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week of (day, weekday) pairs as a line without newline."""
        cells = [self.formatday(day, wd, width) for day, wd in theweek]
        return ' '.join(cells)

    def formatweekday(self, day, width):
        """A weekday name cut or centred to `width` columns."""
        names = day_abbr if width < 9 else day_name
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """The row of weekday names heading a month."""
        return ' '.join([self.formatweekday(wd, width)
                         for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name (and year) centred in `width` columns."""
        title = month_name[themonth]
        if withyear:
            title += ' ' + repr(theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth(theyear, themonth, w, l)."""
        text = self.formatmonth(theyear, themonth, w, l)
        print(text, end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: title, weekday header, then one line per week.

        w is the width of a day column and l the number of lines per week.
        """
        w = max(2, w)
        l = max(1, l)
        gap = '\n' * l
        lines = [self.formatmonthname(theyear, themonth, 7 * w + 6),
                 self.formatweekheader(w)]
        lines += [self.formatweek(week, w)
                  for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A whole year as text, m months side by side, c spaces apart."""
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
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else ''
                         for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append('\n' * l)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear(theyear, w, l, c, m)."""
        text = self.formatyear(theyear, w, l, c, m)
        print(text, end='')


class HTMLCalendar(Calendar):
    """A Calendar rendered as HTML tables (and whole XHTML pages).

    The class attributes below name the CSS classes put on the elements;
    subclasses may override them.
    """

    # <td> of each weekday, Monday first, and <th> of the weekday names.
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    # <td> of the filler days of neighbouring months.
    cssclass_noday = "noday"
    # Title row and table of a month.
    cssclass_month_head = "month"
    cssclass_month = "month"
    # Title row and table of a year.
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """A <td> cell for one day; filler days (0) are blank."""
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """A <tr> row holding one week of (day, weekday) pairs."""
        cells = [self.formatday(day, wd) for day, wd in theweek]
        return '<tr>' + ''.join(cells) + '</tr>'

    def formatweekday(self, day):
        """A <th> cell with a short weekday name."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """A <tr> row of weekday-name cells."""
        cells = [self.formatweekday(wd) for wd in self.iterweekdays()]
        return '<tr>' + ''.join(cells) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        """A <tr> title row with the month name (and year)."""
        s = str(month_name[themonth])
        if withyear:
            s = f'{s} {theyear}'
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        """One month as an HTML table."""
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
        """A year as an HTML table whose cells are month tables, `width`
        months per row."""
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
        """A complete XHTML page showing the year, encoded as bytes."""
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

    # Context manager that switches LC_TIME to `locale` while active.

    def __enter__(self):
        loc = _locale_or_raise('calendar.different_locale')
        saved = loc.setlocale(loc.LC_TIME)
        self.oldlocale = saved
        loc.setlocale(loc.LC_TIME, self.locale)

    def __exit__(self, *args):
        loc = _locale_or_raise('calendar.different_locale')
        loc.setlocale(loc.LC_TIME, self.oldlocale)


def _locale_or_raise(feature):
    _locale = _import_locale()
    if _locale is None:
        raise NotImplementedError(
            '%s needs the locale module, which is not available' % feature)
    return _locale


def _get_default_locale():
    loc = _locale_or_raise('calendar locale support')
    current = loc.setlocale(loc.LC_TIME)
    if current != "C":
        return current
    # LC_TIME was never set up; use the locale the environment asks for.
    with different_locale(""):
        return loc.setlocale(loc.LC_TIME)


class LocaleTextCalendar(TextCalendar):
    """TextCalendar whose month and weekday names come from `locale`
    (by default the user's locale)."""

    def __init__(self, firstweekday=0, locale=None):
        _locale_or_raise('calendar.LocaleTextCalendar')
        super().__init__(firstweekday)
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
    """HTMLCalendar whose month and weekday names come from `locale`
    (by default the user's locale)."""

    def __init__(self, firstweekday=0, locale=None):
        _locale_or_raise('calendar.LocaleHTMLCalendar')
        super().__init__(firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


# Module-level functions, all backed by one shared TextCalendar.
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


# Defaults for laying out columns: a week at width 2, and the gap.
_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print formatstring(cols, colwidth, spacing)."""
    line = formatstring(cols, colwidth, spacing)
    print(line)


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Centre each string in a column of colwidth; join with spacing blanks."""
    gap = ' ' * spacing
    return gap.join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_DAY = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the Unix epoch for a UTC time tuple (inverse of
    time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    first = datetime.date(year, month, 1).toordinal()
    days = (first - _EPOCH_DAY) + (day - 1)
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _cli_parser(prog):
    import argparse
    parser = argparse.ArgumentParser(prog=prog)
    textgroup = parser.add_argument_group('text only arguments')
    htmlgroup = parser.add_argument_group('html only arguments')
    textgroup.add_argument(
        "-w", "--width",
        type=int, default=2,
        help="width of date column (default 2)"
    )
    textgroup.add_argument(
        "-l", "--lines",
        type=int, default=1,
        help="number of lines for each week (default 1)"
    )
    textgroup.add_argument(
        "-s", "--spacing",
        type=int, default=6,
        help="spacing between months (default 6)"
    )
    textgroup.add_argument(
        "-m", "--months",
        type=int, default=3,
        help="months per row (default 3)"
    )
    htmlgroup.add_argument(
        "-c", "--css",
        default="calendar.css",
        help="CSS to use for page"
    )
    parser.add_argument(
        "-L", "--locale",
        default=None,
        help="locale to use for month and weekday names"
    )
    parser.add_argument(
        "-e", "--encoding",
        default=None,
        help="encoding to use for output"
    )
    parser.add_argument(
        "-t", "--type",
        default="text",
        choices=("text", "html"),
        help="output type (text or html)"
    )
    parser.add_argument(
        "-f", "--first-weekday",
        type=int, default=0,
        help="weekday (0 is Monday, 6 is Sunday) to start each week (default 0)"
    )
    parser.add_argument(
        "year",
        nargs='?', type=int,
        help="year number"
    )
    parser.add_argument(
        "month",
        nargs='?', type=int,
        help="month number (1-12, text only)"
    )
    return parser


def main(args=None):
    import os
    prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else 'calendar.py'
    if args is None:
        args = sys.argv[1:]

    parser = _cli_parser(prog)
    fail = parser.error
    options = vars(parser.parse_args(list(args)))
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
    year, month = options['year'], options['month']
    if year is None:
        year, month = datetime.date.today().year, None
    if month is None:
        result = cal.formatyear(year, **optdict)
    else:
        result = cal.formatmonth(year, month, **optdict)
    if options['encoding']:
        sys.stdout.flush()
        sys.stdout.buffer.write(result.encode(options['encoding']))
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main()
