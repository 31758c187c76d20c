# time.get_clock_info, SimpleNamespace.__dict__, sys prefixes, slot AttributeError naming.
import os
import sys
import time
import types

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
for bad in ('x', 5):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
ns = types.SimpleNamespace(a=1, b=2)
print(ns.__dict__, vars(ns), ns.__dict__ is vars(ns))
ns.__dict__['c'] = 3
print(ns)


class NS(types.SimpleNamespace):
    pass


n = NS(x=1)
n.y = 2
print(n, n.__dict__)
print(all(isinstance(getattr(sys, a), str) for a in
          ('prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix')),
      sys.prefix == sys.base_prefix, os.path.isabs(sys.prefix))
mod = types.ModuleType('slotmod')
exec("class A:\n    __slots__ = ('x',)\n", mod.__dict__)
for cls in (mod.A,):
    try:
        cls().x
    except AttributeError as e:
        print(e)


class B:
    __slots__ = ('y',)


try:
    B().y
except AttributeError as e:
    print(e)
