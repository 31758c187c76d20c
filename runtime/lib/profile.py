# profile: a deterministic profiler written in Python on top of
# sys.setprofile; pstats formats what it collects.

"""Deterministic profiling of Python programs.

    import profile
    profile.run('main()')            # prints a report
    p = profile.Profile(); p.runcall(f, 1); p.print_stats('calls')
"""

import importlib.machinery
import io
import marshal
import sys
import time

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    # The run()/runctx() helpers shared with cProfile.

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__; print a report sorted by sort,
    or save the statistics to filename."""
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), with the given globals and locals."""
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class _Record:
    # One active call on the profiler's own stack.
    __slots__ = ('key', 'frame', 'own', 'sub', 'parent')

    def __init__(self, key, frame, parent):
        self.key = key
        self.frame = frame
        self.own = 0.0      # time in the function itself
        self.sub = 0.0      # time in the functions it called
        self.parent = parent


class Profile:
    """Profiler collecting, for each function (filename, line, name):
    primitive calls, total calls, own time, cumulative time and callers.

    The bottom of its stack is a pseudo function 'profile:0(profiler)',
    with the profiled command ('profile:0(<cmd>)') above it.
    """

    bias = 0  # per-event overhead to subtract (see calibrate())

    class fake_code:
        def __init__(self, filename, line, name):
            self.co_filename = filename
            self.co_line = line
            self.co_name = name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        self._top = None
        if bias is None:
            bias = self.bias
        self.bias = bias
        if timer is None:
            timer = time.process_time
        self.timer = timer
        probe = timer()
        if isinstance(probe, (tuple, list)):
            # Timers such as os.times() give several numbers: add them up.
            self.get_time = lambda: sum(timer())
        else:
            self.get_time = timer
        self.dispatcher = self.trace_dispatch
        self.dispatch = {
            "call": self.trace_dispatch_call,
            "exception": self.trace_dispatch_exception,
            "return": self.trace_dispatch_return,
            "c_call": self.trace_dispatch_c_call,
            "c_exception": self.trace_dispatch_return,
            "c_return": self.trace_dispatch_return,
        }
        self.t = self.get_time()
        self.simulate_call('profiler')

    # ---- event handling

    def trace_dispatch(self, frame, event, arg):
        get_time = self.get_time
        elapsed = get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = self._c_name(arg)
        handler = self.dispatch.get(event)
        if handler is not None:
            handler(frame, elapsed)
        # The profiler's own work is not charged to anybody.
        self.t = get_time()

    def _c_name(self, func):
        return getattr(func, '__name__', str(func))

    def _charge(self, t):
        if self._top is not None:
            self._top.own += t

    def _push(self, key, frame, t):
        self._charge(t)
        entry = self.timings.get(key)
        if entry is None:
            self.timings[key] = [0, 1, 0, 0, {}]
        else:
            entry[1] += 1
        self._top = _Record(key, frame, self._top)
        self.cur = self._top
        return 1

    def _pop(self, t):
        rec = self._top
        rec.own += t
        total = rec.own + rec.sub
        parent = rec.parent
        self._top = parent
        self.cur = parent
        if parent is not None:
            parent.sub += total
        entry = self.timings[rec.key]
        entry[1] -= 1
        if entry[1] == 0:
            # Outermost activation: a primitive call, and the time that
            # counts towards the cumulative total.
            entry[0] += 1
            entry[3] += total
        entry[2] += rec.own
        if parent is not None:
            callers = entry[4]
            callers[parent.key] = callers.get(parent.key, 0) + 1
        return 1

    def trace_dispatch_call(self, frame, t):
        top = self._top
        if (top is not None and frame.f_back is not top.frame and
                not isinstance(top.frame, Profile.fake_frame) and
                top.frame.f_back is frame.f_back):
            # The previous frame left without a return event.
            self._pop(0)
        code = frame.f_code
        key = (code.co_filename, code.co_firstlineno, code.co_name)
        return self._push(key, frame, t)

    def trace_dispatch_c_call(self, frame, t):
        return self._push(("", 0, self.c_func_name), frame, t)

    def trace_dispatch_exception(self, frame, t):
        top = self._top
        if top is not None and top.frame is not frame and top.parent:
            return self._pop(t)
        self._charge(t)
        return 1

    def trace_dispatch_return(self, frame, t):
        top = self._top
        if top is None:
            return 0
        if frame is not top.frame:
            if top.frame.f_back is not frame or top.parent is None:
                # Not a frame this profiler saw being entered.
                self._charge(t)
                return 0
            self._pop(0)
        return self._pop(t)

    # ---- the pseudo frames for the command

    def set_cmd(self, cmd):
        if self._top is not None and self._top.parent is not None:
            return
        self.cmd = cmd
        self.simulate_call(cmd)

    def simulate_call(self, name):
        below = None if self._top is None else self._top.frame
        pseudo = self.fake_frame(self.fake_code('profile', 0, name), below)
        self.trace_dispatch_call(pseudo, 0)

    def simulate_cmd_complete(self):
        # Close every pending call but the bottom 'profiler' one.
        t = self.get_time() - self.t
        while self._top is not None and self._top.parent is not None:
            self._pop(t)
            t = 0
        self.t = self.get_time() - t

    # ---- results

    def print_stats(self, sort=-1):
        import pstats
        keys = sort if isinstance(sort, tuple) else (sort,)
        report = pstats.Stats(self)
        report.strip_dirs()
        report.sort_stats(*keys)
        report.print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for func, (cc, active, tt, ct, callers) in self.timings.items():
            callers = dict(callers)
            self.stats[func] = (cc, sum(callers.values()), tt, ct, callers)

    # ---- running code under the profiler

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    # ---- overhead calibration

    def calibrate(self, m, verbose=0):
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved = self.bias
        self.bias = 0
        try:
            return self._calibrate_inner(m, verbose)
        finally:
            self.bias = saved

    def _calibrate_inner(self, m, verbose):
        # Time a fixed workload bare and under a fresh profiler; the extra
        # time the profiler reports, per event, is the bias.
        clock = self.get_time
        say = print if verbose else (lambda *args: None)

        def f1(n):
            for _i in range(n):
                pass

        def f(m, f1=f1):
            for _i in range(m):
                f1(100)

        f(m)    # warm up
        start = clock()
        f(m)
        bare = clock() - start
        say("elapsed time without profiling =", bare)

        probe = Profile()
        start = clock()
        probe.runctx('f(m)', globals(), locals())
        say("elapsed time with profiling =", clock() - start)

        calls = 0.0
        seconds = 0.0
        for key, row in probe.timings.items():
            if key[2] == "f" or key[2] == "f1":
                calls += row[0]
                seconds += row[2]
        say("'CPU seconds' profiler reported =", seconds)
        say("total # calls =", calls)
        if calls != m + 1:
            raise ValueError("internal error: total calls = %d" % calls)
        # every call produces two events: call and return
        per_event = (seconds - bare) / (2.0 * calls)
        say("mean stopwatch overhead per profile event =", per_event)
        return per_event


def _script_globals(progname):
    spec = importlib.machinery.ModuleSpec('__main__', None, origin=progname)
    return dict(__spec__=spec, __file__=progname, __name__='__main__',
                __package__=None, __cached__=None)


def _command_line(prog, runctx_func, sort_default, sort_choices=None):
    # "python -m profile|cProfile [-o out] [-s sort] [-m mod | script] ..."
    import os
    from optparse import OptionParser
    usage = ("%s [-o output_file_path] [-s sort] [-m module | scriptfile] "
             "[arg] ..." % prog)
    cli = OptionParser(usage=usage)
    cli.allow_interspersed_args = False
    # profile lists -m before -s, cProfile after it (with a slightly
    # different help text); the --help output keeps that order
    module_flag = (('-m',), dict(dest="module", action="store_true",
                                 default=False))
    specs = [(('-o', '--outfile'), dict(dest="outfile", default=None,
                                        help="Save stats to <outfile>"))]
    sort_spec = (('-s', '--sort'), dict(
        dest="sort", default=sort_default, choices=sort_choices,
        help="Sort order when printing to stdout, based on pstats.Stats "
             "class"))
    if sort_choices is None:
        module_flag[1]['help'] = "Profile a library module."
        specs += [module_flag, sort_spec]
    else:
        module_flag[1]['help'] = "Profile a library module"
        specs += [sort_spec, module_flag]
    for flags, kw in specs:
        cli.add_option(*flags, **kw)
    if len(sys.argv) < 2:
        cli.print_usage()
        sys.exit(2)
    opts, rest = cli.parse_args()
    sys.argv[:] = rest
    if opts.outfile is not None:
        opts.outfile = os.path.abspath(opts.outfile)
    if not rest:
        cli.print_usage()
        return cli
    target = rest[0]
    if opts.module:
        try:
            import runpy
        except ImportError:
            raise NotImplementedError(
                "%s -m needs the runpy module, which Weft does not provide"
                % prog) from None
        source = "run_module(modname, run_name='__main__')"
        ns = dict(run_module=runpy.run_module, modname=target)
    else:
        sys.path.insert(0, os.path.dirname(target))
        opener = getattr(io, 'open_code', None)
        if opener is None:
            opener = lambda path: open(path, 'rb')
        with opener(target) as fh:
            source = compile(fh.read(), target, 'exec')
        ns = _script_globals(target)
    try:
        runctx_func(source, ns, None, opts.outfile, opts.sort)
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)
    return cli


def main():
    return _command_line("profile.py", runctx, -1)


if __name__ == '__main__':
    main()
