# os.stat_result fields (integer items 7-9, float and nanosecond times, blocks), utime with
# times/ns, chmod and symlink keyword arguments.
import os
import stat

p = f'/tmp/weft_stat_{os.getpid()}'
with open(p, 'w') as f:
    f.write('hello')
os.utime(p, ns=(1_500_000_000_123_456_789, 1_600_000_000_987_654_321))
s = os.stat(p)
print(len(s), [type(x).__name__ for x in s])
print(s[7], s[8], s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns)
print(s.st_size, stat.S_ISREG(s.st_mode), s.st_blksize > 0, s.st_blocks >= 0, isinstance(s.st_rdev, int))
print(type(s.st_ctime).__name__, type(s.st_ctime_ns).__name__, s.st_ctime_ns // 10**9 == s[9])
r = repr(s)
print(r[:r.index('(')], [part.split('=')[0] for part in r[r.index('(') + 1:-1].split(', ')])
os.utime(p, (1.25, 2.5))
s = os.stat(p)
print(s.st_atime_ns, s.st_mtime_ns, s.st_atime, s[7])
for kw in (dict(times=(1, 2), ns=(1, 2)), dict(ns=(1,)), dict(ns=(1.5, 2)), dict(times=(1,)),
           dict(times=[1, 2])):
    try:
        os.utime(p, **kw)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
r = os.stat_result((1,) * 10)
print(r.st_atime, r.st_atime_ns, r.st_blocks, r)
print(os.stat_result((1,) * 10, {'st_atime': 5.5}).st_atime)
for n in (9, 20):
    try:
        os.stat_result((1,) * n)
    except TypeError as e:
        print('TypeError', e)
os.chmod(p, 0o600, follow_symlinks=True)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.chmod(path=p, mode=0o644)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.symlink(p, p + '.link', target_is_directory=False)
print(os.readlink(p + '.link') == p, os.lstat(p + '.link').st_size == len(p))
os.utime(p + '.link', ns=(10**9, 2 * 10**9), follow_symlinks=False)
print(os.lstat(p + '.link').st_mtime_ns, os.stat(p + '.link').st_mtime_ns != 2 * 10**9)
os.remove(p + '.link')
os.remove(p)
