# linecache: getline/getlines, cache checking and lazy loader entries.
import linecache
import os
import sys

fn = '/tmp/linecache_basic_%d.py' % os.getpid()
with open(fn, 'w') as f:
    f.write('line one\nline two\nno newline')
print(repr(linecache.getline(fn, 1)), repr(linecache.getline(fn, 3)))
print(repr(linecache.getline(fn, 0)), repr(linecache.getline(fn, 4)), repr(linecache.getline(fn, -1)))
print(linecache.getlines(fn))
entry = linecache.cache[fn]
print(entry[0], entry[2], entry[3] == fn, len(entry))
print(linecache.updatecache(fn))
print(fn in linecache.cache)

# A change on disk is noticed by checkcache().
with open(fn, 'w') as f:
    f.write('changed\n')
print(linecache.getline(fn, 1) == 'line one\n')
linecache.checkcache(fn)
print(fn in linecache.cache, repr(linecache.getline(fn, 1)))
linecache.checkcache()
print(fn in linecache.cache)
os.remove(fn)
linecache.checkcache()
print(fn in linecache.cache, linecache.getlines(fn))

# Empty files.
with open(fn, 'w') as f:
    pass
print(linecache.getlines(fn))
os.remove(fn)

# Names that cannot be files.
for name in ['', '<string>', '<stdin>', '/no/such/file.py', 'no_such_module_file.py']:
    print(repr(name), linecache.getlines(name), repr(linecache.getline(name, 1)))

# Relative names are searched along sys.path.
d = '/tmp/linecache_dir_%d' % os.getpid()
os.mkdir(d)
with open(os.path.join(d, 'lc_mod.py'), 'w') as f:
    f.write('a = 1\n')
sys.path.insert(0, d)
print(linecache.getlines('lc_mod.py'), linecache.cache['lc_mod.py'][3] == os.path.join(d, 'lc_mod.py'))
sys.path.pop(0)
os.remove(os.path.join(d, 'lc_mod.py'))
os.rmdir(d)


# Lazy entries from a module loader's get_source().
class Loader:
    def get_source(self, name):
        print('get_source', name)
        return 'first\nsecond'


g = {'__name__': 'fake_mod', '__loader__': Loader()}
print(linecache.lazycache('/no/where/fake_mod.py', g))
print(linecache.cache['/no/where/fake_mod.py'][0].__class__.__name__, len(linecache.cache['/no/where/fake_mod.py']))
print(linecache.lazycache('/no/where/fake_mod.py', g))
print(linecache.getlines('/no/where/fake_mod.py'))
print(linecache.cache['/no/where/fake_mod.py'][:2], linecache.cache['/no/where/fake_mod.py'][3])
print(linecache.lazycache('/no/where/fake_mod.py', g))
print(linecache.lazycache('<x>', g), linecache.lazycache('x.py', None), linecache.lazycache('x.py', {}))
print(linecache.lazycache('y.py', {'__name__': 'y'}))
print(linecache.getline('/no/where/other.py', 2, {'__name__': 'o', '__loader__': Loader()}))


class NoneLoader:
    def get_source(self, name):
        return None


print(linecache.getlines('/no/where/none.py', {'__name__': 'n', '__loader__': NoneLoader()}))
linecache.clearcache()
print(linecache.cache)
print(linecache.__all__)
