# os.environ / getenv / putenv / unsetenv, os.getcwd/chdir, getpid, urandom, cpu_count,
# and the errors of each (no machine-specific values are printed).
import os

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))

d = 'b2_os_environ_dir_%d' % os.getpid()
K = 'B2_ENV_TEST_KEY'
print(K in os.environ, os.environ.get(K), os.environ.get(K, 'dflt'), os.getenv(K), os.getenv(K, 'd2'))
os.environ[K] = 'value 1'
print(K in os.environ, os.environ[K], os.getenv(K), os.environ.get(K), type(os.environ).__name__)
os.environ[K] = ''
print(repr(os.environ[K]), repr(os.getenv(K, 'unused')))
os.environ.update({K: 'upd', K + '2': 'two'})
print(os.environ[K], os.environ.pop(K + '2'), K + '2' in os.environ, os.environ.setdefault(K, 'nope'))
print(os.environ.setdefault(K + '3', 'set'), os.environ.pop(K + '3', None), os.environ.pop(K + '3', 'gone'))
print(sorted(k for k in os.environ if k.startswith('B2_ENV_TEST')), len(os.environ) > 0, 'B2' not in os.environ)
print(isinstance(dict(os.environ), dict), os.environ.copy()[K], all(isinstance(v, str) for v in os.environ.values()))
print(sorted(k for k, v in os.environ.items() if k == K))
del os.environ[K]
print(K in os.environ, os.getenv(K))
t(lambda: os.environ[K])
t(lambda: os.environ.__delitem__(K))
t(lambda: os.environ.__setitem__(K, 5))
t(lambda: os.environ.__setitem__(5, 'v'))
t(lambda: os.environ.__setitem__(K, None))
t(lambda: os.environ.__setitem__('A=B', 'v'))
t(lambda: os.getenv())
os.putenv(K, 'put')
print(os.environ.get(K))
os.unsetenv(K)
t(lambda: os.putenv('A=B', 'v'))

here = os.getcwd()
os.mkdir(d)
os.chdir(d)
print(os.getcwd() == os.path.join(here, d), os.path.basename(os.getcwd()) == d, os.listdir('.'))
with open('inside.txt', 'w') as f:
    f.write('x')
os.chdir('..')
print(os.getcwd() == here, os.listdir(d))
t(lambda: os.chdir(os.path.join(d, 'inside.txt')))
t(lambda: os.chdir(os.path.join(d, 'missing')))
os.remove(os.path.join(d, 'inside.txt'))
os.rmdir(d)
print(os.getcwd() == here, os.path.exists(d))

print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() == os.getpid())
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
t(lambda: os.urandom(-1))
t(lambda: os.urandom('a'))
c = os.cpu_count()
print(c is None or c >= 1, type(os.sep).__name__, os.name, os.devnull, os.curdir, os.pardir, os.pathsep, repr(os.linesep))
with open(os.devnull, 'w') as f:
    print(f.write('discarded'))
with open(os.devnull, 'rb') as f:
    print(f.read())
print(os.access('.', os.F_OK), os.access('no_such_b2_file', os.F_OK), os.access('.', os.R_OK | os.W_OK))
t(lambda: os.access(5.5, os.F_OK))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, callable(os.system))
print(isinstance(os.error, type), os.error is OSError, issubclass(FileNotFoundError, os.error))
