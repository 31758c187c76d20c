"""Abstract classes for package resources: readers and traversable file trees."""

import abc

__all__ = ['ResourceReader', 'Traversable', 'TraversableResources']


class ResourceReader(metaclass=abc.ABCMeta):
    """Gives access to the resources (data files) of one package."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


class TraversalError(Exception):
    pass


class Traversable(metaclass=abc.ABCMeta):
    """A file or directory in a tree of resources, with a pathlib-like interface."""

    @abc.abstractmethod
    def iterdir(self):
        """The children of this directory."""

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a directory."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    def joinpath(self, *descendants):
        if not descendants:
            return self
        names = [part for d in descendants for part in str(d).replace('\\', '/').split('/')
                 if part]
        if not names:
            return self
        target, rest = names[0], names[1:]
        for child in self.iterdir():
            if child.name == target:
                return child.joinpath(*rest)
        raise TraversalError("Target not found during traversal.", target, names)

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        """Open the file."""

    @property
    @abc.abstractmethod
    def name(self):
        """The base name."""


class TraversableResources(ResourceReader):
    """A ResourceReader whose resources come from files()."""

    @abc.abstractmethod
    def files(self):
        """The Traversable of the package's resources."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
