"""A tolerant HTML parser: HTMLParser turns markup into callbacks.

Text is fed in pieces with feed(); whatever cannot be decided yet (a tag
cut in half, a character reference that may go on) stays buffered until
more text arrives or close() is called.  Malformed markup never raises: it
is reported as data, or as a bogus comment, the way browsers recover.

Inside <script> and <style> the content is raw text: only the matching end
tag ends it.  With convert_charrefs true (the default) character references
in text are decoded before handle_data() sees it, and handle_entityref() /
handle_charref() are never called.
"""

import re
import _markupbase
from html import unescape

__all__ = ['HTMLParser']

# The scanning expressions below define what the parser accepts; they are
# module globals so that code which tweaks them keeps working.
interesting_normal = re.compile('[&<]')
incomplete = re.compile('&[a-zA-Z#]')

entityref = re.compile('&([A-Za-z][-.A-Za-z0-9]*)[^A-Za-z0-9]')
charref = re.compile('&#(?:[0-9]+|[Xx][0-9A-Fa-f]+)[^0-9A-Fa-f]')

starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')

# Building blocks of the start-tag expressions.  A tag name runs up to
# whitespace, '/', '>' or NUL.  An attribute name may only begin after a
# quote, a blank or a '/', and an attribute value is quoted with either
# kind of quote or runs bare up to a blank or '>'.  Blanks and lone slashes
# (a '/' not closing the tag) separate the pieces.
_TAG_NAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
_ATTR_NAME = r'(?<=[\'"\s/])[^\s/>][^\s/=>]*'
_ATTR_VALUE = r'\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*'
_GAP = r'(?:\s|/(?!>))*'

tagfind_tolerant = re.compile('(' + _TAG_NAME + ')' + _GAP)
attrfind_tolerant = re.compile(
    '(' + _ATTR_NAME + r')(\s*=+\s*(' + _ATTR_VALUE + '))?' + _GAP)
# Matches a whole start tag except the closing '>' or '/>'.
locatestarttagend_tolerant = re.compile(
    '<' + _TAG_NAME
    + r'(?:[\s/]*(?:' + _ATTR_NAME
    + r'(?:\s*=+\s*(?:' + _ATTR_VALUE + r')\s*)?' + _GAP + r')*)?\s*')
endendtag = re.compile('>')
endtagfind = re.compile(r'</\s*([A-Za-z][-.:_A-Za-z0-9]*)\s*>')

# Used to decide whether text ending in '&' may still grow into a reference.
_amp_terminator = re.compile(r'[\s;]')



class HTMLParser(_markupbase.ParserBase):
    """Scan HTML and report what it finds through overridable methods.

    Subclass it, override the handle_*() methods of interest, then call
    feed() with text as it becomes available and close() at the end.
    Tags arrive as handle_starttag(tag, attrs), handle_endtag(tag) and
    handle_startendtag(tag, attrs) for '<br/>'-style tags; tag and
    attribute names are lowercased.  Text goes to handle_data(), possibly
    in several pieces.  When convert_charrefs is false, references in text
    are reported separately through handle_entityref('amp') and
    handle_charref('65') instead of being decoded.
    """

    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self, *, convert_charrefs=True):
        """Create a parser; convert_charrefs=True (the default) decodes
        character references in text before handle_data() is called."""
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all buffered input and start over at line 1."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Add text to the input and process all that can be decided.

        Chunks may be of any size and may split markup anywhere."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """End of input: process everything still buffered."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """The source text of the most recent start tag, or None."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        # Only the matching end tag (any case, blanks allowed) ends raw text.
        self.interesting = re.compile(rf'</\s*{self.cdata_elem}\s*>',
                                      re.IGNORECASE)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None

    def _text(self, text):
        # Text outside raw-text elements has its references decoded here
        # when convert_charrefs is on.
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        """Handle as much of the buffer as possible; with end true, flush
        everything, reporting unfinished markup as text."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    # A reference may be cut at the end of the buffer: hold
                    # back text whose last '&' (near the end) is not yet
                    # followed by a space or ';'.
                    amppos = rawdata.rfind('&', max(i, n - 34))
                    if amppos >= 0 and not _amp_terminator.search(rawdata, amppos):
                        break
                    j = n
            else:
                match = self.interesting.search(rawdata, i)
                if match:
                    j = match.start()
                else:
                    if self.cdata_elem:
                        break
                    j = n
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break

            if rawdata.startswith('<', i):
                if starttagopen.match(rawdata, i):
                    k = self.parse_starttag(i)
                elif rawdata.startswith('</', i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith('<!--', i):
                    k = self.parse_comment(i)
                elif rawdata.startswith('<?', i):
                    k = self.parse_pi(i)
                elif rawdata.startswith('<!', i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # At the end, unfinished markup becomes text up to the
                    # next '>' (or '<', or just the '<' itself).
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith('&#', i):
                match = charref.match(rawdata, i)
                if match:
                    name = match.group()[2:-1]
                    self.handle_charref(name)
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in rawdata[i:]:
                    # Not a valid reference: pass '&#' on as text.
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                match = entityref.match(rawdata, i)
                if match:
                    name = match.group(1)
                    self.handle_entityref(name)
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                match = incomplete.match(rawdata, i)
                if match:
                    if end and match.group() == rawdata[i:]:
                        k = match.end()
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    # Wait for the rest of the reference.
                    break
                elif i + 1 < n:
                    # A lone '&' that cannot start a reference.
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError('interesting.search() lied')

        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def parse_html_declaration(self, i):
        """Parse '<!...': a comment, a marked section, a DOCTYPE or a bogus
        comment; return the end position or -1 if incomplete."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<!', ('unexpected call to parse_html_declaration()')
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """Parse '<!...>' or '</...>' that is no valid markup as a comment."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] in ('<!', '</'), ('unexpected call to parse_comment()')
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        """Parse a processing instruction '<?...>'."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        match = piclose.search(rawdata, i + 2)
        if not match:
            return -1
        j = match.start()
        self.handle_pi(rawdata[i + 2:j])
        return match.end()

    def parse_starttag(self, i):
        """Parse a start tag; return the end position or -1 if incomplete."""
        self.__starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        src = self.rawdata
        self.__starttag_text = src[i:stop]

        head = tagfind_tolerant.match(src, i + 1)
        assert head, 'unexpected call to parse_starttag()'
        tag = head.group(1).lower()
        self.lasttag = tag
        pos = head.end()
        attrs = []
        while pos < stop:
            found = attrfind_tolerant.match(src, pos)
            if found is None:
                break
            name, has_value, value = found.groups()
            if not has_value:
                value = None
            else:
                if len(value) >= 1 and value[0] in '\'"' and value[-1] == value[0]:
                    value = value[1:-1]
                if value:
                    value = unescape(value)
            attrs.append((name.lower(), value))
            pos = found.end()

        closer = src[pos:stop].strip()
        if closer != '>' and closer != '/>':
            # Not a well-formed tag after all: hand it over as text.
            self.handle_data(src[i:stop])
            return stop
        if closer == '/>':
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def check_for_whole_start_tag(self, i):
        """Return the end of the start tag at i, or -1 if it may continue
        past the end of the buffer."""
        rawdata = self.rawdata
        found = locatestarttagend_tolerant.match(rawdata, i)
        if found is None:
            raise AssertionError('we should not get here!')
        j = found.end()
        nxt = rawdata[j:j + 1]
        if nxt == '>':
            return j + 1
        if nxt == '/':
            if rawdata.startswith('/>', j):
                return j + 2
            # A '/' at the end of the buffer may yet become '/>'.
            return -1
        if nxt == '':
            return -1
        if nxt in ('abcdefghijklmnopqrstuvwxyz=/'
                   'ABCDEFGHIJKLMNOPQRSTUVWXYZ'):
            # The buffer ends inside or before an attribute value.
            return -1
        if j > i:
            return j
        return i + 1

    def parse_endtag(self, i):
        """Parse an end tag; return the end position or -1 if incomplete."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '</', 'unexpected call to parse_endtag'
        match = endendtag.search(rawdata, i + 1)
        if not match:
            return -1
        gtpos = match.end()
        match = endtagfind.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            # Recover the name the way the HTML5 tokenizer would.
            namematch = tagfind_tolerant.match(rawdata, i + 2)
            if not namematch:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = namematch.group(1).lower()
            # Whatever follows the name up to the next '>' is ignored.
            self.handle_endtag(tagname)
            return rawdata.find('>', namematch.end()) + 1

        elem = match.group(1).lower()
        if self.cdata_elem is not None:
            if elem != self.cdata_elem:
                self.handle_data(rawdata[i:gtpos])
                return gtpos

        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # Overridable handlers; the defaults ignore everything.

    def handle_startendtag(self, tag, attrs):
        """Handle an XHTML-style empty tag: starttag then endtag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
