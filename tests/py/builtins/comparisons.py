# Rich comparison: reflected operators, subclass priority, identity fallback for ==/!=,
# ordering errors, and comparison results that are not bools.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('C.eq', self.v)
        return NotImplemented
    def __lt__(self, o):
        return 'C.lt'
class D(C):
    def __eq__(self, o):
        return 'D.eq'
    def __gt__(self, o):
        return 'D.gt'
a, b = C(1), C(2)
print(a == a, a == b, a != b)
print(C(1) == D(2), D(1) == C(2), C(1) < D(2), C(1) < C(2), 5 > C(3))
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != p, p != Plain())
t(lambda: p < p)
t(lambda: 1 < 'a')
t(lambda: 'a' >= 1)
t(lambda: [] < ())
t(lambda: None < None)
t(lambda: Plain() <= 3)
print(1 == 1.0, 1 == 'a', [1, 2] == [1, 2], (1, [2]) < (1, [3]), {1} <= {1, 2})
nan = float('nan')
print(nan == nan, [nan] == [nan], nan in [nan])
class R:
    def __eq__(self, o):
        return [1]
    def __bool__(self):
        return False
print(R() == 1, [R()] == [1], R() in [1])
class Bad:
    def __eq__(self, o):
        raise ValueError('no eq')
t(lambda: Bad() == 1)
t(lambda: [Bad()] == [1])
t(lambda: Bad() in [1])
print(sorted([3, 1.5, True]), max('b', 'a'), min((2, 'x'), (1, 'y')))
