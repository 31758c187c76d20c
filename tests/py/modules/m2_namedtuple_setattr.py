# namedtuple fields: assignment/deletion messages and the field descriptor type
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
for f in [lambda: setattr(p, 'x', 5), lambda: delattr(p, 'y')]:
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
print(type(Point.x).__name__, Point.x.__doc__)
