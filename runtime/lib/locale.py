"""Locale services, for the C/POSIX locale only.

Weft has no binding to the C library's setlocale(), so this module keeps the
locale of each category itself and supplies the values of the C locale.  The
only locale names it accepts are "C", "POSIX" (reported as "C") and the UTF-8
variant of C ("C.UTF-8", "C.utf8", ...), which behaves like C except that its
character set is UTF-8.  Any other name, including one taken from LC_ALL,
LC_CTYPE or LANG when setlocale() is given the empty string, raises
Error('unsupported locale setting'), just as the C library does for a locale
that is not installed.

At start-up LC_CTYPE follows the environment and, when that asks for the C
locale (or for a locale that is not available), is coerced to C.UTF-8 unless
LC_ALL is set or PYTHONCOERCECLOCALE is "0"; after such a coercion the other
categories follow the environment too, otherwise they start as C.

Number formatting (format_string, str, currency, localize, delocalize, atof,
atoi) reads the conventions from localeconv() at each call.
"""

import sys
import encodings
from _locale_alias import (locale_alias, locale_encoding_alias, windows_locale,
                           codec_aliases as _codec_aliases)

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding",
           "LC_MESSAGES"]

# The builtin str, for the places where the name is shadowed by locale.str.
_builtin_str = str


class Error(Exception):
    pass


Error.__module__ = 'locale'

CHAR_MAX = 127

# Category numbers as the GNU C library defines them.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6

# Every category but LC_ALL, in the order of a composite LC_ALL name.
_category_names = {
    0: 'LC_CTYPE', 1: 'LC_NUMERIC', 2: 'LC_TIME', 3: 'LC_COLLATE',
    4: 'LC_MONETARY', 5: 'LC_MESSAGES', 7: 'LC_PAPER', 8: 'LC_NAME',
    9: 'LC_ADDRESS', 10: 'LC_TELEPHONE', 11: 'LC_MEASUREMENT',
    12: 'LC_IDENTIFICATION',
}
_categories = tuple(_category_names)

_unsupported = 'unsupported locale setting'


def _index(value):
    # Categories are C ints: accept what int.__index__ accepts, bounded like a C int.
    if not isinstance(value, int):
        try:
            value = type(value).__index__(value)
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__) from None
    if not -2**31 <= value < 2**31:
        raise OverflowError('Python int too large to convert to C int')
    return int(value)


def _accept(name):
    """Return the name the locale is known by, or None if it is not available."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name.startswith('C.'):
        codeset = name[2:].partition('@')[0]
        # The C library compares codeset names ignoring case and punctuation.
        if ''.join(ch for ch in codeset.lower() if ch.isalnum()) == 'utf8':
            return name
    return None


def _from_environment(category, overrides=None):
    import os
    env = os.environ if overrides is None else dict(os.environ, **overrides)
    for var in ('LC_ALL', _category_names[category], 'LANG'):
        value = env.get(var)
        if value:
            return value
    return 'C'


def _initial_locale():
    """The locale of each category as the interpreter starts."""
    import os
    current = dict.fromkeys(_categories, 'C')
    ctype = _accept(_from_environment(LC_CTYPE)) or 'C'
    if (ctype == 'C' and not os.environ.get('LC_ALL')
            and os.environ.get('PYTHONCOERCECLOCALE') != '0'):
        # The C locale is coerced to C.UTF-8, and the other categories then
        # follow the environment if all of them can.
        ctype = 'C.UTF-8'
        wanted = {c: _accept(_from_environment(c, {'LC_CTYPE': ctype}))
                  for c in _categories}
        if None not in wanted.values():
            current.update(wanted)
    current[LC_CTYPE] = ctype
    return current


try:
    _current = _initial_locale()
except Exception:
    _current = dict.fromkeys(_categories, 'C')


def _query(category):
    if category == LC_ALL:
        names = [_current[c] for c in _categories]
        if all(n == names[0] for n in names):
            return names[0]
        return ';'.join('%s=%s' % (_category_names[c], _current[c])
                        for c in _categories)
    if category not in _current:
        raise Error('locale query failed')
    return _current[category]


def _parse_composite(name):
    # A composite LC_ALL name must give every category exactly once.
    by_name = {v: k for k, v in _category_names.items()}
    result = {}
    for part in name.split(';'):
        key, sep, value = part.partition('=')
        if not sep or key not in by_name or by_name[key] in result:
            return None
        result[by_name[key]] = value
    if len(result) != len(_categories):
        return None
    return result


def _set(category, name):
    if '\0' in name:
        raise ValueError('embedded null character')
    if category == LC_ALL:
        if name == '':
            wanted = {c: _from_environment(c) for c in _categories}
        elif '=' in name:
            wanted = _parse_composite(name)
            if wanted is None:
                raise Error(_unsupported)
        else:
            wanted = dict.fromkeys(_categories, name)
    elif category in _current:
        wanted = {category: _from_environment(category) if name == '' else name}
    else:
        raise Error(_unsupported)
    # All or nothing, like the C library.
    accepted = {}
    for cat, value in wanted.items():
        known = _accept(value)
        if known is None:
            raise Error(_unsupported)
        accepted[cat] = known
    _current.update(accepted)
    return _query(category)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two '
                        'strings -- language code, encoding.') from None


def setlocale(category, locale=None):
    """Change the locale of category (an LC_* constant) and return the new name;
    with locale None, just return the current one. A (language, encoding) pair
    is turned into a name through normalize(); a string is used as given.
    """
    if locale and not isinstance(locale, _builtin_str):
        joined = _build_localename(locale)
        locale = normalize(joined)
    category = _index(category)
    if locale is None:
        return _query(category)
    if not isinstance(locale, _builtin_str):
        raise TypeError('setlocale() argument 2 must be str or None, not %s'
                        % type(locale).__name__)
    return _set(category, locale)


def getlocale(category=LC_CTYPE):
    """The locale of category (LC_CTYPE by default; not LC_ALL when its
    categories differ) as a (language code, encoding) pair. For the C locale,
    or when a part is not known, that part is None.
    """
    localename = _query(_index(category))
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            # The euro modifier implies Latin-9 when no encoding is named.
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        # "UTF-8" alone is a valid LC_CTYPE on some systems.
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated. The (language code, encoding) pair of the locale the
    environment asks for, without changing the current one: the first
    non-empty variable among envvars names it ('C' if none is set).
    """
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for "
                  "removal in Python 3.15. Use setlocale(), getencoding() and "
                  "getlocale() instead.", DeprecationWarning, stacklevel=2)
    return _getdefaultlocale(envvars)


def _getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    localename = 'C'
    for variable in envvars:
        value = os.environ.get(variable, None)
        if value:
            if variable == 'LANGUAGE':
                # LANGUAGE holds a colon-separated list of preferences.
                value = value.split(':')[0]
            localename = value
            break
    return _parse_localename(localename)


def _codeset():
    name = _current[LC_CTYPE]
    return 'ANSI_X3.4-1968' if name == 'C' else 'UTF-8'


def getencoding(*args):
    """The character encoding of the current LC_CTYPE locale."""
    if args:
        raise TypeError('_locale.getencoding() takes no arguments (%d given)' % len(args))
    return _codeset()


def getpreferredencoding(do_setlocale=True):
    """The encoding text files are expected to use: UTF-8 in UTF-8 mode, else
    the encoding of the user's LC_CTYPE (the current locale's when do_setlocale
    is false)."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    # The user's preference is the environment's LC_CTYPE, which may not be set.
    saved = _current[LC_CTYPE]
    try:
        _set(LC_CTYPE, '')
    except Error:
        pass
    try:
        return getencoding()
    finally:
        _current[LC_CTYPE] = saved


def localeconv():
    """The number and currency formatting conventions of the locale, as a dict."""
    return {
        'int_curr_symbol': '', 'currency_symbol': '',
        'mon_decimal_point': '', 'mon_thousands_sep': '', 'mon_grouping': [],
        'positive_sign': '', 'negative_sign': '',
        'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
        'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
        'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
        'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
        'decimal_point': '.', 'thousands_sep': '', 'grouping': [],
    }


def _check_str(value, what):
    if not isinstance(value, _builtin_str):
        raise TypeError('%s must be str, not %s' % (what, _typename(value)))
    if '\0' in value:
        raise ValueError('embedded null character')


def _typename(value):
    return 'None' if value is None else type(value).__name__


def strcoll(*args):
    """Compare two strings by the locale's collation: negative, zero or positive."""
    if len(args) != 2:
        raise TypeError('strcoll expected 2 arguments, got %d' % len(args))
    os1, os2 = args
    _check_str(os1, 'strcoll() argument 1')
    _check_str(os2, 'strcoll() argument 2')
    # Both C and C.UTF-8 collate by code point.
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """A transformed string whose plain ordering follows the locale's collation."""
    _check_str(string, 'strxfrm() argument')
    return string


# --- nl_langinfo --------------------------------------------------------------

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

_langinfo = {
    RADIXCHAR: '.', THOUSEP: '', CRNCYSTR: '-',
    YESEXPR: '^[yY]', NOEXPR: '^[nN]',
}

# The LC_TIME items are numbered consecutively from 0x20000.
_day_names = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')
_month_names = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')
for _i, _day in enumerate(_day_names, 1):
    globals()['ABDAY_%d' % _i] = 0x20000 + _i - 1
    globals()['DAY_%d' % _i] = 0x20007 + _i - 1
    _langinfo[0x20000 + _i - 1] = _day[:3]
    _langinfo[0x20007 + _i - 1] = _day
for _i, _month in enumerate(_month_names, 1):
    globals()['ABMON_%d' % _i] = 0x2000E + _i - 1
    globals()['MON_%d' % _i] = 0x2001A + _i - 1
    _langinfo[0x2000E + _i - 1] = _month[:3]
    _langinfo[0x2001A + _i - 1] = _month
del _i, _day, _month

AM_STR = 0x20026
PM_STR = 0x20027
D_T_FMT = 0x20028
D_FMT = 0x20029
T_FMT = 0x2002A
T_FMT_AMPM = 0x2002B
ERA = 0x2002C
ERA_D_FMT = 0x2002E
ALT_DIGITS = 0x2002F
ERA_D_T_FMT = 0x20030
ERA_T_FMT = 0x20031

_langinfo.update({
    AM_STR: 'AM', PM_STR: 'PM',
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
    T_FMT_AMPM: '%I:%M:%S %p',
    ERA: '', ERA_D_FMT: '', ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: '',
})


def nl_langinfo(*args):
    """The locale's value for one of the nl_langinfo constants (CODESET, D_FMT...)."""
    if len(args) != 1:
        raise TypeError('_locale.nl_langinfo() takes exactly one argument (%d given)'
                        % len(args))
    key = args[0]
    key = _index(key)
    if key == CODESET:
        return _codeset()
    try:
        return _langinfo[key]
    except KeyError:
        raise ValueError('unsupported langinfo constant') from None


# --- number formatting ----------------------------------------------------------

def _grouping_intervals(grouping):
    # A trailing 0 repeats the last size for ever; CHAR_MAX stops grouping.
    last = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if last is None:
                raise ValueError('invalid grouping')
            while True:
                yield last
        yield size
        last = size


def _group(s, monetary=False):
    """Insert thousands separators into the integer s; return (text, chars added)."""
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    body = s.rstrip(' ')
    trailing = s[len(body):]
    groups = []
    leading = ''
    for size in _grouping_intervals(grouping):
        # Stop at the sign or the padding in front of the digits.
        if not body or body[-1] not in '0123456789':
            leading = body
            body = ''
            break
        groups.append(body[-size:])
        body = body[:-size]
    if body:
        groups.append(body)
    groups.reverse()
    return leading + sep.join(groups) + trailing, len(sep) * (len(groups) - 1)


def _strip_padding(s, amount):
    # Separators widen a padded field: take the width back from its padding.
    start = 0
    while amount and s[start] == ' ':
        start += 1
        amount -= 1
    end = len(s)
    while amount and s[end - 1] == ' ':
        end -= 1
        amount -= 1
    return s[start:end]


def _localize(formatted, grouping=False, monetary=False):
    integer, dot, fraction = formatted.partition('.')
    added = 0
    if grouping:
        integer, added = _group(integer, monetary=monetary)
    if dot:
        conv = localeconv()
        point = conv['mon_decimal_point' if monetary else 'decimal_point']
        # A second '.' (which %-formatting never makes) is localized too.
        formatted = point.join([integer] + fraction.split('.'))
    else:
        formatted = integer
    if added:
        formatted = _strip_padding(formatted, added)
    return formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    # additional holds the values of '*' widths and precisions.
    text = percent % ((value, *additional) if additional else value)
    if percent[-1] not in 'eEfFgGdiu':
        return text
    return _localize(text, grouping, monetary)


def _specs(f):
    """Yield (start, end, spec, key, star count) for each conversion in f."""
    import re
    # '%', an optional '(key)', flags/width/precision/length, the conversion.
    flags = '[-#0-9 +*.hlL]'
    pattern = re.compile('%(?:[(].*?[)])?(' + flags + '*?)[eEfFgGdiouxXcrs%]')
    for m in pattern.finditer(f):
        yield m.start(), m.end(), m.group(), m.group(1).count('*')


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with numbers written the locale's way: its decimal point, and
    with grouping true its thousands separators (the currency ones when
    monetary is true)."""
    import collections.abc
    pieces = []
    values = []
    pos = 0
    mapping = isinstance(val, collections.abc.Mapping)
    if not mapping and not isinstance(val, tuple):
        val = (val,)
    index = 0
    for start, end, spec, stars in _specs(f):
        pieces.append(f[pos:start])
        pieces.append('%s')
        pos = end
        if spec[-1] == '%':
            values.append('%')
        elif mapping:
            values.append(_format(spec, val, grouping, monetary))
        else:
            extra = val[index + 1:index + 1 + stars]
            values.append(_format(spec, val[index], grouping, monetary, *extra))
            index += 1 + stars
    pieces.append(f[pos:])
    return ''.join(pieces) % tuple(values)


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of money in the locale's currency format; symbol adds the
    currency symbol, international uses the ISO 4217 one."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    negative = val < 0
    number = _localize(f'{abs(val):.{digits}f}', grouping, monetary=True)
    before = after = ''
    if symbol:
        sym = conv['int_curr_symbol' if international else 'currency_symbol']
        space = ' ' if conv['n_sep_by_space' if negative else 'p_sep_by_space'] else ''
        if conv['n_cs_precedes' if negative else 'p_cs_precedes']:
            before = sym + space
        else:
            # The international symbol ends in its own separator.
            if international and sym[-1] == ' ':
                sym = sym[:-1]
            after = space + sym
    position = conv['n_sign_posn' if negative else 'p_sign_posn']
    sign = conv['negative_sign' if negative else 'positive_sign']
    if position == 0:
        return '(' + before + number + after + ')'
    if position == 2:
        return before + number + after + sign
    if position == 3:
        return before + sign + number + after
    if position == 4:
        return before + number + sign + after
    return sign + before + number + after


def str(val):
    """Like str() of a float (12 significant digits), with the locale's decimal point."""
    return _format('%.12g', val)


def delocalize(string):
    """Undo localization: drop thousands separators and make the decimal point '.'."""
    conv = localeconv()
    sep = conv['thousands_sep']
    if sep:
        string = string.replace(sep, '')
    point = conv['decimal_point']
    if point:
        string = string.replace(point, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Write the number in string the locale's way (decimal point, grouping)."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """func (float by default) applied to the delocalized string."""
    return func(delocalize(string))


def atoi(string):
    """int() of the delocalized string."""
    return int(delocalize(string))


# --- locale names ----------------------------------------------------------------

def _encoding_for_locale(encoding):
    """The name setlocale() uses for encoding, or its codec name if unknown."""
    norm = encodings.normalize_encoding(encoding)
    norm = _codec_aliases.get(norm.lower(), norm)
    return locale_encoding_alias.get(norm.lower(), norm)


def _replace_encoding(code, encoding):
    return code.partition('.')[0] + '.' + _encoding_for_locale(encoding)


def _append_modifier(code, modifier):
    if modifier == 'euro':
        # The euro modifier names Latin-9 unless the encoding already has the sign.
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """The full locale name, as setlocale() takes it, that the alias table gives
    for localename (e.g. 'de' -> 'de_DE.ISO8859-1'); an encoding in the name is
    kept. A name the table does not know comes back unchanged.
    """
    code = localename.lower()
    if ':' in code:
        # Some systems write the encoding after a colon.
        code = code.replace(':', '.')
    code, _, modifier = code.partition('@')
    parts = code.split('.')
    langname = parts[0]
    encoding = parts[1] if len(parts) > 1 else ''
    lang_enc = langname
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')

    # The most specific spelling first: language, encoding and modifier.
    found = locale_alias.get(lang_enc + '@' + modifier if modifier else lang_enc)
    if found is not None:
        return found

    if modifier:
        # The alias of language and encoding, with the modifier put back.
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found

    if encoding:
        # The alias of the language alone, with the requested encoding.
        found = locale_alias.get(langname + '@' + modifier if modifier else langname)
        if found is not None:
            base, at, mod = found.partition('@')
            return _replace_encoding(base, encoding) + at + mod
        if modifier:
            found = locale_alias.get(langname)
            if found is not None:
                if '@' not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                base, default_mod = found.split('@', 1)
                if default_mod.lower() == modifier:
                    return _replace_encoding(base, encoding) + '@' + default_mod

    return localename


# --- message catalogs of the C library ------------------------------------------

# Translations need a message locale other than C, so every lookup returns its
# argument; the domain bindings are still recorded and reported back.
_textdomain = 'messages'
_bindings = {}
_codesets = {}


def _check_opt_str(value, what):
    if value is not None and not isinstance(value, _builtin_str):
        raise TypeError('%s must be str or None, not %s' % (what, _typename(value)))


def gettext(msg):
    """The translation of msg in the current domain (msg itself here)."""
    _check_str(msg, 'gettext() argument')
    return msg


def dgettext(domain, msg):
    """The translation of msg in domain (msg itself here)."""
    _check_opt_str(domain, 'dgettext() argument 1')
    _check_str(msg, 'dgettext() argument 2')
    return msg


def dcgettext(domain, msg, category):
    """The translation of msg in domain for category (msg itself here)."""
    _check_opt_str(domain, 'dcgettext() argument 1')
    _check_str(msg, 'dcgettext() argument 2')
    _index(category)
    return msg


def textdomain(domain):
    """Select the default message domain (None: leave it); returns the current one."""
    global _textdomain
    _check_opt_str(domain, 'textdomain() argument')
    if domain is not None:
        # The empty name selects the default domain.
        _textdomain = domain or 'messages'
    return _textdomain


def bindtextdomain(domain, dir):
    """Record dir as the directory of domain's catalogs; returns the binding."""
    import os
    _check_str(domain, 'bindtextdomain() argument 1')
    if not domain:
        raise Error('domain must be a non-empty string')
    if dir is not None:
        dir = os.fsdecode(os.fspath(dir))
        _bindings[domain] = dir
    return _bindings.get(domain, '/usr/share/locale')


def bind_textdomain_codeset(domain, codeset):
    """Record the encoding for domain's translations; returns the binding."""
    _check_str(domain, 'bind_textdomain_codeset() argument 1')
    _check_opt_str(codeset, 'bind_textdomain_codeset() argument 2')
    if codeset is not None:
        _codesets[domain] = codeset
    return _codesets.get(domain)
