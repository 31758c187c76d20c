# email.headerregistry: header value classes used by the modern policies,
# and the Address and Group helper classes.
#
# A header object is a str holding the decoded value.  Its class is made
# on demand by HeaderRegistry: the mix of a "kind" class (which knows how
# to parse the raw value) and BaseHeader.  A kind class supplies
#   parse(value, kwds)   classmethod: fills kwds with 'decoded',
#                        'parse_tree', 'defects' and kind-specific keys
#   init(self, name, **kwds)  optional: consumes the kind-specific keys

from types import MappingProxyType

from email import utils
from email import errors
from email import _header_value_parser as _hvp


def _needs_quotes(text, specials):
    return any(ch in specials for ch in text)


class Address:
    """One mailbox: a display name plus username@domain.  Immutable."""

    def __init__(self, display_name='', username='', domain='',
                 addr_spec=None):
        for piece in (display_name, username, domain, addr_spec):
            if piece and ('\r' in piece or '\n' in piece):
                raise ValueError("invalid arguments; address parts cannot "
                                 "contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            username, domain = self._split_addr_spec(addr_spec)
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @staticmethod
    def _split_addr_spec(text):
        tree, leftover = _hvp.get_addr_spec(text)
        if leftover:
            raise ValueError(f"Invalid addr_spec; only '{tree}' could be "
                             f"parsed from '{text}'")
        problems = tree.all_defects
        if problems:
            raise problems[0]
        return tree.local_part, tree.domain

    display_name = property(lambda self: self._display_name)
    username = property(lambda self: self._username)
    domain = property(lambda self: self._domain)

    @property
    def addr_spec(self):
        """The address as username@domain, with the username quoted when
        it is not a dot-atom."""
        user = self._username
        if _needs_quotes(user, _hvp.DOT_ATOM_ENDS):
            user = _hvp.quote_string(user)
        if self._domain:
            return f'{user}@{self._domain}'
        return user or '<>'

    def __repr__(self):
        return (f'{type(self).__name__}(display_name={self._display_name!r}, '
                f'username={self._username!r}, domain={self._domain!r})')

    def __str__(self):
        name = self._display_name
        if not name:
            return self.addr_spec
        if _needs_quotes(name, _hvp.SPECIALS):
            name = _hvp.quote_string(name)
        spec = self.addr_spec
        return f"{name} <{'' if spec == '<>' else spec}>"

    def _key(self):
        return (self._display_name, self._username, self._domain)

    def __eq__(self, other):
        if isinstance(other, Address):
            return self._key() == other._key()
        return NotImplemented

    __hash__ = None


class Group:
    """A list of Address objects under a group name; a display_name of
    None means the addresses are not really a group."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses or ())

    display_name = property(lambda self: self._display_name)
    addresses = property(lambda self: self._addresses)

    def __repr__(self):
        return (f'{type(self).__name__}(display_name={self._display_name!r}, '
                f'addresses={self._addresses!r}')

    def __str__(self):
        name, members = self._display_name, self._addresses
        if name is None and len(members) == 1:
            return str(members[0])
        if name is not None and _needs_quotes(name, _hvp.SPECIALS):
            name = _hvp.quote_string(name)
        body = ', '.join(map(str, members))
        return f"{name}:{' ' + body if body else ''};"

    def __eq__(self, other):
        if isinstance(other, Group):
            return ((self._display_name, self._addresses)
                    == (other._display_name, other._addresses))
        return NotImplemented

    __hash__ = None


class BaseHeader(str):
    """Common base of all header objects: the str value is the decoded
    header text; name, defects and fold() come from here."""

    def __new__(cls, name, value):
        info = {'defects': []}
        cls.parse(value, info)
        text = info.pop('decoded')
        if utils._has_surrogates(text):
            text = utils._sanitize(text)
        obj = str.__new__(cls, text)
        obj.init(name, **info)
        return obj

    def init(self, name, *, parse_tree, defects):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    name = property(lambda self: self._name)
    defects = property(lambda self: tuple(self._defects))

    def __reduce__(self):
        kind = type(self)
        return (_reconstruct_header,
                (kind.__name__, kind.__bases__, str(self)),
                self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """Render 'Name: value' folded as policy says, linesep included."""
        label = _hvp.HeaderLabel()
        label.append(_hvp.ValueTerminal(self._name, 'header-name'))
        label.append(_hvp.ValueTerminal(':', 'header-sep'))
        whole = _hvp.Header([label])
        tree = self._parse_tree
        if tree:
            blank = _hvp.WhiteSpaceTerminal(' ', 'fws')
            whole.append(_hvp.CFWSList([blank]))
        whole.append(tree)
        return whole.fold(policy=policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class _TreeHeader:
    # kinds whose decoded value is simply str(parse tree); subclasses may
    # pull more out of the tree in _harvest
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        kwds['parse_tree'] = tree
        kwds['decoded'] = str(tree)
        kwds['defects'] += tree.all_defects
        cls._harvest(tree, kwds)

    @classmethod
    def _harvest(cls, tree, kwds):
        pass


class UnstructuredHeader:
    max_count = None
    value_parser = staticmethod(_hvp.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        kwds.update(parse_tree=tree, decoded=str(tree))


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A Date-like header; .datetime holds the parsed value (a naive
    datetime when the zone was -0000)."""

    max_count = None
    value_parser = staticmethod(_hvp.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        problems = kwds['defects']
        when = value
        if isinstance(value, str) and value:
            kwds['decoded'] = value
            try:
                when = utils.parsedate_to_datetime(value)
            except ValueError:
                problems.append(
                    errors.InvalidDateDefect('Invalid date value or format'))
                when = None
        elif not value:
            problems.append(errors.HeaderMissingRequiredValue())
            kwds['decoded'] = ''
            when = None
        kwds['datetime'] = when
        if when is None:
            kwds['parse_tree'] = _hvp.TokenList()
        else:
            text = utils.format_datetime(when)
            kwds['decoded'] = text
            kwds['parse_tree'] = cls.value_parser(text)

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    datetime = property(lambda self: self._datetime)


class UniqueDateHeader(DateHeader):
    max_count = 1


def _groups_from_tree(tree):
    found = []
    for entry in tree.addresses:
        members = [Address(box.display_name or '', box.local_part or '',
                           box.domain or '')
                   for box in entry.all_mailboxes]
        found.append(Group(entry.display_name, members))
    return found


class AddressHeader:
    """A list of addresses and groups (.addresses, .groups)."""

    max_count = None

    @staticmethod
    def value_parser(value):
        return _hvp.get_address_list(value)[0]

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            tree = cls.value_parser(value)
            groups = _groups_from_tree(tree)
            kwds['defects'] = list(tree.all_defects)
        else:
            items = value if hasattr(value, '__iter__') else [value]
            groups = [entry if hasattr(entry, 'addresses')
                      else Group(None, [entry]) for entry in items]
            kwds['defects'] = []
            tree = None
        text = ', '.join(map(str, groups))
        kwds['groups'] = groups
        kwds['decoded'] = text
        kwds['parse_tree'] = cls.value_parser(text) if tree is None else tree

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop('groups'))
        self._addresses = None
        super().init(*args, **kw)

    groups = property(lambda self: self._groups)

    @property
    def addresses(self):
        if self._addresses is None:
            flat = []
            for group in self._groups:
                flat.extend(group.addresses)
            self._addresses = tuple(flat)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        found = self.addresses
        if len(found) == 1:
            return found[0]
        raise ValueError(("value of single address header {} is not "
                          "a single address").format(self.name))


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader(_TreeHeader):
    value_parser = staticmethod(_hvp.parse_mime_version)

    @classmethod
    def _harvest(cls, tree, kwds):
        minor = tree.minor
        if minor is None:
            kwds.update(major=None, minor=None, version=None)
        else:
            kwds.update(major=tree.major, minor=minor,
                        version=f'{tree.major}.{minor}')

    def init(self, *args, **kw):
        for key in ('version', 'major', 'minor'):
            setattr(self, '_' + key, kw.pop(key))
        super().init(*args, **kw)

    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)
    version = property(lambda self: self._version)


class ParameterizedMIMEHeader(_TreeHeader):

    @classmethod
    def _harvest(cls, tree, kwds):
        clean = {}
        for key, val in (tree.params or ()):
            clean[utils._sanitize(key).lower()] = utils._sanitize(val)
        kwds['params'] = clean

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


def _clean(text):
    return text if text is None else utils._sanitize(text)


class ContentTypeHeader(ParameterizedMIMEHeader):
    value_parser = staticmethod(_hvp.parse_content_type_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        tree = self._parse_tree
        self._maintype = _clean(tree.maintype)
        self._subtype = _clean(tree.subtype)

    maintype = property(lambda self: self._maintype)
    subtype = property(lambda self: self._subtype)

    @property
    def content_type(self):
        return f'{self._maintype}/{self._subtype}'


class ContentDispositionHeader(ParameterizedMIMEHeader):
    value_parser = staticmethod(_hvp.parse_content_disposition_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._content_disposition = _clean(
            self._parse_tree.content_disposition)

    content_disposition = property(lambda self: self._content_disposition)


class ContentTransferEncodingHeader(_TreeHeader):
    value_parser = staticmethod(_hvp.parse_content_transfer_encoding_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._cte = _clean(self._parse_tree.cte)

    cte = property(lambda self: self._cte)


class MessageIDHeader(_TreeHeader):
    value_parser = staticmethod(_hvp.parse_message_id)


# Which kind class each well-known header gets; 'resent-*' headers may
# repeat, their plain counterparts may not.
_default_header_map = {}
for _kind, _names in (
        (UniqueUnstructuredHeader, ['subject']),
        (UniqueDateHeader, ['date', 'orig-date']),
        (DateHeader, ['resent-date']),
        (UniqueSingleAddressHeader, ['sender']),
        (SingleAddressHeader, ['resent-sender']),
        (UniqueAddressHeader, ['to', 'cc', 'bcc', 'from', 'reply-to']),
        (AddressHeader, ['resent-to', 'resent-cc', 'resent-bcc',
                         'resent-from']),
        (MIMEVersionHeader, ['mime-version']),
        (ContentTypeHeader, ['content-type']),
        (ContentDispositionHeader, ['content-disposition']),
        (ContentTransferEncodingHeader, ['content-transfer-encoding']),
        (MessageIDHeader, ['message-id'])):
    _default_header_map.update(dict.fromkeys(_names, _kind))
del _kind, _names


class HeaderRegistry:
    """Header factory: picks the class for a header by its name."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = dict(_default_header_map) if use_default_map else {}
        self.base_class = base_class
        self.default_class = default_class

    def map_to_type(self, name, cls):
        """Make headers called name (any case) use cls."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        kind = self.registry.get(name.lower(), self.default_class)
        return type('_' + kind.__name__, (kind, self.base_class), {})

    def __call__(self, name, value):
        """Make the header object for name and value."""
        return self[name](name, value)
