# Token streams of generate_tokens for ordinary code, f-strings and errors.
import io
import token
import tokenize


def show(src):
    print('== %r' % src)
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print('  %-14s %-18r %s %s %r' % (tokenize.tok_name[t.type], t.string,
                                             t.start, t.end, t.line))
    except SyntaxError as e:
        print('  ', type(e).__name__, e.args)
    except tokenize.TokenError as e:
        print('  ', type(e).__name__, e.args)


CASES = [
    "", "x", "x\n\n", "if x:\n    y = 1\n\n  # c\nz\n", "def f():\n  if a:\n    b\nc",
    "a = '''x\ny''' + b\n", "x = (1,\n  2)  # c\n", "a\\\n  + b\n",
    "1 1.5 1e5 0x1F 0o7 0b1 1_000 1j 1.5J .5 5. 1E+5 1.e5 0_7 00 09\n",
    "a $ b ? `\n", "@=->...:=!=**=//=>>=<<=\n", "  x\n", "# only\n", "#c", "\n\n",
    "x  \n", "if x:\n  y\n\n", "a\r\nb\r\n", "1if x else 2\n", "\u00e9 = 1\n",
    "print(1);x\n", "rb'x' Rb'y' u'z' BR'x' b\"\"\n", "x\n   ", "x\n#c", "if x:\n  y",
    "'''a\n''' # c\n", "x = '\\\nabc'\n", "'a' \\\n 'b'\n", "a\x0cb\n", "\x0c x\n",
    "class A:\n    def f(self):\n        pass\n\n\n    # c\n    x = 1\n",
    "x = [\n  1,\n  # c\n]\n", "async def f(): await x\n", "1.__class__ 1e 0x_1\n",
    "a\n\\\nb\n", "lambda *a, **k: (a, k)\n",
]
FSTRINGS = [
    "f'a{b!r:>{w}} {{c}}'\n", "f'''x\n{y}\nz'''\n", "f'{x=}'\n", "f'{x:{y}.{z}f}'\n",
    "f'{a[\"b\"]}'\n", "f'\\n{x}\\t'\n", "f'{{}}'\n", "f'a{{'\n", "f'}}b'\n", "f'{x:{y}}'\n",
    "f'{x:}'\n", "f\"{'a'}\"\n", "rf'\\{x}'\n", "f'{f'{x}'}'\n", "f'''{\nx\n}'''\n",
    "f'{ x = }'\n", "f'{x:%H{{}}}'\n", "f'a\\\nb'\n", "f'{1 +\n 2}'\n", "f'{x:\n}'\n",
    "f'\\N{BULLET} {x}'\n", "f'{x:{{y}}}'\n", "f'{x}' f'y'\n", "FR'x' fr'{y}'\n",
    "print(f'{x:=^10}')\n", "f'{x:{y:{z}}}'\n", "f'{x!r:^10}'\n",
]
ERRORS = [
    "'abc\n", "'''abc\n", "(\n", "\tx\n  y\n", "def f():\n    pass\n  x\n",
    "if 1:\n\tx\n        y\n", "0xg\n", "0_\n", "1__0\n", "0b2\n", "0o8\n", "1_j\n",
    "r'\\'\n", "'a\\'b\n", "x\\", "\\\n", "x=1\n\\\n", "a \\ b\n", "a\x00b\n", "a\x01b\n",
    "(\n\n\n", "(x", "[1,\n  2", "f'{x'\n", "f'abc\n", "f'{'\n", "f'''abc\n", "f'{x}}'\n",
    "f'{x#}'\n", "f\"{x\n", "f'{x:abc\n'\n", "1_000_\n", "0b1_\n", "1e+x\n",
]
for group in (CASES, FSTRINGS, ERRORS):
    for src in group:
        show(src)

# TokenInfo and exact types.
toks = list(tokenize.generate_tokens(io.StringIO("a += f(b) ** -1 $\n").readline))
for t in toks:
    print(t)
    print('  exact', token.tok_name[t.exact_type])
t = toks[0]
print(t.type, t.string, t.start, t.end, t._fields, isinstance(t, tuple))
print(tokenize.TokenInfo(1, 'x', (1, 0), (1, 1), 'x\n'))
print(issubclass(tokenize.TokenError, Exception))

# A readline that raises StopIteration ends the input.
lines = iter(['x = 1\n', 'y\n'])
print([t.string for t in tokenize.generate_tokens(lambda: next(lines))])
