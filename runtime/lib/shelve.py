# shelve: persistent dictionaries of picklable objects stored in a dbm.
#
#   d = shelve.open(filename)   # open (or create) the shelf
#   d[key] = data               # store a pickled copy under a str key
#   data = d[key]               # unpickle a fresh copy
#   del d[key]
#   d.close()
#
# With writeback=True, values read are cached and written back on sync()
# and close(), so mutating them in place is persisted too (at the cost of
# memory and a slower close).

from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler
from io import BytesIO

import collections.abc

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(collections.abc.MutableMapping):
    'Stands in for the mapping of a closed shelf; every access fails.'

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')

    for _name in ('__iter__', '__len__', '__getitem__', '__setitem__',
                  '__delitem__', 'keys'):
        locals()[_name] = closed
    del _name

    def __repr__(self):
        return '<Closed Dictionary>'


def _unpickle(data):
    return Unpickler(BytesIO(data)).load()


def _pickle(value, protocol):
    buf = BytesIO()
    Pickler(buf, protocol).dump(value)
    return buf.getvalue()


class Shelf(collections.abc.MutableMapping):
    """A mapping of str keys to arbitrary picklable values, stored in a
    dict-like object that maps bytes keys to bytes values."""

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding="utf-8"):
        self.dict = dict
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _raw_key(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        enc = self.keyencoding
        return (raw.decode(enc) for raw in self.dict.keys())

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._raw_key(key) in self.dict

    def get(self, key, default=None):
        return self[key] if self._raw_key(key) in self.dict else default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        obj = _unpickle(self.dict[self._raw_key(key)])
        if self.writeback:
            self.cache[key] = obj
        return obj

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[self._raw_key(key)] = _pickle(value, self._protocol)

    def __delitem__(self, key):
        del self.dict[self._raw_key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            try:
                self.dict.close()
            except AttributeError:
                pass
        finally:
            # a closed shelf fails loudly on use
            try:
                self.dict = _ClosedDict()
            except:
                self.dict = None

    def __del__(self):
        if not hasattr(self, 'writeback'):
            # __init__ did not finish
            return
        self.close()

    def sync(self):
        if self.writeback and self.cache:
            # store each cached entry once, through __setitem__, with
            # writeback off so that nothing is cached again
            pending, self.cache = self.cache, {}
            self.writeback = False
            try:
                for key, obj in pending.items():
                    self[key] = obj
            finally:
                self.writeback = True
        flush = getattr(self.dict, 'sync', None)
        if flush is not None:
            flush()


class BsdDbShelf(Shelf):
    """A Shelf over a mapping that also supports first(), next(),
    previous(), last() and set_location() (as the old bsddb objects did)."""

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding="utf-8"):
        super().__init__(dict, protocol, writeback, keyencoding)

    def _decode(self, pair):
        return pair[0].decode(self.keyencoding), _unpickle(pair[1])

    def set_location(self, key):
        return self._decode(self.dict.set_location(key))

    def next(self):
        return self._decode(next(self.dict))

    def previous(self):
        return self._decode(self.dict.previous())

    def first(self):
        return self._decode(self.dict.first())

    def last(self):
        return self._decode(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf stored in the dbm database named filename (see dbm.open)."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        store = dbm.open(filename, flag)
        super().__init__(store, protocol, writeback)

    def clear(self):
        """Remove all items from the shelf."""
        self.cache.clear()
        self.dict.clear()


def open(filename, flag='c', protocol=None, writeback=False):
    """Open a persistent dictionary stored in the dbm database filename.

    flag is as for dbm.open(); protocol is the pickle protocol.
    """
    return DbfilenameShelf(filename, flag, protocol, writeback)
