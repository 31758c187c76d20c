# str.format and str.format_map: field names, conversions, nested specs, numbering rules
# and the parse errors.
class A:
    x = 5
    items = [10, 20]
    def __repr__(self):
        return 'A()'
    def __format__(self, spec):
        return 'A<' + spec + '>'
    def __getitem__(self, k):
        return 'item:' + repr(k)

class Plain:
    def __repr__(self):
        return 'Plain()'

def show(fmt, *args, **kwargs):
    try:
        print(repr(fmt), '->', repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), '!!', type(e).__name__, e)

show('{}', 1)
show('{} {}', 'a', 'b')
show('{0} {1} {0}', 'a', 'b')
show('{1}{0}', 'a', 'b')
show('{name}', name='n')
show('{name!r}', name='n')
show('{0!s} {0!r} {0!a}', 'é')
show('{:>10}|', 'right')
show('{:<10}|', 'left')
show('{:^10}|', 'mid')
show('{:*^9}|', 'mid')
show('{:.2}', 'abcdef')
show('{:10.2f}|', 3.14159)
show('{:,}', 1234567)
show('{:_x}', 255 * 65536)
show('{:#b}', 5)
show('{:+d}', 5)
show('{:e}', 12345.678)
show('{:%}', 0.25)
show('{:{}}', 'x', 5)
show('{:{w}.{p}f}|', 3.14159, w=10, p=3)
show('{0:{1}{2}}|', 'ab', '>', 6)
show('{:>{}}', 'a', 5)
show('{0.x} {0.items[1]} {0[key]} {0[3]}', A())
show('{a.x}', a=A())
show('{:spec}', A())
show('{0:{1}}', A(), 'nested')
show('{!r:>8}|', 'q')
show('{0[0]} {0[1]}', [7, 8])
show('{0[a]}', {'a': 'dict'})
show('{d[k]}', d={'k': 'v'})
show('{t[1]}', t=(1, 2))
show('{0[-1]}', {'-1': 'str key'})
show('{{}}')
show('{{{0}}}', 'in braces')
show('}}{{')
show('')
show('no fields')
show('é{}€', '😀')
show('{0}{0}{0}', 'x')
show('{00}', 'zero')
show('{0:}', 'empty spec')
show('{:}', 'empty spec auto')
show('{!s}', Plain())
show('{0!r:}', Plain())
show('{0:{{}}}', 'x')
# errors
show('{')
show('}')
show('a}b')
show('{0')
show('{0:')
show('{0!')
show('{0!}')
show('{!x}', 1)
show('{0!rx}', 1)
show('{0!r!s}', 1)
show('{0!€}', 1)
show('{0[}', 1)
show('{0]}', 1)
show('{[}', 1)
show('{0{}', 1)
show('{0.}', 1)
show('{0..x}', 1)
show('{0[]}', 1)
show('{0[0]x}', [1])
show('{0[0]]}', [1])
show('{0.nope}', 1)
show('{0[5]}', [1])
show('{0[x]}', [1])
show('{1}', 1)
show('{}')
show('{x}')
show('{x}', 1)
show('{} {0}', 1)
show('{0} {}', 1)
show('{:{}}', 1)
show('{0:{1:{2}}}', 1, 2, 3)
show('{99999999999999999999}', 1)
show('{0[99999999999999999999]}', [1])
show('{:d}', 'str')
show('{:s}', 1)
show('{!r:d}', 1)
show('{}', Plain())
show('{:x}', Plain())
show('{-1}', 1)
show('{ }', 1)
show('{0 }', 1)
class BadFormat:
    def __format__(self, spec):
        return 5
show('{}', BadFormat())

print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {missing}'.format_map(Default(a='A')))
for fmt, m in [('{}', {}), ('{0}', {}), ('{x}', {}), ('{x.y}', {'x': 1}), ('text', 5), ('{x}', 5)]:
    try:
        print(repr(fmt.format_map(m)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    'x'.format_map()
except TypeError as e:
    print(e)
print(str.format('{}-{}', 1, 2), type('{}'.format(1)).__name__)
class Sub(str):
    pass
print(type(Sub('{}').format(1)).__name__, Sub('{0}{0}').format('z'))
