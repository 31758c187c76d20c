# doctest: run the interactive examples found in docstrings and text files,
# and report the ones whose output differs from what the text shows.

r"""Test the interactive Python examples in docstrings and text files.

Typical use at the end of a module:

    if __name__ == "__main__":
        import doctest
        doctest.testmod()

Each ">>> " line (with "... " continuation lines) is run, and what it prints
is compared with the lines that follow it.
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'FAIL_FAST',
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    'testmod',
    'testfile',
    'run_docstring_examples',
    'DocTestSuite',
    'DocFileSuite',
    'set_unittest_reportflags',
    'script_from_examples',
    'testsource',
    'debug_src',
    'debug',
]

import __future__
import difflib
import inspect
import keyword
import linecache
import os
import re
import sys
import textwrap
import traceback
import unittest
from io import StringIO
from collections import namedtuple

try:
    import pdb as _pdb
except ImportError:
    _pdb = None


class TestResults(namedtuple('TestResults', 'failed attempted')):
    # The skip count rides along as an attribute so that the tuple still
    # unpacks into two values.
    def __new__(cls, failed, attempted, *, skipped=0):
        self = super().__new__(cls, failed, attempted)
        self.skipped = skipped
        return self

    def __repr__(self):
        if not self.skipped:
            return super().__repr__()
        return ('TestResults(failed=%d, attempted=%d, skipped=%d)'
                % (self.failed, self.attempted, self.skipped))


# ---------------------------------------------------------------- option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    # Each new name gets the next free bit; registering twice is harmless.
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ------------------------------------------------------------------- helpers

def _extract_future_flags(globs):
    # Compiler flags of the __future__ features imported into globs.
    flags = 0
    for fname in __future__.all_feature_names:
        feature = globs.get(fname, None)
        if feature is not None and feature is getattr(__future__, fname):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    # A module object, a module name, or None for the caller's module.
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        try:
            name = sys._getframe(depth).f_globals['__name__']
            return sys.modules[name]
        except KeyError:
            return None
    raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    # Universal newlines: \r\n and lone \r both become \n.
    return data.replace('\r\n', '\n').replace('\r', '\n')


def _load_testfile(filename, package, module_relative, encoding):
    if not module_relative:
        return _read_text(filename, encoding), filename
    pkg = _normalize_module(package, 3)
    path = _module_relative_path(pkg, filename)
    ldr = getattr(pkg, '__loader__', None)
    if ldr is None:
        ldr = getattr(getattr(pkg, '__spec__', None), 'loader', None)
    reader = getattr(ldr, 'get_data', None)
    if reader is not None:
        try:
            raw = reader(path)
        except (NotImplementedError, OSError):
            raw = None
        if raw is not None:
            return _newline_convert(raw.decode(encoding)), path
    return _read_text(path, encoding), path


def _read_text(path, encoding):
    with open(path, encoding=encoding) as fh:
        return fh.read()


def _indent(s, indent=4):
    # Prefix every non-empty line of s with `indent` spaces.
    return re.sub('(?m)^(?!$)', ' ' * indent, s)


def _exception_traceback(exc_info):
    exc_type, exc_val, exc_tb = exc_info
    text = ''.join(traceback.format_exception(exc_type, exc_val, exc_tb))
    return _add_pseudo_file_lines(text, exc_val, exc_tb)


# Weft's traceback formatter reads source lines from files only, so frames of
# code compiled under a '<...>' name (the examples) come without their line.
# doctest puts the examples' source in linecache; the two helpers below add
# those lines, with the same carets a file's line would get.

_FILE_LINE_RE = re.compile(r'^( *)File "(<[^"]*>)", line (\d+), in ')
_BINARY_OPS = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
               '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 8}
# Keywords that make a segment something other than a plain binary
# operation, call or subscript.
_NO_ANCHOR_WORDS = frozenset(keyword.kwlist) - {'None', 'True', 'False'}


def _add_pseudo_file_lines(text, exc_val, exc_tb):
    positions = {}
    seen = set()
    todo = [(exc_val, exc_tb)]
    while todo:
        value, tb = todo.pop()
        if value is None or id(value) in seen:
            continue
        seen.add(id(value))
        while tb is not None:
            name = tb.tb_frame.f_code.co_filename
            if name.startswith('<') and name.endswith('>'):
                try:
                    pos = traceback._positions(tb)
                except Exception:
                    pos = (tb.tb_lineno, None, None, None)
                positions.setdefault((name, tb.tb_lineno), []).append(pos)
            tb = tb.tb_next
        todo.append((value.__cause__, getattr(value.__cause__,
                                              '__traceback__', None)))
        todo.append((value.__context__, getattr(value.__context__,
                                                '__traceback__', None)))
    if not positions:
        return text
    out = []
    for line in text.splitlines(True):
        out.append(line)
        m = _FILE_LINE_RE.match(line)
        if not m:
            continue
        name, lineno = m.group(2), int(m.group(3))
        queue = positions.get((name, lineno))
        pos = queue.pop(0) if queue else (lineno, None, None, None)
        if queue is not None and not queue:
            positions[(name, lineno)] = [pos]
        try:
            lines = linecache.getlines(name)
        except Exception:
            lines = []
        if not (1 <= lineno <= len(lines)):
            continue
        pad = m.group(1) + '  '
        for shown in _source_block(lines, lineno, pos):
            out.append(pad + shown + '\n')
    return ''.join(out)


def _scan_tokens(seg):
    # (text, start, depth) for every token of an expression; strings and
    # numbers are reduced to '"' and '0'.
    tokens = []
    depth = 0
    i, n = 0, len(seg)
    while i < n:
        c = seg[i]
        if c.isspace():
            i += 1
            continue
        if c == '#':
            while i < n and seg[i] != '\n':
                i += 1
            continue
        if c == '\\':
            i += 1
            continue
        start = i
        if c.isalpha() or c == '_' or ord(c) > 127:
            while i < n and (seg[i].isalnum() or seg[i] == '_' or
                             ord(seg[i]) > 127):
                i += 1
            if i < n and seg[i] in '\'"' and seg[start:i].lower() in (
                    'r', 'b', 'u', 'f', 'rb', 'br', 'fr', 'rf'):
                c = seg[i]
            else:
                tokens.append((seg[start:i], start, depth))
                continue
        if c in '\'"':
            quote = seg[i:i + 3] if seg[i:i + 3] in ('"""', "\'\'\'") else c
            i += len(quote)
            while i < n and not seg.startswith(quote, i):
                i += 2 if seg[i] == '\\' else 1
            i += len(quote)
            tokens.append(('"', start, depth))
            continue
        if c.isdigit() or (c == '.' and i + 1 < n and seg[i + 1].isdigit()):
            while i < n and (seg[i].isalnum() or seg[i] in '._' or
                             (seg[i] in '+-' and seg[i - 1] in 'eE' and
                              not seg[start:i].lower().startswith('0x'))):
                i += 1
            tokens.append(('0', start, depth))
            continue
        if c in '([{':
            tokens.append((c, start, depth))
            depth += 1
            i += 1
            continue
        if c in ')]}':
            depth -= 1
            tokens.append((c, start, depth))
            i += 1
            continue
        for op in ('**=', '//=', '>>=', '<<=', '**', '//', '<<', '>>', '<=',
                   '>=', '==', '!=', ':=', '->'):
            if seg.startswith(op, i):
                break
        else:
            op = c
        tokens.append((op, start, depth))
        i += len(op)
    return tokens


def _caret_anchors(seg):
    # (left, right) offsets of the highlighted part of seg, or None.
    tokens = _scan_tokens(seg)
    top = [t for t in tokens if t[2] == 0]
    if not top:
        return None
    binops = []
    prev = None
    for text, start, depth in top:
        if text in _NO_ANCHOR_WORDS or text in (
                ',', '<', '>', '<=', '>=', '==', '!=', ':=', ':', '='):
            return None
        if text in _BINARY_OPS:
            unary = (prev is None or prev in _BINARY_OPS or
                     prev in ('(', '[', '{', ','))
            if not unary:
                binops.append((text, start))
            elif prev is None and text not in '+-~':
                return None
        prev = text
    first_unary = top[0][0] in ('+', '-', '~')
    if binops:
        level = min(_BINARY_OPS[op] for op, _ in binops)
        if first_unary and level > 6:
            return None
        picks = [b for b in binops if _BINARY_OPS[b[0]] == level]
        # '**' groups to the right, the others to the left.
        op, start = picks[0] if picks[0][0] == '**' else picks[-1]
        return start, start + len(op)
    if first_unary:
        return None
    last = top[-1]
    if last[0] in ')]' and last[1] == len(seg.rstrip()) - 1:
        # Find the opening bracket of the final trailer.
        opener = '(' if last[0] == ')' else '['
        for text, start, depth in reversed(top[:-1]):
            if text == opener:
                if start == 0:
                    return None
                return start, len(seg)
    return None


def _char_offset(line, byte_offset):
    return len(line.encode('utf-8')[:byte_offset].decode('utf-8', 'replace'))


def _source_block(lines, lineno, pos):
    # The source lines (dedented, with carets where a file's frame would
    # have them) shown under a traceback entry.
    first_line = lines[lineno - 1].rstrip()
    if not first_line.strip():
        return []
    _, end_lineno, col, end_col = pos
    if (col is None or end_col is None or end_lineno is None or
            end_lineno < lineno or end_lineno > len(lines)):
        return [first_line.strip()]
    orig = [lines[i].rstrip() for i in range(lineno - 1, end_lineno)]
    dedented = textwrap.dedent('\n'.join(orig) + '\n').splitlines()
    shift = len(orig[0]) - len(dedented[0])
    start = max(0, _char_offset(orig[0], col) - shift)
    end = max(0, _char_offset(orig[-1], end_col) - shift)
    joined = '\n'.join(dedented)
    segment = joined[start:len(joined) - (len(dedented[-1]) - end)]
    try:
        anchors = _caret_anchors(segment)
    except Exception:
        anchors = None

    # Where an offset in the segment lies, as (line, column).
    def place(index):
        line = segment.count('\n', 0, index)
        column = index - (segment.rfind('\n', 0, index) + 1)
        return line, column + (start if line == 0 else 0)

    show = _should_show_carets(dedented, segment, start, end, anchors)
    significant = {0, len(dedented) - 1}
    if anchors:
        left = place(anchors[0])
        right = place(anchors[1])
        primary, secondary = '~', '^'
        for line in (left[0], right[0]):
            significant.update((line - 1, line, line + 1))
    else:
        left = right = (0, 0)
        primary = secondary = '^'
    significant.discard(-1)
    significant.discard(len(dedented))

    result = []

    def emit(i):
        text = dedented[i]
        result.append(text)
        if not show:
            return
        spaces = len(text) - len(text.lstrip())
        width = end if i == len(dedented) - 1 else len(text)
        chars = []
        for c in range(width):
            if c < spaces or (i == 0 and c < start):
                chars.append(' ')
            elif anchors and left <= (i, c) < right:
                chars.append(secondary)
            else:
                chars.append(primary)
        result.append(''.join(chars))

    previous = None
    for i in sorted(significant):
        if previous is not None:
            gap = i - previous
            if gap == 2:
                emit(i - 1)
            elif gap > 2:
                result.append('...<%d lines>...' % (gap - 1))
        emit(i)
        previous = i
    return textwrap.dedent('\n'.join(result) + '\n').splitlines()


def _should_show_carets(lines, segment, start, end, anchors):
    # "return f(...)" and "name = f(...)" statements that the call fills
    # get no carets; otherwise carets show when there are anchors or when
    # the highlighted part is not the whole of the lines.
    head = lines[0][:start].strip()
    tail = lines[-1][end:].strip()
    if (anchors and segment[anchors[0]] == '(' and
            anchors[1] == len(segment) and (not tail or tail[0] == '#')):
        callee = re.match(r'[A-Za-z_]\w*\s*\($', segment[:anchors[0] + 1])
        if (re.fullmatch(r'[A-Za-z_]\w*\s*=', head) or
                (head == 'return' and callee)):
            return False
    if anchors:
        return True
    return bool(lines[0][:start].lstrip() or lines[-1][end:].rstrip())


class _SpoofOut(StringIO):
    # Captures the output of examples; what it hands back always ends in a
    # newline so that it compares with the expected text.
    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    # True when got matches want, each '...' in want standing for any text.
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    lo, hi = 0, len(got)
    if first:
        if not got.startswith(first):
            return False
        lo = len(first)
    if last:
        if not got.endswith(last):
            return False
        hi -= len(last)
    if lo > hi:
        # The fixed head and tail overlap in got.
        return False
    for piece in pieces[1:-1]:
        pos = got.find(piece, lo, hi)
        if pos < 0:
            return False
        lo = pos + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    # Keep only the bare class name of an exception line:
    # "pkg.mod.Error: detail" -> "Error".
    end = len(msg)
    nl = msg.find("\n")
    if nl >= 0:
        end = nl
    colon = msg.find(':', 0, end)
    if colon >= 0:
        end = colon
    start = msg.rfind('.', 0, end) + 1
    return msg[start:end]


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    modfile = getattr(module, '__file__', None)
    if modfile:
        basedir = os.path.dirname(modfile)
    elif module.__name__ == '__main__':
        basedir = os.path.dirname(sys.argv[0]) if sys.argv and sys.argv[0] else os.curdir
    else:
        for directory in getattr(module, '__path__', ()):
            candidate = os.path.join(directory, test_path)
            if os.path.exists(candidate):
                return candidate
        raise ValueError("Can't resolve paths relative to the module "
                         "%r (it has no __file__)" % module.__name__)
    return os.path.join(basedir, test_path)


def _need_pdb(what):
    if _pdb is None:
        raise NotImplementedError(
            "doctest.%s needs the pdb debugger, which Weft does not provide"
            % what)
    return _pdb


# ------------------------------------------------------- Example and DocTest

class Example:
    """One example: its source, the output it should give, and where it is.

    source ends with a newline; want is '' or ends with a newline; exc_msg
    is the expected exception line(s) or None; lineno counts from 0 within
    the docstring; options maps option flags to True/False overrides.
    """

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, run together in one namespace.

    Attributes: examples, globs (a copy of the dict given), name, filename,
    lineno (0-based line of the docstring in filename, or None), docstring.
    """

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise AssertionError("DocTest no longer accepts str; "
                                 "use DocTestParser instead")
        self.examples, self.docstring = examples, docstring
        self.globs = dict(globs)
        self.name, self.filename, self.lineno = name, filename, lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            count = 'no examples'
        elif n == 1:
            count = '1 example'
        else:
            count = '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                            self.filename, self.lineno, count)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and
                self.docstring == other.docstring and
                self.globs == other.globs and
                self.name == other.name and
                self.filename == other.filename and
                self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = -1 if self.lineno is None else self.lineno
        theirs = -1 if other.lineno is None else other.lineno
        return ((self.name, self.filename, mine, id(self)) <
                (other.name, other.filename, theirs, id(other)))


# -------------------------------------------------------------------- parser

class DocTestParser:
    """Splits text into Examples and the prose between them."""

    # An example: a '>>>' line, any '...' lines, then the expected output,
    # which runs until a blank line or the next '>>>' line.
    _EXAMPLE_RE = re.compile(r'''
        (?P<source>
            (?:^(?P<indent> [ ]*) >>>    .*)
            (?:\n           [ ]*  \.\.\. .*)*)
        \n?
        (?P<want> (?:(?![ ]*$)
                     (?![ ]*>>>)
                     .+$\n?
                  )*)
        ''', re.MULTILINE | re.VERBOSE)

    # Expected output that is a traceback: the header, anything, and the
    # exception line(s), which start at the first line that starts with a
    # word character.
    _EXCEPTION_RE = re.compile(r"""
        ^(?P<hdr> Traceback\ \(
            (?: most\ recent\ call\ last
            |   innermost\ last
            ) \) :
        )
        \s* $
        (?P<stack> .*?)
        ^ (?P<msg> \w+ .*)
        """, re.DOTALL | re.MULTILINE | re.VERBOSE)

    # source that is only blank or a comment yields no Example
    _is_blank_or_comment = re.compile(r'^ *(?:#.*)?$').match

    # "# doctest: +FLAG, -FLAG" directives inside example source
    _directive_re = re.compile(r'''\#\s*doctest:\s*([^\n'"]*)$''',
                               re.MULTILINE | re.VERBOSE)

    # leading spaces of every non-blank line
    _margin_re = re.compile(r'^( *)(?=\S)', re.MULTILINE)

    def parse(self, string, name='<string>'):
        """A list alternating between prose strings and Examples."""
        string = string.expandtabs()
        margin = self._min_indent(string)
        if margin > 0:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        pieces = []
        cursor = line_no = 0
        for match in self._EXAMPLE_RE.finditer(string):
            begin, end = match.span()
            prose = string[cursor:begin]
            pieces.append(prose)
            line_no += prose.count('\n')
            src, opts, expected, exc = self._parse_example(match, name,
                                                           line_no)
            if not self._is_blank_or_comment(src):
                col = margin + len(match.group('indent'))
                pieces.append(Example(src, expected, exc, lineno=line_no,
                                      indent=col, options=opts))
            line_no += string[begin:end].count('\n')
            cursor = end
        pieces.append(string[cursor:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs,
                       name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [p for p in self.parse(string, name) if isinstance(p, Example)]

    def _parse_example(self, m, name, lineno):
        width = len(m.group('indent'))
        pad = width * ' '
        src_rows = m.group('source').split('\n')
        self._check_prompt_blank(src_rows, width, name, lineno)
        self._check_prefix(src_rows[1:], pad + '.', name, lineno)
        # strip the indentation plus the 4-character prompt
        src = '\n'.join([row[width + 4:] for row in src_rows])

        out_rows = m.group('want').split('\n')
        if len(out_rows) > 1 and not out_rows[-1].strip(' '):
            # only indentation follows the final newline
            out_rows.pop()
        self._check_prefix(out_rows, pad, name, lineno + len(src_rows))
        expected = '\n'.join([row[width:] for row in out_rows])

        tb = self._EXCEPTION_RE.match(expected)
        return (src, self._find_options(src, name, lineno), expected,
                tb.group('msg') if tb is not None else None)

    def _find_options(self, source, name, lineno):
        found = {}
        for hit in self._directive_re.finditer(source):
            for word in hit.group(1).replace(',', ' ').split():
                sign, flag = word[:1], word[1:]
                if sign not in ('+', '-') or flag not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r'
                                     % (lineno + 1, name, word))
                found[OPTIONFLAGS_BY_NAME[flag]] = (sign == '+')
        if found and self._is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r'
                             % (lineno, name, source))
        return found

    def _min_indent(self, s):
        return min(map(len, self._margin_re.findall(s)), default=0)

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))


# -------------------------------------------------------------------- finder

class DocTestFinder:
    """Collects the DocTests of an object and of what it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        source_lines = self._source_lines(obj, module)

        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'

        collected = []
        self._find(collected, obj, name, module, source_lines, globs, {})
        return sorted(collected)

    def _source_lines(self, obj, module):
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            # Code made by exec() may still be in linecache under a
            # '<...>' name.
            path = inspect.getfile(obj)
            if not (path[:1] == '<' and path[-2:] == ']>'):
                return None
        if module is not None:
            lines = linecache.getlines(path, module.__dict__)
        else:
            lines = linecache.getlines(path)
        return lines or None

    def _from_module(self, module, obj):
        # Whether obj was defined in module (always true without a module).
        if module is None:
            return True
        objmod = inspect.getmodule(obj)
        if objmod is not None:
            return module is objmod
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj) or inspect.ismethodwrapper(obj):
            if hasattr(obj, '__objclass__'):
                return module.__name__ == obj.__objclass__.__module__
            if hasattr(obj, '__module__'):
                return module.__name__ == obj.__module__
            return True
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        found = self._get_test(obj, name, module, globs, source_lines)
        if found is not None:
            tests.append(found)

        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, val in list(obj.__dict__.items()):
                if ((self._is_routine(val) or inspect.isclass(val)) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, key), module,
                               source_lines, globs, seen)
            for key, val in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(key),))
                acceptable = (isinstance(val, str) or inspect.ismodule(val)
                              or inspect.isclass(val)
                              or inspect.isroutine(val))
                if not acceptable:
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, key),
                           module, source_lines, globs, seen)
        if inspect.isclass(obj):
            for key, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or
                        isinstance(val, property)) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, key), module,
                               source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        first = self._find_lineno(obj, source_lines)
        if not docstring and self._exclude_empty:
            return None
        where = None
        if module is not None:
            where = getattr(module, '__file__', None)
            if not where:
                where = module.__name__
            if where[-4:] == '.pyc':
                where = where[:-1]
        return self._parser.get_doctest(docstring, globs, name, where, first)

    def _find_lineno(self, obj, source_lines):
        # 0-based line of obj's docstring in source_lines, or None.
        lineno = None
        doc = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and doc is not None:
            lineno = 0
        if inspect.isclass(obj) and doc is not None:
            if source_lines is None:
                return None
            pat = re.compile(r'^\s*class\s*%s\b'
                             % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = inspect.unwrap(obj)
            obj = getattr(obj, '__code__', None)
            if obj is None:
                return None
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        # the docstring is on the first line, from the definition onwards,
        # where a string literal opens
        for idx in range(lineno, len(source_lines)):
            if _STRING_OPENER.match(source_lines[idx]):
                return idx
        return None


_STRING_OPENER = re.compile(r'(?:^|.*:)\s*\w*["\']')


# -------------------------------------------------------------------- runner

class DocTestRunner:
    """Runs DocTests, reports failures and keeps a tally per test name."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = OutputChecker() if checker is None else checker
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = self.skips = 0
        self._stats = {}
        self._fakeout = _SpoofOut()

    # Reporting hooks; subclasses may override them.

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        text = 'Trying:\n' + _indent(example.source)
        if example.want:
            text += 'Expecting:\n' + _indent(example.want)
        else:
            text += 'Expecting nothing\n'
        out(text)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        diff = self._checker.output_difference(example, got,
                                               self.optionflags)
        out(self._failure_header(test, example) + diff)

    def report_unexpected_exception(self, out, test, example, exc_info):
        trace = _indent(_exception_traceback(exc_info))
        out('%sException raised:\n%s'
            % (self._failure_header(test, example), trace))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s'
                         % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    def _run_examples(self, test, compileflags, out):
        failures = attempted = skips = 0
        base_flags = self.optionflags
        check = self._checker.check_output
        for index, example in enumerate(test.examples):
            attempted += 1
            # With REPORT_ONLY_FIRST_FAILURE, later examples still run but
            # say nothing once something failed.
            quiet = bool(base_flags & REPORT_ONLY_FIRST_FAILURE and failures)
            self.optionflags = base_flags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                skips += 1
                continue
            if not quiet:
                self.report_start(out, test, example)

            filename = '<doctest %s[%d]>' % (test.name, index)
            exc_info = None
            try:
                code = compile(example.source, filename, "single",
                               compileflags, True)
                exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            self._debugger_continue()

            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            ok = False
            unexpected = False
            if exc_info is None:
                ok = check(example.want, got, self.optionflags)
            else:
                exc_msg = self._exception_message(exc_info)
                if not quiet:
                    got += _exception_traceback(exc_info)
                if example.exc_msg is None:
                    unexpected = True
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    ok = True
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    ok = check(_strip_exception_details(example.exc_msg),
                               _strip_exception_details(exc_msg),
                               self.optionflags)

            if not ok:
                failures += 1
            if not quiet:
                if ok:
                    hook, detail = self.report_success, got
                elif unexpected:
                    hook, detail = self.report_unexpected_exception, exc_info
                else:
                    hook, detail = self.report_failure, got
                hook(out, test, example, detail)
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._tally(test.name, failures, attempted, skips)
        return TestResults(failures, attempted, skipped=skips)

    @staticmethod
    def _exception_message(exc_info):
        lines = traceback.format_exception_only(exc_info[0], exc_info[1])
        if issubclass(exc_info[0], SyntaxError):
            # Only the "SyntaxError: ..." line takes part in the comparison,
            # not the source line and caret shown above it.
            cls = exc_info[0]
            heads = ('%s:' % cls.__qualname__,
                     '%s.%s:' % (cls.__module__, cls.__qualname__))
            for i, line in enumerate(lines):
                if line.startswith(heads):
                    lines = lines[i:]
                    break
        return ''.join(lines)

    def _tally(self, key, nfail, ntried, nskipped):
        old = self._stats.get(key, (0, 0, 0))
        self._stats[key] = (old[0] + nfail, old[1] + ntried,
                            old[2] + nskipped)
        self.failures, self.tries, self.skips = (self.failures + nfail,
                                                 self.tries + ntried,
                                                 self.skips + nskipped)

    _LINECACHE_NAME_RE = re.compile(r'<doctest (?P<name>.+)'
                                    r'\[(?P<examplenum>\d+)\]>$')

    def _patched_getlines(self, filename, module_globals=None):
        # Tracebacks through an example show the example's own source.
        hit = self._LINECACHE_NAME_RE.match(filename)
        if hit is not None and hit.group('name') == self.test.name:
            ex = self.test.examples[int(hit.group('examplenum'))]
            return ex.source.splitlines(True)
        return self._real_getlines(filename, module_globals)

    def _debugger_continue(self):
        dbg = getattr(self, 'debugger', None)
        if dbg is not None:
            dbg.set_continue()

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run test's examples in test.globs, writing reports with out."""
        self.test = test
        flags = (compileflags if compileflags is not None
                 else _extract_future_flags(test.globs))
        real_stdout = sys.stdout
        if out is None:
            out = _stdout_writer(real_stdout)

        # everything that is swapped out while the examples run, restored
        # in the finally clause below
        prev_trace = sys.gettrace()
        prev_hook = sys.displayhook
        prev_getlines = self._real_getlines = linecache.getlines
        prev_pdb_trace = None
        dbg = None
        if _pdb is not None:
            dbg = _OutputRedirectingPdb(real_stdout)
            dbg.reset()
            prev_pdb_trace = _pdb.set_trace
        self.debugger = dbg

        sys.stdout = self._fakeout
        if dbg is not None:
            _pdb.set_trace = dbg.set_trace
        linecache.getlines = self._patched_getlines
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, flags, out)
        finally:
            sys.stdout = real_stdout
            sys.displayhook = prev_hook
            linecache.getlines = prev_getlines
            if prev_pdb_trace is not None:
                _pdb.set_trace = prev_pdb_trace
            sys.settrace(prev_trace)
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the tally of every test run so far; return TestResults."""
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        for name, counts in self._stats.items():
            nf, nt = counts[0], counts[1]
            assert nf <= nt
            if not nt:
                notests.append(name)
            elif not nf:
                passed.append((name, nt))
            else:
                failed.append((name, counts))
        stats = list(self._stats.values())
        total_failures = sum(c[0] for c in stats)
        total_tries = sum(c[1] for c in stats)
        total_skips = sum(c[2] for c in stats)

        if verbose:
            if notests:
                print('%s had no tests:' % _n_items(notests))
                for name in sorted(notests):
                    print('    %s' % name)
            if passed:
                print('%s passed all tests:' % _n_items(passed))
                for name, count in sorted(passed):
                    print(' %3d test%s in %s'
                          % (count, '' if count == 1 else 's', name))
        if failed:
            print(self.DIVIDER)
            print('%s had failures:' % _n_items(failed))
            for name, counts in sorted(failed):
                print(' %3d of %3d in %s' % (counts[0], counts[1], name))
        if verbose:
            print('%d test%s in %s.' % (total_tries,
                                        '' if total_tries == 1 else 's',
                                        _n_items(self._stats)))
            tail = (' and %d failed' % total_failures
                    if total_failures else '')
            print('%d passed%s.' % (total_tries - total_failures, tail))
        if total_failures:
            msg = '***Test Failed*** %d failure%s' % (
                total_failures, '' if total_failures == 1 else 's')
            if total_skips:
                msg += ' and %d skipped test%s' % (
                    total_skips, '' if total_skips == 1 else 's')
            print(msg + '.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries, skipped=total_skips)

    def merge(self, other):
        mine = self._stats
        for key, theirs in other._stats.items():
            base = mine.get(key, (0, 0, 0))
            mine[key] = tuple(a + b for a, b in zip(theirs, base))


def _stdout_writer(stream):
    # Write straight through for UTF-8 (or unknown) streams; otherwise
    # backslash-escape what the stream's encoding cannot represent.
    enc = getattr(stream, 'encoding', None)
    if enc is None or enc.lower() == 'utf-8':
        return stream.write

    def write(text):
        stream.write(text.encode(enc, 'backslashreplace').decode(enc))
    return write


def _n_items(items):
    n = len(items)
    return '%d item%s' % (n, '' if n == 1 else 's')


if _pdb is not None:
    class _OutputRedirectingPdb(_pdb.Pdb):
        # A debugger that talks to the real stdout while the examples'
        # output is being captured.
        def __init__(self, out):
            self.__out = out
            self.__used = False
            _pdb.Pdb.__init__(self, stdout=out, nosigint=True)
            self.use_rawinput = 1

        def set_trace(self, frame=None):
            self.__used = True
            if frame is None:
                frame = sys._getframe().f_back
            _pdb.Pdb.set_trace(self, frame)

        def set_continue(self):
            if self.__used:
                _pdb.Pdb.set_continue(self)

        def trace_dispatch(self, *args):
            saved = sys.stdout
            sys.stdout = self.__out
            try:
                return _pdb.Pdb.trace_dispatch(self, *args)
            finally:
                sys.stdout = saved


# ------------------------------------------------------------------- checker

class OutputChecker:
    """Compares expected and actual output under the option flags."""

    def _toAscii(self, s):
        return s.encode('ASCII', 'backslashreplace').decode('ASCII')

    def check_output(self, want, got, optionflags):
        exp, act = self._toAscii(want), self._toAscii(got)
        if exp == act:
            return True
        if (not optionflags & DONT_ACCEPT_TRUE_FOR_1
                and _BOOL_AS_INT.get(act) == exp):
            return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            # the marker stands for an empty line in the expectation, and a
            # whitespace-only line of output counts as empty
            exp = _BLANKLINE_IN_WANT.sub('', exp)
            act = _WS_ONLY_LINE.sub('', act)
            if exp == act:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            exp, act = ' '.join(exp.split()), ' '.join(act.split())
            if exp == act:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(exp, act)

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        # Unified and context diffs only pay off for longer outputs.
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _EMPTY_LINE_AHEAD.sub(BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            a = want.splitlines(True)
            b = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                label = 'unified diff with -expected +actual'
                body = list(difflib.unified_diff(a, b, n=2))[2:]
            elif optionflags & REPORT_CDIFF:
                label = 'context diff with expected followed by actual'
                body = list(difflib.context_diff(a, b, n=2))[2:]
            else:
                label = 'ndiff with -expected +actual'
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                body = list(differ.compare(a, b))
            return 'Differences (%s):\n%s' % (label, _indent(''.join(body)))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


_BOOL_AS_INT = {"True\n": "1\n", "False\n": "0\n"}
_BLANKLINE_IN_WANT = re.compile(r'^' + re.escape(BLANKLINE_MARKER) + r'\s*?$',
                                re.MULTILINE)
_WS_ONLY_LINE = re.compile(r'^[^\S\n]+$', re.MULTILINE)
_EMPTY_LINE_AHEAD = re.compile(r'^ *(?=\n)', re.MULTILINE)


class DocTestFailure(Exception):
    """An example's output did not match (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it did not expect (DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises on the first failure instead of reporting it.

    The globals are left as they are when it raises, so that they can be
    examined.
    """

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------- entry functions

# The runner that accumulates the results of testmod/testfile calls.
master = None


def _make_runner(raise_on_error, verbose, optionflags):
    cls = DebugRunner if raise_on_error else DocTestRunner
    return cls(verbose=verbose, optionflags=optionflags)


def _merge_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None,
            report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module m (default __main__).

    Returns TestResults(failed, attempted).
    """
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    runner = _make_runner(raise_on_error, verbose, optionflags)
    found = DocTestFinder(exclude_empty=exclude_empty).find(
        m, name, globs=globs, extraglobs=extraglobs)
    for t in found:
        runner.run(t)
    if report:
        runner.summarize()
    _merge_master(runner)
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples in a text file; returns TestResults.

    With module_relative (the default) filename is a '/'-separated path
    relative to the calling module's directory (or package's).
    """
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    content, where = _load_testfile(filename, package, module_relative,
                                    encoding or "utf-8")
    ns = dict(globs or {})
    ns.update(extraglobs or {})
    ns.setdefault('__name__', '__main__')
    runner = _make_runner(raise_on_error, verbose, optionflags)
    label = name if name is not None else os.path.basename(where)
    runner.run(parser.get_doctest(content, ns, label, where, 0))
    if report:
        runner.summarize()
    _merge_master(runner)
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples in f's own docstring (not those it contains)."""
    runner = DocTestRunner(optionflags=optionflags, verbose=verbose)
    shallow = DocTestFinder(verbose=verbose, recurse=False)
    for t in shallow.find(f, name, globs=globs):
        runner.run(t, compileflags=compileflags)


# ----------------------------------------------------------- unittest glue

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use by default; returns the old."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        test = self._dt_test
        self._dt_globs = test.globs.copy()
        if self._dt_setUp is not None:
            self._dt_setUp(test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        # Put back the globals the test started with.
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        saved = sys.stdout
        report = StringIO()
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker,
                               verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            results = runner.run(test, out=report.write, clear_globs=False)
            if results.skipped == results.attempted:
                raise unittest.SkipTest("all examples were skipped")
        finally:
            sys.stdout = saved
        if results.failed:
            raise self.failureException(
                self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        if test.lineno is None:
            lineno = 'unknown line number'
        else:
            lineno = '%s' % test.lineno
        lname = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n'
                '  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        """Run without a result object; failures raise DocTestFailure or
        UnexpectedException."""
        self.setUp()
        DebugRunner(checker=self._dt_checker, verbose=False,
                    optionflags=self._dt_optionflags).run(
                        self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and
                self._dt_optionflags == other._dt_optionflags and
                self._dt_setUp == other._dt_setUp and
                self._dt_tearDown == other._dt_tearDown and
                self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split('.')
        return "%s (%s)" % (parts[-1], '.'.join(parts[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 "
                      "and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _KeepingSuite(unittest.TestSuite):
    # Cases stay in the suite after a run so that it can be inspected.
    def _removeTestAtIndex(self, index):
        return None


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite with one DocTestCase per docstring with examples.

    Keyword options: setUp, tearDown (called with the DocTest), optionflags,
    checker.
    """
    mod = _normalize_module(module)
    finder = test_finder if test_finder is not None else DocTestFinder()
    found = finder.find(mod, globs=globs, extraglobs=extraglobs)
    suite = _KeepingSuite()
    if not found and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(mod))
        return suite
    for t in sorted(found):
        if t.examples:
            if not t.filename:
                src = mod.__file__
                t.filename = src[:-1] if src.endswith('.pyc') else src
            suite.addTest(DocTestCase(t, **options))
    return suite


class DocFileCase(DocTestCase):

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None,
                globs=None, parser=DocTestParser(),
                encoding=None, **options):
    ns = dict(globs) if globs is not None else {}
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, where = _load_testfile(path, package, module_relative,
                                 encoding or "utf-8")
    ns.setdefault("__file__", where)
    dt = parser.get_doctest(text, ns, os.path.basename(where), where, 0)
    return DocFileCase(dt, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase per text file.

    Keyword options: module_relative, package, setUp, tearDown, globs,
    optionflags, parser, encoding.
    """
    if kw.get('module_relative', True):
        pkg = kw.get('package')
        kw['package'] = _normalize_module(pkg)
    suite = _KeepingSuite()
    suite.addTests([DocFileTest(p, **kw) for p in paths])
    return suite


# ------------------------------------------------------------ debugging aids

def script_from_examples(s):
    """Turn text with examples into a script: the examples become code and
    everything else (expected output included) becomes comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + l for l in piece.want.split('\n')[:-1])
        else:
            lines.extend(_comment_line(l) for l in piece.split('\n')[:-1])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script form of the examples of the named docstring in module."""
    module = _normalize_module(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, "not found in tests")


def debug_src(src, pm=False, globs=None):
    """Debug the examples in the text src."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    """Debug a script given as a string."""
    pdb_mod = _need_pdb('debug_script')
    ns = dict(globs) if globs else {}
    dbg = pdb_mod.Pdb(nosigint=True)
    if not pm:
        dbg.run("exec(%r)" % (src,), ns, ns)
        return
    try:
        exec(src, ns, ns)
    except BaseException as exc:
        print(exc)
        dbg.reset()
        dbg.interaction(None, exc.__traceback__)


def debug(module, name, pm=False):
    """Debug the examples of the named docstring in module."""
    _need_pdb('debug')
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


# ------------------------------------------------------------- command line

_CLI_ARGS = (
    (('-v', '--verbose'),
     dict(action='store_true', default=False,
          help='print very verbose output for all tests')),
    (('-o', '--option'),
     dict(action='append', default=[], choices=OPTIONFLAGS_BY_NAME.keys(),
          help='specify a doctest option flag to apply to the test run; '
               'may be specified more than once to apply multiple options')),
    (('-f', '--fail-fast'),
     dict(action='store_true',
          help='stop running tests after first failure (this is a '
               'shorthand for -o FAIL_FAST, and is in addition to any '
               'other -o options)')),
    (('file',),
     dict(nargs='+', help='file containing the tests to run')),
)


def _test():
    import argparse
    cli = argparse.ArgumentParser(description="doctest runner")
    for names, spec in _CLI_ARGS:
        cli.add_argument(*names, **spec)
    ns = cli.parse_args()
    flags = FAIL_FAST if ns.fail_fast else 0
    for flag_name in ns.option:
        flags |= OPTIONFLAGS_BY_NAME[flag_name]
    for path in ns.file:
        if path.endswith(".py"):
            # import it as a module, found in its own directory
            folder, base = os.path.split(path)
            sys.path.insert(0, folder)
            try:
                target = __import__(base[:-3])
            finally:
                del sys.path[0]
            outcome = testmod(target, verbose=ns.verbose, optionflags=flags)
        else:
            outcome = testfile(path, module_relative=False,
                               verbose=ns.verbose, optionflags=flags)
        if outcome[0]:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
