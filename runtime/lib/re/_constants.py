"""Constants shared by the parts of Weft's re package, and the error class.

The numeric flag values are the ones CPython uses, so that programs that store
or combine them as plain integers keep working.
"""

# Flag bits (re.RegexFlag is built from these in re/__init__.py).
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_DEBUG = 128
FLAG_ASCII = 256

# The flags that select what \w, \d, \s, \b and case folding mean.
TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE

# Letters accepted in inline flag groups such as (?i) and (?i-m:...).
INLINE_FLAGS = {
    'i': FLAG_IGNORECASE,
    'L': FLAG_LOCALE,
    'm': FLAG_MULTILINE,
    's': FLAG_DOTALL,
    'x': FLAG_VERBOSE,
    'a': FLAG_ASCII,
    'u': FLAG_UNICODE,
}

# Largest repeat count (exclusive) and group count, as in CPython's _sre.
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


class PatternError(Exception):
    """Raised for an invalid regular expression or replacement template.

    msg is the bare message; pattern and pos (an index into the pattern) say
    where the problem was found, and lineno/colno give the same place as a
    line and column when a position is known.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            text = msg
            self.lineno = self.colno = None
        super().__init__(text)


PatternError.__module__ = 're'
