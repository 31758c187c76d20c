"""A lexical analyzer for shell-like syntax: Weft's implementation of shlex.

The shlex class reads characters from a stream and groups them into
tokens with a small state machine.  Its state is one of:

  ' '   between tokens (skipping whitespace)
  'a'   inside a word
  'c'   inside a run of punctuation characters (punctuation_chars mode)
  a quote character      inside a quoted section opened by that character
  an escape character    just after that escape character
  None  the end of the input has been reached

In POSIX mode quotes are removed and may join parts of one word, escapes
are honoured, and the end of input is reported as None; the non-POSIX
mode keeps quotes in tokens and reports the end of input as ''.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_LATIN1_LETTERS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                   'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """Tokenizer for simple shell-like languages (see the module docstring)."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        # (the historical value has 'f' before 'e'; kept for equality)
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                          '0123456789_')
        if posix:
            self.wordchars += _LATIN1_LETTERS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = pchars = punctuation_chars
        if pchars:
            # Characters read past the end of a punctuation run are put back
            # here, ahead of the stream.
            self._pushback_chars = deque()
            # Characters common in file names join words in this mode.
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token onto the stack popped by get_token."""
        if self.debug >= 1:
            print('shlex: pushing token ' + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read input from newstream until it ends, then resume."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is None:
                print('shlex: pushing to stream %s' % (newstream,))
            else:
                print('shlex: pushing to file %s' % (newfile,))

    def pop_source(self):
        """Close the current input source and resume the previous one."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream,
                                                     self.lineno))
        self.state = ' '

    def get_token(self):
        """Return the next token, from the pushback stack or the input."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print('shlex: popping token ' + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                included = self.sourcehook(self.read_token())
                if included:
                    self.push_source(included[1], included[0])
                raw = self.get_token()
        # At the end of an included source, go back to the including one.
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print('shlex: token=' + repr(raw))
            else:
                print('shlex: token=EOF')
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one raw token from the input, ignoring the pushback stack."""
        quoted = False
        # The state to return to once an escaped character has been read.
        resume = ' '
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print('shlex: in state %r I see character: %r' % (self.state,
                                                                   ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print('shlex: I see whitespace in whitespace state')
                    if self.token or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                elif self.posix and ch in self.escape:
                    resume = 'a'
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = 'a'
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = 'c'
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = 'a'
                else:
                    # Any other character is a token by itself.
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break
                    continue
            elif state in self.quotes:
                quoted = True
                if not ch:
                    if self.debug >= 2:
                        print('shlex: I see EOF in quotes state')
                    raise ValueError('No closing quotation')
                if ch == state:
                    if not self.posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif (self.posix and ch in self.escape
                      and state in self.escapedquotes):
                    resume = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    if self.debug >= 2:
                        print('shlex: I see EOF in escape state')
                    raise ValueError('No escaped character')
                # Inside quotes only the quote itself and the escape
                # character can be escaped; otherwise the backslash stays.
                if resume in self.quotes and ch != state and ch != resume:
                    self.token += state
                self.token += ch
                self.state = resume
            elif state in ('a', 'c'):
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print('shlex: I see whitespace in word state')
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = ' '
                        if self.token or (self.posix and quoted):
                            break
                        continue
                elif state == 'c':
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = ' '
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    resume = 'a'
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split
                          and ch not in self._punctuation_chars)):
                    self.token += ch
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    if self.debug >= 2:
                        print('shlex: I see punctuation in word state')
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                    continue
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print('shlex: raw token=' + repr(result))
            else:
                print('shlex: raw token=EOF')
        return result

    def sourcehook(self, newfile):
        """Open the file named after the source keyword; return (name, file)."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # Relative names are relative to the file being read, as in cpp.
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            here = os.path.dirname(self.infile)
            newfile = os.path.join(here, newfile)
        return (newfile, open(newfile, 'r'))

    def error_leader(self, infile=None, lineno=None):
        """Return a leader for error messages in the C compiler's format."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError('s argument must not be None')
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Quote each argument and join them with spaces."""
    return ' '.join(quote(arg) for arg in split_command)


_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII)


def quote(s):
    """Quote s so that a POSIX shell reads it back as one word."""
    if not s:
        return "''"
    if _unsafe.search(s) is None:
        return s
    # Close the single quotes, add a double-quoted ', and reopen them.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def _print_tokens(lexer):
    while True:
        tt = lexer.get_token()
        if not tt:
            break
        print('Token: ' + repr(tt))
