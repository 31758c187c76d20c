import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, 3, 2))
print(calendar.month(2021, 1, w=1, l=0))
print(calendar.calendar(2024))
print(calendar.calendar(2025, 3, 1, 2, 4))
print(calendar.calendar(1, m=6, c=1, w=2))
print(calendar.calendar(9999, m=1))
calendar.prmonth(2000, 2)
calendar.prmonth(2000, 2, 4, 2)
calendar.prcal(2016, m=2, c=3)
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
print(tc.formatyear(2024, w=3, c=2, m=4))
tc.prmonth(2024, 9, 10)
tc.pryear(2020, 2, 1, 1, 12)
print(repr(tc.formatweekheader(2)), repr(tc.formatweekheader(9)), repr(tc.formatweekheader(1)))
print(repr(tc.formatweekday(0, 12)), repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 5)))
print(repr(tc.formatmonthname(2024, 7, 20)), repr(tc.formatmonthname(2024, 7, 20, withyear=False)))
print(repr(tc.formatweek([(0, 6), (1, 0), (2, 1)], 3)))
tc.prweek([(0, 6), (1, 0)], 2)
print('|')
for fw in range(7):
    print(calendar.TextCalendar(fw).formatmonth(2026, 3))
print(repr(calendar.weekheader(2)), repr(calendar.week([(1, 0), (2, 1)], 2)))
calendar.prweek([(30, 5), (31, 6)], 3)
print('|')
calendar.format(['one', 'two', 'three'])
calendar.format(['a', 'b'], 4, 1)
print(repr(calendar.formatstring(['x', 'yy', 'zzz'], 5, 2)))
print(repr(calendar.formatstring([])))
for bad in [(2024, 0), (2024, 13)]:
    try:
        calendar.month(*bad)
    except Exception as e:
        print(type(e).__name__, e)
class Stars(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        return ('*' if weekday >= 5 and day else super().formatday(day, weekday, width).strip()).rjust(width)
print(Stars().formatmonth(2024, 6))
