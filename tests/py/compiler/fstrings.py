# f-strings: conversions, format specs, nesting, = debugging, quotes.
name = "world"
n = 42
pi = 3.14159
print(f"hello {name}!", f"{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#o}")
print(f"{pi:.2f} {pi:10.3e} {pi!r} {name!r} {name!s} {name!a}")
print(f"{'é'!a} {n=} {pi = :.1f} {name=!s}")
width = 8
print(f"{name:>{width}}|{pi:{width}.{2}f}|")
print(f"{{literal}} {n}{{}}")
items = [1, 2, 3]
print(f"{len(items)} {items[0]} {items[-1]:03}")
print(f"{'nested ' + f'{n}'}")
print(f"""triple {name
}""")
d = {"key": "value"}
print(f"{d['key']} {d["key"]}")
print(f"{n:,} {1234567.891:,.2f} {0.25:%}")
class W:
    def __format__(self, spec):
        return f"W({spec})"
print(f"{W()} {W():abc} {W()!r:>3}"[:30])
print(f"{3 if n else 4}")
print(f"{(lambda: 5)()}")
x = 10
print(f"{x:{'>'}{5}}")
