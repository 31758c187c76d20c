# namedtuple field descriptors: repr, docs, get/set errors.
import collections
P = collections.namedtuple('P', 'x y')
print(repr(P.x))
P.y.__doc__ = None
print(repr(P.y))
P.x.__doc__ = 'has "q" \'s'
print(repr(P.x), P(1, 2).x, type(P.x).__name__)
try:
    P(1, 2).x = 5
except AttributeError as e:
    print('AttributeError', e)
