# Private helper modules and names CPython's own tests import: _bisect, _string, _py_abc,
# collections._count_elements, pickle._loads and friends.
import _bisect, _string, _py_abc, collections, pickle, abc
print(_bisect.bisect_left([1, 2, 3], 2), _py_abc.ABCMeta.__name__)
print(list(_string.formatter_parser('a{0!r:>3}b{x.y[1]}c{{d}}')))
first, rest = _string.formatter_field_name_split('x.y[1][key]')
print(first, list(rest))
first, rest = _string.formatter_field_name_split('0.real')
print(first, list(rest))
for bad in ('x[', 'x.', 'x[]', 'x[0]y'):
    try:
        print(list(_string.formatter_field_name_split(bad)[1]))
    except ValueError as e:
        print('ValueError', e)
d = {}
collections._count_elements(d, 'abracadabra')
print(sorted(d.items()))
print(pickle._loads(pickle._dumps([1, 2])))
