# shelve: Shelf over dict and dbm.dumb, DbfilenameShelf, writeback, closing
import shelve, dbm.dumb, os, tempfile, shutil

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

store = {}
s = shelve.Shelf(store)
s['a'] = [1, 2, 3]
s['b'] = {'x': (1, 2)}
print(sorted(store), type(store[b'a']).__name__, sorted(s), len(s), 'a' in s, 'z' in s)
print(s['a'], s.get('b'), s.get('z', 'dflt'))
s['a'].append(4)
print(s['a'])
del s['b']
show(s.__getitem__, 'b')
show(s.__delitem__, 'b')
s.close()
show(s.__getitem__, 'a')
show(len, s)
print(repr(s.dict))
s.close()

# protocol and key encoding
s = shelve.Shelf({}, protocol=0, keyencoding='latin-1')
s['\xe9'] = 'v'
print(list(s.dict), s.dict[b'\xe9'][:2], list(s))
s = shelve.Shelf({}, protocol=2)
s['k'] = 5
print(s.dict[b'k'][:2])

# writeback caches values and writes them on sync/close
store = {}
s = shelve.Shelf(store, writeback=True)
s['lst'] = [1]
s['lst'].append(2)
print(s['lst'], s.cache)
s.sync()
print(s.cache, shelve.Shelf(store)['lst'])
s['lst'].append(3)
print(shelve.Shelf(store)['lst'])
s.close()
print(shelve.Shelf(store)['lst'])

# with context manager
with shelve.Shelf({}) as s:
    s['x'] = 1
    print(dict(s))

tmp = tempfile.mkdtemp()
try:
    base = os.path.join(tmp, 'shelf')
    # a Shelf over a dbm.dumb database
    with shelve.Shelf(dbm.dumb.open(base, 'c')) as s:
        s['n'] = 42
        s['obj'] = {'nested': [1.5, None, True]}
    with shelve.open(base) as s:
        print(type(s).__name__, sorted(s.items()))
        s['more'] = 'text'
    with shelve.open(base, 'r') as s:
        print(sorted(s), s['obj'])
        show(s.__setitem__, 'q', 1)
    with shelve.open(base, writeback=True) as s:
        s['obj']['nested'].append('added')
        s.clear()
        print(len(s))
    with shelve.open(base) as s:
        print(len(s))
    # a fresh shelf file
    fresh = os.path.join(tmp, 'fresh')
    with shelve.open(fresh, 'c') as s:
        s['k'] = (1, 2)
    with shelve.open(fresh, 'c', writeback=True) as s:
        s['k'] = s['k'] + (3,)
        print(s['k'])
    with shelve.open(fresh, 'r') as s:
        print(dict(s))
    with shelve.open(fresh, 'n') as s:
        print(dict(s))
    show(shelve.open, os.path.join(tmp, 'absent'), 'r')
    print(isinstance(shelve.DbfilenameShelf.__mro__[1], type), shelve.BsdDbShelf.__mro__[1].__name__)
    print(sorted(shelve.__all__))
finally:
    shutil.rmtree(tmp)
