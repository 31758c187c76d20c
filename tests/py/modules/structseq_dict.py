# structseq constructors (time.struct_time, os.stat_result): the optional dict of extra
# fields and the length errors; functools.partial refuses to delete its __dict__.
import time, os
from functools import partial
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
st = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0), {'tm_zone': 'UTC', 'tm_gmtoff': 0})
t(lambda: (st.tm_zone, st.tm_gmtoff, st))
t(lambda: time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0)).tm_zone)
t(lambda: time.struct_time((1, 2), {}))
t(lambda: time.struct_time(tuple(range(12))))
t(lambda: time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0), 5))
t(lambda: time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 'X', 3600)).tm_zone)
t(lambda: time.struct_time())
t(lambda: time.struct_time(sequence=(2024, 1, 1, 0, 0, 0, 0, 1, 0)).tm_year)
t(lambda: os.stat_result(tuple(range(10))).st_size)
p = partial(print)
t(lambda: p.__delattr__('__dict__'))
def d(): del p.__dict__
t(d)
p.x = 1
def dx(): del p.x
t(dx); t(lambda: p.__dict__)
