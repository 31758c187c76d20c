# hash() of an object whose __hash__ returns an int: the value itself when it fits in a
# machine hash (-1 becomes -2), else the int's own hash.
class A:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


class MyInt(int):
    pass


for v in (0, 1, -1, -2, 2**62, -2**63, 2**63 - 1, 2**63, 2**64 + 5, -2**70, True,
          MyInt(7), MyInt(2**100)):
    print(repr(v), hash(A(v)))
for bad in (1.5, None, '3'):
    try:
        hash(A(bad))
    except TypeError as e:
        print('TypeError', e)
