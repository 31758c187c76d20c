"""Case-insensitive character comparison for Weft's re package.

Two characters match under IGNORECASE when they fold to the same character.
For str patterns (Unicode mode) the fold of c is

    simple_lower(simple_upper(simple_lower(c)))

where the simple mappings are str.lower()/str.upper() restricted to results of
one character.  This makes, e.g., 's', 'S' and LATIN SMALL LETTER LONG S all
fold to 's', and 'σ', 'ς', 'Σ' all fold to 'σ', which is what CPython's re does.
The table below lists, per fold, the characters of the class that cannot be
reached from the fold by lower/upper/title; it was derived by checking CPython
3.13's re behaviour over every code point (no code was taken from CPython).

Backreferences under IGNORECASE compare simple_lower() forms only, as
CPython does (so there LONG S does not match 's').

In ASCII mode (bytes patterns, the ASCII flag, and LOCALE, which Weft treats as
the C locale) only the 52 ASCII letters fold.
"""

# The one character whose str.lower() is longer than one character; its
# simple (one-character) lowercase mapping.
_LOWER_EXCEPTIONS = {'\u0130': 'i'}

# fold -> the members of its class that lower/upper/title of the fold miss.
_CLASS_EXTRA = {
    'i': '\u0130\u0131',
    'k': '\u212a',
    's': '\u017f',
    '\u03bc': '\xb5',
    '\xe5': '\u212b',
    '\u03b9': '\u0345\u1fbe',
    '\u03b2': '\u03d0',
    '\u03b5': '\u03f5',
    '\u03b8': '\u03d1\u03f4',
    '\u03ba': '\u03f0',
    '\u03c0': '\u03d6',
    '\u03c1': '\u03f1',
    '\u03c3': '\u03c2',
    '\u03c6': '\u03d5',
    '\u03c9': '\u2126',
    '\u0432': '\u1c80',
    '\u0434': '\u1c81',
    '\u043e': '\u1c82',
    '\u0441': '\u1c83',
    '\u0442': '\u1c84\u1c85',
    '\u044a': '\u1c86',
    '\u0463': '\u1c87',
    '\ua64b': '\u1c88',
    '\u1e61': '\u1e9b',
    '\xdf': '\u1e9e',
}


def _simple_lower(c):
    low = c.lower()
    if len(low) == 1:
        return low
    return _LOWER_EXCEPTIONS.get(c, c)


def _simple_upper(c):
    up = c.upper()
    return up if len(up) == 1 else c


# Memo tables: folding is called per subject character, so results are cached.
# ASCII characters are filled in up front.
_fold_cache = {}
_members_cache = {}


_lower_cache = {}


def simple_lower(c):
    """The one-character lowercase of c (what backreferences compare)."""
    low = _lower_cache.get(c)
    if low is None:
        low = _simple_lower(c)
        if len(_lower_cache) > 20000:
            _lower_cache.clear()
        _lower_cache[c] = low
    return low


def _compute_fold(c):
    return _simple_lower(_simple_upper(_simple_lower(c)))


def fold_unicode(c):
    """The Unicode-mode case fold of the one-character string c."""
    f = _fold_cache.get(c)
    if f is None:
        f = _compute_fold(c)
        if len(_fold_cache) > 20000:
            _fold_cache.clear()
        _fold_cache[c] = f
    return f


def members_unicode(c):
    """All characters that match c case-insensitively in Unicode mode
    (c included), as a str."""
    m = _members_cache.get(c)
    if m is not None:
        return m
    f = fold_unicode(c)
    candidates = {c, f, _simple_upper(f), _simple_lower(c), _simple_upper(c)}
    title = f.title()
    if len(title) == 1:
        candidates.add(title)
    for x in _CLASS_EXTRA.get(f, ''):
        candidates.add(x)
    m = ''.join(sorted(x for x in candidates if fold_unicode(x) == f))
    if len(_members_cache) > 20000:
        _members_cache.clear()
    _members_cache[c] = m
    return m


_ASCII_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
_ASCII_LOWER = 'abcdefghijklmnopqrstuvwxyz'
_ASCII_FOLD = dict(zip(_ASCII_UPPER, _ASCII_LOWER))


def fold_ascii(c):
    """The ASCII-mode case fold: only A-Z change."""
    return _ASCII_FOLD.get(c, c)


def members_ascii(c):
    f = _ASCII_FOLD.get(c, c)
    if 'a' <= f <= 'z':
        return f.upper() + f
    return c


for _c in map(chr, range(128)):
    _fold_cache[_c] = _compute_fold(_c)
del _c
