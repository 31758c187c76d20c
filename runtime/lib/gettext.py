"""Internationalization and localization support.

This module provides internationalization (I18N) and localization (L10N)
support for your Python programs by providing an interface to the GNU gettext
message catalog library.

I18N refers to the operation by which a program is made aware of multiple
languages.  L10N refers to the adaptation of your program, once
internationalized, to the local language and cultural habits.

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
    """Gets a C expression as used in PO files for plural forms and returns a
    Python function that implements an equivalent expression.
    """
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
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    # Magic number of .mo files, as read in little- and big-endian order.
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # Context and message id are stored joined by an EOT character.
    CONTEXT = "%s\x04%s"

    # Major revisions of the file format that can be read.
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Override this method to support alternative .mo formats."""
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, msgcount, masteridx, transidx = unpack(order + '4I', buf[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for _ in range(msgcount):
            mlen, moff = unpack(pair, buf[masteridx:masteridx + 8])
            tlen, toff = unpack(pair, buf[transidx:transidx + 8])
            mend = moff + mlen
            tend = toff + tlen
            if not (mend < buflen and tend < buflen):
                raise OSError(0, 'File is corrupt', filename)
            msg = buf[moff:mend]
            tmsg = buf[toff:tend]
            if mlen == 0:
                self._parse_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                # Plural entry: msgid NUL msgid_plural, translations NUL-separated.
                msgid1, msgid2 = msg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, form in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid1, i)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

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
    """Locate a file using the gettext strategy."""
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
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            found.append(mofile)
    return found if all else None


# Parsed catalogs, by class and absolute file name.
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        # Each caller gets its own object, so fallbacks added later stay local.
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


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
