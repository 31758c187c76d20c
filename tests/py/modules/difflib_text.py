import difflib

a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n'.splitlines(keepends=True)
b = 'zero\none\ntree\nfour\nfive\nsix\nseven\n8\nnine\nten\neleven\n'.splitlines(keepends=True)
diff = list(difflib.ndiff(a, b))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
print(''.join(difflib.restore(diff, '2')) == ''.join(b))
for bad in (0, 3):
    try:
        list(difflib.restore(diff, bad))
    except ValueError as e:
        print(type(e).__name__, e)
d = difflib.Differ()
t1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
t2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(d.compare(t1, t2)), end='')
print(list(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))
print(list(difflib.ndiff(['\tabc def\n'], ['\tabc  de\n'])))
print(list(difflib.ndiff(['a\n', '\n', 'b\n'], ['a\n', '\n', '\n', 'c\n'], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.ndiff(['same\n', 'x\n'], ['y\n', 'same\n'], charjunk=None)))
print(list(difflib.Differ(charjunk=lambda c: c == 'x').compare(['axbc'], ['axbd'])))
print(list(difflib.ndiff([], [])), list(difflib.ndiff(['a'], [])), list(difflib.ndiff([], ['b'])))
print(list(difflib.ndiff('abc', 'abd')))

print(''.join(difflib.unified_diff(a, b, 'before.py', 'after.py')), end='')
print(''.join(difflib.unified_diff(a, b, fromfile='a', tofile='b', fromfiledate='2005-01-26 23:30:50',
                                   tofiledate='2010-04-02 10:20:52', n=1)), end='')
print(''.join(difflib.context_diff(a, b, 'before.py', 'after.py')), end='')
print(''.join(difflib.context_diff(a, b, 'x', 'y', 'Mon Jan 1', 'Tue Jan 2', n=0)), end='')
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.context_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff(['x'], ['x'])), list(difflib.context_diff([], [])))
print(list(difflib.unified_diff([], ['new\n'])), list(difflib.unified_diff(['old\n'], [])))
print(list(difflib.context_diff([], ['new\n'])), list(difflib.context_diff(['old\n'], [])))
print(list(difflib.unified_diff(['1\n', '2\n'], ['1\n', 'x\n', '2\n'], n=0)))
print(list(difflib.context_diff(['1\n', '2\n'], ['1\n', 'x\n', '2\n'], n=0)))
print(list(difflib.context_diff(['1\n', 'x\n', '2\n'], ['1\n', '2\n'], n=0)))
for args in [([b'a'], ['b']), (['a'], [b'b']), (['a'], ['b'], 1), (['a'], ['b'], 'f', b't')]:
    for f in (difflib.unified_diff, difflib.context_diff):
        try:
            list(f(*args))
        except TypeError as e:
            print(type(e).__name__, e)
ba = [b'hello\n', b'caf\xe9\n', b'end\n']
bb = [b'hello\n', b'cafe\xff\n', b'end\n']
for line in difflib.diff_bytes(difflib.unified_diff, ba, bb, b'a.txt', b'b.txt', b'd1', b'd2'):
    print(line)
print(list(difflib.diff_bytes(difflib.context_diff, ba, bb, n=0, lineterm=b'')))
for args in [(['a'], [b'b']), ([b'a'], [b'b'], 'x')]:
    try:
        list(difflib.diff_bytes(difflib.unified_diff, *args))
    except TypeError as e:
        print(type(e).__name__, e)
a = ['abcdefghij%d\n' % (i % 3) for i in range(12)]
b = ['abcdefghij%d\n' % (i % 4 + 5) for i in range(9)]
print(''.join(difflib.ndiff(a, b)))
a = ['x%dyyyy\n' % i for i in range(8)] + ['same\n']
b = ['same\n'] + ['x%dyyyz\n' % i for i in range(6)]
print(''.join(difflib.ndiff(a, b)))
a = ['# comment\n', '\n', 'code line one\n', '\n']
b = ['\n', 'code line two\n', '# comment\n']
print(''.join(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)))
a = ['\n', '\n', 'abc\n']; b = ['xyz\n', '\n']
print(list(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)))
