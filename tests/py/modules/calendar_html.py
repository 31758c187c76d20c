import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2024))
print(h.formatyear(2023, width=5))
print(h.formatyear(2023, width=0)[:300])
print(h.formatday(0, 3), h.formatday(12, 6), h.formatweekday(2), h.formatweekheader())
print(h.formatweek([(0, 0), (1, 1)]), h.formatmonthname(2024, 5), h.formatmonthname(2024, 5, withyear=False))
page = h.formatyearpage(2024)
print(type(page).__name__, len(page))
print(page.decode()[:700])
print(h.formatyearpage(2024, width=4, css=None, encoding='ascii').decode()[:500])
print(h.formatyearpage(2024, css='my.css', encoding='latin-1')[:300])
class Custom(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclasses_weekday_head = ["A", "B", "C", "D", "E", "F", "G"]
    cssclass_noday = "none"
    cssclass_month_head = "mh"
    cssclass_month = "mo"
    cssclass_year_head = "yh"
    cssclass_year = "yr"
c = Custom(calendar.SUNDAY)
print(c.formatmonth(2024, 9))
print(c.formatyear(2024, 6)[:600])
print(calendar.HTMLCalendar.cssclasses, calendar.HTMLCalendar.cssclass_noday)
for cls in (calendar.LocaleTextCalendar, calendar.LocaleHTMLCalendar):
    print(issubclass(cls, calendar.Calendar), cls.__mro__[1].__name__)
