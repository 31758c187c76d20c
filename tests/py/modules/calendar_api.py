import calendar
import datetime

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023), calendar.isleap(-4))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1, 10000), calendar.leapdays(2025, 2000), calendar.leapdays(1900, 1901))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(0, 1, 1), calendar.weekday(10000, 3, 1), calendar.weekday(-400, 1, 1))
print(type(calendar.weekday(2024, 1, 1)).__name__, calendar.weekday(2024, 1, 1).name)
print([tuple(map(int, calendar.monthrange(*ym))) for ym in [(2024, 2), (2023, 2), (1900, 2), (2024, 12)]])
print([calendar.monthrange(2025, m)[1] for m in range(1, 13)])
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2015, 2))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 3, 60, 0)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2000, 1, 1, 0, 0, 0.5)))
print(calendar.timegm((2024, 1, 1, 25, 61, 61)), calendar.timegm(datetime.datetime(2010, 5, 6, 7, 8, 9).timetuple()))
print(len(calendar.day_name), list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), list(calendar.month_name), list(calendar.month_abbr))
print(calendar.day_name[-1], calendar.day_name[2:4], calendar.month_name[::6], calendar.month_abbr[-2])
print(type(calendar.month_name[1:3]).__name__)
print([m.name for m in calendar.Month][:3], calendar.Month(3).name, int(calendar.Month.MARCH), calendar.Month.MARCH == 3)
print([d.name for d in calendar.Day], calendar.Day(6).name, calendar.SUNDAY + 0, calendar.JANUARY + 0, calendar.DECEMBER + 0)
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY)
print(calendar.JANUARY, calendar.FEBRUARY, calendar.MARCH, calendar.APRIL, calendar.MAY, calendar.JUNE, calendar.JULY,
      calendar.AUGUST, calendar.SEPTEMBER, calendar.OCTOBER, calendar.NOVEMBER, calendar.DECEMBER)
print(isinstance(calendar.MONDAY, calendar.Day), isinstance(calendar.MAY, calendar.Month))
print(calendar.mdays, calendar.EPOCH, calendar.error is ValueError)
print(issubclass(calendar.IllegalMonthError, ValueError), issubclass(calendar.IllegalWeekdayError, ValueError))
e = calendar.IllegalMonthError(14)
print(e.month, str(e), e.args)
e = calendar.IllegalWeekdayError(-1)
print(e.weekday, str(e))
tests = [
    lambda: calendar.setfirstweekday(7),
    lambda: calendar.setfirstweekday(-1),
    lambda: calendar.monthrange(2024, 13),
    lambda: calendar.monthrange(2024, 0),
    lambda: calendar.weekday(2024, 2, 30),
    lambda: calendar.weekday(2024, 13, 1),
    lambda: calendar.month_name[13],
    lambda: calendar.day_abbr[7],
    lambda: calendar.monthcalendar(2024, 0),
    lambda: calendar.timegm((2024, 1, 1)),
    lambda: list(calendar.Calendar().itermonthdates(9999, 12)),
    lambda: list(calendar.Calendar().itermonthdays(2024, 13)),
]
for t in tests:
    try:
        print(t())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 3))
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(0)
cal = calendar.Calendar()
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal = calendar.Calendar(firstweekday=8)
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal.setfirstweekday(-1)
print(cal.firstweekday, list(cal.iterweekdays()))
cal.firstweekday = 3
print(cal.getfirstweekday())
cal = calendar.Calendar(6)
print(list(cal.itermonthdates(2024, 2))[:3], len(list(cal.itermonthdates(2024, 2))))
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 2))[:5], list(cal.itermonthdays3(2024, 12))[-3:])
print(list(cal.itermonthdays4(2024, 1))[:3])
print(list(calendar.Calendar().itermonthdates(1, 1))[:2])
print(list(calendar.Calendar(6).itermonthdays3(1, 1))[:2], list(calendar.Calendar().itermonthdays3(9999, 12))[-2:])
print(cal.monthdatescalendar(2024, 2)[0])
print(cal.monthdays2calendar(2024, 2))
print(cal.monthdayscalendar(2024, 2))
y = cal.yeardatescalendar(2024)
print(len(y), [len(r) for r in y], y[0][0][0][0], y[-1][-1][-1][-1])
y = cal.yeardays2calendar(2024, width=5)
print(len(y), [len(r) for r in y], y[2][1])
y = cal.yeardayscalendar(2024, 4)
print(len(y), [len(r) for r in y], y[0][1])
print(calendar.Calendar().yeardayscalendar(2023, 1)[11])
print(sorted(calendar.__all__))
