# email.feedparser: a parser that is fed text and builds a message tree.
#
# Data handed to feed() is buffered; the message tree is built by close().
# Parsing never raises for malformed input: problems are recorded as
# defects on the message objects (unless the policy says to raise).

__all__ = ['BytesFeedParser', 'FeedParser']

import re

from email import errors
from email._policybase import compat32

# any of the three line endings
_EOL = '\r\n|\r|\n'
NLCRE = re.compile(_EOL)
NLCRE_bol = NLCRE_crack = re.compile('(%s)' % _EOL)
NLCRE_eol = re.compile('(%s)\\Z' % _EOL)
# a Unix From line, a header line (printable name without ':', then
# ':'), or a continuation line
headerRE = re.compile('^(From |[!-9;-~]*:|[\t ])')
EMPTYSTRING = ''
NL = '\n'
# what may follow a boundary: '--' (closing), blanks, a line ending
boundaryendRE = re.compile(
    '(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>%s)?$' % _EOL)

_LINE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')


class _LineSource:
    """The input lines with a cursor and a stack of end-of-part tests;
    a line matching the innermost test reads as end of input ('')."""

    def __init__(self, text):
        self._lines = _LINE.findall(text)
        self._pos = 0
        self._ends = []

    def push_eof_matcher(self, pred):
        self._ends.append(pred)

    def pop_eof_matcher(self):
        return self._ends.pop()

    def readline(self):
        if self._pos >= len(self._lines):
            return ''
        line = self._lines[self._pos]
        for test in reversed(self._ends):
            if test(line):
                return ''
        self._pos += 1
        return line

    def unreadline(self, line):
        self._pos -= 1
        self._lines[self._pos] = line

    def __iter__(self):
        while True:
            line = self.readline()
            if line == '':
                return
            yield line


class FeedParser:
    """Parse a message pushed in pieces with feed(); close() returns it."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._old_style_factory = False
        if _factory is None:
            if policy.message_factory is None:
                from email.message import Message
                self._factory = Message
            else:
                self._factory = policy.message_factory
        else:
            self._factory = _factory
            try:
                _factory(policy=self.policy)
            except TypeError:
                self._old_style_factory = True
        self._chunks = []
        self._msgstack = []
        self._cur = None
        self._last = None
        self._headersonly = False
        self._closed = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Add more data to be parsed."""
        self._chunks.append(data)

    def close(self):
        """Parse all the data fed so far and return the root message."""
        self._input = _LineSource(EMPTYSTRING.join(self._chunks))
        self._chunks = []
        self._parse()
        root = self._pop_message()
        if (root.get_content_maintype() == 'multipart'
                and not root.is_multipart() and not self._headersonly):
            self.policy.handle_defect(
                root, errors.MultipartInvariantViolationDefect())
        return root

    def _new_message(self):
        if self._old_style_factory:
            msg = self._factory()
        else:
            msg = self._factory(policy=self.policy)
        if self._cur and self._cur.get_content_type() == 'multipart/digest':
            msg.set_default_type('message/rfc822')
        if self._msgstack:
            self._msgstack[-1].attach(msg)
        self._msgstack.append(msg)
        self._cur = msg
        self._last = msg

    def _pop_message(self):
        msg = self._msgstack.pop()
        self._cur = self._msgstack[-1] if self._msgstack else None
        return msg

    def _rest(self):
        return EMPTYSTRING.join(self._input)

    def _parse(self):
        """Parse one message (headers and body) from the current input."""
        self._new_message()
        src = self._input
        headers = []
        for line in src:
            if not headerRE.match(line):
                if not NLCRE.match(line):
                    self.policy.handle_defect(
                        self._cur, errors.MissingHeaderBodySeparatorDefect())
                    src.unreadline(line)
                break
            headers.append(line)
        self._parse_headers(headers)
        cur = self._cur
        if self._headersonly:
            cur.set_payload(self._rest())
            return
        ctype = cur.get_content_type()
        if ctype == 'message/delivery-status':
            # a series of header blocks separated by blank lines
            while True:
                src.push_eof_matcher(NLCRE.match)
                self._parse()
                self._pop_message()
                src.pop_eof_matcher()
                src.readline()           # the blank line
                line = src.readline()
                if line == '':
                    break
                src.unreadline(line)
            return
        if cur.get_content_maintype() == 'message':
            self._parse()
            self._pop_message()
            return
        if cur.get_content_maintype() == 'multipart':
            self._parse_multipart(cur)
            return
        cur.set_payload(self._rest())

    def _parse_multipart(self, cur):
        src = self._input
        boundary = cur.get_boundary()
        if boundary is None:
            self.policy.handle_defect(cur, errors.NoBoundaryInMultipartDefect())
            cur.set_payload(self._rest())
            return
        if (str(cur.get('content-transfer-encoding', '8bit')).lower()
                not in ('7bit', '8bit', 'binary')):
            self.policy.handle_defect(
                cur, errors.InvalidMultipartContentTransferEncodingDefect())
        separator = '--' + boundary

        def boundarymatch(line):
            if not line.startswith(separator):
                return None
            return boundaryendRE.match(line, len(separator))

        in_preamble = True
        preamble = []
        linesep = False
        closed = False
        while True:
            line = src.readline()
            if line == '':
                break
            mo = boundarymatch(line)
            if not mo:
                preamble.append(line)
                continue
            if mo.group('end'):
                closed = True
                linesep = mo.group('linesep')
                break
            if in_preamble:
                if preamble:
                    # the newline before the boundary belongs to it
                    last = preamble[-1]
                    eol = NLCRE_eol.search(last)
                    if eol:
                        preamble[-1] = last[:-len(eol.group(0))]
                    cur.preamble = EMPTYSTRING.join(preamble)
                in_preamble = False
                src.unreadline(line)
                continue
            # skip repeated boundary lines
            while True:
                line = src.readline()
                if not boundarymatch(line):
                    if line != '':
                        src.unreadline(line)
                    break
            src.push_eof_matcher(boundarymatch)
            self._parse()
            last = self._last
            if last.get_content_maintype() == 'multipart':
                epilogue = last.epilogue
                if epilogue == '':
                    last.epilogue = None
                elif epilogue is not None:
                    eol = NLCRE_eol.search(epilogue)
                    if eol:
                        last.epilogue = epilogue[:-len(eol.group(0))]
            else:
                payload = last._payload
                if isinstance(payload, str):
                    eol = NLCRE_eol.search(payload)
                    if eol:
                        last._payload = payload[:-len(eol.group(0))]
            src.pop_eof_matcher()
            self._pop_message()
            self._last = self._cur
        if in_preamble:
            self.policy.handle_defect(cur, errors.StartBoundaryNotFoundDefect())
            cur.set_payload(EMPTYSTRING.join(preamble))
            self._rest()
            cur.epilogue = ''
            return
        if not closed:
            self.policy.handle_defect(cur, errors.CloseBoundaryNotFoundDefect())
            return
        epilogue = [''] if linesep else []
        epilogue.extend(src)
        if epilogue:
            bol = NLCRE_bol.match(epilogue[0])
            if bol:
                epilogue[0] = epilogue[0][len(bol.group(0)):]
        cur.epilogue = EMPTYSTRING.join(epilogue)

    def _parse_headers(self, lines):
        name = ''
        value_lines = []
        for lineno, line in enumerate(lines):
            if line[0] in ' \t':
                if not name:
                    self.policy.handle_defect(
                        self._cur, errors.FirstHeaderLineIsContinuationDefect(
                            line))
                    continue
                value_lines.append(line)
                continue
            if name:
                self._cur.set_raw(*self.policy.header_source_parse(
                    value_lines))
                name, value_lines = '', []
            if line.startswith('From '):
                if lineno == 0:
                    eol = NLCRE_eol.search(line)
                    if eol:
                        line = line[:-len(eol.group(0))]
                    self._cur.set_unixfrom(line)
                    continue
                if lineno == len(lines) - 1:
                    # the body begins with a From line; give it back
                    self._input.unreadline(line)
                    return
                self._cur.defects.append(
                    errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(':')
            if colon == 0:
                self._cur.defects.append(
                    errors.InvalidHeaderDefect("Missing header name."))
                continue
            name = line[:colon]
            value_lines = [line]
        if name:
            self._cur.set_raw(*self.policy.header_source_parse(value_lines))


class BytesFeedParser(FeedParser):
    """A FeedParser that is fed bytes."""

    def feed(self, data):
        text = data.decode('ascii', errors='surrogateescape')
        super().feed(text)
