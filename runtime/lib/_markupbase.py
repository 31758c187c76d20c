"""Shared support for scanning SGML-like markup (used by html.parser).

ParserBase keeps the line/column position of the scanner and parses the
constructs that HTML inherited from SGML: comments and marked sections
('<![CDATA[...]]>', and Microsoft's conditional '<![if ...]>').
"""

import re

# A declaration name plus any whitespace that trails it.
_NAME_TOKEN = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_COMMENT_END = re.compile(r'--\s*>')
# '<![CDATA[ ... ]]>' and friends close with ']]>' (blanks allowed between).
_SECTION_END = re.compile(r']\s*]\s*>')
# Microsoft Office's conditional sections end with a single ']>'.
_MS_SECTION_END = re.compile(r']\s*>')

_STANDARD_SECTIONS = {'temp', 'cdata', 'ignore', 'include', 'rcdata'}
_MS_SECTIONS = {'if', 'else', 'endif'}


class ParserBase:
    """Position tracking and SGML-construct scanning shared by the markup
    parsers; meant only to be subclassed (html.parser.HTMLParser is)."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError('_markupbase.ParserBase must be subclassed')

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """The (line, column) the scanner has reached; lines count from 1."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Advance the position over rawdata[i:j] and return j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count('\n', i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            pos = rawdata.rindex('\n', i, j)
            self.offset = j - (pos + 1)
        else:
            self.offset = self.offset + j - i
        return j

    _decl_otherchars = ''

    def parse_declaration(self, i):
        """Parse a full SGML declaration ('<!DOCTYPE ... [subset]>')."""
        raise NotImplementedError('_markupbase.ParserBase.parse_declaration '
                                  '(SGML declarations with internal subsets) is not supported')

    def parse_marked_section(self, i, report=1):
        """Parse '<![name ...]]>' (or '<![if ...]>'); return the end
        position or -1 if incomplete."""
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == '<![', 'unexpected call to parse_marked_section()'
        sectname, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if sectname in _STANDARD_SECTIONS:
            match = _SECTION_END.search(rawdata, i + 3)
        elif sectname in _MS_SECTIONS:
            match = _MS_SECTION_END.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            j = match.start(0)
            self.unknown_decl(rawdata[i + 3:j])
        return match.end(0)

    def parse_comment(self, i, report=1):
        """Parse '<!-- ... -->'; return the end position or -1 if incomplete."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _COMMENT_END.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            j = match.start(0)
            self.handle_comment(rawdata[i + 4:j])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        """Return (lowercased name, end) for the name at i, or (None, -1)
        if the buffer ends before the name does."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _NAME_TOKEN.match(rawdata, i)
        if m:
            s = m.group()
            name = s.strip()
            if (i + len(s)) == n:
                return None, -1
            return name.lower(), m.end()
        self.updatepos(declstartpos, i)
        raise AssertionError('expected name token at %r'
                             % rawdata[declstartpos:declstartpos + 20])

    def unknown_decl(self, data):
        """Handle an unknown declaration or marked section; to be overridden."""
        pass
