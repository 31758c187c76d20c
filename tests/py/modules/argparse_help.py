import argparse, os, sys, io

os.environ['COLUMNS'] = '80'


def show(p):
    print(p.format_usage(), end='')
    print('-' * 20)
    print(p.format_help(), end='')
    print('=' * 20)


p = argparse.ArgumentParser(prog='demo', description='Process some integers.',
                            epilog='See %(prog)s docs.')
p.add_argument('integers', metavar='N', type=int, nargs='+',
               help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const',
               const=sum, default=max,
               help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-o', '--output', metavar='FILE', help='write to %(metavar)s, default %(default)r')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='mode: %(choices)s [%(default)s]')
p.add_argument('--pair', nargs=2, metavar=('X', 'Y'), help='two values')
p.add_argument('--maybe', nargs='?', const='c', help='an optional value')
p.add_argument('--many', nargs='*', help='%(dest)s values of type %(type)s')
p.add_argument('--three', nargs=3, type=float)
p.add_argument('--rest', nargs=argparse.REMAINDER)
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--empty-help', help='')
p.add_argument('--req', required=True, help='a required option')
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='toggle')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
show(p)

for cols in ('40', '60', '120', '25', 'junk', '0'):
    os.environ['COLUMNS'] = cols
    print('COLUMNS', cols)
    show(p)
os.environ['COLUMNS'] = '80'

# Long program names move the arguments to their own lines.
q = argparse.ArgumentParser(prog='a_really_long_program_name_that_takes_most_of_the_line')
for i in range(6):
    q.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
q.add_argument('first_positional')
q.add_argument('second_positional', nargs='*')
show(q)

q = argparse.ArgumentParser(prog='x' * 70)
q.add_argument('pos', nargs='?')
show(q)

q = argparse.ArgumentParser(prog='onlypos', add_help=False)
for name in ('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'):
    q.add_argument(name + '_argument')
show(q)

q = argparse.ArgumentParser(prog='bare', add_help=False)
show(q)

q = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILES', description='d')
q.add_argument('files', nargs='*')
show(q)

q = argparse.ArgumentParser(prog='nousage', usage=argparse.SUPPRESS, description='only this')
show(q)

# Argument groups and mutually exclusive groups.
g = argparse.ArgumentParser(prog='grp')
grp = g.add_argument_group('input', 'Options about input files.')
grp.add_argument('--in', dest='inp', help='input file')
grp.add_argument('src', help='source')
grp2 = g.add_argument_group('empty group')
grp3 = g.add_argument_group(description='no title here')
grp3.add_argument('--untitled')
m = g.add_mutually_exclusive_group()
m.add_argument('-a', action='store_true', help='a')
m.add_argument('-b', action='store_true', help='b')
m2 = g.add_mutually_exclusive_group(required=True)
m2.add_argument('--x', type=int)
m2.add_argument('--y', nargs='+')
m2.add_argument('--z', help=argparse.SUPPRESS)
m3 = g.add_mutually_exclusive_group(required=True)
m3.add_argument('--solo')
m4 = g.add_mutually_exclusive_group()
m4.add_argument('--only-hidden', help=argparse.SUPPRESS)
m5 = grp.add_mutually_exclusive_group()
m5.add_argument('--p1', action='store_true')
m5.add_argument('--p2', action='store_true')
g.add_argument('last', nargs='?')
m6 = g.add_mutually_exclusive_group()
m6.add_argument('--q1', action='store_true')
m6.add_argument('qpos', nargs='?', default='d')
show(g)
os.environ['COLUMNS'] = '50'
show(g)
os.environ['COLUMNS'] = '80'

# Formatter classes.
text = '''Some text
   that is    indented
and spaced.

New paragraph.'''
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter):
    print(cls.__name__)
    f = argparse.ArgumentParser(prog='fmt', formatter_class=cls, description=text, epilog=text)
    f.add_argument('--num', type=int, default=3, help='a number\n  with  lines')
    f.add_argument('--nohelp', type=str, default='x')
    f.add_argument('--suppressed-default', type=str, default=argparse.SUPPRESS, help='sd')
    f.add_argument('--explicit', type=float, default=1.5, help='ex %(default)s')
    f.add_argument('pos', type=str, help='pos help')
    f.add_argument('opt', type=int, nargs='?', default=7, help='opt help')
    f.add_argument('star', type=str, nargs='*', default=[], help='star help')
    show(f)

# HelpFormatter with explicit width and positions.
def wide(prog):
    return argparse.HelpFormatter(prog, max_help_position=40, width=100)
f = argparse.ArgumentParser(prog='wide', formatter_class=wide)
f.add_argument('--a-fairly-long-option-name', metavar='VALUE', help='lots of help ' * 12)
f.add_argument('--s', help='short')
show(f)

def narrow(prog):
    return argparse.HelpFormatter(prog, indent_increment=4, max_help_position=10, width=30)
f = argparse.ArgumentParser(prog='narrow', formatter_class=narrow)
f.add_argument('--opt', help='help text that wraps several times in a narrow area')
f.add_argument('pos', help='positional help')
show(f)

# Metavar forms and nargs in usage.
f = argparse.ArgumentParser(prog='nargs')
f.add_argument('a', nargs='*', metavar=('A1', 'A2'))
f.add_argument('--b', nargs='+', metavar=('B1', 'B2'))
f.add_argument('--c', nargs='*', metavar='C')
f.add_argument('--d', nargs=1)
f.add_argument('--e', nargs=argparse.SUPPRESS)
f.add_argument('--f', choices=range(3), type=int)
f.add_argument('g', choices=('x', 'y'), nargs='?')
f.add_argument('h', nargs=argparse.REMAINDER)
print(f.format_usage())
try:
    f.format_help()
except ValueError:
    print('ValueError for a tuple metavar on a positional')
f._actions[1].metavar = 'AA'
show(f)
print(f.format_usage() == f.format_help().split('\n\n')[0] + '\n\n')

# print_help / print_usage to files.
buf = io.StringIO()
p.print_usage(buf)
p.print_help(buf)
print(len(buf.getvalue().splitlines()))
out = io.StringIO()
old = sys.stdout
sys.stdout = out
p.print_usage()
sys.stdout = old
print(repr(out.getvalue()))

# The version action prints to stdout and exits 0.
out = io.StringIO()
sys.stdout = out
try:
    p.parse_args(['--version'])
except SystemExit as e:
    code = e.code
sys.stdout = old
print(code, repr(out.getvalue()))
out = io.StringIO()
sys.stdout = out
try:
    p.parse_args(['-h'])
except SystemExit as e:
    code = e.code
sys.stdout = old
print(code, out.getvalue() == p.format_help())
