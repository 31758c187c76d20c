# f-strings as used in reports and logs (format-spec mini-language for many types,
# nested and computed specs, !r/!s/!a, = debugging with expressions, multi-line
# fields, format errors), the walrus operator in real loops, and lambda defaults.

rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.999)]
w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print(f"{name:<{w}}|{qty:>4d}|{price:>8.2f}|{qty * price:08.3f}|{name!r:^14}|")
print(f"{'total':<{w}}|{sum(r[1] for r in rows):>4}|{'':>8}|{sum(r[1] * r[2] for r in rows):08.3f}|")

n = 1234567
print(f"{n:,}|{n:_}|{n:_x}|{n:#_b}|{n:+}|{-n: }|{n:e}|{n:.3g}|{n:010,}|{65:c}|{n:X}|{n:#X}")
print(f"{0.1 + 0.2}|{0.1 + 0.2:.17g}|{1e100:g}|{1e-7}|{-0.0:z.1f}|{-0.0:.1f}|{2.5:.0f}|{3.5:.0f}")
print(f"{float('inf'):>6}|{float('nan'):+}|{1/3:.2%}|{12.0:g}|{12.0:#g}|{1234.5678:,.2f}")
print(f"{True:d}|{True}|{True!s:>6}|{None!r}|{b'by'}|{b'by'!s}|{3+4j:.1f}|{(1, 'a')}")
print(f"{'héllo'!a}|{'tab\there'!r}|{'q\"q'}|{chr(0x1F600)!a}|{'x':\u2192^5}")

value, prec, width, align = 3.14159265, 3, 12, ">"
print(f"[{value:{align}{width}.{prec}f}]", f"[{value:{'^'}{width}}]", f"[{value!r:*<{width + 6}}]")
spec = ".1%"
print(f"{0.256:{spec}}", f"{'nested {}'.format(f'{value:.1f}')}", f"{f'{f'{value:.2f}':>8}'}")

a, b = 7, 3
items = {"k": [10, 20]}
print(f"{a=}, {a + b=}, {a * b = }, {items['k'][-1]=}, {a=:>5}, {a=!r}, {'s'=}")
print(f"{a if a > b else b=}", f"{(lambda x: x * 2)(a)=}", f"{[i for i in range(3)]=}")
print(f"{
    a
    + b  # comments are allowed in multi-line fields (3.12)
}", f"{'\n'.join(['l1', 'l2'])!r}", f"{'}'}{'{'}", f"{{{a}}}")
print(f"{(y := 10) + 1} {y}", f"{a:{b}}", f"{a!s:{b}}|")

for bad in ["f'{a:d}'.format()", "format('s', 'd')", "format(3, 'Z')", "format(None, '>5')",
            "format(2.5, 'd')", "format(1, ',s')", "format('s', '+')", "format(10, '.2s')",
            "f'{a!x}'", "f'{}'", "f'{a:{b:{a}}}'", "format(object(), 'x')"]:
    try:
        print(repr(eval(bad)))
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)


# walrus in real loops
def chunks(data, size):
    it = iter(data)
    out = []
    while chunk := [x for _, x in zip(range(size), it)]:
        out.append(chunk)
    return out


print(chunks(range(7), 3))

lines = ["# comment", "key = value", "", "other=1", "bad line"]
parsed = {}
for line in lines:
    if (s := line.strip()) and not s.startswith("#") and (eq := s.find("=")) > 0:
        parsed[s[:eq].strip()] = s[eq + 1:].strip()
print(parsed, s, eq)

data = [4, 9, 16, 25, 30]
roots = [r for x in data if (r := x ** 0.5) == int(r)]
print(roots, r)
print([last := v for v in "abc"], last)


def fwalrus(arg=(z := 5)):
    return arg


print(fwalrus(), z, (total := sum(data)), total)
if any((found := x) > 10 for x in data):
    print("first > 10:", found)

# lambda defaults are evaluated once, at definition time
counter = 0


def next_id():
    global counter
    counter += 1
    return counter


make = lambda tag=next_id(), seen=[]: (seen.append(tag), tag, len(seen))[1:]
print(make(), make(), make("x"), counter)
adders = [lambda x, n=n: x + n for n in range(3)]
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
kwonly = lambda *, k=1, **rest: (k, sorted(rest))
print(kwonly(), kwonly(k=2, z=3), (lambda *a: a)(1, 2), (lambda: None).__name__)
print(make.__defaults__[0], kwonly.__kwdefaults__, (lambda a, /, b: a + b)(1, b=2))
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda a, /, b: 0)(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
