# pstats: reports (sorting, filtering and printing) over the statistics that
# profile and cProfile collect.

"""Print and sort the statistics gathered by profile/cProfile.

The statistics map a function key (filename, lineno, name) to
(primitive calls, total calls, own time, cumulative time, callers).
"""

import marshal
import os
import re
import sys
import time
from dataclasses import dataclass
from enum import Enum
from functools import cmp_to_key
from typing import Dict

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(str, Enum):
    CALLS = 'calls'
    CUMULATIVE = 'cumulative'
    FILENAME = 'filename'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time'

    def __str__(self):
        return self.value

    @classmethod
    def _missing_(cls, value):
        # The other spellings that sort_stats accepts for the same keys.
        alias = {'ncalls': 'calls', 'cumtime': 'cumulative',
                 'module': 'filename', 'tottime': 'time'}.get(value)
        if alias is not None:
            return cls(alias)
        return None


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    total_tt: float
    func_profiles: Dict[str, FunctionProfile]


class Stats:
    """Statistics of one or more profile runs, ready for reporting.

    Stats(source, ..., stream=None): each source is a Profile object (after
    or before create_stats), a file written by dump_stats, or another Stats.
    Every method returns self, so that calls can be chained.
    """

    # word -> (((field index, direction), ...), description); the field
    # indexes refer to the rows that sort_stats builds.
    sort_arg_dict_default = {
        "calls": (((1, -1),), "call count"),
        "ncalls": (((1, -1),), "call count"),
        "cumtime": (((3, -1),), "cumulative time"),
        "cumulative": (((3, -1),), "cumulative time"),
        "filename": (((4, 1),), "file name"),
        "line": (((5, 1),), "line number"),
        "module": (((4, 1),), "file name"),
        "name": (((6, 1),), "function name"),
        "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
        "pcalls": (((0, -1),), "primitive call count"),
        "stdname": (((7, 1),), "standard name"),
        "time": (((2, -1),), "internal time"),
        "tottime": (((2, -1),), "internal time"),
    }

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        first = args[0] if args else None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print("Invalid timing data %s"
                  % (self.files[-1] if self.files else ''), file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                arg = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except OSError:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            width = len(func_std_string(func))
            if width > self.max_name_len:
                self.max_name_len = width

    def add(self, *arg_list):
        # Later arguments are merged first, as the reports expect.
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            self.top_level.update(item.top_level)
            self.max_name_len = max(self.max_name_len, item.max_name_len)
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Write the statistics to filename (marshal format)."""
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        # Every unambiguous prefix of a sort word works as that word.
        if not self.sort_arg_dict:
            table = {}
            ambiguous = set()
            for word, entry in self.sort_arg_dict_default.items():
                for end in range(len(word), 0, -1):
                    prefix = word[:end]
                    if prefix in table:
                        ambiguous.add(prefix)
                        break
                    table[prefix] = entry
            for prefix in ambiguous:
                del table[prefix]
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            # The old numeric arguments.
            field = [{-1: "stdname", 0: "calls", 1: "time",
                      2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        defs = self.get_sort_arg_defs()
        order = ()
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            order += defs[word][0]
            names.append(defs[word][1])
        self.sort_type = ", ".join(names)
        rows = [(cc, nc, tt, ct) + func + (func_std_string(func), func)
                for func, (cc, nc, tt, ct, callers) in self.stats.items()]
        rows.sort(key=cmp_to_key(TupleComp(order).compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        old = self.stats
        self.stats = new = {}
        width = 0
        for func, (cc, nc, tt, ct, callers) in old.items():
            key = func_strip_path(func)
            width = max(width, len(func_std_string(key)))
            new_callers = {func_strip_path(f): v for f, v in callers.items()}
            if key in new:
                new[key] = add_func_stats(new[key],
                                          (cc, nc, tt, ct, new_callers))
            else:
                new[key] = (cc, nc, tt, ct, new_callers)
        self.top_level = {func_strip_path(f) for f in self.top_level}
        self.max_name_len = width
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    def eval_print_amount(self, sel, list, msg):
        # Narrow list by sel: a regular expression, a fraction or a count.
        new_list = list
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                return new_list, msg + (
                    "   <Invalid regular expression %r>\n" % (sel,))
            new_list = [f for f in list
                        if pattern.search(func_std_string(f)) is not None]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                new_list = list[:int(count * sel + .5)]
            elif isinstance(sel, int) and 0 <= sel < count:
                new_list = list[:sel]
        if len(list) != len(new_list):
            msg += ("   List reduced from %r to %r due to restriction <%r>\n"
                    % (len(list), len(new_list), sel))
        return new_list, msg

    def get_stats_profile(self):
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats)
        if not funcs:
            return StatsProfile(0, {})
        profiles = {}
        result = StatsProfile(float(f8(self.total_tt)), profiles)
        for func in funcs:
            cc, nc, tt, ct = self.stats[func][:4]
            filename, line, name = func
            ncalls = str(nc) if nc == cc else '%d/%d' % (nc, cc)
            profiles[name] = FunctionProfile(
                ncalls,
                float(f8(tt)),
                -1 if nc == 0 else float(f8(tt / nc)),
                float(f8(ct)),
                -1 if cc == 0 else float(f8(ct / cc)),
                filename,
                line)
        return result

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            funcs = list(self.fcn_list)
            msg = "   Ordered by: %s\n" % self.sort_type
        else:
            funcs = list(self.stats)
            msg = "   Random listing order was used" + "\n"
        for sel in sel_list:
            funcs, msg = self.eval_print_amount(sel, funcs, msg)
        if not funcs:
            return 0, funcs
        print(msg, file=self.stream)
        if len(funcs) < len(self.stats):
            width = max(len(func_std_string(f)) for f in funcs)
        return width + 2, funcs

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=out)
        print(indent, self.total_calls, "function calls", end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self._call_table(width, funcs, "called...", "->",
                             lambda f: self.all_callees.get(f, {}))
        return self

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self._call_table(width, funcs, "was called by...", "<-",
                             lambda f: self.stats[f][4])
        return self

    def _call_table(self, width, funcs, title, arrow, related):
        self.print_call_heading(width, title)
        for f in funcs:
            self.print_call_line(width, f, related(f), arrow)
        self.stream.write("\n\n")

    def print_call_heading(self, name_size, column_title):
        self.stream.write("%-*s%s\n" % (name_size, "Function ", column_title))
        # cProfile's caller entries are tuples and get their own columns.
        detailed = False
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                detailed = isinstance(next(iter(callers.values())), tuple)
                break
        if detailed:
            print(" " * name_size + "    ncalls  tottime  cumtime",
                  file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        out = self.stream
        print(func_std_string(source).ljust(name_size) + arrow, end=' ',
              file=out)
        if not call_dict:
            print(file=out)
            return
        first = True
        for func in sorted(call_dict):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                count = '%d' % nc if nc == cc else '%d/%d' % (nc, cc)
                text = '%s %s %s  %s' % (count.rjust(7 if first else 9),
                                         f8(tt), f8(ct), name)
                left = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                left = name_size + 3
            print(('' if first else ' ' * left) + text, file=out)
            first = False

    def print_title(self):
        self.stream.write('   ncalls  tottime  percall  cumtime  percall '
                          'filename:lineno(function)\n')

    def print_line(self, func):
        prim, total, own, cum = self.stats[func][:4]
        calls = '%d' % total if total == prim else '%d/%d' % (total, prim)
        blank = ' ' * 8
        cells = [calls.rjust(9), f8(own),
                 f8(own / total) if total else blank,
                 f8(cum),
                 f8(cum / prim) if prim else blank,
                 func_std_string(func)]
        self.stream.write(' '.join(cells) + '\n')


class TupleComp:
    """Compares rows field by field, each field ascending (1) or
    descending (-1)."""

    def __init__(self, comp_select_list):
        self.comp_select_list = list(comp_select_list)

    def compare(self, left, right):
        for field, sign in self.comp_select_list:
            x, y = left[field], right[field]
            if x < y:
                return -sign
            if y < x:
                return sign
        return 0


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    # Built-ins recorded by cProfile are ('~', 0, '<...>') and print as
    # '{...}'; everything else prints as file:line(name).
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def add_func_stats(target, source):
    # sum the four counters, merge the caller tables
    sums = tuple(s + t for s, t in zip(source[:4], target[:4]))
    return sums + (add_callers(target[4], source[4]),)


def add_callers(target, source):
    merged = dict(target)
    for func, value in source.items():
        if func in merged:
            if isinstance(value, tuple):
                merged[func] = tuple(a + b for a, b in
                                     zip(value, merged[func]))
            else:
                merged[func] += value
        else:
            merged[func] = value
    return merged


def count_calls(callers):
    return sum(callers.values())


def f8(x):
    return "%8.3f" % x


def _make_browser_class():
    import cmd

    class ProfileBrowser(cmd.Cmd):
        # "python -m pstats [file ...]": an interactive report browser.

        def __init__(self, profile=None):
            cmd.Cmd.__init__(self)
            self.prompt = "% "
            self.stats = None
            self.stream = sys.stdout
            if profile is not None:
                self.do_read(profile)

        def _say(self, *args):
            print(*args, file=self.stream)

        def generic(self, fn, line):
            # Integers, fractions in [0, 1] and regular expressions restrict
            # what is printed.
            args = []
            for term in line.split():
                try:
                    args.append(int(term))
                    continue
                except ValueError:
                    pass
                try:
                    frac = float(term)
                except ValueError:
                    args.append(term)
                    continue
                if frac > 1 or frac < 0:
                    self._say("Fraction argument must be in [0, 1]")
                    continue
                args.append(frac)
            if self.stats:
                getattr(self.stats, fn)(*args)
            else:
                self._say("No statistics object is loaded.")
            return 0

        def generic_help(self):
            self._say("Arguments may be:")
            self._say("* An integer maximum number of entries to print.")
            self._say("* A decimal fractional number between 0 and 1, "
                      "controlling")
            self._say("  what fraction of selected entries to print.")
            self._say("* A regular expression; only entries with function "
                      "names")
            self._say("  that match it are printed.")

        def do_add(self, line):
            if self.stats:
                try:
                    self.stats.add(line)
                except OSError as e:
                    self._say("Failed to load statistics for %s: %s"
                              % (line, e))
            else:
                self._say("No statistics object is loaded.")
            return 0

        def help_add(self):
            self._say("Add profile info from given file to current "
                      "statistics object.")

        def do_callees(self, line):
            return self.generic('print_callees', line)

        def help_callees(self):
            self._say("Print callees statistics from the current stat "
                      "object.")
            self.generic_help()

        def do_callers(self, line):
            return self.generic('print_callers', line)

        def help_callers(self):
            self._say("Print callers statistics from the current stat "
                      "object.")
            self.generic_help()

        def do_EOF(self, line):
            self._say("")
            return 1

        def help_EOF(self):
            self._say("Leave the profile browser.")

        def do_quit(self, line):
            return 1

        def help_quit(self):
            self._say("Leave the profile browser.")

        def do_read(self, line):
            if line:
                try:
                    self.stats = Stats(line)
                except OSError as err:
                    self._say(err.args[1])
                    return
                except Exception as err:
                    self._say(err.__class__.__name__ + ':', err)
                    return
                self.prompt = line + "% "
            elif len(self.prompt) > 2:
                self.do_read(self.prompt[:-2])
            else:
                self._say("No statistics object is current -- cannot "
                          "reload.")
            return 0

        def help_read(self):
            self._say("Read in profile data from a specified file.")
            self._say("Without argument, reload the current file.")

        def do_reverse(self, line):
            if self.stats:
                self.stats.reverse_order()
            else:
                self._say("No statistics object is loaded.")
            return 0

        def help_reverse(self):
            self._say("Reverse the sort order of the profiling report.")

        def do_sort(self, line):
            if not self.stats:
                self._say("No statistics object is loaded.")
                return
            keys = self.stats.get_sort_arg_defs()
            if line and all(word in keys for word in line.split()):
                self.stats.sort_stats(*line.split())
            else:
                self._say("Valid sort keys (unique prefixes are accepted):")
                for key, value in Stats.sort_arg_dict_default.items():
                    self._say("%s -- %s" % (key, value[1]))
            return 0

        def help_sort(self):
            self._say("Sort profile data according to specified keys.")
            self._say("(Typing `sort' without arguments lists valid keys.)")

        def complete_sort(self, text, *args):
            return [a for a in Stats.sort_arg_dict_default
                    if a.startswith(text)]

        def do_stats(self, line):
            return self.generic('print_stats', line)

        def help_stats(self):
            self._say("Print statistics from the current stat object.")
            self.generic_help()

        def do_strip(self, line):
            if self.stats:
                self.stats.strip_dirs()
            else:
                self._say("No statistics object is loaded.")

        def help_strip(self):
            self._say("Strip leading path information from filenames in "
                      "the report.")

        def help_help(self):
            self._say("Show help for a given command.")

        def postcmd(self, stop, line):
            return stop or None

    return ProfileBrowser


def _main(argv):
    browser_class = _make_browser_class()
    try:
        browser = browser_class(argv[0] if argv else None)
        for name in argv[1:]:
            browser.do_add(name)
        print("Welcome to the profile statistics browser.",
              file=browser.stream)
        browser.cmdloop()
        print("Goodbye.", file=browser.stream)
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    _main(sys.argv[1:])
