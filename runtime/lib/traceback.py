"""Extract, format and print information about Python stack traces.

Exceptions are formatted by the interpreter's own printer (the _traceback module), so the
text is identical to that of an uncaught exception; this module adds the limits, the
choice of chaining and the summary objects (FrameSummary, StackSummary,
TracebackException) that programs inspect.
"""

import collections
import itertools
import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb',
           'print_list']

_sentinel = object()
_RECURSIVE_CUTOFF = 3


def _module_limit(limit):
    # limit=None means sys.tracebacklimit, where a negative value shows nothing.
    if limit is not None:
        return limit
    configured = getattr(sys, 'tracebacklimit', None)
    if configured is not None and configured < 0:
        return 0
    return configured


def _value_and_tb(exc, value, tb):
    # The (exception, traceback) pair of the two calling conventions: a lone
    # exception, or the old (type, value, tb) triple.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _format(value, tb, limit, chain):
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        raise TypeError(f'Exception expected for value, {type(value).__name__} found')
    saved = value.__traceback__
    if tb is not saved:
        value.__traceback__ = tb
    try:
        text = _traceback.format_exception(value, _module_limit(limit), chain)
    finally:
        if tb is not saved:
            value.__traceback__ = saved
    return _group(text.splitlines(keepends=True))


_CHAIN_LINES = ('The above exception was the direct cause of the following exception:\n',
                'During handling of the above exception, another exception occurred:\n')


def _group(lines):
    # As CPython's lists read: one string per stack entry (its File line, source line and
    # carets) and one per chain message; every other line on its own.
    out = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if line.startswith('  File "') and ', in ' in line:
            j = i + 1
            while j < n and lines[j].startswith('    '):
                j += 1
            out.append(''.join(lines[i:j]))
            i = j
        elif (line == '\n' and i + 2 < n and lines[i + 1] in _CHAIN_LINES and
              lines[i + 2] == '\n'):
            out.append(''.join(lines[i:i + 3]))
            i += 3
        else:
            out.append(line)
            i += 1
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc_value, exc_tb = _value_and_tb(exc, value, tb)
    return _format(exc_value, exc_tb, limit, chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    exc_value, exc_tb = _value_and_tb(exc, value, tb)
    out = sys.stderr if file is None else file
    for chunk in _format(exc_value, exc_tb, limit, chain):
        print(chunk, file=out, end="")


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return ['%s: %s\n' % (type(value).__name__, value) if str(value) else
                '%s\n' % type(value).__name__]
    if show_group and isinstance(value, BaseExceptionGroup):
        return list(TracebackException.from_exception(value).format_exception_only(
            show_group=True))
    return _traceback.format_exception_only(value).splitlines(keepends=True)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    current = sys.exception()
    print_exception(current, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    # The exception the interactive interpreter last reported.
    if hasattr(sys, "last_exc"):
        details = (sys.last_exc,)
    elif hasattr(sys, "last_type"):
        details = (sys.last_type, sys.last_value, sys.last_traceback)
    else:
        raise ValueError("no last exception")
    print_exception(*details, limit=limit, file=file, chain=chain)


# ---- frames and stacks ----

def _getline(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


class FrameSummary:
    """One frame of a stack: where it was and, looked up on demand, its source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 '_line_given', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        if end_lineno is None:
            end_lineno = lineno
        self.filename, self.name = filename, name
        self.lineno, self.end_lineno = lineno, end_lineno
        self.colno, self.end_colno = colno, end_colno
        self._line = line
        self._line_given = line is not None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_lines(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from frame f outwards (the caller's caller when None)."""
    if f is None:
        # Leave out this generator's own frame and the three frames of the
        # summary code iterating over it.
        f = sys._getframe()
        for _ in range(4):
            f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each level of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _positions(tb):
    try:
        pos = next(itertools.islice(tb.tb_frame.f_code.co_positions(), tb.tb_lasti // 2,
                                    None), None)
    except (AttributeError, ValueError):
        pos = None
    if pos is None or pos[0] is None:
        return tb.tb_lineno, None, None, None
    return pos


def _tb_positions(tb):
    # As walk_tb, with the full (lineno, end_lineno, colno, end_colno) position.
    while tb is not None:
        yield tb.tb_frame, _positions(tb)
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def extended():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended(), limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        limit = _module_limit(limit)
        frames = frame_gen
        if limit is not None:
            # A positive limit keeps the first frames, a negative one the last.
            if limit < 0:
                frames = collections.deque(frames, maxlen=-limit)
            else:
                frames = itertools.islice(frames, limit)
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                       locals=f_locals, end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if not isinstance(frame, FrameSummary):
                # A (filename, lineno, name, line) tuple.
                filename, lineno, name, line = frame
                frame = FrameSummary(filename, lineno, name, line=line)
            result.append(frame)
        return result

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        if not fs._line_given and isinstance(fs.filename, str) and isinstance(fs.name, str):
            row = _traceback.format_frame(fs.filename, fs.lineno, fs.end_lineno, fs.colno,
                                          fs.end_colno, fs.name)
        else:
            row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += '    {}\n'.format(fs.line.strip())
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                row += '    {name} = {value}\n'.format(name=name, value=value)
        return row

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename or last_line is None or
                    last_line != fs.lineno or last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    levels = _tb_positions(tb)
    return StackSummary._extract_from_extended_frame_gen(levels, limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    # walk_stack goes outwards; the summary lists the outermost frame first.
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit), file)


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


# ---- TracebackException ----

def _type_str(t):
    name = getattr(t, '__qualname__', t.__name__)
    module = getattr(t, '__module__', None)
    if module not in ('__main__', 'builtins', None):
        if not isinstance(module, str):
            module = '<unknown>'
        name = module + '.' + name
    return name


def _opt_str(value):
    return None if value is None else str(value)


def _str_or_note(value, what, func=str):
    # func(value), or a note saying that it failed.
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


class TracebackException:
    """An exception captured for later formatting: its type, message, stack and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 save_exc_type=True, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self._limit = limit
        self._exc_value = exc_value
        self._exc_tb = exc_traceback
        levels = _tb_positions(exc_traceback)
        self.stack = StackSummary._extract_from_extended_frame_gen(levels, limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        # exc_type is kept only on request (the exc_type property is deprecated).
        self._exc_type = None
        if save_exc_type:
            self._exc_type = exc_type
        self.exc_type_str = None if exc_type is None else _type_str(exc_type)
        self._str = _str_or_note(exc_value, 'exception')
        try:
            notes = getattr(exc_value, '__notes__', None)
        except Exception as e:
            failure = _str_or_note(e, "__notes__", repr)
            notes = [f'Ignored error getting __notes__: {failure}']
        self.__notes__ = notes
        self._is_syntax_error = False
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            # Line numbers are kept as text, as CPython does.
            self.lineno = _opt_str(exc_value.lineno)
            self.end_lineno = _opt_str(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
            self._is_syntax_error = True
        elif exc_type and issubclass(exc_type, ImportError) and \
                getattr(exc_value, 'name_from', None) is not None:
            pass
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        # The chain, built without recursion so that long chains do not hit the limit.
        if not is_recursive_call:
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if (e is not None and e.__cause__ is not None and
                        id(e.__cause__) not in _seen):
                    cause = TracebackException(
                        type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals, max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    cause = None
                if compact:
                    need_context = (cause is None and e is not None and
                                    not e.__suppress_context__)
                else:
                    need_context = True
                if (e is not None and e.__context__ is not None and need_context and
                        id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__), e.__context__, e.__context__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals, max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    context = None
                if e is not None and isinstance(e, BaseExceptionGroup):
                    exceptions = []
                    for exc in e.exceptions:
                        texc = TracebackException(
                            type(exc), exc, exc.__traceback__, limit=limit,
                            lookup_lines=lookup_lines, capture_locals=capture_locals,
                            max_group_width=max_group_width,
                            max_group_depth=max_group_depth, _seen=_seen)
                        exceptions.append(texc)
                else:
                    exceptions = None
                te.__cause__, te.__context__ = cause, context
                te.exceptions = exceptions
                # Their own chains come next.
                if cause:
                    queue.append((cause, e.__cause__))
                if context:
                    queue.append((context, e.__context__))
                if exceptions:
                    queue += zip(exceptions, e.exceptions)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.', DeprecationWarning,
                      stacklevel=2)
        return self._exc_type

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        indent = 3 * _depth * ' '
        if self._exc_value is not None and isinstance(self._exc_value, BaseException):
            lines = _traceback.format_exception_only(
                self._exc_value, self._exc_value.__traceback__ is not None).splitlines(keepends=True)
        elif self.exc_type_str is None:
            lines = ['None\n']
        else:
            lines = [f'{self.exc_type_str}: {self._str}\n' if self._str else
                     f'{self.exc_type_str}\n']
        for line in lines:
            yield indent + line if _depth else line
        if show_group and self.exceptions is not None:
            for ex in self.exceptions:
                yield from ex.format_exception_only(show_group=show_group, _depth=_depth + 1)

    def format(self, *, chain=True, _ctx=None):
        if self._exc_value is None:
            yield from ['NoneType: None\n']
            return
        lines = _format(self._exc_value, self._exc_tb, self._limit, chain)
        if self._has_locals():
            lines = self._add_locals(lines, chain)
        yield from lines

    def _has_locals(self):
        return any(fs.locals for fs in self.stack)

    def _stacks_in_print_order(self, chain, out, seen):
        # The printer shows the chained exceptions first (cause, else context),
        # then this one's stack, then the members of a group.
        if id(self) in seen:
            return out
        seen.add(id(self))
        if chain:
            if self.__cause__ is not None:
                self.__cause__._stacks_in_print_order(chain, out, seen)
            elif self.__context__ is not None and not self.__suppress_context__:
                self.__context__._stacks_in_print_order(chain, out, seen)
        out.extend(self.stack)
        for member in self.exceptions or ():
            member._stacks_in_print_order(chain, out, seen)
        return out

    def _add_locals(self, lines, chain):
        # The interpreter's printer knows nothing of captured locals: append the
        # "    name = repr" lines of each captured frame after its entry (its File
        # line and the source lines below it).
        frames = self._stacks_in_print_order(chain, [], set())
        pos = 0
        out = []
        i, n = 0, len(lines)
        while i < n:
            entry = lines[i]
            i += 1
            if not entry.lstrip(' |').startswith('File "'):
                out.append(entry)
                continue
            head = entry.split('\n', 1)[0]
            indent = head[:len(head) - len(head.lstrip(' |'))]
            # Inside exception groups each source line is an entry of its own.
            while i < n and lines[i].startswith(indent + '  '):
                entry += lines[i]
                i += 1
            for k in range(pos, len(frames)):
                fs = frames[k]
                if head.endswith('File "%s", line %s, in %s' % (fs.filename, fs.lineno,
                                                               fs.name)):
                    pos = k + 1
                    if fs.locals:
                        entry += ''.join('%s  %s = %s\n' % (indent, name, value)
                                         for name, value in sorted(fs.locals.items()))
                    break
            out.append(entry)
        return out

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
