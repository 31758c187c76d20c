# dbm.dumb: a slow but portable dbm written in pure Python.
#
# A database "name" is three files: name.dat holds the values, each starting
# on a 512-byte block boundary; name.dir is a text index with one line
# "'key', (offset, size)" per key (keys decoded as Latin-1); name.bak is the
# previous index, kept while the index is being rewritten.

import io as _io
import os as _os
import collections.abc

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


def _parse_str_literal(text, i):
    # Parse the repr() of a str starting at text[i]; return (value, next i).
    quote = text[i]
    if quote not in "'\"":
        raise ValueError("malformed node or string: %r" % text)
    j = i + 1
    body = []
    while True:
        if j >= len(text):
            raise ValueError("unterminated string literal: %r" % text)
        c = text[j]
        if c == quote:
            break
        if c == '\\':
            body.append(text[j:j + 2])
            j += 2
            continue
        body.append(c)
        j += 1
    raw = ''.join(body)
    if '\\' in raw:
        value = raw.encode('latin-1', 'backslashreplace').decode('unicode_escape')
    else:
        value = raw
    return value, j + 1


def _parse_index_line(line):
    # "'key', (pos, siz)" -> ('key', (pos, siz))
    key, i = _parse_str_literal(line, 0)
    rest = line[i:].strip()
    if not rest.startswith(','):
        raise ValueError("malformed node or string: %r" % line)
    rest = rest[1:].strip()
    if not (rest.startswith('(') and rest.endswith(')')):
        raise ValueError("malformed node or string: %r" % line)
    parts = rest[1:-1].split(',')
    if len(parts) != 2:
        raise ValueError("malformed node or string: %r" % line)
    return key, (int(parts[0]), int(parts[1]))


def _blocks(nbytes):
    # number of _BLOCKSIZE blocks that nbytes occupy
    return -(-nbytes // _BLOCKSIZE)


def _as_bytes(obj, what):
    if isinstance(obj, str):
        return obj.encode('utf-8')
    if isinstance(obj, (bytes, bytearray)):
        return obj
    raise TypeError("%s must be bytes or strings" % what)


def _index_line(key, where):
    return "%r, %r\n" % (key.decode('Latin-1'), where)


_CLOSED_MSG = 'DBM object has already been closed'
_READONLY_MSG = 'The database is opened for reading only'


class _Database(collections.abc.MutableMapping):

    # kept as class attributes so that close() still works while the
    # interpreter is shutting down and module globals are gone
    _os = _os
    _io = _io

    def __init__(self, filebasename, mode, flag='c'):
        stem = self._os.fsencode(filebasename)
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile, self._datfile, self._bakfile = (
            stem + suffix for suffix in (b'.dir', b'.dat', b'.bak'))
        self._index = None      # key (bytes) -> (offset, size)
        may_create = flag in ('c', 'n')
        if flag == 'n':
            for path in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(path)
                except OSError:
                    pass
        self._ensure_file(self._datfile, may_create)
        self._modified = False
        self._index = self._load_index(may_create)

    def _ensure_file(self, path, may_create):
        try:
            _io.open(path, 'r', encoding="Latin-1").close()
        except OSError:
            if not may_create:
                raise
            self._io.open(path, 'w', encoding="Latin-1").close()
            self._chmod(path)

    def _load_index(self, may_create):
        table = {}
        try:
            src = _io.open(self._dirfile, 'r', encoding="Latin-1")
        except OSError:
            self._ensure_file(self._dirfile, may_create)
            return table
        with src:
            for raw in src:
                name, where = _parse_index_line(raw.rstrip())
                table[name.encode('Latin-1')] = where
        return table

    def _commit(self):
        # write the whole index anew, the previous one kept as .bak
        if self._index is None or not self._modified:
            return
        fs = self._os
        for step in (lambda: fs.unlink(self._bakfile),
                     lambda: fs.rename(self._dirfile, self._bakfile)):
            try:
                step()
            except OSError:
                pass
        with self._io.open(self._dirfile, 'w', encoding="Latin-1") as out:
            self._chmod(self._dirfile)
            out.writelines(_index_line(k, w) for k, w in self._index.items())
        self._modified = False

    sync = _commit

    def _live_index(self):
        if self._index is None:
            raise error(_CLOSED_MSG)
        return self._index

    def _verify_open(self):
        self._live_index()

    def _writable(self):
        if self._readonly:
            raise error(_READONLY_MSG)

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        start, length = self._live_index()[key]
        with _io.open(self._datfile, 'rb') as dat:
            dat.seek(start)
            return dat.read(length)

    def _addval(self, val):
        # store val at the first block boundary past the end of the file
        with _io.open(self._datfile, 'rb+') as dat:
            end = dat.seek(0, 2)
            start = _blocks(end) * _BLOCKSIZE
            dat.write(bytes(start - end) + val)
        return start, len(val)

    def _setval(self, pos, val):
        # overwrite in place (the caller checked that it fits)
        with _io.open(self._datfile, 'rb+') as dat:
            dat.seek(pos)
            dat.write(val)
        return pos, len(val)

    def _addkey(self, key, where):
        # a new key is appended to the index file straight away
        self._index[key] = where
        with _io.open(self._dirfile, 'a', encoding="Latin-1") as out:
            self._chmod(self._dirfile)
            out.write(_index_line(key, where))

    def __setitem__(self, key, val):
        self._writable()
        key = _as_bytes(key, "keys")
        val = _as_bytes(val, "values")
        index = self._live_index()
        self._modified = True
        old = index.get(key)
        if old is None:
            self._addkey(key, self._addval(val))
        elif _blocks(len(val)) > _blocks(old[1]):
            index[key] = self._addval(val)
        else:
            index[key] = self._setval(old[0], val)

    def __delitem__(self, key):
        self._writable()
        if isinstance(key, str):
            key = key.encode('utf-8')
        index = self._live_index()
        self._modified = True
        del index[key]
        # the value stays in the data file; only the index forgets it
        self._commit()

    def keys(self):
        return list(self._live_index())

    def items(self):
        return [(k, self[k]) for k in list(self._live_index())]

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        index = self._live_index()
        return key in index

    def iterkeys(self):
        return iter(self._live_index())

    __iter__ = iterkeys

    def __len__(self):
        return len(self._live_index())

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        self._os.chmod(file, self._mode)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open (or create) the dumbdbm database with base name file.

    flag is 'r' (read-only), 'w' (read-write), 'c' (create if missing,
    the default) or 'n' (always start empty).  mode is the Unix mode for
    created files, reduced by the process umask.
    """
    umask = getattr(_os, 'umask', None)
    if umask is not None:
        current = umask(0)
        umask(current)
        mode &= ~current
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
