import difflib

a = '''line one
line two has\ttab
<html> & "quotes"
unchanged line
to be deleted
another unchanged
changed slightly here
'''.splitlines(keepends=True)
b = '''line one
line two has\ttabs
<html> &amp; "quotes"
unchanged line
another unchanged
changed slightly there
brand new line
'''.splitlines(keepends=True)
h = difflib.HtmlDiff()
print(h.make_table(a, b))
print(h.make_table(a, b, 'a.txt', 'b.txt', context=True, numlines=1))
print(h.make_table(a, b, fromdesc='only from'))
print(difflib.HtmlDiff(tabsize=2, wrapcolumn=12).make_table(a, b, context=True, numlines=0))
print(difflib.HtmlDiff(wrapcolumn=5, charjunk=None, linejunk=difflib.IS_LINE_JUNK).make_table(a, b))
print(h.make_file(a, b, 'old', 'new'))
print(h.make_file(['caf\xe9\n'], ['caf\u20ac\n'], charset='latin-1'))
print(h.make_file([], [], context=True, numlines=2))
print(h.make_table([], []))
print(h.make_table(['same\n'], ['same\n'], context=True))
print(h.make_table(['same\n'], ['same\n']))
print(h.make_table(['x\n'] * 3, ['y\n'] * 5))
long_a = ['line %d\n' % i for i in range(40)]
long_b = long_a[:]
long_b[5] = 'line five\n'
long_b[30:32] = []
print(h.make_table(long_a, long_b, context=True, numlines=2))
for r in difflib._mdiff(long_a[:8], long_b[:8]):
    print(r)
for r in difflib._mdiff(a, b, 1):
    print(r)
print(difflib.HtmlDiff._default_prefix > 0, h._tabsize, h._wrapcolumn, h._linejunk, h._charjunk is difflib.IS_CHARACTER_JUNK)
