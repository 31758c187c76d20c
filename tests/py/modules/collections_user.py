from collections import UserDict, UserList, UserString
import copy
class D(UserDict):
    def __missing__(self, k): return k * 2
d = D(a=1); d['b'] = 2
print(d, d['zz'], len(d), 'a' in d, d.get('q'), isinstance(d, dict), issubclass(UserDict, dict))
print(d | {'c': 3}, {'x': 0} | d, d.copy(), type(d.copy()).__name__, D.fromkeys('xy', 0))
d.setdefault('e', 5); d.pop('a'); print(sorted(d.items()), d.data)
c = copy.copy(d); c['new'] = 1; print('new' in d)
try: UserDict()['k']
except KeyError as e: print('KeyError', e)
l = UserList([3, 1, 2]); l.append(0); l.sort(); print(l, l[1:], type(l[1:]).__name__, l + [9], [8] + l, l * 2, l == [0,1,2,3], l < [5])
l += (7,); l.extend(UserList([6])); print(l, l.pop(), l.index(2), l.count(1), list(reversed(l)))
del l[0]; l[0] = 'x'; l.insert(0, 'y'); l.remove('x'); print(l, l.copy(), len(l), isinstance(l, list))
s = UserString('hello'); print(s, repr(s), s.upper(), s[1:3], type(s[1:3]).__name__, s + '!', 'x' + s, s * 2, s == 'hello', 'ell' in s, len(s), s.split('l'), s.replace('l', 'L'), hash(s) == hash('hello'), isinstance(s, str), s.find('l'), s.count('l'), s % () if '%' in s else s.zfill(8), s.encode(), int(UserString('42')) + 1)
print(sorted([UserString('b'), UserString('a')]), list(s), s.center(9, '*'), s.startswith('he'))
