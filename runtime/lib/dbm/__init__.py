# dbm: a common interface to the "database manager" key/value stores.
#
# Weft provides only the pure-Python dbm.dumb back end; dbm.sqlite3, dbm.gnu
# and dbm.ndbm need C libraries that Weft does not have, so importing them
# raises ImportError and dbm.open() falls back to dbm.dumb for new files.

__all__ = ['open', 'whichdb', 'error']

import io
import os
import struct
import sys


class error(Exception):
    pass


_names = ['dbm.sqlite3', 'dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)

try:
    from dbm import ndbm
except ImportError:
    ndbm = None


def open(file, flag='r', mode=0o666):
    """Open or create the database at path file.

    flag is 'r' (read-only, the default), 'w' (read-write, existing
    database), 'c' (read-write, created if missing) or 'n' (always a new,
    empty database).  mode is the Unix mode for newly created files.
    """
    global _defaultmod
    if _defaultmod is None:
        for name in _names:
            try:
                mod = __import__(name, fromlist=['open'])
            except ImportError:
                continue
            if not _defaultmod:
                _defaultmod = mod
            _modules[name] = mod
        if not _defaultmod:
            raise ImportError("no dbm clone found; tried %s" % _names)

    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            mod = _defaultmod
        else:
            raise error[0]("db file doesn't exist; "
                           "use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result not in _modules:
        raise error[0]("db type is {0}, but the module is not "
                       "available".format(result))
    else:
        mod = _modules[result]
    return mod.open(file, flag, mode)


def _readable(path):
    try:
        with io.open(path, "rb"):
            return True
    except OSError:
        return False


def whichdb(filename):
    """Guess which dbm submodule created the database at filename.

    Returns None when the file cannot be read, '' when its format is not
    recognized, and otherwise the module name, such as 'dbm.dumb'.
    """
    filename = os.fsencode(filename)

    # ndbm: a .pag/.dir pair, or a single .db file
    if _readable(filename + b".pag") and _readable(filename + b".dir"):
        return "dbm.ndbm"
    if _readable(filename + b".db") and ndbm is not None:
        try:
            d = ndbm.open(filename)
            d.close()
            return "dbm.ndbm"
        except OSError:
            pass

    # dumbdbm: a .dat file plus a .dir index that is empty or starts with a
    # quoted key
    try:
        os.stat(filename + b".dat")
        size = os.stat(filename + b".dir").st_size
        if size == 0:
            return "dbm.dumb"
        with io.open(filename + b".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass

    # the remaining formats are single files recognized by their first bytes
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        s16 = f.read(16)
    s = s16[0:4]
    if len(s) != 4:
        return ""
    if s16 == b"SQLite format 3\0":
        return "dbm.sqlite3"
    try:
        (magic,) = struct.unpack("=l", s)
    except struct.error:
        return ""
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    return ""


if __name__ == "__main__":
    for filename in sys.argv[1:]:
        print(whichdb(filename) or "UNKNOWN", filename)
