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


p = argparse.ArgumentParser(prog='err')
p.add_argument('name')
p.add_argument('--count', type=int)
p.add_argument('--ratio', type=float)
p.add_argument('--color', choices=['red', 'green'])
p.add_argument('--num', type=int, choices=[1, 2, 3])
p.add_argument('--pair', nargs=2)
p.add_argument('--three', nargs=3)
p.add_argument('--one', nargs=1)
p.add_argument('--some', nargs='+')
p.add_argument('--opt', nargs='?')
p.add_argument('--flag', action='store_true')
p.add_argument('--feature')
p.add_argument('--features')

run(p, [])
run(p, ['n', 'extra', 'more'])
run(p, ['n', '--count', 'x'])
run(p, ['n', '--count', '1.5'])
run(p, ['n', '--ratio', 'abc'])
run(p, ['n', '--color', 'blue'])
run(p, ['n', '--num', '7'])
run(p, ['n', '--num', 'seven'])
run(p, ['n', '--count'])
run(p, ['n', '--pair', 'a'])
run(p, ['n', '--three', 'a', 'b'])
run(p, ['n', '--one'])
run(p, ['n', '--some'])
run(p, ['n', '--opt', 'a', 'b'])
run(p, ['n', '--flag=yes'])
run(p, ['n', '--fea', 'x'])
run(p, ['n', '--feat=x'])
run(p, ['n', '--unknown'])
run(p, ['n', '--unknown=3'])
run(p, ['n', '-x'])
run(p, ['--count', '-1', 'n'])
run(p, ['-1'])
run(p, ['n', '--count', '--flag'])
run(p, ['n', '-', '--', '--x'])
run(p, ['n', 'a b', '-c d'])

# Mutually exclusive groups.
m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
g.add_argument('--val', default='D')
r = m.add_mutually_exclusive_group(required=True)
r.add_argument('--x', action='store_true')
r.add_argument('--y', type=int)
r.add_argument('--hidden', help=argparse.SUPPRESS)
run(m, ['--x'])
run(m, ['-a', '-b', '--x'])
run(m, ['-ab', '--x'])
run(m, ['-a', '--val', 'v', '--x'])
run(m, ['-a', '--val', 'D', '--x'])
run(m, ['-a'])
run(m, ['--x', '--y', '3'])
run(m, ['--y', '3'])

# Required options and several missing arguments.
q = argparse.ArgumentParser(prog='req')
q.add_argument('--must', required=True)
q.add_argument('--also', '-A', required=True)
q.add_argument('src')
q.add_argument('dst', nargs='+', metavar='DEST')
q.add_argument('tup', nargs=2, metavar=('T1', 'T2'))
run(q, [])
run(q, ['--must', 'x', 's'])

# Errors from type functions.
def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%d is not even' % n)
    return n

def picky(s):
    raise TypeError('nope')

class Typed:
    def __call__(self, s):
        raise ValueError(s)
    def __repr__(self):
        return 'Typed()'

t = argparse.ArgumentParser(prog='types')
t.add_argument('--even', type=even)
t.add_argument('--picky', type=picky)
t.add_argument('--obj', type=Typed())
t.add_argument('--comp', type=complex)
run(t, ['--even', '3'])
run(t, ['--even', 'x'])
run(t, ['--even', '4'])
run(t, ['--picky', '1'])
run(t, ['--obj', 'z'])
run(t, ['--comp', '1+2j'])
run(t, ['--comp', 'bad'])

# Short option clusters.
c = argparse.ArgumentParser(prog='clu')
c.add_argument('-v', action='count')
c.add_argument('-q', action='store_true')
c.add_argument('-n', type=int)
run(c, ['-vvq'])
run(c, ['-vqn5'])
run(c, ['-vqn=5'])
run(c, ['-v=1'])
run(c, ['-vz'])
run(c, ['-n'])
run(c, ['-n', '-v'])
run(c, ['-nX'])

# Negative numbers.
n = argparse.ArgumentParser(prog='neg')
n.add_argument('-x', type=float)
n.add_argument('vals', nargs='*', type=float)
run(n, ['-x', '-1', '-2.5', '-.5', '3'])
run(n, ['-1e5'])
n2 = argparse.ArgumentParser(prog='neg2')
n2.add_argument('-1', dest='one', action='store_true')
n2.add_argument('vals', nargs='*')
run(n2, ['-1'])
run(n2, ['-2'])
run(n2, ['--', '-2'])

# exit_on_error=False raises ArgumentError instead.
e = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
e.add_argument('--n', type=int)
e.add_argument('pos')
for args in (['--n', 'x', 'p'], [], ['p', 'q'], ['--n']):
    try:
        e.parse_args(args)
    except argparse.ArgumentError as ex:
        print('ArgumentError', repr(ex.argument_name), ex.message, '|', ex)

# error() and exit() directly.
run(p, 'ignored', method='error')
try:
    p.exit(3, 'bye\n')
except SystemExit as ex:
    print('exit code', ex.code)
try:
    p.exit()
except SystemExit as ex:
    print('exit code', ex.code)
err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    p.exit(1, 'message to stderr\n')
except SystemExit as ex:
    sys.stderr = old
    print(ex.code, repr(err.getvalue()))
sys.stderr = old

# ArgumentError details.
act = p._actions[1]
ex = argparse.ArgumentError(act, 'boom')
print(str(ex), ex.argument_name, ex.message)
print(str(argparse.ArgumentError(None, 'plain')))
print(issubclass(argparse.ArgumentTypeError, Exception))

# Errors when adding arguments.
def adding(*a, **k):
    pp = argparse.ArgumentParser(prog='add')
    pp.add_argument('--dup')
    try:
        act = pp.add_argument(*a, **k)
        print('ok', type(act).__name__, act.dest, act.required)
    except Exception as ex:
        print(type(ex).__name__, ex)

adding('--dup')
adding('-h')
adding('x', dest='y')
adding('x', required=True)
adding('x', nargs=0)
adding('--x', nargs=0)
adding('--x', action='append', nargs=0)
adding('--x', const=1)
adding('--x', const=1, nargs='?')
adding('--x', action='unknown')
adding('--x', type='int')
adding('--x', type=argparse.FileType)
adding('--x', nargs='*', metavar=('A', 'B', 'C'))
adding('--x', nargs=2, metavar=('A',))
adding('--x', nargs='bad')
adding('bad', 'two')
adding('--')
adding('-')
adding('++x')
adding('--x', '-y', '--zz')
adding('-x', '-y')
adding('--x-y-z')
adding(dest='only')
adding('--store', action='store_const')
adding('pos', nargs='*')
adding('pos', nargs='*', default=[])
adding('pos', nargs='?')
adding('pos', nargs='+')
adding('pos', nargs=argparse.REMAINDER)
try:
    argparse.ArgumentParser(conflict_handler='bogus')
except ValueError as ex:
    print(type(ex).__name__, ex)
m = argparse.ArgumentParser(prog='m')
g = m.add_mutually_exclusive_group()
try:
    g.add_argument('pos')
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    g.add_argument('--r', required=True)
except ValueError as ex:
    print(type(ex).__name__, ex)
g2 = m.add_mutually_exclusive_group()
try:
    m.format_usage()
except ValueError as ex:
    print(type(ex).__name__, str(ex).split(' object')[0])
