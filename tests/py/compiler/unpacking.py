# Assignment forms: unpacking, star targets, augmented assignment, subscripts and slices.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
h, *mid, t = range(6)
print(first, rest, init, last, h, mid, t)
x = y = z = 7
print(x, y, z)
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
lst[0] += 10
lst[-1] *= 2
print(lst)
del lst[::2]
print(lst)
d = {"k": 1}
d["k"] += 5
d.setdefault("n", []).append(1)
print(d)
class O: pass
o = O()
o.v = 1
o.v += 1
o.w = [1]
o.w += [2]
print(o.v, o.w)
s = "abcdef"
print(s[1:4], s[::-1], s[:-2], s[::2], s[1:], s[:])
t = 1, 2, 3
print(t[1:], t[-1])
m = [[1, 2], [3, 4]]
m[0][1] = 20
print(m)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, *b, c = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b = 1
except TypeError as ex:
    print(type(ex).__name__, ex)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *"xy"], (*[1], 2), {*[1, 2], 3})
print({**{"a": 1}, "b": 2, **{"c": 3}})
def kw(**k): return sorted(k.items())
print(kw(**{"x": 1}, y=2, **{"z": 3}))
def pos(*a): return a
print(pos(1, *[2, 3], 4, *()))
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
v = 5.0
v /= 2
print(v)
