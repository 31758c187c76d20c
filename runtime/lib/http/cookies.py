# http.cookies: parsing and generating HTTP cookie headers (Set-Cookie / Cookie).

import re
import string
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters that may appear in a cookie value without quoting it.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
# Characters that may appear unescaped inside a quoted value.
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

_Translator = {}
for _code in range(256):
    if chr(_code) not in _UnescapedChars:
        _Translator[_code] = '\\%03o' % _code
_Translator[ord('"')] = '\\"'
_Translator[ord('\\')] = '\\\\'
del _code

_is_legal_key = re.compile('[' + re.escape(_LegalChars) + ']+').fullmatch


def _quote(text):
    """Return text as is when every character is legal, else double-quoted
    with special characters backslash-escaped."""
    if text is None or _is_legal_key(text):
        return text
    return '"' + text.translate(_Translator) + '"'


_escape_re = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _unescape_one(match):
    octal = match.group(1)
    if octal:
        return chr(int(octal, 8))
    return match.group(2)


def _unquote(text):
    """Undo _quote: strip surrounding double quotes and resolve escapes."""
    if text is None or len(text) < 2:
        return text
    if not (text[0] == '"' and text[-1] == '"'):
        return text
    return _escape_re.sub(_unescape_one, text[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """An HTTP date string for `future` seconds from now."""
    import time
    t = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t[6]], t[2], monthname[t[1]], t[0], t[3], t[4], t[5])


class Morsel(dict):
    """One cookie: a key, its value, its coded (wire) value and its attributes
    (stored as the dictionary items)."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = None
        self._value = None
        self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def _check_attr(self, name):
        name = name.lower()
        if name not in self._reserved:
            raise CookieError("Invalid attribute %r" % (name,))
        return name

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._check_attr(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._check_attr(key), val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        if not dict.__eq__(self, morsel):
            return False
        return (self._key, self._value, self._coded_value) == \
            (morsel._key, morsel._value, morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        other = Morsel()
        dict.update(other, self)
        other.__dict__.update(self.__dict__)
        return other

    def update(self, values):
        checked = {}
        for name, val in dict(values).items():
            checked[self._check_attr(name)] = val
        dict.update(self, checked)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value,
                'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        text = self.OutputString(attrs).replace('"', '\\"')
        return ('\n        <script type="text/javascript">\n'
                '        <!-- begin hiding\n'
                '        document.cookie = "%s";\n'
                '        // end hiding -->\n'
                '        </script>\n        ') % text

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for name, value in sorted(self.items()):
            if value == "" or name not in attrs:
                continue
            label = self._reserved[name]
            if name == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (label, _getdate(value)))
            elif name == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (label, value))
            elif name == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (label, _quote(value)))
            elif name in self._flags:
                if value:
                    parts.append(str(label))
            else:
                parts.append("%s=%s" % (label, value))
        return '; '.join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


# Cookie header grammar (permissive, as browsers send it).
_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*(?P<val>'
    r'"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*'
    r'))?'
    r'\s*(\s+|;|$)', re.ASCII)

_ATTRIBUTE = 1
_KEYVALUE = 2


class BaseCookie(dict):
    """A dictionary of Morsel objects keyed by cookie name."""

    def value_decode(self, val):
        """Return (real_value, coded_value) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """Return (real_value, coded_value) for a value being assigned."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _set_morsel(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            real, coded = self.value_encode(value)
            self._set_morsel(key, real, coded)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        return sep.join(m.output(attrs, header) for _, m in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        inner = ' '.join('%s=%r' % (k, m.value) for k, m in sorted(self.items()))
        return '<%s: %s>' % (type(self).__name__, inner)

    def js_output(self, attrs=None):
        return ''.join(m.js_output(attrs) for _, m in sorted(self.items()))

    def load(self, rawdata):
        """Load cookies from a Cookie header string or from a mapping."""
        if isinstance(rawdata, str):
            self._parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse_string(self, text, patt=_CookiePattern):
        pos = 0
        end = len(text)
        items = []
        have_pair = False
        while 0 <= pos < end:
            m = patt.match(text, pos)
            if not m:
                break
            key, value = m.group("key"), m.group("val")
            pos = m.end(0)
            if key[0] == "$":
                # "$Attr" names belong to the preceding pair; skip them before.
                if have_pair:
                    items.append((_ATTRIBUTE, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not have_pair:
                    return
                if value is None:
                    if key.lower() not in Morsel._flags:
                        return
                    items.append((_ATTRIBUTE, key, True))
                else:
                    items.append((_ATTRIBUTE, key, _unquote(value)))
            elif value is not None:
                items.append((_KEYVALUE, key, self.value_decode(value)))
                have_pair = True
            else:
                # Malformed input: give up without changing anything.
                return
        current = None
        for kind, key, value in items:
            if kind == _ATTRIBUTE:
                current[key] = value
            else:
                self._set_morsel(key, value[0], value[1])
                current = self[key]


class SimpleCookie(BaseCookie):
    """A cookie container whose values are strings, quoted as needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
