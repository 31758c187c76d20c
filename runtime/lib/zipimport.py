# weft: hide-frames
"""Import modules and packages from ZIP archives on sys.path.

A zipimporter is the path entry finder (and loader) of one archive, or of a
directory inside one: zipimporter('/x/lib.zip') finds the modules at the top of
the archive, zipimporter('/x/lib.zip/pkg') those under pkg/.  ZipImportError,
a subclass of ImportError, reports a path that is not a usable archive.

In Weft the hook is installed by importing this module: `import zipimport`
puts zipimporter at the front of sys.path_hooks, after which a .zip file on
sys.path (or in a package's __path__) can hold modules, packages and data
files.  It is not installed at start-up because any change to the default
sys.path_hooks makes every later import go through the Python-level path
finder of importlib._bootstrap instead of the interpreter's faster built-in
search, and most programs never import from an archive.

Modules are compiled from their .py sources.  Compiled .pyc files in an
archive are CPython bytecode, which Weft cannot run: a module that has only a
.pyc is found, but loading it raises ZipImportError saying so.
"""

import sys
import posix as _posix
import importlib._bootstrap as _bootstrap

__all__ = ['ZipImportError', 'zipimporter']

path_sep = '/'
alt_path_sep = ''

END_CENTRAL_DIR_SIZE = 22
STRING_END_ARCHIVE = b'PK\x05\x06'
MAX_COMMENT_LEN = (1 << 16) - 1


class ZipImportError(ImportError):
    pass


# Directory of every archive read so far: archive path -> {name in archive: toc
# entry}.  A toc entry is the tuple (full path of the member, compression method,
# compressed size, uncompressed size, offset of the local header, DOS time, DOS
# date, CRC-32).  Directory members have names ending in '/'.
_zip_directory_cache = {}

_module_type = type(sys)
_S_IFMT, _S_IFREG = 0o170000, 0o100000


def _path_split(path):
    # (everything before the last separator, what follows it)
    head, sep, tail = path.rpartition(path_sep)
    if not sep:
        return '', path
    return head, tail


def _path_join(*parts):
    return path_sep.join([p.rstrip(path_sep) for p in parts if p])


class zipimporter:
    """zipimporter(archivepath) -> zipimporter object

    The finder and loader of the modules in a ZIP archive.  archivepath is the
    archive's path, possibly followed by a directory inside it
    ('/tmp/lib.zip/sub/dir'); ZipImportError is raised when no archive is found
    there.  The archive attribute is the archive's path, prefix the directory
    inside it ('' or ending in '/')."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"expected str, not {type(path)!r}")
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        inside = []
        # Walk up from the given path until something exists: that must be the
        # archive; what was cut off is a directory inside it.
        while True:
            try:
                mode = _posix.stat(path).st_mode
            except (OSError, ValueError):
                parent, last = _path_split(path)
                if parent == path:
                    raise ZipImportError('not a Zip file', path=path)
                path = parent
                inside.append(last)
                continue
            if mode & _S_IFMT != _S_IFREG:
                raise ZipImportError('not a Zip file', path=path)
            break
        if path not in _zip_directory_cache:
            _zip_directory_cache[path] = _read_directory(path)
        self.archive = path
        self.prefix = _path_join(*reversed(inside))
        if self.prefix:
            self.prefix += path_sep

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'

    # -- finding

    def find_spec(self, fullname, target=None):
        """The ModuleSpec of module fullname if this archive directory holds it
        (a module, a package, or a directory that can be a portion of a namespace
        package), else None."""
        kind = _module_kind(self, fullname)
        if kind is not None:
            path = _module_path(self, fullname)
            entry = _find_entry(self, path)
            origin = self.archive + path_sep + entry[0]
            locations = [_path_join(self.archive, path)] if kind else None
            return _bootstrap.spec_from_file_location(
                fullname, origin, loader=self, submodule_search_locations=locations)
        path = _module_path(self, fullname)
        if path + path_sep in self._get_files():
            spec = _bootstrap.ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations.append(f'{self.archive}{path_sep}{path}')
            return spec
        return None

    def invalidate_caches(self):
        """Forget the archive's directory: it is read again when next needed."""
        _zip_directory_cache.pop(self.archive, None)

    # -- loading

    def create_module(self, spec):
        """None: the import system makes a plain module."""
        return None

    def exec_module(self, module):
        """Run the module's code in its namespace."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when '
                              'get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """Import fullname and return its module (deprecated: the import system
        uses find_spec and exec_module)."""
        import warnings
        warnings.warn("zipimport.zipimporter.load_module() is deprecated and slated "
                      "for removal in Python 3.12; use exec_module() instead",
                      DeprecationWarning)
        code, is_package, filename = _module_code(self, fullname)
        module = sys.modules.get(fullname)
        if module is None or not isinstance(module, _module_type):
            module = _module_type(fullname)
            sys.modules[fullname] = module
        module.__loader__ = self
        try:
            if is_package:
                module.__path__ = [_path_join(self.archive, _module_path(self, fullname))]
            if not hasattr(module, '__builtins__'):
                module.__builtins__ = __builtins__
            module.__file__ = filename
            spec = _bootstrap.spec_from_file_location(
                fullname, filename, loader=self,
                submodule_search_locations=getattr(module, '__path__', None))
            module.__spec__ = spec
            exec(code, module.__dict__)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        try:
            return sys.modules[fullname]
        except KeyError:
            raise ImportError(f'Loaded module {fullname!r} not found in sys.modules')

    def get_code(self, fullname):
        """The code object of module fullname, compiled from its source."""
        return _module_code(self, fullname)[0]

    def get_source(self, fullname):
        """The source text of module fullname; None when the archive has the
        module only in compiled form."""
        kind = _module_kind(self, fullname)
        if kind is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        path = _module_path(self, fullname)
        name = _path_join(path, '__init__.py') if kind else path + '.py'
        entry = self._get_files().get(name)
        if entry is None:
            return None
        return _get_data(self.archive, entry).decode()

    def get_filename(self, fullname):
        """The __file__ of module fullname: its path inside the archive."""
        if _module_kind(self, fullname) is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return _find_entry(self, _module_path(self, fullname))[1][0]

    def is_package(self, fullname):
        """Whether module fullname is a package (ZipImportError if the archive
        does not have it)."""
        kind = _module_kind(self, fullname)
        if kind is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return kind

    def get_data(self, pathname):
        """The bytes of a member of the archive, named by its full path (the
        archive's path, a separator, the name inside) or by its name inside the
        archive.  OSError if there is no such member."""
        key = pathname
        if pathname.startswith(self.archive + path_sep):
            key = pathname[len(self.archive) + 1:]
        try:
            entry = self._get_files()[key]
        except KeyError:
            raise OSError(0, '', key)
        return _get_data(self.archive, entry)

    def get_resource_reader(self, fullname):
        """The importlib.resources reader of package fullname's files."""
        from importlib.readers import ZipReader
        return ZipReader(self, fullname)

    def _get_files(self):
        try:
            return _zip_directory_cache[self.archive]
        except KeyError:
            pass
        try:
            files = _read_directory(self.archive)
        except ZipImportError:
            return {}
        _zip_directory_cache[self.archive] = files
        return files


# Where a module may be in the archive, best first: (suffix, is bytecode, is package).
_search_order = (
    (path_sep + '__init__.py', False, True),
    (path_sep + '__init__.pyc', True, True),
    ('.py', False, False),
    ('.pyc', True, False),
)


def _module_path(importer, fullname):
    # The module's path in the archive, without suffix.
    return importer.prefix + fullname.rpartition('.')[2]


def _find_entry(importer, path):
    # (name, toc entry, is bytecode, is package) of the first file found for the
    # module at `path`, or None.
    files = importer._get_files()
    for suffix, is_bytecode, is_package in _search_order:
        entry = files.get(path + suffix)
        if entry is not None:
            return path + suffix, entry, is_bytecode, is_package
    return None


def _module_kind(importer, fullname):
    # True for a package, False for a plain module, None when not in the archive.
    found = _find_entry(importer, _module_path(importer, fullname))
    return None if found is None else found[3]


def _module_code(importer, fullname):
    # (code, is package, __file__) of module fullname.
    found = _find_entry(importer, _module_path(importer, fullname))
    if found is None:
        raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
    name, entry, is_bytecode, is_package = found
    filename = entry[0]
    if is_bytecode:
        raise ZipImportError(
            f"module load failed: {filename!r} is compiled bytecode (.pyc) without "
            "its source; Weft can only import modules from .py files in Zip archives",
            name=fullname, path=filename)
    source = _get_data(importer.archive, entry)
    source = source.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    return compile(source, filename, 'exec', dont_inherit=True), is_package, filename


def _dos_date_time(date_time):
    year, month, day, hour, minute, second = date_time
    return (hour << 11 | minute << 5 | second // 2,
            max(year - 1980, 0) << 9 | month << 5 | day)


# Archives whose directory is being read.  Reading must not import anything (an
# import would search sys.path, reach the same archive and read it again): the
# modules it needs are loaded below, before the hook is installed, and a nested
# attempt is refused rather than recursing.
_reading = set()


def _read_directory(archive):
    """Read the central directory of `archive` into {name: toc entry}."""
    if archive in _reading:
        raise ZipImportError(f"can't read Zip file while reading it: {archive!r}",
                             path=archive)
    try:
        fp = open(archive, 'rb')
    except OSError:
        raise ZipImportError(f"can't open Zip file: {archive!r}", path=archive)
    _reading.add(archive)
    try:
        return _read_entries(archive, fp)
    finally:
        _reading.discard(archive)
        fp.close()


def _read_entries(archive, fp):
    try:
        with zipfile.ZipFile(fp) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as exc:
        if str(exc) == 'File is not a zip file':
            raise ZipImportError(f'not a Zip file: {archive!r}', path=archive) from None
        raise ZipImportError(f"bad Zip file directory ({exc}): {archive!r}",
                             path=archive) from None
    except (OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive) from exc
    files = {}
    for info in infos:
        name = getattr(info, 'orig_filename', None) or info.filename
        time, date = _dos_date_time(info.date_time)
        files[name] = (_path_join(archive, name), info.compress_type, info.compress_size,
                       info.file_size, info.header_offset, time, date, info.CRC)
    return files


def _get_data(archive, entry):
    """The uncompressed bytes of the member described by toc `entry`."""
    path, compress, data_size, file_size, offset, time, date, crc = entry
    if data_size < 0:
        raise ZipImportError('negative data size')
    with open(archive, 'rb') as fp:
        try:
            fp.seek(offset)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        header = fp.read(30)
        if len(header) != 30:
            raise EOFError('EOF read where not expected')
        if header[:4] != b'PK\x03\x04':
            raise ZipImportError(f'bad local file header: {archive!r}', path=archive)
        flags = int.from_bytes(header[6:8], 'little')
        name_len = int.from_bytes(header[26:28], 'little')
        extra_len = int.from_bytes(header[28:30], 'little')
        fp.seek(offset + 30 + name_len + extra_len)
        raw = fp.read(data_size)
        if len(raw) != data_size:
            raise OSError("zipimport: can't read data")
    if flags & 0x1:
        raise ZipImportError(f"can't read encrypted member {path!r}", path=archive)
    if compress == 0:
        return raw
    if compress != 8:
        raise ZipImportError(f"can't decompress data of {path!r}: compression method "
                             f"{compress} is not supported (only stored and deflated)",
                             path=archive)
    if _decompress is None:
        raise ZipImportError("can't decompress data; zlib not available")
    return _decompress(raw, -15)


def _preload():
    # Load now what reading an archive needs, including what zipfile imports
    # lazily (the code page 437 decoder of member names).
    global zipfile, _decompress
    import zipfile
    try:
        zipfile._decode_name(b'\x80', None)
    except Exception:
        pass
    try:
        from zlib import decompress as _decompress
    except ImportError:
        _decompress = None


def _install_hook():
    # Put zipimporter first in sys.path_hooks (replacing the one of an earlier
    # load of this module) and forget the path entries no hook could handle, so
    # that archives already on sys.path are looked at again.
    hooks = sys.path_hooks
    for i in range(len(hooks) - 1, -1, -1):
        hook = hooks[i]
        if (getattr(hook, '__module__', None) == __name__
                and getattr(hook, '__name__', None) == 'zipimporter'):
            del hooks[i]
    hooks.insert(0, zipimporter)
    cache = sys.path_importer_cache
    for key, finder in list(cache.items()):
        if finder is None:
            del cache[key]


_preload()
_install_hook()
