"""Message translation in the style of GNU gettext.

A program marks its user-visible strings with gettext() (commonly installed as
_()), and this module looks them up in message catalogs for the user's
language, falling back to the string itself when no translation exists.

Catalogs are GNU .mo files, found under a locale directory as
<localedir>/<language>/LC_MESSAGES/<domain>.mo.  A plural-forms rule from a
catalog's header is a C expression; c2py() turns it into a Python function.
"""

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext',
           ]

# Catalogs installed with the interpreter; without sys.base_prefix, the prefix is
# the directory above the one holding the executable.
_default_localedir = os.path.join(
    getattr(sys, 'base_prefix', None)
    or os.path.dirname(os.path.dirname(os.path.abspath(sys.executable or ''))),
    'share', 'locale')


# --- plural forms ----------------------------------------------------------------

# Binary operators of the C expression language, by precedence (higher binds
# tighter), and how each is spelled in Python.
_PRECEDENCE = {
    '||': 1, '&&': 2, '==': 3, '!=': 3,
    '<': 4, '>': 4, '<=': 4, '>=': 4,
    '+': 5, '-': 5, '*': 6, '/': 6, '%': 6,
}
_PYTHON_OP = {'||': 'or', '&&': 'and', '/': '//'}
_COMPARISON = (3, 4)


def _tokenize(text):
    """Return the tokens of a plural expression, ending with '' for the end."""
    import re
    token_re = re.compile(r"""
        (?P<space>[ \t]+) |
        (?P<number>[0-9]+\b) |
        (?P<name>n\b) |
        (?P<paren>[()]) |
        (?P<op>[-*/%+?:]|[><!]=?|==|&&|\|\|) |
        (?P<bad>\w+|.)
        """, re.VERBOSE | re.DOTALL)
    tokens = []
    for m in token_re.finditer(text):
        kind = m.lastgroup
        if kind == 'space':
            continue
        if kind == 'bad':
            raise ValueError('invalid token in plural form: %s' % m.group())
        tokens.append(m.group())
    tokens.append('')
    return tokens


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


class _PluralParser:
    """Translate a C plural expression into the text of a Python expression.

    Python's own precedence does the grouping where it agrees with C; the
    translation adds parentheses where it does not (chained comparisons and
    nested conditionals).
    """

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def next(self):
        token = self.tokens[self.pos]
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return token

    def parse(self, min_prec=-1):
        """Parse an operand and the operators binding at least min_prec.

        Returns the Python text and the token that ended it."""
        text = ''
        token = self.next()
        while token == '!':
            text += 'not '
            token = self.next()
        if token == '(':
            inner, token = self.parse()
            if token != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            text += '(' + inner + ')'
        elif token == 'n':
            text += 'n'
        else:
            try:
                value = int(token, 10)
            except ValueError:
                raise _unexpected(token) from None
            text += '%d' % value
        token = self.next()

        last = None
        while token in _PRECEDENCE:
            prec = _PRECEDENCE[token]
            if prec < min_prec:
                break
            # Python would chain a comparison onto a comparison: group the left side.
            if prec in _COMPARISON and last in _COMPARISON:
                text = '(' + text + ')'
            op = _PYTHON_OP.get(token, token)
            right, token = self.parse(prec + 1)
            text = '%s %s %s' % (text, op, right)
            last = prec
        if last == 4 and min_prec == 4:
            # The right operand of a relational operator is itself a comparison.
            text = '(' + text + ')'

        if token == '?' and min_prec <= 0:
            if_true, token = self.parse(0)
            if token != ':':
                raise _unexpected(token)
            if_false, token = self.parse()
            text = '%s if %s else %s' % (if_true, text, if_false)
            if min_prec == 0:
                text = '(' + text + ')'
        return text, token


def _plural_index(n):
    """Coerce the count given to a plural function to an integer."""
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (n.__class__.__name__,)) from None
    import operator
    try:
        return operator.index(n)
    except TypeError:
        pass
    import warnings
    # Blame the first caller outside this module.
    level = 2
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        level += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s'
                  % (n.__class__.__name__,), DeprecationWarning, level)
    return n


def c2py(plural):
    """Compile the C expression of a Plural-Forms header (e.g. 'n != 1') into a
    function of n returning the index of the plural form to use."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        text, token = _PluralParser(_tokenize(plural)).parse()
        if token:
            raise _unexpected(token)
        depth = 0
        for ch in text:
            if ch == '(':
                depth += 1
                # Far below the compiler's nesting limit; real rules need 2.
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif ch == ')':
                depth -= 1
        namespace = {'_plural_index': _plural_index, '__name__': __name__}
        exec('def func(n):\n'
             '    if not isinstance(n, int):\n'
             '        n = _plural_index(n)\n'
             '    return int(%s)\n' % text, namespace)
        return namespace['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


# --- catalogs --------------------------------------------------------------------

def _expand_lang(loc):
    """Candidate catalog names for a locale, from the most specific down."""
    import locale
    loc = locale.normalize(loc)
    # Split language[_territory][.codeset][@modifier]; optional parts keep their marks.
    loc, at, modifier = loc.partition('@')
    modifier = at + modifier
    loc, dot, codeset = loc.partition('.')
    codeset = dot + codeset
    language, us, territory = loc.partition('_')
    territory = us + territory
    # Dropping the modifier matters least, the codeset most: walk the subsets of
    # the present parts in that order.
    parts = [(4, modifier), (2, territory), (1, codeset)]
    present = sum(bit for bit, value in parts if value)
    result = []
    for mask in range(present, -1, -1):
        if mask & ~present:
            continue
        name = language
        if mask & 2:
            name += territory
        if mask & 1:
            name += codeset
        if mask & 4:
            name += modifier
        result.append(name)
    return result


class NullTranslations:
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        # _ always; the other lookup methods only when names asks for them.
        import builtins
        wanted = set() if names is None else set(names)
        installed = {'_': self.gettext}
        for name in ('gettext', 'ngettext', 'npgettext', 'pgettext'):
            if name in wanted:
                installed[name] = getattr(self, name)
        vars(builtins).update(installed)


class GNUTranslations(NullTranslations):
    # Magic number of .mo files, as read in little- and big-endian order.
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # Context and message id are stored joined by an EOT character.
    CONTEXT = "%s\x04%s"

    # Major revisions of the file format that can be read.
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Split a .mo format revision number into (major, minor)."""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Read a GNU .mo file into the catalog; a subclass may override this to
        read another format."""
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)
        (magic,) = unpack('<I', data[:4])
        endian = {self.LE_MAGIC: '<', self.BE_MAGIC: '>'}.get(magic)
        if endian is None:
            raise OSError(0, 'Bad magic number', filename)
        version, count, ids_at, strs_at = unpack(endian + '4I', data[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        # Two tables of (length, offset) entries: the message ids and, in the same
        # order, their translations.
        entry = endian + 'II'
        for k in range(count):
            id_len, id_start = unpack(entry, data[ids_at + 8 * k:ids_at + 8 * k + 8])
            tr_len, tr_start = unpack(entry, data[strs_at + 8 * k:strs_at + 8 * k + 8])
            id_end = id_start + id_len
            tr_end = tr_start + tr_len
            if id_end >= size or tr_end >= size:
                raise OSError(0, 'File is corrupt', filename)
            msgid = data[id_start:id_end]
            translated = data[tr_start:tr_end]
            if id_len == 0:
                self._parse_header(translated)
            encoding = self._charset or 'ascii'
            if b'\x00' not in msgid:
                catalog[msgid.decode(encoding)] = translated.decode(encoding)
                continue
            # Plural entry: msgid NUL msgid_plural, translations NUL-separated.
            singular, _plural = msgid.split(b'\x00')
            singular = singular.decode(encoding)
            for index, form in enumerate(translated.split(b'\x00')):
                catalog[(singular, index)] = form.decode(encoding)

    def _parse_header(self, tmsg):
        # The translation of the empty msgid holds RFC 822 style metadata.
        lastk = None
        for b_item in tmsg.split(b'\n'):
            item = b_item.decode().strip()
            if not item:
                continue
            # Lines added by msgcat when merging catalogs.
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue
            k = v = None
            if ':' in item:
                k, v = item.split(':', 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += '\n' + item
            if k == 'content-type':
                self._charset = v.split('charset=')[1]
            elif k == 'plural-forms':
                rule = v.split(';')[1].split('plural=')[1]
                self.plural = c2py(rule)

    def _lookup(self, key):
        # A singular lookup also finds the n == 1 form of a plural entry.
        missing = object()
        tmsg = self._catalog.get(key, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((key, self.plural(1)), missing)
        return None if tmsg is missing else tmsg

    def gettext(self, message):
        tmsg = self._lookup(message)
        if tmsg is not None:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        tmsg = self._lookup(self.CONTEXT % (context, message))
        if tmsg is not None:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        try:
            return self._catalog[(self.CONTEXT % (context, msgid1), self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def find(domain, localedir=None, languages=None, all=False):
    """The path of the .mo catalog of domain for the first of languages that has
    one (all=True: the list of every such path). languages defaults to the
    first non-empty of $LANGUAGE, $LC_ALL, $LC_MESSAGES and $LANG."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    found = []
    for lang in candidates:
        # The C locale has no translations, nor has anything after it.
        if lang == 'C':
            break
        basename = '%s.mo' % domain
        path = os.path.join(localedir, lang, 'LC_MESSAGES', basename)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


# Parsed catalogs, by class and absolute file name.
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain', domain)
    import copy
    result = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        cached = _translations.get(key)
        if cached is None:
            with open(path, 'rb') as fp:
                cached = _translations.setdefault(key, class_(fp))
        # Each caller gets its own object, so fallbacks added later stay local.
        mine = copy.copy(cached)
        if result is None:
            result = mine
        else:
            result.add_fallback(mine)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


# The global domain and its bindings, for the functional interface.
_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    if t is None:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    if t is None:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# The name of the module-level translation() in older releases.
Catalog = translation
