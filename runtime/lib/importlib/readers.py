"""Resource readers for packages stored as directories on disk."""

import pathlib
from importlib.resources import abc


class FileReader(abc.TraversableResources):
    """The resources of a package loaded from a file: its directory."""

    def __init__(self, loader):
        self.path = pathlib.Path(loader.path).parent

    def resource_path(self, resource):
        return str(self.path.joinpath(resource))

    def files(self):
        return self.path


class MultiplexedPath(abc.Traversable):
    """The union of several directories (the portions of a namespace package)."""

    def __init__(self, *paths):
        self._paths = list(map(_as_path, dict.fromkeys(paths)))
        if not self._paths:
            raise FileNotFoundError('MultiplexedPath must contain at least one path')
        if not all(path.is_dir() for path in self._paths):
            raise NotADirectoryError('MultiplexedPath only supports directories')

    def iterdir(self):
        seen = {}
        for path in self._paths:
            for child in path.iterdir():
                seen.setdefault(child.name, []).append(child)
        for name, children in seen.items():
            dirs = [c for c in children if c.is_dir()]
            if len(dirs) > 1:
                yield MultiplexedPath(*dirs)
            else:
                yield children[0]

    def read_bytes(self):
        raise FileNotFoundError(f'{self} is not a file')

    def read_text(self, *args, **kwargs):
        raise FileNotFoundError(f'{self} is not a file')

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, *descendants):
        try:
            return super().joinpath(*descendants)
        except abc.TraversalError:
            return self._paths[0].joinpath(*descendants)

    def open(self, *args, **kwargs):
        raise FileNotFoundError(f'{self} is not a file')

    @property
    def name(self):
        return self._paths[0].name

    def __repr__(self):
        paths = ', '.join(f"'{path}'" for path in self._paths)
        return f'MultiplexedPath({paths})'


def _as_path(path):
    return path if isinstance(path, (pathlib.Path, MultiplexedPath)) else pathlib.Path(path)


class NamespaceReader(abc.TraversableResources):
    """The resources of a namespace package: all its directories."""

    def __init__(self, namespace_path):
        self.path = MultiplexedPath(*list(namespace_path))

    def resource_path(self, resource):
        return str(self.path.joinpath(resource))

    def files(self):
        return self.path


class ZipReader(abc.TraversableResources):
    """The resources of a package imported from a Zip archive by zipimport:
    the package's directory inside the archive, as a zipfile.Path."""

    def __init__(self, loader, module):
        name = module.rpartition('.')[2]
        self.prefix = loader.prefix.replace('\\', '/') + name + '/'
        self.archive = loader.archive

    def open_resource(self, resource):
        try:
            return super().open_resource(resource)
        except KeyError as exc:
            raise FileNotFoundError(exc.args[0])

    def is_resource(self, path):
        target = self.files().joinpath(path)
        return target.is_file() and target.exists()

    def files(self):
        import zipfile
        return zipfile.Path(self.archive, self.prefix)
