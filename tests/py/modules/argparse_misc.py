import argparse, os, sys, io

os.environ['COLUMNS'] = '80'


def run(p, args, method='parse_args'):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        result = getattr(p, method)(args)
    except SystemExit as e:
        sys.stderr = old
        print('SystemExit', e.code)
        print(err.getvalue(), end='')
    except Exception as e:
        sys.stderr = old
        print(type(e).__name__, e)
    else:
        sys.stderr = old
        print(result)
        if err.getvalue():
            print('stderr:', err.getvalue(), end='')


_real_print = print
def print(*args, **kwargs):
    # Temporary file names hold the process id; keep the output stable.
    args = [str(a).replace(str(os.getpid()), 'PID') for a in args]
    _real_print(*args, **kwargs)


# Namespace
ns = argparse.Namespace(b=1, a=[2], **{'with space': 3, 'x-y': 4})
print(ns)
print(repr(argparse.Namespace()))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), argparse.Namespace(a=1) == argparse.Namespace(a=2))
print(argparse.Namespace(a=1) != argparse.Namespace(a=1), argparse.Namespace(a=1) == {'a': 1})
print('a' in ns, 'z' in ns, vars(argparse.Namespace(q=1)))
ns.c = 5
del ns.b
print(ns, sorted(vars(ns)))
try:
    hash(argparse.Namespace())
except TypeError as e:
    print(type(e).__name__, e)

# Reprs
p = argparse.ArgumentParser(prog='reprs', description='desc')
a = p.add_argument('--opt', type=int, choices=[1, 2], help='h', metavar='M')
print(repr(p))
print(repr(a))
print(repr(p.add_argument('pos', nargs='+')))
print(repr(p.add_argument('--t', action='store_true')))
print(repr(p.add_argument('--v', action='version', version='1')))
print(repr(argparse.BooleanOptionalAction(['--b', '-c'], 'b')))
print(argparse.BooleanOptionalAction(['--b', '-c'], 'b').format_usage())
print(repr(argparse.FileType()), repr(argparse.FileType('wb', 0)), repr(argparse.FileType('r', -1, 'utf-8', 'strict')), repr(argparse.FileType(encoding='latin-1')))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)

# prog defaults to the script name.
print(argparse.ArgumentParser().prog)
print(argparse.ArgumentParser().format_usage(), end='')

# Parents
parent = argparse.ArgumentParser(add_help=False, prog='parent')
parent.add_argument('--parent-opt', default='P')
pg = parent.add_argument_group('shared', 'shared options')
pg.add_argument('--shared')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--left', action='store_true')
pm.add_argument('--right', action='store_true')
parent.add_argument('ppos')
parent.set_defaults(from_parent=True)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--own')
print(child.format_help())
run(child, ['x', '--left', '--right'])
run(child, ['x', '--shared', 's'])
try:
    argparse.ArgumentParser(prog='c2', parents=[argparse.ArgumentParser(prog='p2')])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

# Conflict handling
c = argparse.ArgumentParser(prog='conf', conflict_handler='resolve')
c.add_argument('-f', '--foo', help='old foo')
c.add_argument('--foo', help='new foo')
c.add_argument('-x', help='old x')
c.add_argument('-x', help='new x')
c.add_argument('-h', '--hello', action='store_true', help='hides help')
print(c.format_help())
run(c, ['-f', '1', '--foo', '2', '-x', '3', '-h'])
try:
    c2 = argparse.ArgumentParser(prog='conf2')
    c2.add_argument('-a', '--aa')
    c2.add_argument('-a', '--aa')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

# prefix_chars
pc = argparse.ArgumentParser(prog='pc', prefix_chars='+/')
pc.add_argument('+f', action='store_true')
pc.add_argument('++bar')
pc.add_argument('/baz', type=int)
pc.add_argument('-neg', nargs='?')
print(pc.format_help())
run(pc, ['+f', '++bar', 'B', '/baz', '3', '-x'])
run(pc, ['+fz'])
pc2 = argparse.ArgumentParser(prog='pc2', prefix_chars='-+')
pc2.add_argument('+x', action='store_true')
pc2.add_argument('-x', action='store_true')
run(pc2, ['+x'])
print(pc2.format_usage(), end='')

# allow_abbrev
ab = argparse.ArgumentParser(prog='ab', allow_abbrev=False)
ab.add_argument('--foobar')
ab.add_argument('-s', action='store_true')
ab.add_argument('-t', action='store_true')
run(ab, ['--foo', 'x'])
run(ab, ['--foobar', 'x', '-st'])
run(ab, ['--foobar=y'])
ab2 = argparse.ArgumentParser(prog='ab2')
ab2.add_argument('-foo')
ab2.add_argument('-foobar')
run(ab2, ['-fo', '1'])
run(ab2, ['-foo', '1', '-foob', '2'])
run(ab2, ['-f', '1'])

# FileType
wpath = base + '_out.txt'
ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'))
ft.add_argument('--inp', type=argparse.FileType('r'))
ft.add_argument('--binp', type=argparse.FileType('rb'))
ft.add_argument('--odd', type=argparse.FileType('q'))
res = ft.parse_args(['--out', wpath])
res.out.write('written\n')
res.out.close()
res = ft.parse_args(['--inp', wpath, '--binp', wpath])
print(res.inp.read(), res.binp.read())
res.inp.close()
res.binp.close()
res = ft.parse_args(['--inp', '-', '--out', '-'])
print(res.inp is sys.stdin, res.out is sys.stdout)
res = ft.parse_args(['--binp', '-'])
print(res.binp is sys.stdin.buffer)
run(ft, ['--inp', base + '_nothere.txt'])
run(ft, ['--odd', '-'])
for suffix in ('_out.txt',):
    os.remove(base + suffix)

# Deprecated arguments (3.13)
dp = argparse.ArgumentParser(prog='dep')
dp.add_argument('--old', deprecated=True)
dp.add_argument('-q', '--quiet', action='store_true', deprecated=True)
dp.add_argument('pos', nargs='?', deprecated=True)
run(dp, ['--old', '1', '--old', '2', '-q', '--quiet'])
run(dp, ['p'])
run(dp, [])

# Help and version go to stdout and exit 0.
hv = argparse.ArgumentParser(prog='hv')
hv.add_argument('-V', action='version', version='%(prog)s version 2.0 with a fairly long description that will definitely need to be wrapped')
out = io.StringIO()
old = sys.stdout
sys.stdout = out
try:
    hv.parse_args(['-V'])
except SystemExit as e:
    sys.stdout = old
    print('exit', e.code)
print(out.getvalue(), end='')
hv.version = 'from parser'
hv.add_argument('--ver2', action='version')
out = io.StringIO()
sys.stdout = out
try:
    hv.parse_args(['--ver2'])
except SystemExit as e:
    sys.stdout = old
    print('exit', e.code)
print(out.getvalue(), end='')

# Arguments as a tuple and from sys.argv
print(argparse.ArgumentParser(prog='t').parse_args(()))
sys.argv[1:] = []
print(argparse.ArgumentParser(prog='argv').parse_args())
print(sorted(argparse.__all__))
