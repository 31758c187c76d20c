# dbm.dumb file format and mapping API, dbm.whichdb, dbm.open on dumb files
import dbm, dbm.dumb, os, tempfile, shutil

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

tmp = tempfile.mkdtemp()
base = os.path.join(tmp, 'db')
try:
    d = dbm.dumb.open(base, 'c')
    d['key'] = 'value'
    d[b'bin\x00\xff'] = b'\x00\x01' * 300
    d['caf\xe9'] = 'na\xefve'
    d["it's"] = 'x' * 10
    d['quote"s'] = b''
    print(len(d), sorted(d.keys()), 'key' in d, b'key' in d, 'nope' in d)
    print(d['key'], d[b'caf\xc3\xa9'], d["it's"], d['quote"s'])
    show(d.__getitem__, 'missing')
    show(d.__setitem__, 1, b'x')
    show(d.__setitem__, 'k', 2)
    # rewrite in place (fits) and move to a new block (grows)
    d['key'] = 'v2'
    d[b'bin\x00\xff'] = b'y' * 1200
    print(d['key'], len(d[b'bin\x00\xff']))
    with open(base + '.dir', encoding='latin-1') as f:
        print(f.read())
    d.sync()
    with open(base + '.dir', encoding='latin-1') as f:
        print(f.read())
    with open(base + '.dat', 'rb') as f:
        dat = f.read()
    print(len(dat), dat[:8], dat[512:520], dat[1024:1030])
    print(sorted(os.listdir(tmp)))
    del d['quote"s']
    show(d.__delitem__, 'quote"s')
    print(sorted(d.items()) == sorted((k, d[k]) for k in d.keys()), len(d))
    print(sorted(os.listdir(tmp)))
    d.close()
    show(d.__getitem__, 'key')
    show(d.keys)
    show(len, d)
    show(d.__contains__, 'key')
    d.close()

    # reopen, read-only, whichdb
    print(dbm.whichdb(base))
    with dbm.dumb.open(base, 'r') as d:
        print(sorted(d.keys()), d['caf\xe9'])
        show(d.__setitem__, 'a', 'b')
        show(d.__delitem__, 'key')
    with dbm.open(base, 'r') as d:
        print(type(d).__module__, d.get(b'key'), d.get(b'zz', 'dflt'))
    with dbm.open(base, 'w') as d:
        d['new'] = 'entry'
        d.setdefault(b'sd', b'1')
        print(sorted(d))
    with dbm.dumb.open(base, 'n') as d:
        print(len(d))
    print(sorted(os.listdir(tmp)), dbm.whichdb(base))
    with open(base + '.dir', 'rb') as f:
        print(f.read())

    # whichdb on other files
    print(dbm.whichdb(os.path.join(tmp, 'none')))
    p = os.path.join(tmp, 'empty')
    open(p, 'wb').close()
    print(repr(dbm.whichdb(p)))
    with open(p, 'wb') as f:
        f.write(b'SQLite format 3\x00' + b'\x00' * 84)
    print(dbm.whichdb(p))
    with open(p, 'wb') as f:
        f.write(b'\xce\x9a\x57\x13' + b'\x00' * 12)
    print(dbm.whichdb(p))
    with open(p, 'wb') as f:
        f.write(b'hello world')
    print(repr(dbm.whichdb(p)))
    show(dbm.open, p)
    show(dbm.open, os.path.join(tmp, 'none'))
    show(dbm.open, os.path.join(tmp, 'none'), 'w')
    try:
        dbm.dumb.open(os.path.join(tmp, 'none2'), 'r')
    except OSError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename))
    show(dbm.dumb.open, os.path.join(tmp, 'none2'), 'x')
    print(sorted(os.listdir(tmp)))
    print(dbm.error[0].__name__, dbm.error[1].__name__, dbm.dumb.error.__name__)
    print(issubclass(dbm.error[0], Exception), sorted(dbm.__all__))

    # mode bits
    old = os.umask(0o022)
    try:
        with dbm.dumb.open(os.path.join(tmp, 'm'), 'c', 0o640) as d:
            d['a'] = 'b'
        print(oct(os.stat(os.path.join(tmp, 'm.dat')).st_mode & 0o777),
              oct(os.stat(os.path.join(tmp, 'm.dir')).st_mode & 0o777))
    finally:
        os.umask(old)

    # a .dir index written by hand in the same format
    with open(os.path.join(tmp, 'h.dat'), 'wb') as f:
        f.write(b'abc' + b'\0' * 509 + b'xyz')
    with open(os.path.join(tmp, 'h.dir'), 'w', encoding='latin-1') as f:
        f.write("'one', (0, 3)\n'tw\\no\\x00', (512, 2)\n\"q'\", (513, 2)\n")
    with dbm.dumb.open(os.path.join(tmp, 'h')) as d:
        print(sorted(d.items()))
finally:
    shutil.rmtree(tmp)
