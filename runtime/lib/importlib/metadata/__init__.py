"""Read the metadata of installed distributions (importlib.metadata).

Distributions are found as NAME-VERSION.dist-info or .egg-info directories on sys.path."""

import csv
import functools
import os
import pathlib
import re
import sys

__all__ = ['Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError',
           'distribution', 'distributions', 'entry_points', 'files', 'metadata',
           'packages_distributions', 'requires', 'version']


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of that name is installed."""

    def __str__(self):
        return f'No package metadata was found for {self.name}'

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    return re.sub(r'[-_.]+', '-', name).lower().replace('-', '_')


class PackageMetadata:
    """The headers of a METADATA/PKG-INFO file: a multi-valued, case-insensitive mapping."""

    _MULTI = ('Classifier', 'Obsoletes-Dist', 'Platform', 'Project-URL', 'Provides-Dist',
              'Provides-Extra', 'Requires-Dist', 'Requires-External', 'Supported-Platform',
              'Dynamic')

    def __init__(self, text):
        self._headers = []
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                break
            if line[0] in ' \t' and self._headers:
                key, value = self._headers[-1]
                self._headers[-1] = (key, value + '\n' + line)
            elif ':' in line:
                key, _, value = line.partition(':')
                self._headers.append((key.strip(), value.strip()))
            i += 1
        body = '\n'.join(lines[i:])
        self._payload = body + ('\n' if body and text.endswith('\n') else '')

    def __getitem__(self, item):
        for key, value in self._headers:
            if key.lower() == item.lower():
                return value
        raise KeyError(item)

    def get(self, item, default=None):
        try:
            return self[item]
        except KeyError:
            return default

    def get_all(self, name, failobj=None):
        values = [v for k, v in self._headers if k.lower() == name.lower()]
        return values or failobj

    def get_payload(self):
        return self._payload

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def __iter__(self):
        return iter(self.keys())

    def __contains__(self, item):
        return any(k.lower() == item.lower() for k, _ in self._headers)

    def __len__(self):
        return len(self._headers)

    @property
    def json(self):
        def transform(key):
            value = self.get_all(key) if key in self._MULTI else self[key]
            if key == 'Keywords':
                value = re.split(r'\s+', value)
            return key.lower().replace('-', '_'), value
        result = dict(map(transform, dict.fromkeys(self.keys())))
        if self._payload.strip() and 'description' not in result:
            result['description'] = self._payload
        return result


class EntryPoint:
    """An object a distribution advertises: `name = module:attr [extras]` in a group."""

    pattern = re.compile(r'(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?'
                         r'((?P<extras>\[.*\])\s*)?$')

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def load(self):
        import importlib
        match = self.pattern.match(self.value)
        module = importlib.import_module(match.group('module'))
        attrs = filter(None, (match.group('attr') or '').split('.'))
        return functools.reduce(getattr, attrs, module)

    @property
    def module(self):
        return self.pattern.match(self.value).group('module')

    @property
    def attr(self):
        return self.pattern.match(self.value).group('attr')

    @property
    def extras(self):
        match = self.pattern.match(self.value)
        return re.findall(r'\w+', match.group('extras') or '')

    def _for(self, dist):
        vars(self).update(dist=dist)
        return self

    def matches(self, **params):
        attrs = (getattr(self, param) for param in params)
        return all(map(lambda a, b: a == b, params.values(), attrs))

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return (f'EntryPoint(name={self.name!r}, value={self.value!r}, '
                f'group={self.group!r})')


class EntryPoints(tuple):
    """An immutable collection of entry points, selectable by their attributes."""

    __slots__ = ()

    def __getitem__(self, name):
        try:
            return next(iter(self.select(name=name)))
        except StopIteration:
            raise KeyError(name)

    def __repr__(self):
        return f'{type(self).__name__}({tuple(self)!r})'

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    @classmethod
    def _from_text_for(cls, text, dist):
        return cls(ep._for(dist) for ep in cls._from_text(text))

    @staticmethod
    def _from_text(text):
        group = None
        for raw in (text or '').splitlines():
            line = raw.strip()
            if not line or line.startswith(('#', ';')):
                continue
            if line.startswith('[') and line.endswith(']'):
                group = line[1:-1].strip()
                continue
            name, _, value = line.partition('=')
            yield EntryPoint(name=name.strip(), value=value.strip(), group=group)


class PackagePath(pathlib.PurePosixPath):
    """A file listed in a distribution's RECORD."""

    def read_text(self, encoding='utf-8'):
        return self.locate().read_text(encoding=encoding)

    def read_binary(self):
        return self.locate().read_bytes()

    def locate(self):
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition('=')

    def __repr__(self):
        return f'<FileHash mode: {self.mode} value: {self.value}>'


class Distribution:
    """One installed distribution; subclasses say where its files are."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        try:
            return next(iter(cls.discover(name=name)))
        except StopIteration:
            raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, *, context=None, **kwargs):
        if context and kwargs:
            raise ValueError('cannot accept context and kwargs')
        context = context or DistributionFinder.Context(**kwargs)
        return iter(_find_distributions(context))

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    @property
    def metadata(self):
        text = (self.read_text('METADATA') or self.read_text('PKG-INFO') or
                self.read_text('') or '')
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        return EntryPoints._from_text_for(self.read_text('entry_points.txt'), self)

    @property
    def files(self):
        text = self.read_text('RECORD')
        if text is None:
            text = self.read_text('SOURCES.txt')
            if text is None:
                return None
            rows = [(line, None, None) for line in text.splitlines()]
        else:
            rows = list(csv.reader(text.splitlines()))

        def make(name, hash_, size):
            path = PackagePath(name)
            path.hash = FileHash(hash_) if hash_ else None
            path.size = int(size) if size else None
            path.dist = self
            return path
        return [make(*row) for row in rows]

    @property
    def requires(self):
        reqs = self.metadata.get_all('Requires-Dist')
        if reqs is None:
            text = self.read_text('requires.txt')
            if text is None:
                return None
            return _deps_from_requires_text(text)
        return reqs


def _deps_from_requires_text(text):
    section, out = None, []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('['):
            section = line.strip('[]')
            continue
        if section:
            extra, _, markers = section.partition(':')
            conds = [f'({markers})'] if markers else []
            if extra:
                conds.append(f'extra == "{extra}"')
            line += '; ' + ' and '.join(conds)
        out.append(line)
    return out


class DistributionFinder:
    """Finds distributions: the interface for sys.meta_path finders."""

    class Context:
        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get('path', sys.path)


class PathDistribution(Distribution):
    """A distribution whose metadata directory is on the file system."""

    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            return self._path.joinpath(filename).read_text(encoding='utf-8')
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError,
                PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path

    @property
    def _normalized_name(self):
        stem = os.path.basename(str(self._path))
        for suffix in ('.dist-info', '.egg-info'):
            if stem.endswith(suffix):
                return _normalize(stem[:-len(suffix)].partition('-')[0])
        return super()._normalized_name


def _find_distributions(context):
    wanted = _normalize(context.name) if context.name else None
    for finder in sys.meta_path:
        method = getattr(finder, 'find_distributions', None)
        if method is not None:
            yield from method(context)
    for entry in context.path:
        directory = entry or '.'
        try:
            names = sorted(os.listdir(directory))
        except (OSError, TypeError):
            continue
        for fn in names:
            if not fn.endswith(('.dist-info', '.egg-info')):
                continue
            stem = fn.rpartition('.')[0]
            if wanted is not None and _normalize(stem.partition('-')[0]) != wanted:
                continue
            yield PathDistribution(pathlib.Path(directory, fn))


def distribution(distribution_name):
    """The Distribution of an installed package."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every installed Distribution."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def entry_points(**params):
    """The entry points of every distribution (the first of each name), selected by params."""
    seen = set()
    eps = []
    for dist in distributions():
        key = dist._normalized_name
        if key in seen:
            continue
        seen.add(key)
        eps.extend(dist.entry_points)
    return EntryPoints(eps).select(**params)


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    """Top-level importable names mapped to the distributions that provide them."""
    result = {}
    for dist in distributions():
        top = dist.read_text('top_level.txt')
        names = top.split() if top else _top_level_inferred(dist)
        for pkg in names:
            result.setdefault(pkg, []).append(dist.metadata['Name'])
    return result


def _top_level_inferred(dist):
    names = set()
    for f in dist.files or []:
        if len(f.parts) > 1:
            names.add(f.parts[0])
        elif f.suffix == '.py':
            names.add(f.stem)
    return {n for n in names if '.' not in n}
