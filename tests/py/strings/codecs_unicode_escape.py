# unicode_escape and raw_unicode_escape: escapes in both directions, malformed escapes with
# their positions and reasons, error handlers, the one warning for invalid escapes.
import warnings
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
for b in [b'\\x', b'\\x4', b'\\x41', b'\\u12', b'\\U0011ffff', b'\\N{LATIN SMALL LETTER A}', b'\\N{nope}', b'\\N', b'ab\\', b'\\101', b'\\t\\n\\x00\\\\', b'\xe9\\u00e9', b'a\\\nb', b'\\\\u0041', b'\\\\\\u0041']:
    t(lambda: b.decode('unicode_escape'))
    t(lambda: b.decode('raw_unicode_escape'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t(lambda: b'\\q\\777'.decode('unicode_escape'))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
t(lambda: b'\\x4'.decode('unicode_escape', 'replace'))
t(lambda: b'\\x4z'.decode('unicode_escape', 'ignore'))
t(lambda: b'\\x4z'.decode('unicode_escape', 'backslashreplace'))
for s in ['a\\b', '\t\n\r\x00\x7f\xe9\u20ac\U0001f600\ud800', "'\"", 'plain']:
    t(lambda: s.encode('unicode_escape'))
    t(lambda: s.encode('raw_unicode_escape'))
    t(lambda: s.encode('unicode_escape').decode('unicode_escape') == s)
t(lambda: 'x'.encode('unicode-escape'))
t(lambda: str(b'\\u00e9', 'unicode_escape'))
