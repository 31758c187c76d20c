# Loops, conditionals, comprehensions, unpacking, chained comparisons.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif 0 < n < 10:
        return "small"
    else:
        return "big"

print([classify(x) for x in (-5, 0, 3, 42)])

total = 0
for i in range(10):
    if i % 2:
        continue
    if i > 7:
        break
    total += i
else:
    print("not reached")
print("total", total)

for i in range(3):
    pass
else:
    print("for-else ran", i)

n = 0
while n < 5:
    n += 1
else:
    print("while-else", n)

while True:
    n -= 1
    if n == 2:
        break
print("after break", n)

a, b, *rest = range(6)
print(a, b, rest)
first, *middle, last = "hello"
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
a, b = b, a
print(a, b)

squares = {i: i * i for i in range(5)}
print(squares)
evens = {i for i in range(10) if i % 2 == 0}
print(sorted(evens))
nested = [(i, j) for i in range(3) for j in range(i)]
print(nested)
gen = (i * 2 for i in range(4))
print(list(gen))
print(sum(i for i in range(101)))

x = 10
print([x for x in range(3)], x)

# Conditional expressions and boolean operators
print(1 if True else 2, 1 if False else 2)
print(0 or "a", "" or None, 1 and 2, 0 and 1, not 0, not [1])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)

# Nested functions and loops with else
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return idx

print(find([4, 5, 6], 5), find([4, 5, 6], 9))

# match statement
def describe(v):
    match v:
        case 0:
            return "zero"
        case [x, y]:
            return f"pair {x} {y}"
        case {"k": val}:
            return f"dict {val}"
        case str() as s:
            return "str " + s
        case int(n) if n > 100:
            return "big int"
        case _:
            return "other"

for v in (0, [1, 2], {"k": 3}, "s", 1000, 3.5):
    print(describe(v))

# augmented assignment on various targets
lst = [1, 2, 3]
lst[0] += 10
d = {"a": 1}
d["a"] *= 5
class O:
    pass
o = O()
o.attr = 2
o.attr **= 3
print(lst, d, o.attr)
s = "ab"
s *= 3
print(s)
# slices
seq = list(range(10))
print(seq[2:5], seq[::3], seq[-3:], seq[:-7])
seq[1:3] = ["x"]
del seq[-2:]
print(seq)
print("abcdef"[1:4], (1, 2, 3, 4)[::-1])
# f-strings
name = "world"
print(f"hello {name!r:>10} {3.14159:.2f} {'x'!a} {name=}")
print(f"{1+1}{{}}{len(name):03d}")
