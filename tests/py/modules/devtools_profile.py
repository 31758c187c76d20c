# profile, cProfile and pstats: call counts, function keys, sort orders and
# the report layout (times are masked: they differ from run to run).
import cProfile
import io
import os
import profile
import pstats
import re
import sys
import tempfile


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper(x):
    return [x] * 2


def main():
    out = []
    for i in range(3):
        out.append(fib(5))
    helper(1)
    helper(2)
    sorted(out)
    try:
        int('x')
    except ValueError:
        pass
    return len(out)


def mask(text):
    text = re.sub(r'\d+\.\d{3}', 'T.TTT', text)
    text = re.sub(r' at 0x[0-9a-fA-F]+', ' at ADDR', text)
    return text


def short(key):
    return (os.path.basename(key[0]),) + tuple(key[1:])


def show_stats(stats):
    for key, (cc, nc, tt, ct, callers) in sorted(stats.items(),
                                                  key=lambda kv: str(kv[0])):
        shown = []
        for ck, cv in sorted(callers.items(), key=lambda kv: str(kv[0])):
            shown.append((short(ck), cv if isinstance(cv, int) else cv[:2]))
        print('  ', mask(str(short(key))), cc, nc, mask(str(shown)))


def report(stats_obj, *amount, callers=True):
    buf = io.StringIO()
    stats_obj.stream = buf
    stats_obj.print_stats(*amount)
    if callers:
        stats_obj.print_callers(*amount)
        stats_obj.print_callees(*amount)
    print(mask(buf.getvalue()), end='')


print("=== profile.Profile.runcall")
p = profile.Profile()
print(p.runcall(main))
p.create_stats()
show_stats(p.stats)

print("=== profile.Profile.runctx")
p = profile.Profile()
print(type(p.runctx('main()', globals(), {})).__name__)
st = pstats.Stats(p)
show_stats(st.stats)
print(st.total_calls, st.prim_calls, len(st.stats))  # max_name_len depends on the path
report(st.strip_dirs().sort_stats('calls', 'name'))
report(st.sort_stats(pstats.SortKey.PCALLS, pstats.SortKey.NAME), 3,
       callers=False)
report(st.sort_stats('nfl'), 'fib|helper')
report(st.sort_stats('stdname'), 0.5, callers=False)
report(st.sort_stats('stdname').reverse_order(), callers=False)

print("=== profile.run / runctx print")
buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
try:
    profile.runctx('helper(5)', globals(), None, sort='name')
    profile.run('helper(6)', sort=('calls', 'name'))
finally:
    sys.stdout = saved
print(mask(buf.getvalue()), end='')

print("=== cProfile")
cp = cProfile.Profile()
print(cp.runcall(main))
cp.create_stats()
show_stats(cp.stats)
cp = cProfile.Profile()
cp.run('main()')
cst = pstats.Stats(cp).strip_dirs().sort_stats('calls', 'nfl')
report(cst)
cp = cProfile.Profile()
cp.enable()
helper(3)
fib(3)
cp.disable()
cp.create_stats()
show_stats(cp.stats)
cp = cProfile.Profile(builtins=False)
cp.runcall(main)
cp.create_stats()
show_stats(cp.stats)
cp = cProfile.Profile(subcalls=False)
cp.runcall(main)
cp.create_stats()
show_stats(cp.stats)
entries = cProfile.Profile().runcall.__name__
print(entries)
cp = cProfile.Profile()
cp.runcall(fib, 4)
for e in sorted(cp.getstats(), key=lambda e: str(cProfile.label(e.code))):
    print('  ', short(cProfile.label(e.code)), e.callcount, e.reccallcount,
          None if e.calls is None else
          sorted((short(cProfile.label(s.code)), s.callcount, s.reccallcount)
                 for s in e.calls))
print(cProfile.label('<built-in method builtins.len>'))
print(short(cProfile.label(fib.__code__)))

print("=== pstats sorting and selection")
st = pstats.Stats(p)
print(sorted(st.get_sort_arg_defs())[:12])
for field in (['calls', 'name'], ['ncalls', 'nfl'], ['pcalls', 'line'],
              ['filename', 'name'], ['module', 'stdname'], ['name'],
              [-1], [0], ['cal', 'na'], [pstats.SortKey.CALLS,
                                        pstats.SortKey.NFL]):
    st.sort_stats(*field)
    print(field, st.sort_type)
    print('   ', [pstats.func_std_string(short(f))
                  for f in st.fcn_list if st.stats[f][1] != 1])
try:
    st.sort_stats('calls', pstats.SortKey.NAME)
except TypeError as e:
    print(type(e).__name__, e)
try:
    st.sort_stats('c')
except KeyError as e:
    print(type(e).__name__, e)
print(list(pstats.SortKey), pstats.SortKey('ncalls'), pstats.SortKey('tottime'),
      pstats.SortKey.CUMULATIVE == 'cumulative')
print(pstats.func_std_string(('~', 0, '<built-in method len>')),
      pstats.func_std_string(('~', 0, 'plain')),
      pstats.func_std_string(('a.py', 3, 'f')),
      pstats.func_strip_path(('/x/y/a.py', 3, 'f')),
      pstats.func_get_function_name(('a.py', 3, 'f')),
      pstats.f8(1.23456), pstats.count_calls({1: 2, 3: 4}))
print(pstats.add_callers({'a': 1, 'b': (1, 2, 3, 4)},
                         {'a': 2, 'b': (1, 1, 1, 1), 'c': 5}))
print(pstats.add_func_stats((1, 2, 0, 0, {'a': 1}), (3, 4, 0, 0, {'a': 1})))
sel, msg = st.eval_print_amount(2, list(range(5)), '')
print(sel, repr(msg))
sel, msg = st.eval_print_amount(0.4, list(range(5)), '')
print(sel, repr(msg))
sel, msg = st.eval_print_amount('(', ['x'], '')
print(sel, repr(msg))
sp = st.sort_stats('calls', 'nfl').get_stats_profile()
print(type(sp).__name__, sorted(sp.func_profiles)[:3],
      sp.func_profiles['fib'].ncalls, sp.func_profiles['fib'].line_number)

print("=== add, strip_dirs, dump/load")
s1 = pstats.Stats(p)
p2 = profile.Profile()
p2.runcall(helper, 9)
s1.add(p2)
s1.strip_dirs().sort_stats('calls', 'name')
print(s1.total_calls, s1.prim_calls)
print([(pstats.func_std_string(f), s1.stats[f][:2]) for f in s1.fcn_list][:4])
try:
    pstats.Stats(cProfile.Profile())
except TypeError as e:
    print(type(e).__name__, mask(str(e)))
empty = pstats.Stats()
print(empty.stats, empty.total_calls)
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'prof.out')
    cp = cProfile.Profile()
    cp.runcall(main)
    cp.dump_stats(path)
    loaded = pstats.Stats(path)
    print(loaded.files[0].endswith(path), loaded.total_calls)
    loaded.strip_dirs().sort_stats('calls', 'nfl')
    print([(pstats.func_std_string(f), loaded.stats[f][:2])
           for f in loaded.fcn_list][:3])
    path2 = os.path.join(tmp, 'prof2.out')
    s1.dump_stats(path2)
    both = pstats.Stats(path, path2)
    print(both.total_calls, len(both.files))
    pp = profile.Profile()
    pp.runcall(helper, 1)
    pp.dump_stats(path)
    print(mask(str(sorted(pstats.func_std_string(short(k))
                 for k in pstats.Stats(path).stats))))
finally:
    import shutil
    shutil.rmtree(tmp)
