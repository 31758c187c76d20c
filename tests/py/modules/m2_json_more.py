# json: encoder options and decoder hooks/errors as config and API code uses them.
import json
from collections import OrderedDict

cfg = {'name': 'weft', 'version': [3, 13], 'debug': False, 'ratio': 0.5, 'none': None, 'nested': {'z': 1, 'a': []}}
print(json.dumps(cfg))
print(json.dumps(cfg, indent=4, sort_keys=True))
print(json.dumps(cfg, indent='\t'))
print(json.dumps([1, [2, {}], {'k': []}], indent=0))
print(json.dumps({'a': [1, 2]}, separators=(',', ':')), json.dumps({'a': 1, 'b': 2}, indent=2, separators=(',', ': ')))
print(json.dumps({'a': 1}, separators=(' ,', ' : ')), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2))
print(json.dumps('héllo ☃ 😀 \x00 \t "q" \\'), json.dumps('héllo ☃ 😀', ensure_ascii=False))
print(json.dumps({3: 'int', 2.5: 'float', True: 'bool', None: 'none'}), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
print(json.dumps(1e16), json.dumps(-0.0), json.dumps(10**20), json.dumps(1 / 3), json.dumps(True), json.dumps(None))
print(json.dumps((1, 2)), json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps('x' * 3))
print(json.dumps({'s': {1, 2}} if False else {'s': sorted({1, 2})}), json.dumps({'k': 'v'}, skipkeys=True))
print(json.dumps({(1, 2): 'x', 'ok': 1}, skipkeys=True))


def encode_extra(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return {'re': o.real, 'im': o.imag}
    raise TypeError(f'cannot encode {type(o).__name__}')


print(json.dumps({'s': {3, 1, 2}, 'c': 1 + 2j}, default=encode_extra, sort_keys=True))


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if hasattr(o, 'to_json'):
            return o.to_json()
        return super().default(o)


class Money:
    def to_json(self):
        return {'cents': 150}


print(json.dumps([Money()], cls=MyEncoder), MyEncoder(sort_keys=True).encode({'b': 1, 'a': Money()}))
print(list(json.JSONEncoder().iterencode([1, {'a': None}])))
for bad in [lambda: json.dumps(object()), lambda: json.dumps({'s': {1}}), lambda: json.dumps({(1,): 2}),
            lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps(b'x'),
            lambda: json.dumps({'c': 1j}, default=encode_extra and (lambda o: o.imag)),
            lambda: json.dumps([Money()], cls=MyEncoder, default=None) and json.dumps(Money())]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
# decoding
print(json.loads('{"a": [1, 2.0, -3e2, true, false, null], "b": "\\u00e9\\n\\t\\"\\/"}'))
print(json.loads(' [ ] '), json.loads('"x"'), json.loads('12'), json.loads('-0'), json.loads('1E3'), json.loads(b'[1]'))
print(json.loads('NaN'), json.loads('[Infinity, -Infinity]'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d)))
print(json.loads('[["a", 1], ["b", 2]]'), json.loads('{"z": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.10, 2, 3.5e1]', parse_float=lambda s: 'F' + s), json.loads('[7, 1.5]', parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()), json.loads('"\\ud83d\\ude00"') == '😀')


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


def as_point(d):
    return Point(d['x'], d['y']) if set(d) == {'x', 'y'} else d


print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))
dec = json.JSONDecoder()
print(dec.decode('{"k": 1}'), dec.raw_decode('[1, 2] trailing'), dec.raw_decode('  {}', 2))
for bad in ['', ' ', '{', '{"a"', '{"a":', '{"a": 1', '{"a": 1,}', '[1, 2', '[1 2]', '[1,]', 'nul',
            'tru', '"abc', '{1: 2}', "{'a': 1}", '[1] [2]', '01', '1.', '-',
            '"a\nb"', '{"a": 1} x', '\ufeff[1]', '[\n  1,\n  ]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e.msg, '|', e.pos, e.lineno, e.colno, '|', e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError('m', 'ab\ncd', 4).args)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
