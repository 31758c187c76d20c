# f-strings: nested quotes (3.12+), format specs with nested fields, conversions, the `=`
# debug specifier, concatenation with plain strings.
x, w, name = 3.14159, 10, "weft"
print(f"{x:>{w}.3f}|{name!r}|{name!s:^8}|{name!a}")
print(f"{x=}", f"{x = :.2f}", f"{name=!s}", f"{ x + 1 = }")
print(f"{'nested' + f'{name}'}", f"{"same quotes"}", f'{f'{f'{1}'}'}')
print(f"{{literal}} {{{name}}}", f"{x:{'>'}{w}}", "a" f"b{name}" "c" f"{1}")
print(f"""multi
{name}
line""", f"{'\n'.join(['a', 'b'])}")
d = {"k": 1}
print(f"{d['k']}", f"{3:04d}", f"{'x':*^5}", f"{1:{'0'}{5}}", f"{[1, 2][0]}")
print(f"{x!r:>{w}}", f"{(lambda y: y * 2)(3)}", f"{name:{w}}|")
