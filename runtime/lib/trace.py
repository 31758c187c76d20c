# trace: line tracing, line counting (coverage) and call listings for
# Python programs, built on sys.settrace.

"""Trace or count the execution of Python code.

    tracer = trace.Trace(count=1, trace=0)
    tracer.runfunc(main)
    tracer.results().write_results(show_missing=True, coverdir='.')

From the command line: python -m trace --count|--trace|--listfuncs|
--trackcalls [options] script.py [args].
"""

__all__ = ['Trace', 'CoverageResults']

import inspect
import io
import linecache
import os
import pickle
import sys
import threading
import token
import tokenize
from time import monotonic as _time

try:
    import gc as _gc
except ImportError:
    _gc = None

PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    # Decides (and remembers) which modules are not traced.

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules) if modules else set()
        self._dirs = [os.path.normpath(d) for d in dirs] if dirs else []
        self._ignore = {'<string>': 1}

    def names(self, filename, modulename):
        known = self._ignore.get(modulename)
        if known is not None:
            return known
        verdict = 0
        if modulename in self._mods:
            verdict = 1
        elif any(modulename.startswith(m + '.') for m in self._mods):
            verdict = 1
        elif filename is None:
            verdict = 1
        elif any(filename.startswith(d + os.sep) for d in self._dirs):
            verdict = 1
        self._ignore[modulename] = verdict
        return verdict


def _modname(path):
    # The file's base name without its extension.
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    # A dotted name for path, relative to the longest sys.path entry
    # containing it.
    compare = os.path.normcase(path)
    longest = ""
    for entry in sys.path:
        entry = os.path.normcase(entry)
        if (compare.startswith(entry) and len(compare) > len(entry) and
                compare[len(entry)] == os.sep and len(entry) > len(longest)):
            longest = entry
    base = path[len(longest) + 1:] if longest else path
    base = os.path.splitdrive(base)[1].replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    return os.path.splitext(base)[0].lstrip(".")


class CoverageResults:
    """Line counts (and called functions / caller pairs) of traced runs."""

    def __init__(self, counts=None, calledfuncs=None, infile=None,
                 callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.counter = self.counts.copy()
        self.calledfuncs = ({} if calledfuncs is None else calledfuncs).copy()
        self.callers = ({} if callers is None else callers).copy()
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            self._merge_saved(self.infile)

    def _merge_saved(self, path):
        # fold in the tallies an earlier run pickled to path
        try:
            with open(path, 'rb') as fh:
                saved = pickle.load(fh)
            prior = type(self)(saved[0], saved[1], callers=saved[2])
        except (ValueError, EOFError, OSError) as exc:
            print("Skipping counts file %r: %s" % (path, exc),
                  file=sys.stderr)
            return
        self.update(prior)

    def is_ignored_filename(self, filename):
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        mine = self.counts
        for key, n in other.counts.items():
            mine[key] = n + mine.get(key, 0)
        self.calledfuncs.update(dict.fromkeys(other.calledfuncs, 1))
        self.callers.update(dict.fromkeys(other.callers, 1))

    def write_results(self, show_missing=True, summary=False, coverdir=None,
                      *, ignore_missing_files=False):
        """Print the function listings and write a .cover file per source
        file (next to it, or under coverdir)."""
        if self.calledfuncs:
            self._list_called()
        if self.callers:
            self._list_callers()

        by_file = {}
        for (fname, line_no), hits in self.counts.items():
            by_file.setdefault(fname, {})[line_no] = hits
        rows = {}
        for fname, line_hits in by_file.items():
            if self.is_ignored_filename(fname):
                continue
            if fname[-4:] == ".pyc":
                fname = fname[:-1]
            if ignore_missing_files and not os.path.isfile(fname):
                continue
            if coverdir is not None:
                os.makedirs(coverdir, exist_ok=True)
                target_dir, mod = coverdir, _fullmodname(fname)
            else:
                target_dir = os.path.dirname(os.path.abspath(fname))
                mod = _modname(fname)
            runnable = {}
            if show_missing:
                runnable = _find_executable_linenos(fname)
            with open(fname, 'rb') as raw:
                enc = tokenize.detect_encoding(raw.readline)[0]
            hit, total = self.write_results_file(
                os.path.join(target_dir, mod + ".cover"),
                linecache.getlines(fname), runnable, line_hits, enc)
            if summary and total:
                rows[mod] = (total, int(100 * hit / total), mod, fname)
        if summary and rows:
            print("lines   cov%   module   (path)")
            for mod in sorted(rows):
                print("%5d   %3d%%   %s   (%s)" % rows[mod])
        if self.outfile:
            self._save(self.outfile)

    def _list_called(self):
        print()
        print("functions called:")
        for entry in sorted(self.calledfuncs):
            print("filename: %s, modulename: %s, funcname: %s" % entry)

    def _list_callers(self):
        print()
        print("calling relationships:")
        cur_caller_file = cur_callee_file = ""
        for caller, callee in sorted(self.callers):
            if caller[0] != cur_caller_file:
                cur_caller_file, cur_callee_file = caller[0], ""
                print()
                print("***", caller[0], "***")
            if callee[0] != caller[0] and callee[0] != cur_callee_file:
                cur_callee_file = callee[0]
                print("  -->", callee[0])
            print("    %s.%s -> %s.%s" % (caller[1], caller[2],
                                          callee[1], callee[2]))

    def _save(self, path):
        state = (self.counts, self.calledfuncs, self.callers)
        try:
            with open(path, 'wb') as fh:
                pickle.dump(state, fh, 1)
        except OSError as exc:
            print("Can't save counts files because %s" % exc,
                  file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit,
                           encoding=None):
        """Write an annotated copy of lines to path; return (lines hit,
        executable lines)."""
        try:
            dest = open(path, "w", encoding=encoding)
        except OSError as exc:
            print("trace: Could not open %r for writing: %s - skipping"
                  % (path, exc), file=sys.stderr)
            return 0, 0
        executed = considered = 0
        with dest:
            for num, text in enumerate(lines, start=1):
                count = lines_hit.get(num)
                if count is not None:
                    prefix = "%5d: " % count
                    executed += 1
                    considered += 1
                elif num in lnotab and PRAGMA_NOCOVER not in text:
                    prefix = ">>>>>> "     # could run, never did
                    considered += 1
                else:
                    prefix = " " * 7
                dest.write(prefix + text.expandtabs(8))
        return executed, considered


def _line_starts(code):
    # The line numbers at which code's instructions start a new line.
    last = None
    for start, end, line in code.co_lines():
        if line is not None and line != last:
            yield line
        last = line


def _find_lines_from_code(code, strs):
    return dict.fromkeys((n for n in _line_starts(code) if n not in strs), 1)


def _find_lines(code, strs):
    # executable lines of code and, recursively, of its nested code objects
    todo = [code]
    result = {}
    while todo:
        co = todo.pop()
        result.update(_find_lines_from_code(co, strs))
        todo.extend(c for c in co.co_consts if inspect.iscode(c))
    return result


def _find_strings(filename, encoding=None):
    # Lines covered by string literals that form a statement of their own
    # (docstrings); such lines never count as missed.
    lines = {}
    before = token.INDENT
    with open(filename, encoding=encoding) as src:
        for tok in tokenize.generate_tokens(src.readline):
            if tok.type == token.STRING and before == token.INDENT:
                lines.update(dict.fromkeys(
                    range(tok.start[0], tok.end[0] + 1), 1))
            before = tok.type
    return lines


def _find_executable_linenos(filename):
    try:
        with tokenize.open(filename) as f:
            prog = f.read()
            encoding = f.encoding
    except OSError as err:
        print("Not printing coverage data for %r: %s" % (filename, err),
              file=sys.stderr)
        return {}
    code = compile(prog, filename, "exec")
    return _find_lines(code, _find_strings(filename, encoding))


def _class_of(code, globs):
    # The name of the class whose namespace holds, as a plain function, the
    # (only) function made from code; None for anything else.
    if _gc is not None and hasattr(_gc, 'get_referrers'):
        funcs = [f for f in _gc.get_referrers(code) if inspect.isfunction(f)]
        if len(funcs) != 1:
            return None
        dicts = [d for d in _gc.get_referrers(funcs[0])
                 if isinstance(d, dict)]
        if len(dicts) != 1:
            return None
        classes = [c for c in _gc.get_referrers(dicts[0])
                   if hasattr(c, "__bases__")]
        return classes[0].__name__ if len(classes) == 1 else None
    # Without the gc module: follow the qualified name ("Outer.Cls.meth").
    parts = getattr(code, 'co_qualname', code.co_name).split('.')
    if len(parts) < 2 or parts[-2] == '<locals>':
        return None
    if '<locals>' in parts:
        # A class made inside a function cannot be looked up.
        return parts[-2]
    owner = globs.get(parts[0])
    for part in parts[1:-1]:
        owner = getattr(owner, part, None)
    if not isinstance(owner, type):
        return None
    func = owner.__dict__.get(parts[-1])
    if inspect.isfunction(func) and func.__code__ is code:
        return owner.__name__
    return None


class Trace:
    """Trace(count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(),
    ignoredirs=(), infile=None, outfile=None, timing=False)

    trace prints each line as it runs; count counts the runs of each line;
    countfuncs records the functions called; countcallers records
    caller/callee pairs.
    """

    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0,
                 ignoremods=(), ignoredirs=(), infile=None, outfile=None,
                 timing=False):
        self.infile, self.outfile = infile, outfile
        self.ignore = _Ignore(modules=ignoremods, dirs=ignoredirs)
        self.counts, self.pathtobasename = {}, {}
        self.trace = trace
        self._calledfuncs, self._callers, self._caller_cache = {}, {}, {}
        self.start_time = None
        if timing:
            self.start_time = _time()
        self.donothing = 0
        # pick the global hook first, then (for line events) the local one
        if countcallers or countfuncs:
            self.globaltrace = (self.globaltrace_trackcallers if countcallers
                                else self.globaltrace_countfuncs)
            return
        local = {(True, True): self.localtrace_trace_and_count,
                 (True, False): self.localtrace_trace,
                 (False, True): self.localtrace_count}.get(
                     (bool(trace), bool(count)))
        if local is None:
            self.donothing = 1
        else:
            self.globaltrace, self.localtrace = self.globaltrace_lt, local

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        g = {} if globals is None else globals
        l = {} if locals is None else locals
        active = not self.donothing
        if active:
            threading.settrace(self.globaltrace)
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, g, l)
        finally:
            if active:
                sys.settrace(None)
                threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        active = not self.donothing
        if active:
            sys.settrace(self.globaltrace)
        try:
            return func(*args, **kw)
        finally:
            if active:
                sys.settrace(None)

    def file_module_function_of(self, frame):
        co = frame.f_code
        path = co.co_filename
        cache = self._caller_cache
        try:
            owner = cache[co]
        except KeyError:
            owner = cache[co] = _class_of(co, frame.f_globals)
        label = co.co_name if owner is None else owner + "." + co.co_name
        return path, (_modname(path) if path else None), label

    def globaltrace_trackcallers(self, frame, why, arg):
        if why != 'call':
            return
        callee = self.file_module_function_of(frame)
        caller = self.file_module_function_of(frame.f_back)
        self._callers[caller, callee] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        if why != 'call':
            return
        self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        # a frame is entered: hand back the local hook unless its module
        # is one to ignore
        if why != 'call':
            return None
        path = frame.f_globals.get('__file__')
        mod = _modname(path) if path else None
        if mod is None or self.ignore.names(path, mod):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s"
                  % (mod, frame.f_code.co_name))
        return self.localtrace

    def _print_line(self, frame):
        path, num = frame.f_code.co_filename, frame.f_lineno
        if self.start_time:
            elapsed = _time() - self.start_time
            print('%.2f' % elapsed, end=' ')
        text = linecache.getline(path, num)
        where = "%s(%d)" % (os.path.basename(path), num)
        if text:
            print(where + ": ", text, end='')
        else:
            print(where)

    def _count_line(self, frame):
        spot = (frame.f_code.co_filename, frame.f_lineno)
        self.counts[spot] = 1 + self.counts.get(spot, 0)

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
            self._print_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._print_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile,
                               outfile=self.outfile,
                               calledfuncs=self._calledfuncs,
                               callers=self._callers)


# Command-line switches: (group, mutually-exclusive?, flags, keywords).
# Group None means the parser itself.
_MAIN_GROUP = ('Main options', 'One of these (or --report) must be given')
_MODIFIERS = ('Modifiers', None)
_FILTERS = ('Filters', 'Can be specified multiple times')
_FLAG = 'store_true'
_SWITCHES = [
    (None, False, ('--version',), dict(action='version', version='trace 2.0')),
    (_MAIN_GROUP, False, ('-c', '--count'), dict(action=_FLAG, help=(
        "Count the number of times each line is executed and write the "
        "counts to <module>.cover for each module executed, in the "
        "module's directory. See also --coverdir, --file, --no-report "
        "below."))),
    (_MAIN_GROUP, False, ('-t', '--trace'), dict(action=_FLAG, help=(
        "Print each line to sys.stdout before it is executed"))),
    (_MAIN_GROUP, False, ('-l', '--listfuncs'), dict(action=_FLAG, help=(
        "Keep track of which functions are executed at least once and "
        "write the results to sys.stdout after the program exits. Cannot "
        "be specified alongside --trace or --count."))),
    (_MAIN_GROUP, False, ('-T', '--trackcalls'), dict(action=_FLAG, help=(
        "Keep track of caller/called pairs and write the results to "
        "sys.stdout after the program exits."))),
    (_MODIFIERS, True, ('-r', '--report'), dict(action=_FLAG, help=(
        "Generate a report from a counts file; does not execute any code. "
        "--file must specify the results file to read, which must have "
        "been created in a previous run with --count --file=FILE"))),
    (_MODIFIERS, True, ('-R', '--no-report'), dict(action=_FLAG, help=(
        "Do not generate the coverage report files. Useful if you want to "
        "accumulate over several runs."))),
    (_MODIFIERS, False, ('-f', '--file'), dict(help=(
        "File to accumulate counts over several runs"))),
    (_MODIFIERS, False, ('-C', '--coverdir'), dict(help=(
        "Directory where the report files go. The coverage report for "
        "<package>.<module> will be written to file "
        "<dir>/<package>/<module>.cover"))),
    (_MODIFIERS, False, ('-m', '--missing'), dict(action=_FLAG, help=(
        'Annotate executable lines that were not executed with ">>>>>> "'))),
    (_MODIFIERS, False, ('-s', '--summary'), dict(action=_FLAG, help=(
        "Write a brief summary for each file to sys.stdout. Can only be "
        "used with --count or --report"))),
    (_MODIFIERS, False, ('-g', '--timing'), dict(action=_FLAG, help=(
        "Prefix each line with the time since the program started. Only "
        "used while tracing"))),
    (_FILTERS, False, ('--ignore-module',), dict(action='append', default=[],
        help=("Ignore the given module(s) and its submodules (if it is a "
              "package). Accepts comma separated list of module names."))),
    (_FILTERS, False, ('--ignore-dir',), dict(action='append', default=[],
        help=("Ignore files in the given directory (multiple directories "
              "can be joined by os.pathsep)."))),
    (None, False, ('--module',), dict(action=_FLAG, default=False,
                                      help="Trace a module. ")),
    (None, False, ('progname',), dict(nargs='?',
                                      help="file to run as main program")),
    (None, False, ('arguments',), dict(nargs='REMAINDER',
                                       help="arguments to the program")),
]


def _build_cli():
    import argparse
    cli = argparse.ArgumentParser()
    sections = {}
    exclusive = {}
    for where, excl, flags, spec in _SWITCHES:
        spec = dict(spec)
        if spec.get('nargs') == 'REMAINDER':
            spec['nargs'] = argparse.REMAINDER
        if where is None:
            target = cli
        else:
            if where not in sections:
                sections[where] = cli.add_argument_group(*where)
            target = sections[where]
            if excl:
                if where not in exclusive:
                    exclusive[where] = target.add_mutually_exclusive_group()
                target = exclusive[where]
        target.add_argument(*flags, **spec)
    return cli


def _stdlib_dirs():
    try:
        import sysconfig
    except ImportError:
        here = os.path.dirname(os.__file__)
        return here, here
    return sysconfig.get_path("stdlib"), sysconfig.get_path("platstdlib")


def _load_target(opts):
    # Returns (code, namespace) for the program or module to trace, and
    # sets sys.argv (and sys.path[0]) the way the program expects.
    if opts.module:
        try:
            import runpy
            locate = runpy._get_module_details
        except (ImportError, AttributeError):
            raise NotImplementedError(
                "trace --module needs the runpy module, which Weft does "
                "not provide") from None
        _name, spec, code = locate(opts.progname)
        sys.argv = [code.co_filename] + list(opts.arguments)
        ns = dict(__name__='__main__', __file__=code.co_filename,
                  __package__=spec.parent, __loader__=spec.loader,
                  __spec__=spec, __cached__=None)
        return code, ns
    script = opts.progname
    sys.argv = [script] + list(opts.arguments)
    sys.path[0] = os.path.dirname(script)
    opener = getattr(io, 'open_code', None)
    if opener is None:
        opener = lambda p: open(p, 'rb')
    with opener(script) as fh:
        code = compile(fh.read(), script, 'exec')
    ns = dict(__file__=script, __name__='__main__', __package__=None,
              __cached__=None)
    return code, ns


def main():
    cli = _build_cli()
    opts = cli.parse_args()

    mods = []
    for item in opts.ignore_module:
        mods.extend(part.strip() for part in item.split(','))
    dirs = []
    if opts.ignore_dir:
        std, platstd = _stdlib_dirs()
        for item in opts.ignore_dir:
            for d in item.split(os.pathsep):
                d = os.path.expandvars(d)
                d = os.path.expanduser(d)
                d = d.replace('$prefix', std)
                d = d.replace('$exec_prefix', platstd)
                dirs.append(os.path.normpath(d))
    opts.ignore_module, opts.ignore_dir = mods, dirs

    if opts.report:
        if not opts.file:
            cli.error('-r/--report requires -f/--file')
        saved = CoverageResults(infile=opts.file, outfile=opts.file)
        return saved.write_results(opts.missing, opts.summary,
                                   opts.coverdir)
    modes = (opts.trace, opts.count, opts.listfuncs, opts.trackcalls)
    problem = None
    if not any(modes):
        problem = ('must specify one of --trace, --count, --report, '
                   '--listfuncs, or --trackcalls')
    elif opts.listfuncs and (opts.trace or opts.count):
        problem = 'cannot specify both --listfuncs and (--trace or --count)'
    elif opts.summary and not opts.count:
        problem = '--summary can only be used with --count or --report'
    elif opts.progname is None:
        problem = 'progname is missing: required with the main options'
    if problem:
        cli.error(problem)

    tracer = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs,
                   countcallers=opts.trackcalls, ignoremods=mods,
                   ignoredirs=dirs, infile=opts.file, outfile=opts.file,
                   timing=opts.timing)
    try:
        code, ns = _load_target(opts)
        tracer.runctx(code, ns, ns)
    except OSError as exc:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], exc))
    except SystemExit:
        pass
    if not opts.no_report:
        tracer.results().write_results(opts.missing, opts.summary,
                                       opts.coverdir)


if __name__ == '__main__':
    main()
