# cProfile: the profiler under its cProfile name, with cProfile's
# conventions (enable/disable, built-in labels, per-caller detail).  Weft
# has no C accelerator for it: the engine is Python over sys.setprofile.

"""Profile Python code; see also the profile and pstats modules.

    import cProfile
    cProfile.run('main()')
    with cProfile.Profile() as pr:
        work()
    pr.print_stats('cumulative')
"""

import sys
import time
from collections import namedtuple

import profile as _pyprofile

__all__ = ["run", "runctx", "Profile"]


def run(statement, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).runctx(statement, globals, locals,
                                             filename, sort)


run.__doc__ = _pyprofile.run.__doc__
runctx.__doc__ = _pyprofile.runctx.__doc__


profiler_entry = namedtuple(
    'profiler_entry',
    'code callcount reccallcount totaltime inlinetime calls')
profiler_subentry = namedtuple(
    'profiler_subentry',
    'code callcount reccallcount totaltime inlinetime')


class _Stat:
    # Counters of one function, or of one caller -> callee edge.
    __slots__ = ('code', 'calls', 'reccalls', 'total', 'inline', 'active',
                 'edges')

    def __init__(self, code):
        self.code = code
        self.calls = 0
        self.reccalls = 0
        self.total = 0.0
        self.inline = 0.0
        self.active = 0
        self.edges = {}


class _Frame:
    __slots__ = ('stat', 'edge', 'frame', 'is_c', 'start', 'sub', 'parent')


def _builtin_label(func):
    # The '<...>' text cProfile uses for a function written in C.
    name = getattr(func, '__name__', None) or repr(func)
    owner = getattr(func, '__objclass__', None)
    if owner is None:
        bound = getattr(func, '__self__', None)
        if bound is not None and not isinstance(bound, type(sys)):
            owner = type(bound)
    if owner is not None:
        if owner.__module__ == 'builtins':
            tname = owner.__qualname__
        else:
            tname = '%s.%s' % (owner.__module__, owner.__qualname__)
        return "<method '%s' of '%s' objects>" % (name, tname)
    module = getattr(func, '__module__', None)
    if isinstance(module, str):
        return '<built-in method %s.%s>' % (module, name)
    return '<built-in method %s>' % name


_DISABLE_LABEL = "<method 'disable' of '_lsprof.Profiler' objects>"


class Profile:
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Collects, per function, the number of calls (and of recursive ones),
    the time spent inside it and the time including its callees.
    """

    def __init__(self, timer=None, timeunit=0.0, subcalls=True,
                 builtins=True):
        self._timer = timer or time.perf_counter
        self._unit = timeunit or 1.0
        self._subcalls = subcalls
        self._builtins = builtins
        self._stats = {}
        self._top = None
        self._enabled = False

    # ---- switching on and off

    def enable(self, subcalls=-1, builtins=-1):
        # A negative argument keeps the setting given to the constructor.
        if subcalls >= 0:
            self._subcalls = bool(subcalls)
        if builtins >= 0:
            self._builtins = bool(builtins)
        self._enabled = True
        sys.setprofile(self._dispatch)

    def disable(self):
        sys.setprofile(None)
        self._enabled = False
        # Close the calls still open, as though they returned now.
        now = self._now()
        while self._top is not None:
            self._leave(now)

    def clear(self):
        self._stats = {}
        self._top = None

    # ---- events

    def _now(self):
        return self._timer() * self._unit

    def _dispatch(self, frame, event, arg):
        code = frame.f_code
        if code in _INTERNAL_CODES:
            if event == 'call' and code is _DISABLE_CODE and self._builtins:
                # Shown as the built-in it is in CPython.
                self._enter(_DISABLE_LABEL, frame.f_back, True)
            return
        if event == 'call':
            self._enter(code, frame, False)
        elif event == 'return':
            self._exit_frame(frame, False)
        elif not self._builtins:
            return
        elif event == 'c_call':
            self._enter(_builtin_label(arg), frame, True)
        elif event in ('c_return', 'c_exception'):
            self._exit_frame(frame, True)

    def _stat_for(self, code):
        if isinstance(code, str):
            key = code
        else:
            key = code
        stat = self._stats.get(key)
        if stat is None:
            stat = self._stats[key] = _Stat(code)
        return stat

    def _enter(self, code, frame, is_c):
        stat = self._stat_for(code)
        parent = self._top
        rec = _Frame()
        rec.stat = stat
        rec.frame = frame
        rec.is_c = is_c
        rec.sub = 0.0
        rec.parent = parent
        rec.edge = None
        stat.calls += 1
        if stat.active:
            stat.reccalls += 1
        stat.active += 1
        if parent is not None and self._subcalls:
            key = stat.code
            edge = parent.stat.edges.get(key)
            if edge is None:
                edge = parent.stat.edges[key] = _Stat(stat.code)
            edge.calls += 1
            if edge.active:
                edge.reccalls += 1
            edge.active += 1
            rec.edge = edge
        self._top = rec
        rec.start = self._now()

    def _exit_frame(self, frame, is_c):
        # Returns of frames entered before profiling began are ignored.
        rec = self._top
        while rec is not None and not (rec.frame is frame and
                                       rec.is_c == is_c):
            rec = rec.parent
        if rec is None:
            return
        now = self._now()
        while self._top is not rec:
            self._leave(now)
        self._leave(now)

    def _leave(self, now):
        rec = self._top
        self._top = rec.parent
        total = now - rec.start
        inline = total - rec.sub
        stat = rec.stat
        stat.active -= 1
        stat.inline += inline
        if not stat.active:
            stat.total += total
        edge = rec.edge
        if edge is not None:
            edge.active -= 1
            edge.inline += inline
            if not edge.active:
                edge.total += total
        if rec.parent is not None:
            rec.parent.sub += total

    # ---- results

    def getstats(self):
        entries = []
        for stat in self._stats.values():
            calls = [profiler_subentry(e.code, e.calls, e.reccalls, e.total,
                                       e.inline)
                     for e in stat.edges.values()] if stat.edges else None
            entries.append(profiler_entry(stat.code, stat.calls,
                                          stat.reccalls, stat.total,
                                          stat.inline, calls))
        return entries

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        entries = self.getstats()
        self.stats = {}
        callers_of = {}
        for entry in entries:
            nc = entry.callcount
            callers = {}
            callers_of[id(entry.code)] = callers
            self.stats[label(entry.code)] = (nc - entry.reccallcount, nc,
                                             entry.inlinetime,
                                             entry.totaltime, callers)
        for entry in entries:
            if not entry.calls:
                continue
            caller = label(entry.code)
            for sub in entry.calls:
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                nc = sub.callcount
                values = (nc, nc - sub.reccallcount, sub.inlinetime,
                          sub.totaltime)
                if caller in callers:
                    values = tuple(a + b for a, b in
                                   zip(values, callers[caller]))
                callers[caller] = values

    # ---- running code under the profiler

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


# Frames of the profiler's own methods are not profiled.
_DISABLE_CODE = Profile.disable.__code__
_INTERNAL_CODES = frozenset([
    Profile.enable.__code__, Profile.disable.__code__,
    Profile.__enter__.__code__,
    Profile._now.__code__, Profile._dispatch.__code__,
])


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)   # built-ins ('~' sorts after file names)
    return (code.co_filename, code.co_firstlineno, code.co_name)


def main():
    import pstats
    return _pyprofile._command_line(
        "cProfile.py", runctx, 2, sorted(pstats.Stats.sort_arg_dict_default))


if __name__ == '__main__':
    main()
