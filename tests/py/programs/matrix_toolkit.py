"""Matrix / vector toolkit with operator overloading and Gaussian elimination."""
import math
import operator
from functools import reduce
from itertools import starmap, product


class ShapeError(ValueError):
    pass


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(components)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]

    def _check(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ShapeError(f"length mismatch: {len(self)} vs {len(other)}")
        return other

    def __add__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Vector(starmap(operator.add, zip(self, other)))

    def __sub__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Vector(a - b for a, b in zip(self, other))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(k * a for a in self)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __matmul__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return sum(a * b for a, b in zip(self, other))

    def __abs__(self):
        return math.hypot(*self._c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __bool__(self):
        return any(self._c)

    def __repr__(self):
        return f"Vector{self._c!r}"


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ShapeError(f"cannot add {self.shape} and {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[k * x for x in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if isinstance(other, Vector):
            if len(other) != self.shape[1]:
                raise ShapeError(f"cannot multiply {self.shape} by vector of {len(other)}")
            return Vector(Vector(r) @ other for r in self.rows)
        if not isinstance(other, Matrix):
            return NotImplemented
        (n, k1), (k2, m) = self.shape, other.shape
        if k1 != k2:
            raise ShapeError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        if n < 0:
            return self.inverse() ** -n
        return reduce(operator.matmul, [self] * n, Matrix.identity(self.shape[0]))

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[f"{x:g}" if isinstance(x, float) else str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ShapeError("determinant needs a square matrix")
        a = [list(map(float, r)) for r in self.rows]
        det = 1.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                return 0.0
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det

    def inverse(self):
        n, _ = self.shape
        if abs(self.determinant()) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug = [list(map(float, r)) + [float(i == j) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([[round(x, 10) + 0.0 for x in r[n:]] for r in aug])


def solve(m, b):
    return m.inverse() @ b


v, w = Vector(3, 4), Vector([1.5, -2])
print(v, w, v + w, v - w, 2 * v, v * 0.5, -w)
print(abs(v), v @ w, bool(Vector(0, 0)), v[::-1], v == Vector(3, 4), len({v, Vector(3, 4)}))
try:
    v + Vector(1, 2, 3)
except ShapeError as exc:
    print("ShapeError:", exc, isinstance(exc, ValueError))
try:
    v + 1
except TypeError as exc:
    print("TypeError:", exc)

A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
B = Matrix.identity(3) * 2
print(A.shape, A.T.rows[0], A[1, 2])
print(A + B)
print(repr(A @ B))
print(A @ Vector(1, 2, 3))
print("det A =", A.determinant(), "det I =", Matrix.identity(4).determinant())
print("A^3 =", (A ** 3).rows)
print("A^-1:")
print(A.inverse())
x = solve(A, Vector(8, -11, -3))
print("solution:", Vector(round(c, 9) for c in x))
print("check:", A @ Vector(2, 3, -1))
print("A @ A^-1 == I:", Matrix([[round(c, 9) + 0.0 for c in r] for r in (A @ A.inverse()).rows]) == Matrix.identity(3) * 1.0)
C = Matrix([[1, 2], [3, 4]])
C @= Matrix([[0, 1], [1, 0]])
print("C after @=", C.rows, C == Matrix([[2, 1], [4, 3]]), C != A)
fib = Matrix([[1, 1], [1, 0]]) ** 50
print("fib(50) =", fib[0, 1])
print("2^-2:", (Matrix([[2, 0], [0, 4]]) ** -2).rows)
for bad in (lambda: A @ C, lambda: A + C, lambda: Matrix([[1, 2], [3]]),
            lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1, 2, 3]]).determinant(),
            lambda: A @ "x"):
    try:
        bad()
    except (ShapeError, ZeroDivisionError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
grid = Matrix([[i * j for j in range(1, 4)] for i in range(1, 4)])
print(sum(grid[i, j] for i, j in product(range(3), repeat=2)), max(map(max, grid.rows)))
print(Vector.__slots__, hasattr(v, "__dict__"))
try:
    v.extra = 1
except AttributeError as exc:
    print("AttributeError:", exc)
