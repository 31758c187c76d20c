# Sequence and mapping patterns must accept classes flagged through the ABCs:
# subclasses of collections.abc.Sequence/Mapping, classes registered with them,
# UserList/UserDict, and array.array.
import collections.abc, array
from collections import UserDict, UserList
class S(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i): return (1, 2)[i]
match S():
    case [a, b]: print("seq", a, b)
    case _: print("no match")
match array.array("i", [4, 5]):
    case [a, b]: print("array", a, b)
    case _: print("no match")
class R:
    def __len__(self): return 2
    def __getitem__(self, i): return (1, 2)[i]
collections.abc.Sequence.register(R)
match R():
    case [a, b]: print("registered", a, b)
    case _: print("no match")
class M(collections.abc.Mapping):
    def __len__(self): return 1
    def __getitem__(self, k):
        if k == "a": return 1
        raise KeyError(k)
    def __iter__(self): return iter(["a"])
match M():
    case {"a": v}: print("mapping", v)
    case _: print("no match")
match UserDict(a=1):
    case {"a": v}: print("UserDict", v)
    case _: print("no match")
match UserList([1, 2]):
    case [a, b]: print("UserList", a, b)
    case _: print("no match")
