"""Tool for measuring execution time of small code snippets.

This module avoids a number of common traps for measuring execution
times.  See also Tim Peters' introduction to the Algorithms chapter in
the Python Cookbook, published by O'Reilly.

Library usage: see the Timer class.

Command line usage:
    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.

Note: there is a certain baseline overhead associated with executing a
pass statement.  It differs between versions.  The code here doesn't try
to hide it, but you should be aware of it.  The baseline overhead can be
measured by invoking the program without arguments.

Classes:

    Timer

Functions:

    timeit(string, string) -> float
    repeat(string, string) -> list
    default_timer() -> float

"""

import itertools
import sys
import time

try:
    import gc
except ImportError:
    # Without a gc module there is no collector to pause during timing.
    gc = None

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The timed code runs inside a generated function, so that the statement's
# names are fast locals and the loop overhead is as small as possible.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line of src after the first by `indent` spaces."""
    return src.replace("\n", "\n" + indent * " ")


class Timer:
    """Times a small piece of code.

    stmt is the code to time and setup runs once before the timing
    loop; each is a source string (possibly several lines, but without
    multi-line string literals) or a callable, and both default to
    'pass'.  timer is the clock, time.perf_counter by default.  The code
    runs in the namespace `globals` if one is given, otherwise in this
    module's.  Use timeit() for one measurement, repeat() for several.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        """Compile stmt and setup into the timing function."""
        self.timer = timer
        local_ns = {}
        if globals is None:
            globals = _globals()
        init = ''
        if isinstance(setup, str):
            # Compile alone first, so that a syntax error is reported
            # against the setup text rather than the generated function.
            compile(setup, dummy_src_name, "exec")
            prefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            prefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # The statement is checked after the setup so that names bound
            # there (e.g. by "global") are taken into account.
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = template.format(init=init, setup=setup, stmt=stmt)
        exec(compile(self.src, dummy_src_name, "exec"), globals, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the exception being handled, showing timed-code lines.

        Call it from an except clause around timeit() or repeat(); unlike
        a plain traceback, frames inside the generated timing function
        show their source.  Output goes to file, by default sys.stderr.
        """
        import traceback
        lines = self.src.split("\n") if self.src is not None else None
        try:
            import linecache
        except ImportError:
            linecache = None
        if linecache is not None and lines is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, lines, dummy_src_name)
        if file is None:
            file = sys.stderr
        exc = sys.exception()
        if exc is None or lines is None:
            traceback.print_exc(file=file)
            return
        for chunk in _format_with_source(exc, lines, traceback, set()):
            print(chunk, file=file, end="")

    def timeit(self, number=default_number):
        """Run setup once, then stmt `number` times; return the seconds
        taken by the loop (garbage collection is paused meanwhile)."""
        loop = itertools.repeat(None, number)
        paused = gc is not None and gc.isenabled()
        if paused:
            gc.disable()
        try:
            return self.inner(loop, self.timer)
        finally:
            if paused:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count whose run lasts at least 0.2 seconds.

        Counts 1, 2, 5, 10, 20, 50, ... are tried in turn; the first that
        is slow enough is returned as (number, seconds).  callback, when
        given, is called as callback(number, seconds) after every try.
        """
        for decade in itertools.count():
            for step in (1, 2, 5):
                number = step * 10 ** decade
                elapsed = self.timeit(number)
                if callback:
                    callback(number, elapsed)
                if elapsed >= 0.2:
                    return (number, elapsed)


def _format_with_source(exc, lines, traceback, seen):
    # Like traceback.format_exception, except that the frames of the
    # generated function show their source text, which is in no file.
    seen.add(id(exc))
    out = []
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None and id(cause) not in seen:
        out.extend(_format_with_source(cause, lines, traceback, seen))
        out.append('\nThe above exception was the direct cause '
                   'of the following exception:\n\n')
    elif (context is not None and not exc.__suppress_context__ and
          id(context) not in seen):
        out.extend(_format_with_source(context, lines, traceback, seen))
        out.append('\nDuring handling of the above exception, '
                   'another exception occurred:\n\n')
    if exc.__traceback__ is not None:
        out.append('Traceback (most recent call last):\n')
        stack = traceback.extract_tb(exc.__traceback__)
        for k, fs in enumerate(stack):
            if (fs.filename == dummy_src_name and fs.lineno is not None and
                    1 <= fs.lineno <= len(lines)):
                stack[k] = traceback.FrameSummary(fs.filename, fs.lineno, fs.name,
                                                  line=lines[fs.lineno - 1])
        out.extend(stack.format())
    out.extend(traceback.format_exception_only(type(exc), exc))
    return out


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


class _OptionError(Exception):
    pass


def _parse_options(args, shortopts, longopts):
    # getopt semantics: options stop at the first non-option argument or
    # at "--"; long options may be abbreviated to a unique prefix.
    opts = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        arg = args.pop(0)
        if arg == '--':
            break
        if arg.startswith('--'):
            name, eq, value = arg[2:].partition('=')
            candidates = [o for o in longopts if o.startswith(name)]
            if not candidates:
                raise _OptionError('option --%s not recognized' % name)
            if name in candidates:
                takes_arg, full = False, name
            elif name + '=' in candidates:
                takes_arg, full = True, name
            elif len(candidates) > 1:
                raise _OptionError('option --%s not a unique prefix' % name)
            else:
                full = candidates[0]
                takes_arg = full.endswith('=')
                if takes_arg:
                    full = full[:-1]
            if takes_arg:
                if not eq:
                    if not args:
                        raise _OptionError('option --%s requires argument' % full)
                    value = args.pop(0)
            elif eq:
                raise _OptionError('option --%s must not have an argument' % full)
            opts.append(('--' + full, value))
            continue
        letters = arg[1:]
        while letters:
            letter, letters = letters[0], letters[1:]
            pos = shortopts.find(letter)
            if letter == ':' or pos < 0:
                raise _OptionError('option -%s not recognized' % letter)
            if shortopts.startswith(':', pos + 1):
                if not letters:
                    if not args:
                        raise _OptionError('option -%s requires argument' % letter)
                    letters = args.pop(0)
                opts.append(('-' + letter, letters))
                letters = ''
            else:
                opts.append(('-' + letter, ''))
    return opts, args


def main(args=None, *, _wrap_timer=None):
    """Command-line entry point; args defaults to sys.argv[1:].

    Returns an exit status for sys.exit(): None on success, 1 when the
    timed code raised (its traceback goes to stderr), 2 for bad options.
    Errors while compiling the code propagate.  _wrap_timer, for tests,
    maps the chosen timer function to the one actually used.
    """
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args, "n:u:s:r:pvh",
                                    ["number=", "setup=", "repeat=",
                                     "process", "verbose", "unit=", "help"])
    except _OptionError as err:
        print(err)
        print("use -h/--help "
              "for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0  # chosen by autorange
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = dict(nsec=1e-9, usec=1e-6, msec=1e-3, sec=1.0)
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setup.append(a)
        if o in ("-u", "--unit"):
            if a in units:
                time_unit = a
            else:
                print("Unrecognized unit. "
                      "Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
        if o in ("-r", "--repeat"):
            repeat = int(a)
            if repeat <= 0:
                repeat = 1
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"

    # Local modules of the current directory must be importable by the
    # setup code, as they are when the code runs as a script.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(loops, seconds):
                s = '' if loops == 1 else 's'
                print(f"{loops} loop{s} -> {seconds:.{precision}g} secs")
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1

        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            # The largest unit that keeps the value at least 1.
            scales = sorted(((scale, unit) for unit, scale in units.items()),
                            reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times:", ", ".join(format_time(t) for t in raw_timings))
        print()
    per_loop = [t / number for t in raw_timings]
    best, worst = min(per_loop), max(per_loop)
    s = '' if number == 1 else 's'
    print(f"{number:d} loop{s}, best of {repeat:d}: {format_time(best)} per loop")

    if worst >= 4 * best:
        import warnings
        message = (f"The test results are likely unreliable. The worst time "
                   f"({format_time(worst)}) was more than four times slower "
                   f"than the best time ({format_time(best)}).")
        warnings.warn_explicit(message, UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
