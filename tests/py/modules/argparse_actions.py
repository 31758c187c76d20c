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


p = argparse.ArgumentParser(prog='act')
p.add_argument('--store')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--yes', action='store_true')
p.add_argument('--no', action='store_false')
p.add_argument('--app', action='append')
p.add_argument('--app2', action='append', nargs=2, type=int)
p.add_argument('--ac', action='append_const', const='A', dest='consts')
p.add_argument('--bc', action='append_const', const='B', dest='consts')
p.add_argument('-c', '--count', action='count')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--bool', action=argparse.BooleanOptionalAction)
p.add_argument('--maybe', nargs='?', const='CONST', default='DEF')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+')
p.add_argument('--two', nargs=2)
p.add_argument('--one', nargs=1)
run(p, [])
run(p, ['--store', 'v', '--store=w', '--const', '--yes', '--no'])
run(p, ['--app', 'a', '--app', 'b', '--app2', '1', '2', '--app2', '3', '4'])
run(p, ['--ac', '--bc', '--ac', '-ccc', '--count'])
run(p, ['--ext', '1', '2', '--ext', '3'])
run(p, ['--bool'])
run(p, ['--no-bool'])
run(p, ['--maybe'])
run(p, ['--maybe', 'given'])
run(p, ['--star'])
run(p, ['--star', 'a', 'b', '--plus', 'c', 'd'])
run(p, ['--two', 'x', 'y', '--one', 'z'])
run(p, ['--app=x', '--two', '-y', '1'])

# Defaults that are strings go through the type function.
d = argparse.ArgumentParser(prog='def')
d.add_argument('--n', type=int, default='10')
d.add_argument('--m', type=int, default=5)
d.add_argument('--s', default=argparse.SUPPRESS)
d.add_argument('--l', type=int, nargs='?', const='7')
d.add_argument('pos', type=int, nargs='?', default='3')
d.add_argument('--help-default', default='x', help='default is %(default)s')
run(d, [])
run(d, ['--n', '1', '--s', 'here', '--l', '8'])
run(d, ['--l', '4'])
print(d.get_default('n'), d.get_default('s'), d.get_default('missing'))
d.set_defaults(n='20', extra='e', pos='9')
run(d, [])
print(d.get_default('extra'), d.get_default('n'))

# argument_default applies to all arguments.
a = argparse.ArgumentParser(prog='ad', argument_default=argparse.SUPPRESS)
a.add_argument('--x')
a.add_argument('--y', default='own')
a.add_argument('z', nargs='?')
run(a, [])
run(a, ['--x', '1', 'zz'])
a2 = argparse.ArgumentParser(prog='ad2', argument_default=0)
a2.add_argument('--x', type=int)
a2.add_argument('--t', action='store_true')
run(a2, [])

# Positional nargs.
def posp(*specs):
    pp = argparse.ArgumentParser(prog='pos')
    for name, nargs in specs:
        pp.add_argument(name, nargs=nargs)
    pp.add_argument('--opt')
    return pp

pp = posp(('a', None), ('b', '?'), ('c', '*'))
for args in ([], ['1'], ['1', '2'], ['1', '2', '3', '4'], ['1', '--opt', 'o', '2'], ['--opt', 'o', '1', '2', '3']):
    run(pp, args)
pp = posp(('a', '+'), ('b', 2))
for args in (['1', '2'], ['1', '2', '3'], ['1', '2', '3', '4'], ['1', '--opt', 'o', '2', '3']):
    run(pp, args)
pp = posp(('a', '?'), ('b', argparse.REMAINDER))
for args in ([], ['1'], ['1', '--opt', 'x', '-y'], ['--opt', 'x', '1', '2'], ['1', '--', '--opt']):
    run(pp, args)
pp = posp(('a', '*'), ('b', '*'))
for args in (['1', '2'], ['1', '--', '2', '--', '3'], ['--', '--', '-x'], ['1', '--opt', 'x', '2']):
    run(pp, args)
pp = posp(('a', 1), ('b', '*'))
run(pp, ['x', 'y', 'z'])
run(pp, ['-x'])
run(pp, ['--', '-x'])

# Option nargs=REMAINDER.
r = argparse.ArgumentParser(prog='rem')
r.add_argument('--cmd', nargs=argparse.REMAINDER)
r.add_argument('--v', action='store_true')
run(r, ['--v', '--cmd', 'ls', '-l', '--v'])
run(r, ['--cmd'])

# Choices of different kinds.
ch = argparse.ArgumentParser(prog='ch')
ch.add_argument('--r', type=int, choices=range(1, 4))
ch.add_argument('--s', choices='abc')
ch.add_argument('--d', choices={'k1': 1, 'k2': 2})
ch.add_argument('many', nargs='*', choices=['x', 'y'], default=['x'])
run(ch, ['--r', '2', '--s', 'b', '--d', 'k2', 'x', 'y'])
run(ch, ['--r', '5'])
run(ch, ['--s', 'ab'])
run(ch, ['--s', 'z'])
run(ch, ['--d', 'k3'])
run(ch, ['z'])
run(ch, [])

# Custom action classes.
class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        print('init', option_strings, dest, sorted(kwargs))
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print('call', repr(values), option_string)
        if isinstance(values, list):
            values = [v.upper() for v in values]
        else:
            values = values.upper()
        setattr(namespace, self.dest, values)

class Flag(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, 'seen ' + str(option_string))

cu = argparse.ArgumentParser(prog='custom')
cu.add_argument('--up', action=Upper, help='uppercase')
cu.add_argument('--many', action=Upper, nargs='+')
cu.add_argument('-f', '--flag', action=Flag)
cu.add_argument('word', action=Upper)
run(cu, ['--up', 'abc', '-f', 'pos', '--many', 'x', 'y'])
run(cu, ['w', '--flag'])
print(cu.format_help())
print(repr(cu._actions[1]))
try:
    argparse.Action(['-x'], 'x')(None, None, None)
except NotImplementedError as e:
    print(type(e).__name__, e)
print(argparse.Action(['-x', '--xx'], 'x').format_usage())

# Registered actions and types.
reg = argparse.ArgumentParser(prog='reg')
reg.register('action', 'upper', Upper)
reg.register('type', 'hex', lambda s: int(s, 16))
reg.add_argument('--h', type='hex')
reg.add_argument('--u', action='upper')
run(reg, ['--h', 'ff', '--u', 'q'])
run(reg, ['--h', 'zz'])

# Namespace given by the caller.
class Obj:
    pass
o = Obj()
o.keep = 1
ns = argparse.ArgumentParser(prog='ns')
ns.add_argument('--keep', default=5)
ns.add_argument('--new', default=6)
res = ns.parse_args([], namespace=o)
print(res is o, o.keep, o.new)
n0 = argparse.Namespace(new='preset')
print(ns.parse_args(['--keep', '2'], n0))

# parse_known_args
k = argparse.ArgumentParser(prog='known')
k.add_argument('--a')
k.add_argument('pos')
print(k.parse_known_args(['--a', '1', '--b', '2', 'p', 'q', '-c']))
print(k.parse_known_args(['p', '--b=3']))
run(k, ['--a'], 'parse_known_args')

# parse_intermixed_args
im = argparse.ArgumentParser(prog='mix')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
run(im, ['doit', '1', '--foo', 'bar', '2', '3'])
run(im, ['doit', '1', '--foo', 'bar', '2', '3'], 'parse_args')
run(im, ['doit', '1', '--foo', 'bar', '2', '--zz'], 'parse_known_intermixed_args')
run(im, ['--foo', 'bar'], 'parse_intermixed_args')
run(im, ['a', 'b', 'c', 'x'], 'parse_intermixed_args')
im2 = argparse.ArgumentParser(prog='mix2')
im2.add_argument('--req', required=True)
im2.add_argument('x')
run(im2, ['1'], 'parse_intermixed_args')
run(im2, ['--req', 'r', '1', '2'], 'parse_intermixed_args')
im3 = argparse.ArgumentParser(prog='mix3')
im3.add_argument('x', nargs='...')
run(im3, [], 'parse_intermixed_args')
im4 = argparse.ArgumentParser(prog='mix4')
im4.add_subparsers()
run(im4, [], 'parse_intermixed_args')
im5 = argparse.ArgumentParser(prog='mix5')
g = im5.add_mutually_exclusive_group()
g.add_argument('--a')
g.add_argument('b', nargs='?')
run(im5, [], 'parse_intermixed_args')
im6 = argparse.ArgumentParser(prog='mix6')
g = im6.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
im6.add_argument('pos', nargs='*')
run(im6, ['1', '--a', '2'], 'parse_intermixed_args')
run(im6, ['1', '2'], 'parse_intermixed_args')
run(im6, ['1', '--a', '--b'], 'parse_intermixed_args')
