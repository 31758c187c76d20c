import getopt, os

os.environ.pop('POSIXLY_CORRECT', None)

def show(fn, *a):
    try:
        print(fn.__name__, fn(*a))
    except getopt.GetoptError as e:
        print(fn.__name__, type(e).__name__, e, repr(e.msg), repr(e.opt), e.args)

show(getopt.getopt, ['-a', '-b', 'val', '-cfoo', 'x', '-a'], 'ab:c:')
show(getopt.getopt, ['-abval', 'rest'], 'ab:')
show(getopt.getopt, ['-a', '--', '-b'], 'ab')
show(getopt.getopt, ['-a', '-', '-b'], 'ab')
show(getopt.getopt, [], 'ab')
show(getopt.getopt, ['-x'], 'ab')
show(getopt.getopt, ['-b'], 'ab:')
show(getopt.getopt, ['-:'], 'a:')
show(getopt.getopt, ['--alpha', '--beta=1', '--gamma', 'g', 'arg'], '', ['alpha', 'beta=', 'gamma='])
show(getopt.getopt, ['--al'], '', ['alpha', 'beta='])
show(getopt.getopt, ['--be', '3'], '', ['alpha', 'beta='])
show(getopt.getopt, ['--be=', 'x'], '', ['alpha', 'beta='])
show(getopt.getopt, ['--a'], '', ['alpha', 'abc'])
show(getopt.getopt, ['--abc'], '', ['abc', 'abcd'])
show(getopt.getopt, ['--abc=1'], '', ['abc=', 'abcd'])
show(getopt.getopt, ['--zz'], '', ['abc'])
show(getopt.getopt, ['--alpha=3'], '', ['alpha'])
show(getopt.getopt, ['--beta'], '', ['beta='])
show(getopt.getopt, ['--one'], '', 'one')
show(getopt.getopt, ('-a', 'b'), 'a')
show(getopt.getopt, ['--'], 'a')
show(getopt.gnu_getopt, ['x', '-a', 'y', '--beta', 'z', '-bc', '--', '-a'], 'ab:', ['beta'])
show(getopt.gnu_getopt, ['x', '-a', 'y'], '+a')
show(getopt.gnu_getopt, ['-a', '-', '-a'], 'a')
show(getopt.gnu_getopt, ['-q'], 'a')
show(getopt.gnu_getopt, ['--long=v', 'p'], '', 'long=')
os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['-a', 'x', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('m')
print(repr(e.opt), e.args, str(e))
print(sorted(getopt.__all__))
