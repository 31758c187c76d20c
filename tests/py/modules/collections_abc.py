"""collections.abc: subscription (GenericAlias, Callable), mixin methods, registrations."""
import collections.abc as abc
import typing, pickle
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
c = abc.Callable[[int, str], bool]
t(lambda: (c, c.__args__, c.__parameters__, c.__origin__, abc.Callable[..., int], abc.Callable[[], int], type(c).__name__))
T = typing.TypeVar('T')
t(lambda: (abc.Callable[[T], T][int], abc.Callable[[T], T].__parameters__))
for bad in [int, (int,), ([int],)]:
    t(lambda: abc.Callable[bad])
t(lambda: abc.Callable[1, int])
t(lambda: (c == abc.Callable[[int, str], bool], hash(c) == hash(abc.Callable[[int, str], bool])))
t(lambda: pickle.loads(pickle.dumps(c)))
for n in abc.__all__:
    if n in ('ByteString', 'Callable'):
        continue
    t(lambda: (n, repr(getattr(abc, n)[int])))
t(lambda: isinstance([], abc.Iterable[int]))
t(lambda: abc.Mapping[str, int].__args__)
P = typing.ParamSpec('P')
t(lambda: (abc.Callable[P, int], abc.Callable[typing.Concatenate[int, P], int]))
t(lambda: (issubclass(dict, abc.MutableMapping), issubclass(str, abc.Sequence), issubclass(range, abc.Sequence), issubclass(type({}.keys()), abc.KeysView), issubclass(type({}.items()), abc.Set)))
class S(abc.Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
s = S()
t(lambda: (list(s), 2 in s, s.index(2), s.count(3), list(reversed(s))))
t(lambda: s.index(9))
t(lambda: abc.Sequence())
class M(abc.Mapping):
    def __getitem__(self, k): return {'a': 1}[k]
    def __len__(self): return 1
    def __iter__(self): return iter(['a'])
m = M()
t(lambda: (list(m.keys()), list(m.items()), m.get("z"), m == {"a": 1}, type(m.keys()).__name__, type(m.values()).__name__))
t(lambda: abc.Callable[[int], str])
t(lambda: abc.Callable[..., int].__args__)
t(lambda: type(abc.Callable[[int], str]))
t(lambda: (abc.Set._from_iterable, set(abc.KeysView({'a':1}) & {'a'})))
class MS(abc.MutableSet):
    def __init__(self, it=()): self.d = set(it)
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def add(self, x): self.d.add(x)
    def discard(self, x): self.d.discard(x)
ms = MS([1, 2])
t(lambda: (sorted(ms | {3}), sorted(ms & {1}), ms <= {1, 2, 3}, ms.isdisjoint([5]), type(ms - {1}).__name__))
ms.remove(1); t(lambda: sorted(ms))
t(lambda: ms.remove(9))
t(lambda: ms.pop())
t(lambda: abc.Hashable.__subclasshook__(list))
t(lambda: isinstance([], abc.Hashable))
T = typing.TypeVar('T')
P2 = typing.ParamSpec('P2')
t(lambda: (list[T][int], dict[T, list[T]][str], list[T][None], list[T][(int,)], tuple[T, ...][int]))
t(lambda: (typing.List[T][int], typing.Callable[[T], T][int], typing.Callable[P2, T][[int], str]))
t(lambda: abc.Callable[P2, T][[int, str], bool])
