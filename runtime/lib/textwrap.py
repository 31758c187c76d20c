"""Text wrapping and filling: Weft's implementation of textwrap.

Behaviour follows CPython 3.13's textwrap documentation: wrap(), fill(),
shorten(), dedent(), indent() and the TextWrapper class with its options.

Wrapping works on chunks: runs of whitespace, and words.  With
break_on_hyphens, a hyphenated word is also split after its hyphens
("well-" "known") and a dash of two or more hyphens between words ("--")
is a chunk of its own.  Lines are then filled greedily with chunks.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts as whitespace for wrapping (so a no-break
# space, for instance, stays inside its word).
_WHITESPACE = '\t\n\x0b\x0c\r '
_WHITESPACE_SET = frozenset(_WHITESPACE)


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    """A word character that is not a decimal digit."""
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    """Characters that may end a word before an em-dash."""
    return _is_word(c) or c in '!"\'&.,?'


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _dash_follows(text, i):
    """Two or more hyphens at text[i:], then a word character."""
    j = i
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _hyphen_break(text, j):
    """True when a compound word may be broken after the hyphen text[j]."""
    # Before the hyphen: two letters, or letter-hyphen-letter ("e-m-ail").
    if not (_letter_at(text, j - 1) and
            (_letter_at(text, j - 2) or
             (j >= 3 and text[j - 2] == '-' and _letter_at(text, j - 3)))):
        return False
    # After it: a letter, then a letter (possibly after one more hyphen).
    if not _letter_at(text, j + 1):
        return False
    if _letter_at(text, j + 2):
        return True
    return j + 2 < len(text) and text[j + 2] == '-' and _letter_at(text, j + 3)


def _split_chunks(text, break_on_hyphens):
    """Split text into whitespace runs and words (see the module doc)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _WHITESPACE_SET:
            j = i + 1
            while j < n and text[j] in _WHITESPACE_SET:
                j += 1
        elif not break_on_hyphens:
            j = i + 1
            while j < n and text[j] not in _WHITESPACE_SET:
                j += 1
        elif (text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]) and
              _dash_follows(text, i)):
            # An em-dash between words is a chunk of its own.
            j = i
            while text[j] == '-':
                j += 1
        else:
            # A word: ends at whitespace or the end, right after a hyphen
            # that breaks a compound word, or before an em-dash.
            j = i + 1
            while True:
                if j >= n or text[j] in _WHITESPACE_SET:
                    break
                if text[j] == '-' and _hyphen_break(text, j):
                    j += 1
                    break
                if _is_word_punct(text[j - 1]) and _dash_follows(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


# A sentence ends with a lowercase letter and . ! or ?, maybe then a quote.
_SENTENCE_END = re.compile(r'[a-z][.!?]["\']?\Z')


class TextWrapper:
    """Wrap paragraphs of text; the options are attributes that may be
    changed between calls (see the textwrap documentation)."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- preparing the text --

    def _munge_whitespace(self, text):
        """Expand tabs, then turn each whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate({ord(c): ' ' for c in _WHITESPACE})
        return text

    def _split(self, text):
        return _split_chunks(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after sentence endings (chunks is changed)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _SENTENCE_END.search(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- filling lines --

    def _handle_long_word(self, pending, line, line_len, width):
        """The next chunk (pending[-1]) does not fit on any line: put as
        much of it as fits on this line (preferably up to a hyphen)."""
        space_left = width - line_len if width >= 1 else 1
        chunk = pending[-1]
        if self.break_long_words:
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            if chunk[cut:]:
                pending[-1] = chunk[cut:]
            else:
                # Only when the indent leaves no room (width < 1): do not
                # keep an empty chunk around (it would never be consumed).
                pending.pop()
        elif not line:
            # Not allowed to break it: the word gets a line of its own.
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        drop = self.drop_whitespace
        lines = []
        pending = chunks[::-1]       # next chunk at the end
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line goes, except on the first.
            if drop and lines and not pending[-1].strip():
                pending.pop()
            line = []
            line_len = 0
            while pending and line_len + len(pending[-1]) <= width:
                chunk = pending.pop()
                line.append(chunk)
                line_len += len(chunk)
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, line_len, width)
                line_len = sum(len(c) for c in line)
            # Whitespace at the end of a line goes too.
            if drop and line and not line[-1].strip():
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_empty = not pending or (
                drop and len(pending) == 1 and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (rest_is_empty and line_len <= width)):
                lines.append(indent + ''.join(line))
                continue
            # This is the last line allowed and text remains: end it with
            # the placeholder, dropping chunks until it fits.
            while line:
                if line[-1].strip() and line_len + len(placeholder) <= width:
                    line.append(placeholder)
                    lines.append(indent + ''.join(line))
                    break
                line_len -= len(line[-1])
                line.pop()
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(placeholder) <= self.width:
                        lines[-1] = previous + placeholder
                        break
                lines.append(indent + placeholder.lstrip())
            break
        return lines

    # -- public interface --

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters
        (no final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and return it as one string of lines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph into one string of lines (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to width, ending it
    with the placeholder when words had to go."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace common to the start of every line.

    Spaces and tabs count (a tab is not a number of spaces); lines made only
    of spaces and tabs are emptied and do not count.
    """
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[i] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
            continue
        # Keep the longest common prefix of the two.
        k = 0
        while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
            k += 1
        margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true;
    by default, to the lines that are not only whitespace."""
    out = []
    for line in text.splitlines(True):
        if (not line.isspace()) if predicate is None else predicate(line):
            out.append(prefix)
        out.append(line)
    return ''.join(out)
