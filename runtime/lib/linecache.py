"""Cache of the lines of source files, read on first use.

cache maps a file name to (size, mtime, lines, fullname), where fullname is
the path the file was found at (possibly after a search of sys.path).  An
entry that is a 1-tuple (get_lines,) is a lazy entry made by lazycache():
the lines come from a module loader's get_source() when first asked for.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def _register_pseudo_sources():
    # The -c command's source, which tracebacks show for "<string>" frames.
    try:
        from _traceback import _pseudo_sources
    except ImportError:
        return
    for name, text in _pseudo_sources().items():
        cache[name] = (len(text), None, [line + '\n' for line in text.splitlines()], name)


_register_pseudo_sources()


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (counted from 1) of filename, or '' when there is none."""
    all_lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(all_lines):
        return all_lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of filename, each ending in a newline ([] on failure)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all files by default)."""
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            # Lazy entries have nothing on disk to compare with.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            # Registered without a file (for example by a loader): keep it.
            continue
        try:
            stat = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename again, store it in the cache and return its lines."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename
        # A lazy entry, or a loader named by module_globals, may know the
        # source of a file that is not on disk.
        if entry is not None and len(entry) == 1:
            get_lines = entry[0]
        elif lazycache(filename, module_globals):
            get_lines = cache.pop(filename)[0]
        else:
            get_lines = None
        if get_lines is not None:
            try:
                data = get_lines()
            except (ImportError, OSError):
                data = None
            if data is None:
                return []
            lines = _split_source(data)
            cache[filename] = (len(data), None, lines, fullname)
            return lines
        # A relative name may be found along sys.path.
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)  # may be bytes/None
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    except ValueError:
        return []

    try:
        import tokenize
        with tokenize.open(fullname) as fp:
            lines = fp.readlines()
    except (UnicodeDecodeError, SyntaxError, OSError):
        return []
    if not lines:
        lines = ['\n']
    elif not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (stat.st_size, stat.st_mtime, lines, fullname)
    return lines


def _split_source(data):
    lines = data.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def lazycache(filename, module_globals):
    """Remember how to fetch the source of filename from a module loader.

    Returns True when a lazy entry exists afterwards, False otherwise.
    Nothing is read until the lines are asked for.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals:
        return False
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals.get('__name__')
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    source_of = getattr(loader, 'get_source', None)
    if name and source_of:
        def get_lines(name=name, *args, **kwargs):
            return source_of(name, *args, **kwargs)
        cache[filename] = (get_lines,)
        return True
    return False
