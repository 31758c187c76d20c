# PEP 695: alias values, bounds and constraints are evaluated on first access, so they may
# refer to names defined later (recursive aliases included).
type Rec = list[Rec] | int
print(Rec.__value__, Rec.__name__)
def f[T: Undefined, *Ts, **P](): pass
T = f.__type_params__[0]
print(T, T.__name__)
try:
    T.__bound__
except NameError as e:
    print('NameError', e)
class Undefined: pass
print(T.__bound__)
class C[U: (int, str)]:
    pass
print(C.__type_params__[0].__constraints__)
type Later = Missing
try:
    print(Later.__value__)
except NameError as e:
    print('NameError', e)
Missing = 5
print(Later.__value__)
type G[X] = dict[X, G[X]]
print(G.__value__, G.__type_params__, G[int])
