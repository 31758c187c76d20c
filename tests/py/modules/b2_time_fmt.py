# time: gmtime/localtime at fixed timestamps (TZ-independent), struct_time, strftime, errors.
import time

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for ts in [0, 1, 59, 86399, 86400, 951782400, 1000000000, 1234567890, 1700000000.75, 2**31, -1, -86400 * 366]:
    g = time.gmtime(ts)
    print(ts, tuple(g), g.tm_zone, g.tm_gmtoff)
g = time.gmtime(1234567890)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g[0], g[-1], g[2:5], len(g), list(g)[:3], g == time.gmtime(1234567890), g != time.gmtime(0))
y, m, d, *rest = g
print(y, m, d, rest)
print(isinstance(g, tuple), type(g).__name__, type(g).__module__)
t(lambda: g[9])
t(lambda: g.tm_nope)
st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(st, st.tm_zone, st.tm_gmtoff)

F = time.strftime
print(F('%Y-%m-%d %H:%M:%S', g), F('%y %j %w %a %A %b %B', g), F('%I:%M %p', g))
print(F('%d/%m/%Y', st), F('%H%%%M', st), F('%U %W', st), F('[%e]', time.gmtime(0)))
print(F('%a %b %d %H:%M:%S %Y', time.gmtime(0)), F('plain text', g), repr(F('', g)))
print(F('%Y', (1999, 12, 31, 23, 59, 59, 4, 365, 0)), F('%m', (2000, 1, 1, 0, 0, 0, 5, 1, -1)))
print(F('%H:%M', (2000, 1, 1, 0, 0, 0, 0, 0, 0)), F('%j', (2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(F('%p', time.gmtime(13 * 3600)), F('%I', time.gmtime(0)), F('%I', time.gmtime(12 * 3600)))
print(F('%D %R %T', g), F('%C %G %V %u', g), F('%h %n%t|', g))
print(F('unicode \u00e9\u20ac %Y', g))
t(lambda: F(5, g))
t(lambda: F('%Y', (2000, '1', 1, 0, 0, 0, 0, 1, 0)))
print(F('%S', (2000, 1, 1, 0, 0, 61, 0, 1, 0)), F('%m %d', (2000, 12, 31, 0, 0, 0, 0, 366, 0)))
print(F('%Y', g) == F('%Y', tuple(g)))

t(lambda: time.gmtime(float('nan')))
t(lambda: time.localtime(float('nan')))
print(type(time.gmtime()).__name__, type(time.localtime()).__name__, len(time.localtime(0)))
print(time.gmtime(None).tm_year >= 2024, time.localtime(None).tm_year >= 2024)
print(time.gmtime(0.999).tm_sec, time.gmtime(-0.5).tm_sec, time.gmtime(True).tm_sec)

lt = time.localtime(1234567890)
print(time.mktime(lt) == 1234567890, time.localtime(time.mktime(lt)) == lt)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.7e9)
print(type(time.monotonic()).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
t(lambda: time.sleep(-1))
t(lambda: time.sleep('x'))
t(lambda: time.sleep(float('nan')))
print(time.sleep(0), time.sleep(0.0))
