# str.format field names (attribute chains, index keys of every shape), nested replacement
# fields inside specs, auto/manual numbering, str format specs, object.__format__ and the
# exact error messages.
import string

class Obj:
    name = 'obj'
    items = {'k': 'dict-v', '1': 'str-one', 1: 'int-one'}
    seq = ['s0', 's1', 's2']
    def __repr__(self):
        return 'Obj()'

class Spy:
    def __getitem__(self, key):
        return '<%s %r>' % (type(key).__name__, key)
    def __getattr__(self, name):
        return 'attr:' + name
    def __repr__(self):
        return 'Spy()'

def show(fmt, *args, **kwargs):
    try:
        print(repr(fmt), '->', repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), '!!', type(e).__name__, e)

o = Obj()
show('{0.name} {0.seq[2]} {0.items[k]} {0.items[1]}', o)
show('{0.__class__.__name__} {0.seq.__len__.__name__}', o)
show('{0[1]} {0[01]} {0[-1]} {0[ 1]} {0[1 ]} {0[1:2]} {0[a.b]} {0[a!r]} {0[a:b]}', Spy())
show('{0[]]}', Spy())
show('{0[{]}', Spy())
show('{0[}]}', Spy())
show('{0.a.b.c} {0[x].y[z]}', Spy())
show('{0.real.imag} {0.imag.real}', 3)
show('{0[0][1][0]}', [['a', ['deep']]])
show('{x[0]}{x[1]}', x='hi')
show('{0[-1]}', [1, 2])
show('{0[1:2]}', [1, 2])
show('{0[0x1]}', [1, 2])
show('{0[00]}', [1, 2])
show('{0[9999999999999999999999]}', {9999999999999999999999: 'bigkey'})
show('{0.seq[x]}', o)
show('{0.missing}', o)
show('{.name}', o)
show('{[k]}', {'k': 'auto'})
show('{0.}', o)
show('{0.name.}', o)
show('{0.[1]}', o)
show('{0[1]x}', [1, 2])
show('{0[1].}', [1, 2])
# nested fields in the spec
show('{:{fill}{align}{width}.{prec}}', 'abcdef', fill='*', align='^', width=9, prec=3)
show('{0:{1}}{2}', 'a', '>4', 'b')
show('{:{}}{}', 'a', 4, 'b')
show('{:{}.{}f}', 3.14159, 10, 2)
show('{0:{1!r}}', 'x', 5)
show('{0:{1[0]}}', 'x', ['>3'])
show('{0:{1.real}}', 'x', 4)
show('{0:{{}}}', 'x')
show('{0:{1:{2}}}', 'x', 'y', 'z')
show('{0:{1}{2}}', 'x', '', '')
show('{0:{1}}', 'x', 'bad spec!')
show('{0:{}}', 'x', 3)
show('{:{1}}', 'x', 3)
show('{a:{b}}', a=1.5, b='+')
show('{0!r:^{1}}', 'q', 7)
show('{0:>{1}}', 'q', '')
show('{:{}}', 'q', None)
# str specs and str errors
for spec in ['', 's', '5', '<5', '>5', '^5', '*^6', '.2', '5.2', '05', '<05', '=5', '+', ' ', '-', '#', ',', '_',
             'z', 'd', 'x', 'c', '.0', '10.3s', 'é>4', '.100', '\x00<3', '5ss']:
    try:
        print(repr(spec), repr(format('abcd', spec)), repr(format('é😀', spec)))
    except Exception as e:
        print(repr(spec), '!!', type(e).__name__, e)
# object.__format__ and friends
class Plain:
    def __str__(self):
        return 'plainstr'
for v, spec in [(Plain(), ''), (Plain(), '>5'), (None, ''), (None, '>6'), ([1], ''), ([1], 's'), ((), '5'),
                (type, ''), (type, 'x'), (Ellipsis, ''), (NotImplemented, '^3')]:
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(v).__name__, repr(spec), '!!', type(e).__name__, e)
class BadFmt:
    def __format__(self, spec):
        return spec.encode()
class RaisingFmt:
    def __format__(self, spec):
        raise KeyError(spec)
class StrSubFmt:
    def __format__(self, spec):
        class S(str):
            pass
        return S('sub:' + spec)
for v in [BadFmt(), RaisingFmt(), StrSubFmt()]:
    for call in [lambda: format(v, 'sp'), lambda: '{:sp}'.format(v), lambda: f'{v:sp}', lambda: type(format(v, 'x')).__name__]:
        try:
            print(type(v).__name__, repr(call()))
        except Exception as e:
            print(type(v).__name__, '!!', type(e).__name__, e)
for bad in [lambda: format(1, 2), lambda: format('a', 5), lambda: format(), lambda: format(1, '', 3),
            lambda: 'x'.__format__(), lambda: object().__format__(1), lambda: format(1, spec='x')]:
    try:
        print(repr(bad()))
    except Exception as e:
        print('!!', type(e).__name__, e)
# string.Formatter
f = string.Formatter()
print(list(f.parse('a{0}b{1:>3}c{x!r:{y}}d')), list(f.parse('')), list(f.parse('{}')))
print(f.format('{0}-{x}', 1, x=2), f.vformat('{0.real:{1}}', (5, '>4'), {}), f.get_field('0.real', (7,), {}))
print(f.convert_field('a', 'r'), f.convert_field('é', 'a'), f.convert_field(5, None), f.format_field(3.5, '.2f'))
for bad in ['}', '{0', '{0!x}', '{:{:{:{}}}}']:
    try:
        print(f.format(bad, 1, 2, 3, 4))
    except Exception as e:
        print(repr(bad), '!!', type(e).__name__, e)
