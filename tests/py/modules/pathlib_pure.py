# Pure path parsing, properties and derived paths (POSIX and Windows flavours).
import pathlib, warnings
from pathlib import PurePath, PurePosixPath as PP, PureWindowsPath as PW
warnings.simplefilter('ignore', DeprecationWarning)
def t(f, *a, **k):
    try:
        r = f(*a, **k); print('->', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
cases_p = ['', '.', 'a', 'a/b', '/a/b/', '//a/b', '///a/b', 'a/./b/../c', './a', 'a//b', '/', '//', '.a', 'a.b.c', 'a.', '..', 'a/..', 'foo.tar.gz', '/x/.hidden', '...', 'a b/c d.txt']
cases_w = ['', 'c:', 'c:/', 'c:a/b', 'C:\\Windows\\sys.ini', '//server/share', '//server/share/x/y', '\\\\?\\c:\\x', '/a/b', 'a/b\\c', '//server', 'c:/a/../b', 'nul', 'a/con.txt', 'x/com1', 'y/lpt¹', 'a.', 'b ', '//./dev/x', 'C:x.tar.gz', '\\\\?\\UNC\\srv\\sh\\f']
for cls, cases in ((PP, cases_p), (PW, cases_w)):
    for s in cases:
        p = cls(s)
        print(repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.parent), list(map(str, p.parents)), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), p.is_absolute(), p.as_posix(), p.is_reserved())
        t(p.as_uri)
        t(p.with_name, 'n.x'); t(p.with_stem, 'st'); t(p.with_suffix, '.z'); t(p.with_suffix, '')
