import argparse, os, sys, io

os.environ['COLUMNS'] = '80'


def run(p, args, method='parse_args'):
    err = io.StringIO()
    out = io.StringIO()
    old = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        result = getattr(p, method)(args)
    except SystemExit as e:
        sys.stderr, sys.stdout = old
        print('SystemExit', e.code)
        print(out.getvalue(), end='')
        print(err.getvalue(), end='')
    except Exception as e:
        sys.stderr, sys.stdout = old
        print(type(e).__name__, e)
    else:
        sys.stderr, sys.stdout = old
        print(result)
        if err.getvalue():
            print('stderr:', err.getvalue(), end='')


p = argparse.ArgumentParser(prog='git', description='A VCS.')
p.add_argument('--verbose', action='store_true')
p.add_argument('repo', nargs='?', default='.')
sub = p.add_subparsers(dest='command', help='sub-command help')
clone = sub.add_parser('clone', help='clone a repo', aliases=['cl', 'c'],
                       description='Clone things.')
clone.add_argument('url')
clone.add_argument('--depth', type=int, default=0)
clone.set_defaults(func='do_clone')
commit = sub.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--verbose', action='count', default=0)
commit.set_defaults(func='do_commit')
sub.add_parser('status')
sub.add_parser('old', help='deprecated one', deprecated=True, aliases=['older'])
print(p.format_help())
print(clone.format_help())
print(commit.format_usage())
run(p, [])
run(p, ['clone', 'http://x'])
run(p, ['cl', 'http://x', '--depth', '3'])
run(p, ['here', 'c', 'u'])
run(p, ['--verbose', 'commit', '-m', 'msg', '--verbose', '--verbose'])
run(p, ['commit'])
run(p, ['commit', '-m'])
run(p, ['status', 'extra'])
run(p, ['status', '--unknown'], 'parse_known_args')
run(p, ['push'])
run(p, ['repo', 'push'])
run(p, ['old'])
run(p, ['older'])
run(p, ['clone', '-h'])
run(p, ['status', '--', 'x'])

# Required sub-commands, a title and a metavar.
q = argparse.ArgumentParser(prog='tool')
s = q.add_subparsers(title='commands', description='the commands',
                     dest='cmd', required=True, metavar='COMMAND')
a = s.add_parser('add', help='add things')
a.add_argument('items', nargs='+')
rm = s.add_parser('rm')
rm.add_argument('-f', action='store_true')
print(q.format_help())
run(q, [])
run(q, ['add'])
run(q, ['add', '1', '2'])
run(q, ['rm', '-f'])
run(q, ['bogus'])
try:
    s.add_parser('add')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    s.add_parser('new', aliases=['rm'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    q.add_subparsers()
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

# Without dest, a required sub-command is reported by its choices.
r = argparse.ArgumentParser(prog='nodest')
rs = r.add_subparsers(required=True)
rs.add_parser('x')
rs.add_parser('y')
run(r, [])
print(r.format_usage())

# No dest given: the command name is not stored.
r = argparse.ArgumentParser(prog='plain')
rs = r.add_subparsers()
rs.add_parser('go').add_argument('--speed', default='1')
run(r, ['go'])
run(r, [])

# Nested sub-parsers and custom prog.
top = argparse.ArgumentParser(prog='top')
top.add_argument('--g')
ts = top.add_subparsers(dest='level1', prog='custom-prog')
mid = ts.add_parser('mid')
ms = mid.add_subparsers(dest='level2')
leaf = ms.add_parser('leaf')
leaf.add_argument('value', type=int)
print(leaf.format_usage())
run(top, ['mid', 'leaf', '5'])
run(top, ['mid', 'leaf', 'x'])
run(top, ['mid'])

# Sub-parser defaults override the parent's.
pa = argparse.ArgumentParser(prog='pa')
pa.add_argument('--x', default='parent')
pa.set_defaults(shared='parent')
ps = pa.add_subparsers(dest='c')
ch = ps.add_parser('child')
ch.set_defaults(shared='child', x='child')
run(pa, ['child'])
run(pa, ['--x', 'cmd', 'child'])

# The sub-parser action details.
print(type(sub).__name__, sub.dest, sub.required, sub.nargs == argparse.PARSER)
print(sorted(sub.choices))
print([a.dest for a in sub._get_subactions()], [a.metavar for a in sub._get_subactions()])

# Sub-parsers sharing a parent parser.
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--common', default='c')
pp = argparse.ArgumentParser(prog='pp')
pps = pp.add_subparsers(dest='cmd')
pps.add_parser('one', parents=[parent])
pps.add_parser('two', parents=[parent])
run(pp, ['one', '--common', 'x'])
run(pp, ['two'])

# A custom parser class for sub-parsers.
class MyParser(argparse.ArgumentParser):
    def error(self, message):
        print('MyParser.error:', message)
        raise SystemExit(9)
cp = argparse.ArgumentParser(prog='cp')
cps = cp.add_subparsers(dest='cmd', parser_class=MyParser)
x = cps.add_parser('x')
x.add_argument('n', type=int)
print(type(x).__name__)
run(cp, ['x', 'bad'])
