# trace: line tracing, line counts, coverage files, function and caller
# listings.
import io
import os
import shutil
import subprocess
import sys
import tempfile
import trace


def square_sum(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i * i
        else:
            total -= 1
    return total


class Shape:
    def area(self):
        return helper(3)

    @staticmethod
    def unit():
        return 1


def helper(x):
    y = x * 2
    return y


def never():
    return 'not run'


def run_captured(func, *args):
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = func(*args)
    finally:
        sys.stdout = saved
    return result, buf.getvalue()


print("=== trace mode")
t = trace.Trace(count=0, trace=1)
result, text = run_captured(t.runfunc, square_sum, 3)
print(result)
print(text, end='')

print("=== trace and count")
t = trace.Trace(count=1, trace=1)
result, text = run_captured(t.runfunc, Shape().area)
print(result)
print(text, end='')
for (filename, lineno), n in sorted(t.counts.items()):
    print(os.path.basename(filename), lineno, n)

print("=== count mode")
t = trace.Trace(count=1, trace=0)
print(t.runfunc(square_sum, 5))
t.runfunc(helper, 1)
res = t.results()
counts = {(os.path.basename(f), l): n for (f, l), n in res.counts.items()}
print(sorted(counts.items()))

print("=== countfuncs / countcallers")
t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(Shape().area)
t.runfunc(Shape.unit)
print(sorted((os.path.basename(f), m, fn) for f, m, fn in t._calledfuncs))
t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(Shape().area)
print(sorted(((os.path.basename(a[0]),) + a[1:], (os.path.basename(b[0]),) + b[1:])
             for a, b in t._callers))

print("=== runctx")
t = trace.Trace(count=1, trace=1)
ns = {'helper': helper}
_, text = run_captured(t.runctx, 'x = helper(4)', ns, ns)
print(ns['x'])
print(text, end='')

print("=== donothing")
t = trace.Trace(count=0, trace=0)
print(t.donothing, t.runfunc(helper, 2))

print("=== coverage files")
tmp = tempfile.mkdtemp()
try:
    src = os.path.join(tmp, 'covmod.py')
    with open(src, 'w') as f:
        f.write('"""Doc."""\n\n\ndef f(n):\n    """Doc."""\n'
                '    if n:\n        return 1\n    return 2  #pragma NO COVER\n'
                '\n\ndef g():\n    x = 1\n    return x\n')
    sys.path.insert(0, tmp)
    import covmod
    del sys.path[0]
    t = trace.Trace(count=1, trace=0)
    t.runfunc(covmod.f, 1)
    t.runfunc(covmod.f, 1)
    res = t.results()
    cover = os.path.join(tmp, 'out')
    # Module names under a cover directory are relative to sys.path.
    sys.path.insert(0, tmp)
    try:
        _, text = run_captured(res.write_results, True, True, cover)
    finally:
        del sys.path[0]
    print(text.replace(tmp, 'TMP'), end='')
    print(sorted(os.listdir(cover)))
    with open(os.path.join(cover, 'covmod.cover')) as f:
        print(f.read(), end='')
    _, text = run_captured(res.write_results, False, False, None)
    with open(os.path.join(tmp, 'covmod.cover')) as f:
        print(f.read(), end='')
    print(sorted(n for n in trace._find_executable_linenos(src) if n))
    print(sorted(trace._find_strings(src)))
    # Saving and merging counts.
    saved = os.path.join(tmp, 'counts.pickle')
    t = trace.Trace(count=1, trace=0, outfile=saved)
    t.runfunc(covmod.g)
    run_captured(t.results().write_results, False, False, cover)
    merged = trace.CoverageResults(infile=saved)
    print(sorted((os.path.basename(f), l, n)
                 for (f, l), n in merged.counts.items()))
    r2 = trace.CoverageResults({('a.py', 1): 2}, {('a.py', 'a', 'f'): 1})
    r2.update(trace.CoverageResults({('a.py', 1): 3, ('a.py', 2): 1}))
    print(sorted(r2.counts.items()), r2.calledfuncs)
    print(r2.is_ignored_filename('<string>'), r2.is_ignored_filename('a.py'))
    print(trace._modname('/x/y/mod.py'))

    print("=== command line")
    prog = os.path.join(tmp, 'prog.py')
    with open(prog, 'w') as f:
        f.write('def f(a):\n    return a + 1\n\nfor i in range(2):\n'
                '    f(i)\n')
    for args in (['--trace', prog], ['--count', '--missing', '--summary',
                                     '-C', cover, prog],
                 ['--listfuncs', prog], []):
        p = subprocess.run([sys.executable, '-m', 'trace'] + args, cwd=tmp,
                           capture_output=True, text=True)
        print([a.replace(tmp, 'TMP') for a in args], p.returncode)
        print(p.stdout.replace(tmp, 'TMP'), end='')
        print(p.stderr.replace(tmp, 'TMP').splitlines()[-1:])
    with open(os.path.join(cover, 'prog.cover')) as f:
        print(f.read(), end='')
finally:
    shutil.rmtree(tmp)
