# Pure path relations, comparisons, joining, URIs and matching.
from pathlib import Path, PurePath, PurePosixPath as PP, PureWindowsPath as PW
import os, warnings, pathlib
def t(f, *a, **k):
    try:
        r = f(*a, **k); print('->', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(Path, b'x'); t(Path, 1); t(PP('a').with_name, 'a/b'); t(PP('a').with_name, ''); t(PP('a').with_name, '.'); t(PP('a').with_name, '..');t(PP('a').with_suffix, 'x'); t(PP('a').with_suffix, '.'); t(PP('a').with_suffix, './x'); t(PP('a.b').with_stem, ''); t(PW('c:a').with_name, 'd:x')
t(PP('/a/b').relative_to, '/c'); t(PP('/a/b').relative_to, 'a'); t(PP('/a/b').relative_to, '/a/c', walk_up=True); t(PP('/a/b').relative_to, '/a/..', walk_up=True); t(PP('a/b').relative_to, '/a', walk_up=True); t(PP('/a/b').relative_to, '/a/b'); t(PP('/a/b').relative_to, '/'); t(PP('/a/b').relative_to, '/x/y/z', walk_up=True)
t(PW('C:/a/b').relative_to, 'c:/A'); t(PW('C:/a/b').relative_to, 'd:/', walk_up=True)
t(PP('a').is_relative_to, 'a'); t(PP('/a/b').is_relative_to, '/a'); t(PP('/a/b').is_relative_to, 'a')
t(lambda: PP('a') < PW('a')); t(lambda: PP('a') == PW('a')); t(lambda: PP('a') < 'a'); t(lambda: PP('a') / 1); t(lambda: 'x' / PP('a')); t(lambda: PW('A') == PW('a')); t(lambda: hash(PW('A')) == hash(PW('a'))); t(lambda: sorted([PP('b'), PP('a/b'), PP('a'), PP('/z'), PP('A')]))
t(lambda: PP('a').parents[1]); t(lambda: PP('a/b/c').parents[-1]); t(lambda: PP('a/b/c').parents[0:2]); t(lambda: PP('a/b').parents); t(lambda: PP('a/b/c').parents[-4]); t(lambda: PP('a/b/c').parents['x'])
t(lambda: PP('a', PW('b\\c'))); t(lambda: PW('a', PP('b/c'))); t(lambda: PP('/a', '/b', 'c')); t(lambda: PW('c:/a', 'd:b')); t(lambda: PW('c:/a', '/b')); t(lambda: PW('c:/a', 'c:b')); t(lambda: PW('c:/a', 'C:b')); t(lambda: PW('//srv/sh', 'x')); t(lambda: PW('./c:a')); t(lambda: PP('a').joinpath('b', '/c', 'd'))
t(lambda: bytes(PP('/é'))); t(lambda: PP('/a b/é%').as_uri()); t(lambda: PW('c:/a b/é').as_uri()); t(lambda: PW('//srv/sh/x y').as_uri()); t(lambda: os.fspath(PW('c:/x')))
t(Path.from_uri, 'file:///a/b%20c'); t(Path.from_uri, 'http://x'); t(Path.from_uri, 'file:a/b'); t(Path.from_uri, 'file://localhost/etc'); t(Path.from_uri, 'file:////srv/x'); t(Path.from_uri, 'file:///%C3%A9%zz')
t(lambda: PP('a/b.py').match('*.py')); t(lambda: PP('/a/b.py').match('/*.py')); t(lambda: PP('a/b.py').match('a/*.py')); t(lambda: PP('a/b.py').match('**/*.py')); t(lambda: PP('a/b/c.py').match('a/**/*.py')); t(lambda: PP('a/b.PY').match('*.py')); t(lambda: PP('a/b.PY').match('*.py', case_sensitive=False)); t(lambda: PW('a/b.PY').match('*.py')); t(lambda: PP('a').match('')); t(lambda: PP('b.py').match('a/b.py')); t(lambda: PP('/b.py').match('/b.py')); t(lambda: PP('x/b.py').match('/b.py'))
t(lambda: PP('a/b/c.py').full_match('a/**/*.py')); t(lambda: PP('a/c.py').full_match('a/**/*.py')); t(lambda: PP('a/b/c.py').full_match('**')); t(lambda: PP('a/b/c.py').full_match('*.py')); t(lambda: PP('/a/b/c.py').full_match('/**/c.py')); t(lambda: PP('.x/y').full_match('*/y')); t(lambda: PP('a').full_match('')); t(lambda: PW('A/B.py').full_match('a/*.PY'))
t(lambda: PP('C:/x').match('c:/*')); t(lambda: PW('C:/x').match('c:/*')); t(lambda: PW('C:/x/y').match('c:/*')); t(lambda: PP('a/b').match(PP('b')))
t(pathlib.WindowsPath, 'x'); print(pathlib.UnsupportedOperation.__mro__[1:], pathlib.__all__)
print(type(PurePath('a')), type(Path('a')), PurePath('a') == Path('a'), Path('a').__reduce__())
print(repr(Path('a/b')), str(Path('/a//b/./c/')), Path('a') / 'b' / PP('c'), 'x' / Path('y'))
print(PW('c:/x') / 'd:y', PW('a') / '\\\\srv\\sh\\f', PP('~/a'), Path('~').expanduser() == Path(os.path.expanduser('~')), Path('/~').expanduser())
print(Path.home() == Path(os.environ['HOME']), Path.cwd() == Path(os.getcwd()), Path('x').absolute() == Path(os.getcwd(), 'x'), Path().absolute() == Path.cwd(), Path('/x/../y').absolute())
print(Path('~nosuchuser_zz/y').expanduser() if False else '', PP('a').__fspath__(), PW('a/b').__fspath__())
print({PP('a'): 1}[PP('a')], PP('a') in {PP('a/')}, PW('A') in {PW('a')}, PP('a') != PP('A'), PP('a') == 'a', sorted([PW('b'), PW('A'), PW('a/b')]))
warnings.simplefilter('ignore')
print(PP('a').is_reserved(), PW('nul').is_reserved(), PW('//srv/sh/nul').is_reserved(), PW('a:b').is_reserved(), PW('CONIN$').is_reserved(), PW('com0').is_reserved(), PW('nul .txt').is_reserved(), PW('..').is_reserved(), PW('c:').is_reserved(), PW('c:/nul/x').is_reserved())
print(PP('/a', 'b').relative_to('/a', 'b'), PP('/a/b').is_relative_to('/', 'a'))
print(list(PP('/a/b/c').parents), list(reversed(PP('a/b').parents)), len(PP('/a/b').parents), PP('a') in PP('a/b').parents, PW('//srv/sh/a').parents[-1])
print(PP().parts, PP('').name, PP('a/b').parent.parent.parent, PW('c:/').parent, PW('c:a/b').anchor)
