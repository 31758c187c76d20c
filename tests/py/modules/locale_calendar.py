# calendar's locale-aware calendars on top of the locale module (C locales only).
import calendar
import locale

c = calendar.LocaleTextCalendar()
print(repr(c.locale))
print(c.formatmonth(2024, 2))
print(c.formatweekday(0, 3), '|', c.formatweekday(6, 12), '|', c.formatmonthname(2024, 5, 20))
print(calendar.LocaleTextCalendar(6, 'C').formatmonth(2024, 3, w=3))
print(calendar.LocaleTextCalendar(locale=('C', 'UTF-8')).formatweekday(1, 9))
print(calendar.LocaleTextCalendar(0, 'POSIX').formatyear(2023, c=2, m=4)[:300])

h = calendar.LocaleHTMLCalendar(0, 'C.UTF-8')
print(h.formatmonth(2024, 1))
print(h.formatweekday(3), h.formatmonthname(2024, 7, withyear=False))
print(repr(calendar.LocaleHTMLCalendar().locale))
print(locale.setlocale(locale.LC_TIME))

# A locale that is not available fails when it is used, and LC_TIME is unchanged.
for cls in (calendar.LocaleTextCalendar, calendar.LocaleHTMLCalendar):
    cal = cls(0, 'de_DE.UTF-8')
    try:
        cal.formatmonthname(2024, 1, withyear=True) if cls is calendar.LocaleHTMLCalendar \
            else cal.formatmonth(2024, 1)
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
print(locale.setlocale(locale.LC_TIME))

with calendar.different_locale('C.utf8'):
    print(locale.setlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_TIME))
locale.setlocale(locale.LC_TIME, 'C.UTF-8')
print(repr(calendar.LocaleTextCalendar().locale))
