# os.get/set_blocking, get/set_inheritable, sendfile; fcntl; resource.
import os, fcntl, resource, tempfile
r, w = os.pipe()
print(os.get_blocking(r), os.get_inheritable(r))
os.set_blocking(r, False); print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
os.set_blocking(r, True); os.set_inheritable(r, True); print(os.get_blocking(r), os.get_inheritable(r))
fl = fcntl.fcntl(r, fcntl.F_GETFL); print(bool(fl & os.O_NONBLOCK))
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK); print(os.get_blocking(r))
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
with tempfile.TemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX); fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB); fcntl.lockf(f, fcntl.LOCK_UN)
    f.write(b'hello world'); f.flush(); f.seek(0)
    with tempfile.TemporaryFile() as g:
        print(os.sendfile(g.fileno(), f.fileno(), 0, 5)); g.seek(0); print(g.read())
for bad in (lambda: fcntl.fcntl('x', 1), lambda: fcntl.fcntl(-1, fcntl.F_GETFD), lambda: os.get_blocking(99)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE); print(soft > 0, hard >= soft or hard == -1)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard)); print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
ru = resource.getrusage(resource.RUSAGE_SELF); print(type(ru).__name__, ru.ru_maxrss > 0, len(ru), resource.getpagesize() > 0, resource.RLIM_INFINITY)
for bad in (lambda: resource.getrlimit(999), lambda: resource.getrusage(99), lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
os.close(r); os.close(w)
