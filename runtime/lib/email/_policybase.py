# email._policybase: the Policy framework and the compat32 policy.

import abc
from email import header
from email import charset as _charset
from email.utils import _has_surrogates

__all__ = [
    'Policy',
    'Compat32',
    'compat32',
    ]


def _bad_keyword(obj, name):
    return TypeError("{!r} is an invalid keyword argument for {}".format(
        name, obj.__class__.__name__))


class _PolicyBase:
    """Immutable settings objects: class attributes give the defaults,
    keyword arguments override them."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise _bad_keyword(self, name)
            object.__setattr__(self, name, value)

    def __repr__(self):
        args = ["{}={!r}".format(k, v) for k, v in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ', '.join(args))

    def clone(self, **kw):
        """A copy of this policy with the given attributes changed."""
        new = self.__class__.__new__(self.__class__)
        for name, value in self.__dict__.items():
            object.__setattr__(new, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise _bad_keyword(self, name)
            object.__setattr__(new, name, value)
        return new

    def __setattr__(self, name, value):
        # policies are immutable: use clone() to get a changed copy
        kind = type(self).__name__
        if hasattr(self, name):
            problem = f"{kind!r} object attribute {name!r} is read-only"
        else:
            problem = f"{kind!r} object has no attribute {name!r}"
        raise AttributeError(problem)

    def __add__(self, other):
        return self.clone(**other.__dict__)


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    """Settings controlling how messages are parsed and serialized."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def handle_defect(self, obj, defect):
        """Raise defect, or record it on obj, as raise_on_defect says."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        """How many headers called name a message may hold (None: any)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        raise NotImplementedError

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        raise NotImplementedError

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        raise NotImplementedError

    @abc.abstractmethod
    def fold(self, name, value):
        raise NotImplementedError

    @abc.abstractmethod
    def fold_binary(self, name, value):
        raise NotImplementedError


class Compat32(Policy):
    """The policy that reproduces the classic email package behaviour."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if isinstance(value, str) and _has_surrogates(value):
            return header.Header(value, charset=_charset.UNKNOWN8BIT,
                                 header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        return _split_source_header(sourcelines)

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return folded.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        eol = self.linesep
        if isinstance(value, str):
            raw8 = _has_surrogates(value)
            if raw8 and not sanitize:
                # written back exactly as it was read
                return f'{name}: {value}{eol}'
            options = {'charset': _charset.UNKNOWN8BIT} if raw8 else {}
            value = header.Header(value, header_name=name, **options)
        text = value.encode(linesep=eol, maxlinelen=self.max_line_length or 0)
        return f'{name}: {text}{eol}'


compat32 = Compat32()


def _split_source_header(sourcelines):
    # ['Name: first part', ' continuation'...] -> (name, unfolded value)
    first, *more = sourcelines
    head, tail = first.split(':', 1)
    tail = tail.lstrip(' \t') + ''.join(more)
    return head, tail.rstrip('\r\n')


def _extend_docstrings(cls):
    # kept for code that decorates Policy subclasses with it
    return cls
