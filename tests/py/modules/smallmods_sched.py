import sched
now = [0.0]
log = []
def tf(): return now[0]
def df(d):
    log.append(('sleep', d)); now[0] += d
s = sched.scheduler(tf, df)
def act(*a, **k): log.append(('act', now[0], a, sorted(k.items())))
e1 = s.enter(5, 1, act, ('a',))
e2 = s.enter(5, 0, act, ('b',), {'x': 1})
e3 = s.enterabs(2, 0, act, kwargs={'y': 2})
e4 = s.enter(10, 0, act, ('c',))
print(e3.time, e3.priority, e3.argument, e3.kwargs, e3._fields)
print([(e.time, e.priority, e.argument) for e in s.queue])
s.cancel(e4)
try: s.cancel(e4)
except ValueError as e: print(type(e).__name__, e)
print(s.empty(), s.run(blocking=False))
s.run()
print(log, s.empty(), s.run(False))
print(e1 < e2, e2 < e1, sched.Event.__name__, sched.__all__)
s2 = sched.scheduler(); ev = s2.enter(0, 0, print, ('ran',)); s2.run()
