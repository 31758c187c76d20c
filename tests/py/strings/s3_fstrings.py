# f-strings: format specs built from nested fields, conversions, the '=' debug form,
# PEP 701 quoting and nesting, evaluation order, and the compile-time error messages.
x, y, w, p = 3.14159, 'text', 10, 3
name = 'é'
print(f'{x:{w}.{p}f}|', f'{x:<{w}.{p}}|', f'{y:^{w}}|', f'{y:{"*"}>{w - 2}}|', f'{x:{"."}{p}{"e"}}')
print(f'{y!r}', f'{y!s}', f'{name!a}', f'{name!r:>6}|', f'{name!a:*^10}', f'{y!r:.3}', f'{3!r:>4}', f'{x!s:.4}')
print(f'{x=}', f'{y=}', f'{x = }', f'{x=:.2f}', f'{y=!s}', f'{y=!a:>8}', f'{x*2=}', f'{ y = }', f'{name=}')
print(f'{1+1=}', f'{[1, 2]=}', f'{ {"k": 1}["k"] = }', f'{(lambda: 5)()=}', f'{x if x else y=}')
print(f'{"nested {y}"}', f'{f"{x:.1f}":>6}|', f'{f"{f"{y}"}"}', f'{"{}".format(7)}', f'{"{":>3}')
print(f'{"a" "b"}', f"{'q'}", f'''{"tri"}''', f"""{'''x'''}""", f'{"\n".join(["a", "b"])!r}', f'{'same quote'}')
print(f'{{literal}}', f'{{{x:.0f}}}', f'}}{{', f'{{}}', f'a{{b}}c{y}d', rf'\n{y}', fr'{y}\t', f'\x41{y}\u00e9')
print(f'{(z := 4)} {z}', f'{(lambda a: a * 2)(3)}', f'{[i for i in range(3)]}', f'{x:{"" if p else ">"}}')
print(f'{ x :.3}', f'{y
}', f'''{
    x  # a comment
    + 1
}''', f'{3:{"d"}}', f'{"x"!r:{""}}', f'{2**70:_}', f'{-0.0:z.1f}', f'{1e-7:.2%}')
v = 7
print(f'{v:#x}{v:#o}{v:#b}', f'{v:+}{-v:=5}{v:05}', f'{v:,}{10**7:,}{10**7:_}', f'{v:c}', f'{v!r:^5}')
print(f'{v}' f'{v}' 'plain' f'{v}', type(f'').__name__, f'' == '', f'{""}' == '', len(f'{"é😀"}'))

class Loud:
    def __init__(self, tag):
        self.tag = tag
    def __format__(self, spec):
        log.append('format %s %r' % (self.tag, spec))
        return self.tag
    def __repr__(self):
        log.append('repr ' + self.tag)
        return 'R' + self.tag
    def __str__(self):
        log.append('str ' + self.tag)
        return 'S' + self.tag
log = []
def val(s):
    log.append('eval ' + s)
    return s
a, b = Loud('a'), Loud('b')
print(f'{a:{val("x")}{val("y")}}-{b!r}-{a!s:>{val("3")}}-{b}')
print(log)

class BadRepr:
    def __repr__(self):
        return 5
    def __str__(self):
        return None
    def __format__(self, spec):
        return 1.5
for code in ['f"{BadRepr()!r}"', 'f"{BadRepr()!s}"', 'f"{BadRepr()}"', 'f"{BadRepr()!a}"', 'f"{3:q}"',
             'f"{3:{\'q\'}}"', 'f"{\'s\':d}"', 'f"{undefined_name}"', 'f"{1/0}"', 'f"{3:{1/0}}"']:
    try:
        print(code, '->', repr(eval(code)))
    except Exception as e:
        print(code, '!!', type(e).__name__, e)

bad = ['f"{}"', 'f"{ }"', 'f"{"', 'f"}"', 'f"{x"', 'f"{x!}"', 'f"{x!z}"', 'f"{x!rr}"', 'f"{x:{y:{z:{q}}}}"',
       'f"{x=!}"', 'f"{!r}"', 'f"{:x}"', 'f"{x:}}"', 'f"{x}}"', 'f"{{x}"', 'f"{x!r=}"', 'f"{lambda x: x}"',
       'f"{yield}"', 'f"{*x}"', 'f"{x:{*y}}"', 'fb"x"', 'f"{\'a\' \'b\' !}"', 'f"{x:{}}"', 'f"{#}"', 'f"{x#}"',
       'f"{)}"', 'f"{x)}"', 'f"{[}"', 'f"{x:{;}}"', "f'{a $ b}'"]
for src in bad:
    try:
        compile(src, '<fs>', 'eval')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, '!!', type(e).__name__, e)
