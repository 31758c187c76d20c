# email._parseaddr: lenient RFC 2822 address list and date parsing.

__all__ = [
    'mktime_tz',
    'parsedate',
    'parsedate_tz',
    'quote',
    ]

import time

SPACE = ' '
EMPTYSTRING = ''
COMMASPACE = ', '

# month name (full or its first three letters, lower case) -> 1..12
_MONTH_NUMBERS = {}
for _number, _full in enumerate(
        'january february march april may june july august september '
        'october november december'.split(), 1):
    _MONTH_NUMBERS[_full] = _MONTH_NUMBERS[_full[:3]] = _number
del _number, _full

_WEEKDAYS = frozenset('mon tue wed thu fri sat sun'.split())

# zone name -> offset written as +HHMM
_timezones = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
              'AST': -400, 'ADT': -300,
              'EST': -500, 'EDT': -400,
              'CST': -600, 'CDT': -500,
              'MST': -700, 'MDT': -600,
              'PST': -800, 'PDT': -700}


def parsedate_tz(data):
    """Parse a date into a 10-tuple whose last item is the UTC offset in
    seconds (0 when unknown), or None."""
    res = _parsedate_tz(data)
    if not res:
        return None
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def _parsedate_tz(data):
    # Like parsedate_tz but an explicit -0000 zone gives None as offset.
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0].endswith(',') or words[0].lower() in _WEEKDAYS:
        del words[0]
    else:
        comma = words[0].rfind(',')
        if comma >= 0:
            words[0] = words[0][comma + 1:]
    if len(words) == 3:
        # dd-mon-yy form
        dashed = words[0].split('-')
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        last = words[3]
        cut = last.find('+')
        if cut == -1:
            cut = last.find('-')
        if cut > 0:
            words[3:] = [last[:cut], last[cut:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTH_NUMBERS:
        # day and month may come the other way round
        dd, mm = mm, dd.lower()
        if mm not in _MONTH_NUMBERS:
            return None
    mm = _MONTH_NUMBERS[mm]
    if dd[-1] == ',':
        dd = dd[:-1]
    if yy.find(':') > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    fields = tm.split(':')
    if len(fields) == 2:
        thh, tmm = fields
        tss = '0'
    elif len(fields) == 3:
        thh, tmm, tss = fields
    elif len(fields) == 1 and '.' in fields[0]:
        fields = fields[0].split('.')
        if len(fields) == 2:
            thh, tmm = fields
            tss = 0
        elif len(fields) == 3:
            thh, tmm, tss = fields
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    offset = None
    tz = tz.upper()
    if tz in _timezones:
        offset = _timezones[tz]
    else:
        try:
            offset = int(tz)
        except ValueError:
            pass
        if offset == 0 and tz.startswith('-'):
            offset = None
    if offset:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, offset]


def parsedate(data):
    """Parse a date into a 9-tuple usable with time.mktime, or None."""
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """Turn a parsedate_tz() 10-tuple into a POSIX timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def quote(str):
    """Backslash-escape backslashes and double quotes."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


class AddrlistClass:
    """A forgiving parser for a header holding a list of addresses."""

    def __init__(self, field):
        self.specials = '()<>@,:;."[]'
        self.pos = 0
        self.LWS = ' \t'
        self.CR = '\r\n'
        self.FWS = self.LWS + self.CR
        self.atomends = ''.join((self.specials, self.LWS, self.CR))
        # a phrase may contain dots (obsolete syntax)
        self.phraseends = ''.join(c for c in self.atomends if c != '.')
        self.field = field
        self.commentlist = []

    def _take_comment(self):
        # comments are collected; they may stand in for a display name
        text = self.getcomment()
        self.commentlist.append(text)

    def _at(self):
        return self.field[self.pos]

    def _more(self):
        return self.pos < len(self.field)

    def gotonext(self):
        """Skip whitespace and comments; return the blanks skipped."""
        blanks = []
        while self._more():
            c = self._at()
            if c in ' \t\n\r':
                if c not in '\n\r':
                    blanks.append(c)
                self.pos += 1
            elif c == '(':
                self._take_comment()
            else:
                break
        return EMPTYSTRING.join(blanks)

    def getaddrlist(self):
        """All (name, address) pairs in the field."""
        out = []
        while self._more():
            got = self.getaddress()
            if got:
                out += got
            else:
                out.append(('', ''))
        return out

    def getaddress(self):
        """Parse the next address (a group gives several)."""
        self.commentlist = []
        self.gotonext()
        start = self.pos
        saved_comments = self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        found = []
        if not self._more():
            if phrase:
                found = [(SPACE.join(self.commentlist), phrase[0])]
        elif self._at() in '.@':
            # a bare addr-spec: start again from its beginning
            self.pos = start
            self.commentlist = saved_comments
            spec = self.getaddrspec()
            found = [(SPACE.join(self.commentlist), spec)]
        elif self._at() == ':':
            # a group: collect its members up to the ';'
            self.pos += 1
            while self._more():
                self.gotonext()
                if self._more() and self._at() == ';':
                    self.pos += 1
                    break
                found = found + self.getaddress()
        elif self._at() == '<':
            route = self.getrouteaddr()
            name = SPACE.join(phrase)
            if self.commentlist:
                name += ' (' + ' '.join(self.commentlist) + ')'
            found = [(name, route)]
        else:
            if phrase:
                found = [(SPACE.join(self.commentlist), phrase[0])]
            elif self._at() in self.specials:
                self.pos += 1
        self.gotonext()
        if self._more() and self._at() == ',':
            self.pos += 1
        return found

    def getrouteaddr(self):
        """Parse <...>, ignoring any source route; return the addr-spec."""
        if self._at() != '<':
            return None
        want_domain = False
        self.pos += 1
        self.gotonext()
        spec = ''
        while self._more():
            c = self._at()
            if want_domain:
                self.getdomain()
                want_domain = False
            elif c == '>':
                self.pos += 1
                break
            elif c == '@':
                self.pos += 1
                want_domain = True
            elif c == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        """Parse local-part@domain."""
        parts = []
        self.gotonext()
        while self._more():
            keep_ws = True
            c = self._at()
            if c == '.':
                if parts and not parts[-1].strip():
                    parts.pop()
                parts.append('.')
                self.pos += 1
                keep_ws = False
            elif c == '"':
                parts.append('"%s"' % quote(self.getquote()))
            elif c in self.atomends:
                if parts and not parts[-1].strip():
                    parts.pop()
                break
            else:
                parts.append(self.getatom())
            ws = self.gotonext()
            if keep_ws and ws:
                parts.append(ws)
        if not self._more() or self._at() != '@':
            return EMPTYSTRING.join(parts)
        parts.append('@')
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain:
            return EMPTYSTRING
        return EMPTYSTRING.join(parts) + domain

    def getdomain(self):
        """Parse a domain name."""
        parts = []
        while self._more():
            c = self._at()
            if c in self.LWS:
                self.pos += 1
            elif c == '(':
                self._take_comment()
            elif c == '[':
                parts.append(self.getdomainliteral())
            elif c == '.':
                self.pos += 1
                parts.append('.')
            elif c == '@':
                return EMPTYSTRING
            elif c in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return EMPTYSTRING.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """Parse text opened by beginchar and closed by one of endchars."""
        if self._at() != beginchar:
            return ''
        out = ['']
        escaped = False
        self.pos += 1
        while self._more():
            c = self._at()
            if escaped:
                out.append(c)
                escaped = False
            elif c in endchars:
                self.pos += 1
                break
            elif allowcomments and c == '(':
                out.append(self.getcomment())
                continue
            elif c == '\\':
                escaped = True
            else:
                out.append(c)
            self.pos += 1
        return EMPTYSTRING.join(out)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        if atomends is None:
            atomends = self.atomends
        start = self.pos
        while self._more() and self._at() not in atomends:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """Parse a run of words (atoms and quoted strings)."""
        words = []
        while self._more():
            c = self._at()
            if c in self.FWS:
                self.pos += 1
            elif c == '"':
                words.append(self.getquote())
            elif c == '(':
                self._take_comment()
            elif c in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """The parsed addresses of a header, usable as a sequence."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __add__(self, other):
        new = AddressList(None)
        new.addresslist = self.addresslist[:]
        for x in other.addresslist:
            if x not in self.addresslist:
                new.addresslist.append(x)
        return new

    def __iadd__(self, other):
        for x in other.addresslist:
            if x not in self.addresslist:
                self.addresslist.append(x)
        return self

    def __sub__(self, other):
        new = AddressList(None)
        for x in self.addresslist:
            if x not in other.addresslist:
                new.addresslist.append(x)
        return new

    def __isub__(self, other):
        for x in other.addresslist:
            if x in self.addresslist:
                self.addresslist.remove(x)
        return self

    def __getitem__(self, index):
        return self.addresslist[index]
