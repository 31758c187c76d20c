import argparse, os, sys, io, warnings

os.environ['COLUMNS'] = '80'

# Nested groups still work but are deprecated.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    p = argparse.ArgumentParser(prog='p')
    g = p.add_argument_group('g')
    g2 = g.add_argument_group('inner')
    g2.add_argument('--inner')
    m = p.add_mutually_exclusive_group()
    m2 = m.add_mutually_exclusive_group()
    m2.add_argument('--x')
    m2.add_argument('--y')
for w in caught:
    print(w.category.__name__, w.message)
p.add_argument('--pct', help='100%% sure, default %(default)s', default=3)
print(p.format_help())
p.add_argument('--bad', help='%(nokey)s')
try:
    p.format_help()
except KeyError as e:
    print(type(e).__name__, e)

# Hidden sub-commands.
s = argparse.ArgumentParser(prog='s')
sp = s.add_subparsers(help=argparse.SUPPRESS)
sp.add_parser('a', help=argparse.SUPPRESS)
sp.add_parser('b', help='bee')
print(s.format_help())
s = argparse.ArgumentParser(prog='s2')
sp = s.add_subparsers(title='Commands', description='Pick one.', help='what to do')
sp.add_parser('a', help='first')
sp.add_parser('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', help='a long name')
sp.add_parser('c')
print(s.format_help())

# Empty texts and a description with %(prog)s.
print(argparse.ArgumentParser(prog='e', description='', epilog='').format_help())
print(argparse.ArgumentParser(prog='d', description='Use %(prog)s well.').format_help())

# Help positions with deep indentation and long invocations.
f = argparse.ArgumentParser(prog='pos')
f.add_argument('-s', '--super-long-option-name', '--another-long-alias', metavar='SOME_VALUE', help='help')
f.add_argument('-x', help='short help that is short')
f.add_argument('-y', help='a' * 100)
f.add_argument('-z', help='word ' * 40)
print(f.format_help())

# Usage wrapping with only optionals, and with a single overlong part.
o = argparse.ArgumentParser(prog='opts')
for i in range(12):
    o.add_argument('--option-number-%d' % i)
print(o.format_usage())
o = argparse.ArgumentParser(prog='longpart')
o.add_argument('--x', nargs=5, metavar='AVERYLONGMETAVARIABLENAME')
o.add_argument('posit')
print(o.format_usage())

# Positionals in a mutually exclusive group (usage on one line and wrapped).
m = argparse.ArgumentParser(prog='mp')
grp = m.add_mutually_exclusive_group()
grp.add_argument('--opt', action='store_true')
grp.add_argument('pos', nargs='?')
print(m.format_usage())
print(m.parse_args(['--opt']), m.parse_args(['p']))
err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    m.parse_args(['--opt', 'p'])
except SystemExit as e:
    print('SystemExit', e.code)
sys.stderr = old
print(err.getvalue(), end='')
os.environ['COLUMNS'] = '30'
print(m.format_usage())
os.environ['COLUMNS'] = '80'

# Formatter with metavar types.
t = argparse.ArgumentParser(prog='types', formatter_class=argparse.MetavarTypeHelpFormatter)
t.add_argument('--n', type=int)
t.add_argument('--f', type=float, nargs='+')
t.add_argument('name', type=str)
print(t.format_help())

# Defaults formatter with several kinds of defaults.
d = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--a', default=None, help='none')
d.add_argument('--b', default=[1, 2])
d.add_argument('--c', action='store_true', help='flag')
d.add_argument('--d', default='x', help='has %(default)s already')
d.add_argument('req')
d.add_argument('opt', nargs='?', default='o')
d.add_argument('star', nargs='*', help='star')
print(d.format_help())

# Raw text keeps blank lines and indentation in argument help.
r = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                            description='  indented\n\n\n  text  ')
r.add_argument('--opt', help='line one\n    line two\n\nline four')
print(r.format_help())
