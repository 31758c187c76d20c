"""A non-validating XML 1.0 parser with the interface of pyexpat.

The parser is incremental: Parse() may be handed the document in pieces, and
each call reports every event that the text seen so far makes certain.  Text is
decoded first (from the encoding named by a byte order mark, the XML
declaration or ParserCreate), line ends are folded to '\\n', and the tokenizer
then works on a string buffer.  A token cut short by the end of the buffer is
left there until more text arrives, or reported as unclosed on the final call.

Errors carry expat's codes, messages and positions (lines from 1, columns in
characters from 0).  The internal DTD subset is read for general entity
declarations, comments and processing instructions; element, attribute-list
and notation declarations are skipped, and external entities are never read.
"""

import codecs as _codecs
import re as _re
import sys as _sys
import types as _types

EXPAT_VERSION = 'expat_2.6.3'
version_info = (2, 6, 3)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    """Raised when the document is not well-formed; has code, lineno, offset."""


ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError

_ERROR_NAMES = [
    ('XML_ERROR_NO_MEMORY', 'out of memory'),
    ('XML_ERROR_SYNTAX', 'syntax error'),
    ('XML_ERROR_NO_ELEMENTS', 'no element found'),
    ('XML_ERROR_INVALID_TOKEN', 'not well-formed (invalid token)'),
    ('XML_ERROR_UNCLOSED_TOKEN', 'unclosed token'),
    ('XML_ERROR_PARTIAL_CHAR', 'partial character'),
    ('XML_ERROR_TAG_MISMATCH', 'mismatched tag'),
    ('XML_ERROR_DUPLICATE_ATTRIBUTE', 'duplicate attribute'),
    ('XML_ERROR_JUNK_AFTER_DOC_ELEMENT', 'junk after document element'),
    ('XML_ERROR_PARAM_ENTITY_REF', 'illegal parameter entity reference'),
    ('XML_ERROR_UNDEFINED_ENTITY', 'undefined entity'),
    ('XML_ERROR_RECURSIVE_ENTITY_REF', 'recursive entity reference'),
    ('XML_ERROR_ASYNC_ENTITY', 'asynchronous entity'),
    ('XML_ERROR_BAD_CHAR_REF', 'reference to invalid character number'),
    ('XML_ERROR_BINARY_ENTITY_REF', 'reference to binary entity'),
    ('XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF',
     'reference to external entity in attribute'),
    ('XML_ERROR_MISPLACED_XML_PI',
     'XML or text declaration not at start of entity'),
    ('XML_ERROR_UNKNOWN_ENCODING', 'unknown encoding'),
    ('XML_ERROR_INCORRECT_ENCODING',
     'encoding specified in XML declaration is incorrect'),
    ('XML_ERROR_UNCLOSED_CDATA_SECTION', 'unclosed CDATA section'),
    ('XML_ERROR_EXTERNAL_ENTITY_HANDLING',
     'error in processing external entity reference'),
    ('XML_ERROR_NOT_STANDALONE', 'document is not standalone'),
    ('XML_ERROR_UNEXPECTED_STATE',
     'unexpected parser state - please send a bug report'),
    ('XML_ERROR_ENTITY_DECLARED_IN_PE', 'entity declared in parameter entity'),
    ('XML_ERROR_FEATURE_REQUIRES_XML_DTD',
     'requested feature requires XML_DTD support in Expat'),
    ('XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING',
     'cannot change setting once parsing has begun'),
    ('XML_ERROR_UNBOUND_PREFIX', 'unbound prefix'),
    ('XML_ERROR_UNDECLARING_PREFIX', 'must not undeclare prefix'),
    ('XML_ERROR_INCOMPLETE_PE', 'incomplete markup in parameter entity'),
    ('XML_ERROR_XML_DECL', 'XML declaration not well-formed'),
    ('XML_ERROR_TEXT_DECL', 'text declaration not well-formed'),
    ('XML_ERROR_PUBLICID', 'illegal character(s) in public id'),
    ('XML_ERROR_SUSPENDED', 'parser suspended'),
    ('XML_ERROR_NOT_SUSPENDED', 'parser not suspended'),
    ('XML_ERROR_ABORTED', 'parsing aborted'),
    ('XML_ERROR_FINISHED', 'parsing finished'),
    ('XML_ERROR_SUSPEND_PE', 'cannot suspend in external parameter entity'),
    ('XML_ERROR_RESERVED_PREFIX_XML', 'reserved prefix (xml) must not be '
     'undeclared or bound to another namespace name'),
    ('XML_ERROR_RESERVED_PREFIX_XMLNS',
     'reserved prefix (xmlns) must not be declared or undeclared'),
    ('XML_ERROR_RESERVED_NAMESPACE_URI',
     'prefix must not be bound to one of the reserved namespace names'),
    ('XML_ERROR_INVALID_ARGUMENT', 'invalid argument'),
    ('XML_ERROR_NO_BUFFER',
     'a successful prior call to function XML_GetBuffer is required'),
    ('XML_ERROR_AMPLIFICATION_LIMIT_BREACH',
     'limit on input amplification factor (from DTD and entities) breached'),
]

# The errors and model submodules are plain namespaces, registered so that
# "import xml.parsers.expat.errors" works as it does with the C module.
errors = _types.ModuleType('pyexpat.errors')
errors.__doc__ = 'Constants used to describe error conditions.'
errors.codes = {}
errors.messages = {}
for _code, (_name, _msg) in enumerate(_ERROR_NAMES, 1):
    setattr(errors, _name, _msg)
    errors.codes[_msg] = _code
    errors.messages[_code] = _msg
del _code, _name, _msg

model = _types.ModuleType('pyexpat.model')
model.__doc__ = 'Constants used to interpret content model information.'
for _i, _name in enumerate(['XML_CTYPE_EMPTY', 'XML_CTYPE_ANY', 'XML_CTYPE_MIXED',
                            'XML_CTYPE_NAME', 'XML_CTYPE_CHOICE', 'XML_CTYPE_SEQ'], 1):
    setattr(model, _name, _i)
for _i, _name in enumerate(['XML_CQUANT_NONE', 'XML_CQUANT_OPT', 'XML_CQUANT_REP',
                            'XML_CQUANT_PLUS']):
    setattr(model, _name, _i)
del _i, _name

_sys.modules.setdefault(__name__ + '.errors', errors)
_sys.modules.setdefault(__name__ + '.model', model)


def ErrorString(code):
    """Return the message for an expat error code, or None."""
    return errors.messages.get(code)


_NAME_START = ('A-Za-z_:\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d\u037f-\u1fff'
               '\u200c\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff'
               '\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff')
_NAME_CHAR = _NAME_START + '\\-.0-9\xb7\u0300-\u036f\u203f\u2040'
_name_re = _re.compile('[%s][%s]*' % (_NAME_START, _NAME_CHAR))
_BAD_CHARS = '\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff'
_bad_char_re = _re.compile('[%s]' % _BAD_CHARS)
_surrogate_re = _re.compile('[\ud800-\udfff]')
# Names are scanned with string tests for ASCII and the regular expressions
# only for other characters, which keeps the common case fast.
_ASCII_NAME_START = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_:')
_ASCII_NAME_CHARS = _ASCII_NAME_START + '-.0123456789'
_name_start1_re = _re.compile('[%s]' % _NAME_START)
_name_char1_re = _re.compile('[%s]' % _NAME_CHAR)
_pubid_re = _re.compile("[-'()+,./:=?;!*#@$_%% \n\ra-zA-Z0-9]*")
_decl_attr_re = _re.compile(r'[ \t\n]+([a-zA-Z]+)[ \t\n]*=[ \t\n]*'
                            r'(?:"([^"]*)"|\'([^\']*)\')')

_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XML_NS = 'http://www.w3.org/XML/1998/namespace'

# Parser states
_START, _PROLOG, _CONTENT, _EPILOG = range(4)


class _Incomplete(Exception):
    """The token at the parse position runs past the text seen so far."""


def _utf8_len(text):
    if text.isascii():
        return len(text)
    return len(text.encode('utf-8', 'surrogatepass'))


def _valid_char(code):
    return (code in (9, 10, 13) or 0x20 <= code <= 0xd7ff
            or 0xe000 <= code <= 0xfffd or 0x10000 <= code <= 0x10ffff)


def _is_name_start(c):
    return c in _ASCII_NAME_START or c >= '\x80' and _name_start1_re.match(c)


def _is_name_char(c):
    return c in _ASCII_NAME_CHARS or c >= '\x80' and _name_char1_re.match(c)


def _name_end(buf, j):
    # The index just past the run of name characters from j.  The test of
    # _is_name_char is written out here: this loop reads every name.
    n = len(buf)
    while j < n:
        c = buf[j]
        if c in _ASCII_NAME_CHARS or c >= '\x80' and _name_char1_re.match(c):
            j += 1
        else:
            break
    return j


def _keyword_end(buf, j):
    # The index just past the run of letters from j (a declaration keyword).
    while j < len(buf) and 'A' <= buf[j].upper() <= 'Z':
        j += 1
    return j


class XMLParserType:
    """An XML parser object, created by ParserCreate()."""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        self._encoding = encoding
        self._sep = namespace_separator
        self.intern = {} if intern is None else intern
        self.buffer_size = 8192
        self._buffer_text = False
        self._textbuf = []
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self._base = None
        self._foreign_dtd = False
        self._buf = ''
        self._pos = 0
        self._line = 1          # position of self._buf[0]
        self._col = 0
        self._consumed = 0      # characters dropped from the buffer so far
        self._consumed_bytes = 0    # the same, in UTF-8 bytes
        self._tok = 0           # buffer index of the token being reported
        self._raw = b''
        self._decoder = None
        self._held_cr = False
        self._state = _START
        self._stack = []
        self._ns = [{'xml': _XML_NS}]
        self._entities = {}
        self._expanding = []
        self._ext_dtd = False
        self._internal_subset = None
        self._doctype_seen = False
        self._defer = True
        self._pending = 0       # length of the partial token left last time
        self._next_cache = {}
        self._outer = None      # (outer buffer, reference index) in entities
        self._in_cdata = False
        self._in_subset = False
        self._subset_parts = []
        self._entity_depth = 0  # open elements when the entity began
        self._finished = False
        self._failed = False
        self._started = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        for name in _HANDLERS:
            setattr(self, name, None)

    def __repr__(self):
        return '<pyexpat.xmlparser object>'

    # -- settings ---------------------------------------------------------

    @property
    def buffer_text(self):
        return self._buffer_text

    @buffer_text.setter
    def buffer_text(self, value):
        if not value:
            self._flush()
        self._buffer_text = bool(value)

    @property
    def buffer_used(self):
        return sum(len(s) for s in self._textbuf)

    @property
    def CurrentLineNumber(self):
        return self._position(self._tok)[0]

    @property
    def CurrentColumnNumber(self):
        return self._position(self._tok)[1]

    @property
    def CurrentByteIndex(self):
        return self._byte_index(self._tok)

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def UseForeignDTD(self, flag=True):
        self._foreign_dtd = bool(flag)

    def SetParamEntityParsing(self, flag):
        return 1

    def GetReparseDeferralEnabled(self):
        return self._defer

    def SetReparseDeferralEnabled(self, enabled):
        self._defer = bool(enabled)

    def GetInputContext(self):
        raise NotImplementedError('xmlparser.GetInputContext is not supported')

    def ExternalEntityParserCreate(self, context, encoding=None):
        raise NotImplementedError(
            'xmlparser.ExternalEntityParserCreate is not supported')

    # -- input ------------------------------------------------------------

    def Parse(self, data, isfinal=False):
        """Parse data (str or bytes); isfinal marks the end of the document."""
        if self._failed:
            self._raise()
        if self._finished:
            self._fail(36, len(self._buf))
        self._started = True
        if isinstance(data, str):
            if _surrogate_re.search(data):
                data.encode('utf-8')    # raises UnicodeEncodeError, as expat's caller does
            self._feed_text(data, isfinal)
        elif isinstance(data, (bytes, bytearray, memoryview)):
            self._feed_bytes(bytes(data), isfinal)
        else:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        return 1

    def ParseFile(self, file):
        """Parse the whole of a binary or text file object."""
        read = getattr(file, 'read', None)
        if read is None:
            raise TypeError("argument must have 'read' attribute")
        while True:
            chunk = read(self.buffer_size if self.buffer_size > 2048 else 2048)
            if not isinstance(chunk, (bytes, bytearray)):
                raise TypeError('read() did not return a bytes object (type=%s)'
                                % type(chunk).__name__)
            if not chunk:
                break
            self.Parse(chunk, False)
        self.Parse(b'', True)
        return 1

    def _feed_bytes(self, data, final):
        if self._decoder is None:
            self._raw += data
            enc, skip = self._detect(final)
            if enc is None:
                return
            raw, self._raw = self._raw[skip:], b''
            self._decoder = _codecs.getincrementaldecoder(enc)('strict')
            data = raw
        try:
            text = self._decoder.decode(data, final)
        except UnicodeDecodeError as exc:
            good = data[:exc.start]
            self._feed_text(self._decoder.decode(good, False) if good else '', False)
            self._fail(4, len(self._buf))
        self._feed_text(text, final)

    def _detect(self, final):
        # Choose the decoder from a byte order mark, the XML declaration or
        # the encoding given to ParserCreate; None means "need more bytes".
        raw = self._raw
        if raw.startswith(b'\xef\xbb\xbf'):
            return (self._encoding or 'utf-8'), 3
        if raw.startswith(b'\xff\xfe'):
            return (self._encoding or 'utf-16-le'), 2
        if raw.startswith(b'\xfe\xff'):
            return (self._encoding or 'utf-16-be'), 2
        if self._encoding:
            return self._encoding, 0
        if len(raw) < 2 and not final:
            return None, 0
        if raw.startswith(b'<\x00'):
            return 'utf-16-le', 0
        if raw.startswith(b'\x00<'):
            return 'utf-16-be', 0
        if len(raw) < 5 and not final and b'<?xml'.startswith(raw):
            return None, 0
        if raw.startswith(b'<?xml'):
            end = raw.find(b'?>')
            if end < 0 and not final:
                return None, 0
            decl = raw[:end].decode('latin-1')
            for m in _decl_attr_re.finditer(decl):
                if m.group(1) == 'encoding':
                    enc = m.group(2) if m.group(2) is not None else m.group(3)
                    _codecs.lookup(enc)
                    return enc, 0
        return 'utf-8', 0

    def _feed_text(self, text, final):
        if self._held_cr:
            text = '\r' + text
            self._held_cr = False
        if not final and text.endswith('\r'):
            text = text[:-1]
            self._held_cr = True
        if '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        if self._state == _START and not self._buf and self._consumed == 0 \
                and text.startswith('\ufeff'):
            text = text[1:]
        self._buf += text
        self._next_cache = {}
        # Like expat 2.6, put off re-reading a partial token until the text
        # waiting has at least doubled, so that a document fed in tiny pieces
        # is not rescanned from the token start on every call.
        if not final and self._defer and self._pending and \
                len(self._buf) - self._pos < 2 * self._pending:
            return
        try:
            self._run(final)
        finally:
            self._flush()
        self._pending = len(self._buf) - self._pos
        if final:
            self._finished = True
        self._trim()

    def _trim(self):
        pos = self._pos
        if pos == 0:
            return
        done = self._buf[:pos]
        lines = done.count('\n')
        if lines:
            self._line += lines
            self._col = pos - done.rfind('\n') - 1
        else:
            self._col += pos
        self._consumed += pos
        self._consumed_bytes += _utf8_len(done)
        self._tok -= pos
        self._buf = self._buf[pos:]
        self._pos = 0
        self._next_cache = {}

    # -- positions and errors --------------------------------------------

    def _position(self, index):
        if self._outer is not None:
            # Inside an entity's replacement text: report the reference.
            buf, index = self._outer
            saved, self._buf, self._outer = self._buf, buf, None
            try:
                return self._position(index)
            finally:
                self._buf, self._outer = saved, (buf, index)
        if index < 0:
            return self._line, self._col
        text = self._buf[:index]
        lines = text.count('\n')
        if lines:
            return self._line + lines, index - text.rfind('\n') - 1
        return self._line, self._col + index

    def _byte_index(self, index):
        # Byte offsets are those of the text as UTF-8 (expat's internal form).
        if self._outer is not None:
            buf, index = self._outer
        else:
            buf = self._buf
        if index < 0:
            return self._consumed_bytes
        return self._consumed_bytes + _utf8_len(buf[:index])

    def _fail(self, code, index):
        line, col = self._position(index)
        self._tok = index if self._outer is None else self._outer[1]
        self._flush_quiet()
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        self.ErrorByteIndex = self._byte_index(index)
        self._finished = True
        self._failed = code != 36
        self._raise()

    def _raise(self):
        code, line, col = self.ErrorCode, self.ErrorLineNumber, self.ErrorColumnNumber
        exc = ExpatError('%s: line %d, column %d'
                         % (errors.messages[code], line, col))
        exc.code = code
        exc.lineno = line
        exc.offset = col
        raise exc

    # -- event delivery ---------------------------------------------------

    def _flush(self):
        if self._textbuf:
            text = ''.join(self._textbuf)
            self._textbuf = []
            handler = self.CharacterDataHandler
            if handler is not None:
                handler(text)

    def _flush_quiet(self):
        self._textbuf = []

    def _chars(self, text, start, end):
        if self.CharacterDataHandler is not None:
            if self._buffer_text:
                self._textbuf.append(text)
            else:
                self._tok = start
                self.CharacterDataHandler(text)
        else:
            self._default(start, end)

    def _default(self, start, end, text=None):
        handler = self.DefaultHandler or self.DefaultHandlerExpand
        if handler is not None:
            self._flush()
            self._tok = start
            handler(self._buf[start:end] if text is None else text)

    def _event(self, name, start, end, *args):
        handler = getattr(self, name)
        if handler is None:
            self._default(start, end)
            return
        self._flush()
        self._tok = start
        handler(*args)

    # -- the tokenizer ----------------------------------------------------

    def _run(self, final):
        buf = self._buf
        n = len(buf)
        while self._pos < n:
            pos = self._pos
            try:
                if self._in_cdata:
                    self._pos = self._cdata_text(pos, final)
                elif self._in_subset:
                    self._pos = self._subset_token(pos, final)
                elif self._state == _CONTENT:
                    self._pos = self._content_token(pos, final)
                else:
                    self._pos = self._prolog_token(pos, final)
            except _Incomplete:
                if final:
                    self._unclosed(pos)
                return
        self._tok = self._pos
        if final:
            if self._in_cdata:
                self._fail(20, n)
            if self._state != _EPILOG:
                self._fail(3, n)

    def _unclosed(self, pos):
        buf = self._buf
        if self._in_subset:
            self._fail(3, len(buf))
        if buf.startswith('<![CDATA[', pos) and self._state == _CONTENT:
            self._fail(20, len(buf))
        self._fail(5, pos)

    def _need(self, i):
        if i >= len(self._buf):
            raise _Incomplete

    def _skip_ws(self, i):
        buf = self._buf
        n = len(buf)
        while i < n and buf[i] in ' \t\n':
            i += 1
        return i

    def _expect(self, i, char, code):
        # Skip white space from i; the next character must be char (error
        # code otherwise).  Returns its index.
        i = self._skip_ws(i)
        self._need(i)
        if self._buf[i] != char:
            self._fail(code, i)
        return i

    def _entity_name_at(self, i):
        # With namespaces expat's tokenizer refuses ':' in entity names.
        name, j = self._name_at(i)
        if self._sep is not None and ':' in name:
            self._fail(4, i + name.index(':'))
        return name, j

    def _name_at(self, i, qname=False):
        # The name starting at i; an error if none starts there.
        buf = self._buf
        self._need(i)
        if not _is_name_start(buf[i]):
            self._fail(4, i)
        j = _name_end(buf, i + 1)
        self._need(j)
        if qname and self._sep is not None:
            self._check_qname(buf, i, j)
        return buf[i:j], j

    def _check_qname(self, buf, i, j):
        # With namespaces a name is "local" or "prefix:local", and expat's
        # tokenizer rejects other uses of ':' where it meets them.
        colon = buf.find(':', i, j)
        if colon < 0:
            return
        if colon == i:
            self._fail(4, i)
        if colon + 1 >= j:
            self._fail(4, j)
        c = buf[colon + 1]
        if c == ':' or not _is_name_start(c):
            self._fail(4, colon + 1)
        second = buf.find(':', colon + 1, j)
        if second >= 0:
            self._fail(4, second)

    def _prolog_token(self, pos, final):
        buf = self._buf
        c = buf[pos]
        if c in ' \t\n':
            end = self._skip_ws(pos)
            if end >= len(buf) and not final:
                # Whitespace may continue in the next piece.
                self._default(pos, end)
                return end
            self._default(pos, end)
            if self._state == _START:
                self._state = _PROLOG
            return end
        if c != '<':
            return self._prolog_junk(pos, final)
        self._need(pos + 1)
        c = buf[pos + 1]
        if c == '?':
            return self._pi(pos)
        if c == '!':
            self._need(pos + 3)
            if buf.startswith('<!--', pos):
                return self._comment(pos)
            c = buf[pos + 2]
            if _is_name_start(c):
                j = _keyword_end(buf, pos + 2)
                self._need(j)
                keyword = buf[pos + 2:j]
                if keyword == 'DOCTYPE' and self._state != _EPILOG:
                    if self._doctype_seen:
                        self._fail(2, pos)
                    return self._doctype(pos)
                if buf[j] in ' \t\n':
                    self._fail(2, pos)      # a declaration expat does not know
                self._fail(4, j)
            if c == '-':
                self._fail(4, pos + 3)
            if c == '[':
                self._fail(2, pos)
            self._fail(4, pos + 2)
        if self._state == _EPILOG:
            if _name_re.match(c):
                self._fail(9, pos)
            self._fail(4, pos + 1)
        return self._start_tag(pos)

    def _prolog_junk(self, pos, final):
        # Text outside the root element: expat reads names and literals
        # there (as declaration parts), so which error it reports depends
        # on the token.
        buf = self._buf
        c = buf[pos]
        if _is_name_char(c):
            j = _name_end(buf, pos + 1)
            if j >= len(buf) and not final:
                raise _Incomplete
            if j < len(buf) and buf[j] not in ' \t\n[()|,%>*+':
                self._fail(4, j)
            self._fail(9 if self._state == _EPILOG else 2, pos)
        if c in '"\'':
            close = buf.find(c, pos + 1)
            if close < 0:
                raise _Incomplete
            if close + 1 < len(buf) and buf[close + 1] not in ' \t\n[]>':
                self._fail(4, close + 1)
        if c == '#':
            if pos + 1 >= len(buf):
                raise _Incomplete
            if _is_name_start(buf[pos + 1]):
                self._fail(2, pos)
            self._fail(4, pos + 1)
        if c in '[]()|,%"\'>*+':
            self._fail(9 if self._state == _EPILOG else 2, pos)
        self._fail(4, pos)

    def _content_token(self, pos, final):
        buf = self._buf
        c = buf[pos]
        if c == '<':
            self._need(pos + 1)
            c = buf[pos + 1]
            if c == '/':
                return self._end_tag(pos)
            if c == '?':
                return self._pi(pos)
            if c == '!':
                self._need(pos + 3)
                if buf.startswith('<!--', pos):
                    return self._comment(pos)
                if buf.startswith('<![CDATA['[:len(buf) - pos], pos):
                    self._need(pos + 8)
                    return self._cdata(pos)
                if buf[pos + 2] == '-':
                    self._fail(4, pos + 3)
                if buf[pos + 2] == '[':
                    k = pos + 3
                    while buf[k] == '<![CDATA['[k - pos]:
                        k += 1
                    self._fail(4, k)
                self._fail(4, pos + 2)
            return self._start_tag(pos)
        if c == '&':
            return self._reference(pos)
        if c == '\n':
            self._chars('\n', pos, pos + 1)
            return pos + 1
        # A run of text up to the next markup, reference, ']' or line end.
        end = self._next(buf, '<', pos)
        amp = self._next(buf, '&', pos)
        if amp < end:
            end = amp
        seg = buf[pos:end]
        if not seg.isprintable():
            nl = seg.find('\n')
            if nl >= 0:
                end = pos + nl
                seg = seg[:nl]
            if not seg.replace('\t', ' ').isprintable():
                bad = _bad_char_re.search(seg)
                if bad is not None:
                    if bad.start() == 0:
                        self._fail(4, pos)
                    end = pos + bad.start()
                    seg = seg[:bad.start()]
        if ']' in seg:
            cut = seg.find(']]>')
            if cut >= 0:
                self._fail(4, pos + cut + 2)
            if end == len(buf) and not final and seg[-1] == ']':
                # The ']' may start a ']]>' that the next piece completes.
                seg = seg.rstrip(']')
                if not seg:
                    raise _Incomplete
                end = pos + len(seg)
        self._chars(seg, pos, end)
        return end

    def _next(self, buf, char, pos):
        # Index of the next char at or after pos (len(buf) if none), cached so
        # that text without, say, any '&' is not searched again and again.
        cache = self._next_cache
        found = cache.get(char, -1)
        if found < pos:
            found = buf.find(char, pos)
            if found < 0:
                found = len(buf)
            cache[char] = found
        return found

    def _pi(self, pos):
        buf = self._buf
        target, i = self._name_at(pos + 2)
        if self._sep is not None and ':' in target:
            self._fail(4, pos + 2 + target.index(':'))
        c = buf[i]
        if c != '?' and c not in ' \t\n':
            self._fail(4, i)
        if target.lower() == 'xml':
            if self._state == _START and pos == 0 and self._consumed == 0:
                return self._xml_decl(pos, i)
            self._fail(17, pos)
        if c == '?':
            self._need(i + 1)
            if buf[i + 1] != '>':
                self._fail(4, i + 1)
            data, end = '', i + 2
        elif c in ' \t\n':
            j = buf.find('?>', i)
            if j < 0:
                self._check_chars(buf[i:], i)
                raise _Incomplete
            data = buf[self._skip_ws(i):j]
            self._check_chars(data, j - len(data))
            end = j + 2
        else:
            self._fail(4, i)
        if self._state == _START:
            self._state = _PROLOG
        self._event('ProcessingInstructionHandler', pos, end, target, data)
        return end

    def _xml_decl(self, pos, i):
        buf = self._buf
        j = buf.find('?>', i)
        if j < 0:
            raise _Incomplete
        body = buf[i:j]
        self._check_chars(body, i)
        # Pseudo-attributes are read generically (a name, '=', a quoted
        # value of name characters) and only then checked, as expat does.
        found = {}
        order = ('version', 'encoding', 'standalone')
        last = -1
        k = 0
        n = len(body)
        while True:
            start = k
            while k < n and body[k] in ' \t\n':
                k += 1
            if k >= n:
                break
            if k == start:
                self._fail(30, i + k)
            name_start = k
            while k < n and body[k] not in ' \t\n=':
                if not body[k].isascii():
                    self._fail(30, i + k)
                k += 1
            name = body[name_start:k]
            if not name:
                self._fail(30, i + name_start)
            while k < n and body[k] in ' \t\n':
                k += 1
            if k >= n or body[k] != '=':
                self._fail(30, i + k)
            k += 1
            while k < n and body[k] in ' \t\n':
                k += 1
            if k >= n or body[k] not in '"\'':
                self._fail(30, i + k)
            quote = body[k]
            k += 1
            value_start = k
            while k < n and body[k] != quote:
                c = body[k]
                if not (c.isascii() and (c.isalnum() or c in '._-')):
                    self._fail(30, i + k)
                k += 1
            if k >= n:
                self._fail(30, i + k)
            value = body[value_start:k]
            k += 1
            if name not in order or order.index(name) <= last or \
                    (last < 0 and name != 'version'):
                self._fail(30, i + name_start)
            if name == 'encoding' and not (value[:1].isascii() and value[:1].isalpha()):
                self._fail(30, i + value_start)
            if name == 'standalone' and value not in ('yes', 'no'):
                self._fail(30, i + value_start)
            last = order.index(name)
            found[name] = value
        if 'version' not in found:
            self._fail(30, i)
        enc = found.get('encoding')
        standalone = found.get('standalone')
        flag = -1 if standalone is None else int(standalone == 'yes')
        self._state = _PROLOG
        end = j + 2
        self._event('XmlDeclHandler', pos, end, found['version'], enc, flag)
        return end

    def _comment(self, pos):
        buf = self._buf
        j = buf.find('--', pos + 4)
        if j < 0:
            self._check_chars(buf[pos + 4:], pos + 4)
            raise _Incomplete
        self._need(j + 2)
        if buf[j + 2] != '>':
            self._fail(4, j + 2)
        data = buf[pos + 4:j]
        self._check_chars(data, pos + 4)
        if self._state == _START:
            self._state = _PROLOG
        self._event('CommentHandler', pos, j + 3, data)
        return j + 3

    def _check_chars(self, text, start):
        m = _bad_char_re.search(text)
        if m is not None:
            self._fail(4, start + m.start())

    def _cdata(self, pos):
        self._event('StartCdataSectionHandler', pos, pos + 9)
        self._in_cdata = True
        return pos + 9

    def _cdata_text(self, pos, final):
        # Inside a CDATA section: report text up to ']]>', or as much as has
        # arrived (keeping back a ']' or ']]' that may begin the end).
        buf = self._buf
        j = buf.find(']]>', pos)
        if j < 0:
            j = len(buf)
            if not final:
                while j > pos and buf[j - 1] == ']' and j > len(buf) - 2:
                    j -= 1
                if j == pos:
                    raise _Incomplete
            closed = False
        else:
            closed = True
        data = buf[pos:j]
        bad = _bad_char_re.search(data)
        if bad is not None:
            data = data[:bad.start()]
        k = pos
        for piece in data.splitlines(True):
            if piece.endswith('\n') and len(piece) > 1:
                self._chars(piece[:-1], k, k + len(piece) - 1)
                self._chars('\n', k + len(piece) - 1, k + len(piece))
            else:
                self._chars(piece, k, k + len(piece))
            k += len(piece)
        if bad is not None:
            self._fail(4, k)
        if not closed:
            if final:
                self._fail(20, len(buf))
            return j
        self._in_cdata = False
        self._event('EndCdataSectionHandler', j, j + 3)
        return j + 3

    def _reference(self, pos):
        buf = self._buf
        self._need(pos + 1)
        if buf[pos + 1] == '#':
            char, end = self._char_ref(pos)
            self._chars(char, pos, end)
            return end
        name, i = self._entity_name_at(pos + 1)
        if buf[i] != ';':
            self._fail(4, i)
        end = i + 1
        if name in _PREDEFINED:
            self._chars(_PREDEFINED[name], pos, end)
            return end
        value = self._entities.get(name)
        if value is None:
            if self._ext_dtd or self._foreign_dtd:
                if self.SkippedEntityHandler is not None:
                    self._event('SkippedEntityHandler', pos, end, name, 0)
                else:
                    self._default(pos, end)
                return end
            self._fail(11, pos)
        if self.DefaultHandler is not None:
            self._default(pos, end)
            return end
        self._expand_entity(name, value, pos, end)
        return end

    def _expand_entity(self, name, value, pos, end):
        # The replacement text is read as content, in place of the reference:
        # the tokenizer runs over it as its buffer, and every position it
        # reports is that of the reference in the outer text.
        if name in self._expanding:
            self._fail(12, pos)
        self._expanding.append(name)
        outer = (self._buf, self._pos, self._next_cache, self._outer,
                 self._entity_depth)
        if self._outer is None:
            self._outer = (self._buf, pos)
        depth = self._entity_depth = len(self._stack)
        self._buf, self._pos, self._next_cache = value, 0, {}
        try:
            n = len(value)
            while self._pos < n:
                try:
                    self._pos = self._content_token(self._pos, True)
                except _Incomplete:
                    self._fail(5, self._pos)
                if len(self._stack) < depth:
                    self._fail(13, self._pos)
            if len(self._stack) != depth:
                self._fail(13, self._pos)
        finally:
            (self._buf, self._pos, self._next_cache, self._outer,
             self._entity_depth) = outer
            self._expanding.pop()

    def _split_refs(self, text, pos):
        # Split replacement text into ('text', 'text') and ('name', 'entity')
        # pieces, with character and predefined references already replaced.
        out = []
        i = 0
        while True:
            j = text.find('&', i)
            if j < 0:
                if i < len(text):
                    out.append((text[i:], 'text'))
                return out
            if j > i:
                out.append((text[i:j], 'text'))
            k = text.find(';', j)
            if k < 0:
                self._fail(4, pos)
            ref = text[j + 1:k]
            if ref.startswith('#'):
                out.append((self._char_value(ref[1:], pos), 'text'))
            elif ref in _PREDEFINED:
                out.append((_PREDEFINED[ref], 'text'))
            else:
                out.append((ref, 'entity'))
            i = k + 1

    def _char_value(self, digits, pos):
        try:
            if digits.startswith('x'):
                code = int(digits[1:], 16)
            else:
                code = int(digits, 10)
        except ValueError:
            self._fail(4, pos)
        if not _valid_char(code):
            self._fail(14, pos)
        return chr(code)

    def _char_ref(self, pos):
        # pos is at '&#'; returns the character and the end index.
        buf = self._buf
        i = pos + 2
        self._need(i)
        if buf[i] == 'x':
            digits = '0123456789abcdefABCDEF'
            i += 1
            base = 16
        else:
            digits = '0123456789'
            base = 10
        start = i
        while True:
            self._need(i)
            c = buf[i]
            if c == ';' and i > start:
                break
            if c not in digits:
                self._fail(4, i)
            i += 1
        code = int(buf[start:i], base)
        if not _valid_char(code):
            self._fail(14, pos)
        return chr(code), i + 1

    def _attr_value(self, q, i, tag):
        # Scan a quoted attribute value starting after its quote at i; returns
        # the normalised value and the index after the closing quote.
        buf = self._buf
        k = buf.find(q, i)
        if k >= 0:
            raw = buf[i:k]
            if '<' not in raw and '&' not in raw:
                if raw.isprintable():
                    return raw, k + 1
                raw = raw.replace('\t', ' ').replace('\n', ' ')
                if raw.isprintable() or not _bad_char_re.search(raw):
                    return raw, k + 1
        parts = []
        while True:
            self._need(i)
            c = buf[i]
            if c == q:
                return ''.join(parts), i + 1
            if c == '<':
                self._fail(4, i)
            if c == '&':
                self._need(i + 1)
                if buf[i + 1] == '#':
                    char, i = self._char_ref(i)
                    parts.append(char)
                    continue
                name, j = self._entity_name_at(i + 1)
                if buf[j] != ';':
                    self._fail(4, j)
                if name in _PREDEFINED:
                    parts.append(_PREDEFINED[name])
                else:
                    value = self._entities.get(name)
                    if value is None:
                        self._fail(11, tag)
                    parts.append(self._entity_attr_text(name, value, tag))
                i = j + 1
                continue
            if c in '\t\n':
                parts.append(' ')
                i += 1
                continue
            if _bad_char_re.match(c):
                self._fail(4, i)
            j = i + 1
            while j < len(buf) and buf[j] not in '<&\t\n' and buf[j] != q:
                j += 1
            self._check_chars(buf[i:j], i)
            parts.append(buf[i:j])
            i = j

    def _entity_attr_text(self, name, value, tag):
        if name in self._expanding:
            self._fail(12, tag)
        if '<' in value:
            self._fail(4, tag)
        self._expanding.append(name)
        try:
            out = []
            for piece, kind in self._split_refs(value, tag):
                if kind == 'entity':
                    sub = self._entities.get(piece)
                    if sub is None:
                        self._fail(11, tag)
                    out.append(self._entity_attr_text(piece, sub, tag))
                else:
                    out.append(piece.replace('\t', ' ').replace('\n', ' '))
            return ''.join(out)
        finally:
            self._expanding.pop()

    def _start_tag(self, pos):
        buf = self._buf
        name, i = self._name_at(pos + 1, True)
        attrs = []
        while True:
            j = self._skip_ws(i)
            self._need(j)
            c = buf[j]
            if c == '>':
                end, empty = j + 1, False
                break
            if c == '/':
                self._need(j + 1)
                if buf[j + 1] != '>':
                    self._fail(4, j + 1)
                end, empty = j + 2, True
                break
            if j == i:
                self._fail(4, j)
            aname, i = self._name_at(j, True)
            i = self._skip_ws(self._expect(i, '=', 4) + 1)
            self._need(i)
            q = buf[i]
            if q != '"' and q != "'":
                self._fail(4, i)
            value, i = self._attr_value(q, i + 1, pos)
            attrs.append((aname, value, j))
        return self._start_tag_done(name, attrs, pos, end, empty)

    def _start_tag_done(self, name, attrs, pos, end, empty):
        seen = set()
        for aname, value, apos in attrs:
            if aname in seen:
                self._fail(8, apos)
            seen.add(aname)
        self._state = _CONTENT
        self._open(name, attrs, pos, end)
        if empty:
            self._close(name, end, end)
        return end

    def _open(self, name, attrs, pos, end):
        declared = []
        if self._sep is not None:
            scope = None
            plain = []
            for aname, value, apos in attrs:
                if aname == 'xmlns' or aname.startswith('xmlns:'):
                    prefix = aname[6:] or None
                    if prefix is not None and value == '':
                        self._fail(28, pos)
                    if scope is None:
                        scope = dict(self._ns[-1])
                    scope[prefix] = value or None
                    declared.append((prefix, value or None))
                else:
                    plain.append((aname, value, apos))
            if scope is not None:
                self._ns.append(scope)
            attrs = plain
            handler = self.StartNamespaceDeclHandler
            if handler is not None:
                for prefix, uri in declared:
                    self._flush()
                    self._tok = pos
                    handler(prefix, uri)
            qname = self._expand(name, pos, True)
            attrs = [(self._expand(a, pos, False), v, p) for a, v, p in attrs]
            seen = set()
            for aname, value, apos in attrs:
                if aname in seen:
                    self._fail(8, pos)
                seen.add(aname)
        else:
            qname = name
        self._stack.append((name, qname, declared))
        if self.StartElementHandler is None:
            self._default(pos, end)
            return
        if self.ordered_attributes:
            alist = []
            for aname, value, apos in attrs:
                alist.append(aname)
                alist.append(value)
        else:
            alist = {aname: value for aname, value, apos in attrs}
        self._flush()
        self._tok = pos
        self.StartElementHandler(qname, alist)

    def _expand(self, name, pos, is_element):
        # Turn a prefixed name into "uri<sep>local" under the current scope.
        scope = self._ns[-1]
        prefix, colon, local = name.partition(':')
        if not colon:
            if is_element and scope.get(None):
                return scope[None] + self._sep + name
            return name
        uri = scope.get(prefix)
        if uri is None:
            self._fail(27, pos)
        if self.namespace_prefixes:
            return uri + self._sep + local + self._sep + prefix
        return uri + self._sep + local

    def _close(self, name, pos, end):
        raw, qname, declared = self._stack.pop()
        self._event('EndElementHandler', pos, end, qname)
        if declared:
            self._ns.pop()
            handler = self.EndNamespaceDeclHandler
            if handler is not None:
                for prefix, uri in reversed(declared):
                    self._flush()
                    handler(prefix)
        if not self._stack:
            self._state = _EPILOG

    def _end_tag(self, pos):
        buf = self._buf
        name, i = self._name_at(pos + 2)
        if name[0] == ':' and self._sep is not None:
            self._fail(4, pos + 2)
        i = self._expect(i, '>', 4)
        if self._outer is not None and len(self._stack) <= self._entity_depth:
            self._fail(13, pos)
        if name != self._stack[-1][0]:
            self._fail(7, pos + 2)
        self._close(name, pos, i + 1)
        return i + 1

    # -- document type declaration ---------------------------------------

    def _quoted(self, i):
        buf = self._buf
        self._need(i)
        q = buf[i]
        if q not in '"\'':
            self._fail(2, i)
        j = buf.find(q, i + 1)
        if j < 0:
            raise _Incomplete
        return buf[i + 1:j], j + 1

    def _external_id(self, i):
        # Parse an optional SYSTEM/PUBLIC external id; returns (sys, pub, end).
        buf = self._buf
        self._need(i + 6)
        if buf.startswith('SYSTEM', i):
            system, i = self._quoted(self._skip_ws(i + 6))
            return system, None, i
        if buf.startswith('PUBLIC', i):
            public, i = self._quoted(self._skip_ws(i + 6))
            if _pubid_re.match(public).end() != len(public):
                self._fail(32, i)
            system, i = self._quoted(self._skip_ws(i))
            return system, public, i
        return None, None, i

    def _doctype(self, pos):
        # The declaration up to its '[' or '>'; an internal subset is then
        # read token by token in the _in_subset state.
        buf = self._buf
        i = pos + 9
        self._need(i)
        if buf[i] not in ' \t\n':
            self._fail(4, i)
        i = self._skip_ws(i)
        self._need(i)
        if not _is_name_start(buf[i]):
            self._fail(2, i)
        name, i = self._name_at(i)
        if buf[i] not in ' \t\n[>':
            self._fail(4, i)
        j = self._skip_ws(i)
        system = public = None
        if j > i:
            system, public, i = self._external_id(j)
        i = self._skip_ws(i)
        self._need(i)
        internal = buf[i] == '['
        if not internal and buf[i] != '>':
            self._fail(2, i)
        self._doctype_seen = True
        self._state = _PROLOG
        if system is not None:
            self._ext_dtd = True
        if self.StartDoctypeDeclHandler is None:
            # expat hands the default handler the declaration token by token.
            k = pos
            for piece in _re.findall('[ \t\n]+|[^ \t\n]+', buf[pos:i]):
                self._default(k, k + len(piece))
                k += len(piece)
        else:
            self._event('StartDoctypeDeclHandler', pos, i, name, system, public,
                        1 if internal else 0)
        if internal:
            self._in_subset = True
            self._subset_parts = []
            return i + 1
        self._event('EndDoctypeDeclHandler', i, i + 1)
        return i + 1

    def _subset_token(self, pos, final):
        # One token of the internal subset; its text is kept for minidom's
        # DocumentType.internalSubset.
        buf = self._buf
        c = buf[pos]
        if c in ' \t\n':
            end = self._skip_ws(pos)
        elif c == ']':
            j = self._skip_ws(pos + 1)
            self._need(j)
            if buf[j] != '>':
                self._fail(2, j)
            self._in_subset = False
            self._internal_subset = ''.join(self._subset_parts)
            self._subset_parts = []
            self._event('EndDoctypeDeclHandler', j, j + 1)
            return j + 1
        elif c == '%':
            name, j = self._name_at(pos + 1)
            if buf[j] != ';':
                self._fail(4, j)
            self._ext_dtd = True
            end = j + 1
        elif c == '<':
            self._need(pos + 1)
            if buf[pos + 1] == '?':
                end = self._pi(pos)
            elif buf[pos + 1] == '!':
                self._need(pos + 3)
                if buf.startswith('<!--', pos):
                    end = self._comment(pos)
                else:
                    j = _keyword_end(buf, pos + 2)
                    self._need(j)
                    if buf[j] == ':':
                        self._fail(2, pos)
                    if buf[j] not in ' \t\n%[\'"':
                        self._fail(4, j)
                    keyword = buf[pos + 2:j]
                    if keyword == 'ENTITY':
                        end = self._entity_decl(pos)
                    elif keyword == 'NOTATION':
                        end = self._notation_decl(pos, j)
                    elif keyword in ('ELEMENT', 'ATTLIST'):
                        end = self._skip_decl(j)
                        handler = _DECL_HANDLERS[keyword]
                        if getattr(self, handler) is not None:
                            raise NotImplementedError(
                                'xmlparser.%s: <!%s> declarations are not '
                                'reported' % (handler, keyword))
                    else:
                        self._fail(2, pos)
            else:
                self._fail(2, pos)
        elif _is_name_char(c):
            j = _name_end(buf, pos + 1)
            self._need(j)
            if buf[j] not in ' \t\n[()|,%>*+':
                self._fail(4, j)
            self._fail(2, pos)
        else:
            self._fail(4, pos)
        self._subset_parts.append(buf[pos:end])
        return end

    def _notation_decl(self, pos, i):
        # <!NOTATION name SYSTEM 'sys'> or <!NOTATION name PUBLIC 'pub' ['sys']>
        buf = self._buf
        name, i = self._name_at(self._skip_ws(i))
        i = self._skip_ws(i)
        self._need(i + 6)
        system = public = None
        if buf.startswith('SYSTEM', i):
            system, i = self._quoted(self._skip_ws(i + 6))
        elif buf.startswith('PUBLIC', i):
            public, i = self._quoted(self._skip_ws(i + 6))
            j = self._skip_ws(i)
            self._need(j)
            if buf[j] in '"\'':
                system, i = self._quoted(j)
        else:
            self._fail(2, i)
        i = self._expect(i, '>', 2)
        self._event('NotationDeclHandler', pos, i + 1, name, self._base, system, public)
        return i + 1

    def _skip_decl(self, i):
        buf = self._buf
        while True:
            self._need(i)
            c = buf[i]
            if c == '>':
                return i + 1
            if c in '"\'':
                j = buf.find(c, i + 1)
                if j < 0:
                    raise _Incomplete
                i = j + 1
            else:
                i += 1

    def _entity_decl(self, pos):
        buf = self._buf
        i = self._skip_ws(pos + 8)
        self._need(i)
        param = False
        if buf[i] == '%':
            param = True
            i = self._skip_ws(i + 1)
        name, i = self._name_at(i)
        i = self._skip_ws(i)
        self._need(i)
        value = system = public = notation = None
        if buf[i] in '"\'':
            value, i = self._quoted(i)
        else:
            system, public, i = self._external_id(i)
            if system is None:
                self._fail(2, i)
            j = self._skip_ws(i)
            if buf.startswith('NDATA', j):
                notation, i = self._name_at(self._skip_ws(j + 5))
        i = self._expect(i, '>', 2)
        if value is not None:
            stored = self._decl_value(value, pos)
        if not param and name not in self._entities:
            if value is not None:
                self._entities[name] = stored
        if notation is not None and self.UnparsedEntityDeclHandler is not None:
            self._event('UnparsedEntityDeclHandler', pos, i + 1, name,
                        self._base, system, public, notation)
        else:
            self._event('EntityDeclHandler', pos, i + 1, name, int(param),
                        value, self._base if value is None else None,
                        system, public, notation)
        return i + 1

    def _decl_value(self, value, pos):
        # Character references in an entity value are replaced when it is
        # declared; entity references are kept for expansion at use.
        out = []
        i = 0
        while True:
            j = value.find('&#', i)
            if j < 0:
                out.append(value[i:])
                return ''.join(out)
            k = value.find(';', j)
            if k < 0:
                self._fail(4, pos)
            out.append(value[i:j])
            out.append(self._char_value(value[j + 2:k], pos))
            i = k + 1


_DECL_HANDLERS = {'ELEMENT': 'ElementDeclHandler', 'ATTLIST': 'AttlistDeclHandler'}

_HANDLERS = [
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
    'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
    'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
    'SkippedEntityHandler',
]


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, "
                        "not %s" % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must "
                            "be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, '
                             'omitted, or None')
    return XMLParserType(encoding, namespace_separator, intern)
