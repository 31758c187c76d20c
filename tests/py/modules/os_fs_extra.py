# os.chown/lchown, mkfifo/mknod, makedev/major/minor, statvfs, getloadavg, sync.
import os
import stat

base = f'/tmp/weft_fsx_{os.getpid()}'
os.mkdir(base)
f = os.path.join(base, 'file')
open(f, 'w').close()
st = os.stat(f)
print(os.chown(f, st.st_uid, st.st_gid), os.chown(f, -1, -1), os.lchown(f, st.st_uid, -1))
os.chown(path=f, uid=-1, gid=-1, follow_symlinks=False)
fifo = os.path.join(base, 'fifo')
os.mkfifo(fifo)
print(stat.S_ISFIFO(os.stat(fifo).st_mode))
for call in (lambda: os.mkfifo(fifo), lambda: os.chown(base + '/nope', 0, 0),
             lambda: os.statvfs(base + '/nope'), lambda: os.lchown(base + '/nope', 0, 0)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, str(e).replace(base, 'BASE'))
node = os.path.join(base, 'node')
os.mknod(node, stat.S_IFIFO | 0o600)
print(stat.S_ISFIFO(os.stat(node).st_mode))
print(os.makedev(8, 1), os.major(2049), os.minor(2049), os.major(os.makedev(259, 7)),
      os.minor(os.makedev(259, 70000)))
v = os.statvfs(base)
print(type(v).__name__, len(v), v.f_bsize > 0, v.f_namemax, isinstance(v.f_fsid, int),
      v[0] == v.f_bsize, repr(v).split('(')[0])
fd = os.open(base, os.O_RDONLY)
print(os.statvfs(fd).f_namemax)
os.close(fd)
la = os.getloadavg()
print(type(la).__name__, len(la), all(isinstance(x, float) for x in la))
print(os.sync())
for name in ('file', 'fifo', 'node'):
    os.remove(os.path.join(base, name))
os.rmdir(base)
