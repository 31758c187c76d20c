# codeop: compile Python source typed interactively, telling complete
# statements apart from ones that still need more input.

import __future__
import re
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# The standard compiler flag values.  Weft's compile() accepts them but
# does not act on them, so input that merely stops too early is recognised
# below from the errors compile() raises.
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_features = [getattr(__future__, name)
             for name in __future__.all_feature_names]

# Messages that only arise when the source ends before a construct does.
_EOF_MESSAGES = (
    "unexpected EOF while parsing",
    "incomplete input",
)

# Messages about a bracket or string still open at the end; the parser may
# have failed earlier, so these are checked by closing what is open.
_OPEN_MESSAGES = (
    "was never closed",
    "unterminated triple-quoted",
)

_CLOSERS = {"(": ")", "[": "]", "{": "}"}


def _scan_open(source):
    """Return (closers, quote, start): the closing brackets still needed
    at the end of *source*, innermost last, and the quotes and start index
    of a triple-quoted string left open (or "" and len(source))."""
    stack = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "#":
            j = source.find("\n", i)
            i = n if j < 0 else j
        elif c in "([{":
            stack.append(_CLOSERS[c])
            i += 1
        elif c in ")]}":
            if stack:
                stack.pop()
            i += 1
        elif c in "'\"":
            quote = source[i:i + 3] if source[i:i + 3] == c * 3 else c
            start = i
            i += len(quote)
            while i < n:
                ch = source[i]
                if ch == "\\":
                    i += 2
                elif source.startswith(quote, i):
                    break
                elif ch == "\n" and len(quote) == 1:
                    break
                else:
                    i += 1
            else:
                if len(quote) == 3:
                    return stack, quote, start
            i += len(quote)
        else:
            i += 1
    return stack, "", len(source)


def _error_reaches_end(err, source):
    """True when *err*, raised for a longer text starting with *source*,
    lies at or beyond the end of *source*."""
    lines = source.split("\n")
    end_line, end_col = len(lines), len(lines[-1]) + 1
    lineno, offset = err.lineno, err.offset
    if lineno is None:
        return False
    if lineno > end_line:
        return True
    if lineno == end_line and (offset is None or offset <= 0
                               or offset >= end_col):
        return True
    return False


def _prefix_of_valid(source, symbol):
    """Close the brackets and string left open in *source* and report
    whether the parser then gets past the end of the original text."""
    closers, quote, start = _scan_open(source)
    # An open string stops the tokenizer, so the parser only saw what
    # comes before it: errors from the string on count as "at the end".
    boundary = source[:start]
    tail = "".join(reversed(closers))
    attempts = [quote + tail]
    if not quote:
        attempts.append("0" + tail)
    for extra in attempts:
        try:
            compile(source + extra, "<input>", symbol, 0, True)
            return True
        except SyntaxError as err:
            # errors without source text come after parsing succeeded
            if err.text is None or _error_reaches_end(err, boundary):
                return True
        except (ValueError, OverflowError):
            return True
    return False


def _past_text(err):
    """True when the error position lies after the text of its line."""
    offset = err.offset
    if offset is None or offset <= 0:
        return True
    text = err.text
    if text is None:
        return False
    return offset > len(text.rstrip())


def _looks_incomplete(err, source, symbol):
    """Guess whether a SyntaxError raised for *source* only means that the
    input stopped early (the parser ran into the end of the input)."""
    msg = err.msg if isinstance(err.msg, str) else str(err)
    for m in _EOF_MESSAGES:
        if m in msg:
            return True
    for m in _OPEN_MESSAGES:
        if m in msg:
            return _prefix_of_valid(source, symbol)
    lines = source.rstrip().split("\n")
    if err.lineno is None or err.lineno < len(lines):
        return False
    if isinstance(err, IndentationError):
        if not msg.startswith("expected an indented block"):
            return False
        # incomplete when nothing but blank lines and comments follows
        # the block header
        m = re.search(r"on line (\d+)$", msg)
        if m is None:
            return _past_text(err)
        for line in source.split("\n")[int(m.group(1)):]:
            line = line.strip()
            if line and not line.startswith("#"):
                return False
        return True
    end = getattr(err, "end_offset", None)
    return end in (0, -1) and _past_text(err)


class _IncompleteInputError(SyntaxError):
    """Raised by Compile when the source ends in the middle of a statement."""


def _compile(source, filename, symbol, flags):
    try:
        return compile(source, filename, symbol, flags, True)
    except SyntaxError as err:
        if flags & PyCF_ALLOW_INCOMPLETE_INPUT and \
                _looks_incomplete(err, source, symbol):
            raise _IncompleteInputError(
                "incomplete input",
                (err.filename, err.lineno, err.offset, err.text,
                 err.lineno, -1)) from None
        raise


def _maybe_compile(compiler, source, filename, symbol):
    # Blank lines and comments on their own count as an empty statement.
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"

    with warnings.catch_warnings():
        # warnings are left for the final compilation below
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        if _needs_more(compiler, source, filename, symbol):
            return None

    return compiler(source, filename, symbol, incomplete_input=False)


def _needs_more(compiler, source, filename, symbol):
    # Incomplete input fails to compile as it is but compiles (or fails
    # only as "incomplete") once a newline is added.
    try:
        compiler(source, filename, symbol)
        return False
    except SyntaxError:
        pass
    try:
        compiler("%s\n" % source, filename, symbol)
    except _IncompleteInputError:
        return True
    except SyntaxError:
        return False
    return True


def compile_command(source, filename="<input>", symbol="single"):
    """Compile a command; return a code object, or None when the command
    is incomplete, or raise SyntaxError/ValueError/OverflowError when it
    is invalid."""
    return _maybe_compile(Compile(), source, filename, symbol)


class Compile:
    """Like the builtin compile(), but remembers __future__ statements
    seen so far and applies them to later compilations."""

    def __init__(self):
        self.flags = _INTERACTIVE_FLAGS

    def __call__(self, source, filename, symbol, flags=0, **kwargs):
        effective = flags | self.flags
        if kwargs.get('incomplete_input', True) is False:
            effective &= ~_INTERACTIVE_FLAGS
        code = _compile(source, filename, symbol, effective)
        seen = getattr(code, "co_flags", 0)
        # remember every __future__ feature the code turned on
        for feat in _features:
            bit = feat.compiler_flag
            if seen & bit:
                self.flags |= bit
        return code


_INTERACTIVE_FLAGS = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT


class CommandCompiler:
    """Callable like compile_command(), but keeps the __future__
    statements it has seen in effect for later commands."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
