# zoneinfo._tzpath: the search path for TZif files and key validation.

import os

# where TZif files are usually installed, searched in this order
_DEFAULT_TZPATH = ("/usr/share/zoneinfo:/usr/lib/zoneinfo:"
                   "/usr/share/lib/zoneinfo:/etc/zoneinfo")


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


TZPATH = ()


def _reset_tzpath(to=None, stacklevel=4):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, "
                            f"not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(_get_invalid_paths_message(to))
        base = to
    else:
        env = os.environ.get("PYTHONTZPATH", None)
        if env is None:
            env = _DEFAULT_TZPATH
        base = _parse_python_tzpath(env, stacklevel)
    TZPATH = tuple(base)


def reset_tzpath(to=None):
    """Reset zoneinfo.TZPATH, to the given sequence of absolute paths or,
    with no argument, to the default (PYTHONTZPATH or the system paths)."""
    _reset_tzpath(to)


def _parse_python_tzpath(env_var, stacklevel):
    if not env_var:
        return ()
    raw = env_var.split(os.pathsep)
    good = tuple(filter(os.path.isabs, raw))
    if len(good) != len(raw):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment "
                      "variable. " + _get_invalid_paths_message(raw),
                      InvalidTZPathWarning, stacklevel=stacklevel)
    return good


def _get_invalid_paths_message(tzpaths):
    bad = [p for p in tzpaths if not os.path.isabs(p)]
    sep = "\n    "
    return ("Paths should be absolute but found the following relative paths:"
            + sep + sep.join(bad))


def find_tzfile(key):
    """Return the path of the TZif file for key on TZPATH, or None."""
    _validate_tzfile_path(key)
    for search_path in TZPATH:
        path = os.path.join(search_path, key)
        if os.path.isfile(path):
            return path
    return None


# "_" followed by the separator: a fake base directory used to check that a
# key cannot climb out of the directory it is joined to
_TEST_PATH = os.path.normpath(os.path.join("_", "_"))[:-1]


def _validate_tzfile_path(path, _base=_TEST_PATH):
    if os.path.isabs(path):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {path}")
    normal = os.path.normpath(path)
    if len(normal) != len(path):
        raise ValueError(
            f"ZoneInfo keys must be normalized relative paths, got: {path}")
    resolved = os.path.normpath(os.path.join(_base, normal))
    if not resolved.startswith(_base):
        raise ValueError(
            f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {path}")


del _TEST_PATH


def available_timezones():
    """Return the set of all zone keys found on TZPATH.

    Every candidate file is opened to check its TZif magic number, so this
    can be slow.
    """
    zones = set()

    def is_tzif(fpath):
        try:
            with open(fpath, "rb") as f:
                return f.read(4) == b"TZif"
        except Exception:
            return False

    for root_dir in TZPATH:
        if not os.path.exists(root_dir):
            continue
        for root, dirnames, files in os.walk(root_dir):
            if root == root_dir:
                # the "right" and "posix" trees duplicate the main one
                if "right" in dirnames:
                    dirnames.remove("right")
                if "posix" in dirnames:
                    dirnames.remove("posix")
            for name in files:
                fpath = os.path.join(root, name)
                key = os.path.relpath(fpath, start=root_dir)
                if os.sep != "/":
                    key = key.replace(os.sep, "/")
                if not key or key in zones:
                    continue
                if is_tzif(fpath):
                    zones.add(key)

    zones.discard("posixrules")
    return zones


_reset_tzpath(stacklevel=5)
