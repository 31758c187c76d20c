"""General functions for HTML manipulation: escape() and unescape()."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace the characters &, < and > with HTML-safe sequences.

    With quote true (the default) the quotation marks " and ' are escaped
    as well, so that the result can sit inside an attribute value.
    """
    s = s.replace('&', '&amp;')  # first, so the other replacements survive
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


# Numeric references to these code points are replaced as the HTML5 parsing
# rules say: NUL becomes U+FFFD, CR stays CR and the C1 range is read as
# windows-1252 (the five holes in that code page map to themselves).
_C1_AS_CP1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021'
                 '\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                 '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
                 '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_charref_fixups = {0x00: '\ufffd', 0x0d: '\r'}
for _i, _c in enumerate(_C1_AS_CP1252):
    _charref_fixups[0x80 + _i] = _c
del _i, _c


def _is_dropped_codepoint(cp):
    # Control characters and noncharacters: a reference to one of them
    # produces nothing at all.
    if 0x1 <= cp <= 0x8 or cp == 0xb or 0xe <= cp <= 0x1f or 0x7f <= cp <= 0x9f:
        return True
    if 0xfdd0 <= cp <= 0xfdef:
        return True
    return (cp & 0xfffe) == 0xfffe


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _charref_fixups:
            return _charref_fixups[num]
        if 0xd800 <= num <= 0xdfff or num > 0x10ffff:
            return '\ufffd'
        if _is_dropped_codepoint(num):
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # Legacy references may stand without their ';': take the longest known
    # prefix and keep the rest as text.
    for end in range(len(s) - 1, 1, -1):
        if s[:end] in _html5:
            return _html5[s[:end]] + s[end:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Convert all named and numeric character references in s (e.g. &gt;,
    &#62;, &#x3e;) to the corresponding Unicode characters, following the
    HTML5 rules, including those for invalid references."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
