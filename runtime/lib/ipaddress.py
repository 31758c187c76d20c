"""IPv4/IPv6 addresses, networks and interfaces.

An address is an immutable integer with a version; a network is a network
address plus a prefix length (the netmask); an interface is an address that
remembers the network it sits in.  The factory functions ip_address(),
ip_network() and ip_interface() pick the version from the input, which may
be a string, an integer or packed bytes.

Parsing is strict: IPv4 octets must be decimal without leading zeros and
IPv6 hextets at most four hex digits, with at most one '::'.
"""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """The text, integer or bytes given do not form a valid address."""


class NetmaskValueError(ValueError):
    """The prefix length or mask given is not valid."""


def _either_version(kinds, *args):
    # The object built by the first class that accepts args, else None.
    for kind in kinds:
        try:
            return kind(*args)
        except (NetmaskValueError, AddressValueError):
            continue
    return None


def ip_address(address):
    """An IPv4Address or IPv6Address for a string, int or packed bytes,
    whichever version fits (IPv4 is tried first)."""
    found = _either_version((IPv4Address, IPv6Address), address)
    if found is None:
        raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')
    return found


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network, whichever version fits; strict is
    passed on to the constructor."""
    found = _either_version((IPv4Network, IPv6Network), address, strict)
    if found is None:
        raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')
    return found


def ip_interface(address):
    """An IPv4Interface or IPv6Interface, whichever version fits."""
    found = _either_version((IPv4Interface, IPv6Interface), address)
    if found is None:
        raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')
    return found


def v4_int_to_packed(address):
    """The 4 bytes of an IPv4 address given as an int, most significant first."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    """The 16 bytes of an IPv6 address given as an int, most significant first."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def _split_at_slash(address):
    # 'addr/prefix' -> ['addr', 'prefix']; 'addr' -> ['addr'].
    pieces = str(address).split('/')
    if len(pieces) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return pieces


def _consecutive_runs(addresses):
    """Yield (first, last) for each run of consecutive addresses in a sorted list."""
    it = iter(addresses)
    first = last = next(it)
    for ip in it:
        if ip._ip != last._ip + 1:
            yield first, last
            first = ip
        last = ip
    yield first, last


def _low_zero_bits(number, bits):
    """Count the number of zero bits on the right hand side (at most bits)."""
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    """Yield the fewest networks that together hold exactly the addresses
    from first to last, inclusive, in ascending order."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError('%s and %s are not of the same version' % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        net = IPv4Network
    elif first.version == 6:
        net = IPv6Network
    else:
        raise ValueError('unknown IP version')

    width = first._max_prefixlen
    cur = first._ip
    stop = last._ip
    while cur <= stop:
        # The largest block that starts here, is aligned, and still fits:
        # its size is limited by the alignment of cur and by what is left.
        align = _low_zero_bits(cur, width)
        fits = (stop - cur + 1).bit_length() - 1
        host_bits = align if align < fits else fits
        yield net((cur, width - host_bits))
        cur += 1 << host_bits
        if cur > net._ALL_ONES:
            break


def _merge_networks(addresses):
    # Merge sibling networks into their supernet until nothing changes, then
    # drop networks covered by an earlier (larger) one.
    to_merge = list(addresses)
    subnets = {}
    while to_merge:
        net = to_merge.pop()
        supernet = net.supernet()
        existing = subnets.get(supernet)
        if existing is None:
            subnets[supernet] = net
        elif existing != net:
            del subnets[supernet]
            to_merge.append(supernet)
    last = None
    for net in sorted(subnets.values()):
        if last is not None and last.broadcast_address >= net.broadcast_address:
            continue
        yield net
        last = net


def collapse_addresses(addresses):
    """Merge addresses and networks of one IP version into the smallest
    set of networks covering the same addresses; return an iterator over
    them.  Mixing versions raises TypeError."""
    ips = []
    nets = []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if ips and ips[-1]._version != ip._version:
                raise TypeError('%s and %s are not of the same version' % (ip, ips[-1]))
            ips.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            if ips and ips[-1]._version != ip._version:
                raise TypeError('%s and %s are not of the same version' % (ip, ips[-1]))
            try:
                ips.append(ip.ip)
            except AttributeError:
                ips.append(ip.network_address)
        else:
            if nets and nets[-1]._version != ip._version:
                raise TypeError('%s and %s are not of the same version' % (ip, nets[-1]))
            nets.append(ip)

    blocks = []
    if ips:
        for lo, hi in _consecutive_runs(sorted(set(ips))):
            blocks += summarize_address_range(lo, hi)
    return _merge_networks(blocks + nets)


def get_mixed_type_key(obj):
    """A sort key that lets networks and addresses be sorted together,
    e.g. sorted(items, key=get_mixed_type_key); a network comes before
    the addresses of its version."""
    if isinstance(obj, _BaseNetwork):
        return obj._network_sort_key()
    if isinstance(obj, _BaseAddress):
        return obj._address_sort_key()
    return NotImplemented


class _IPAddressBase:
    """Behaviour common to addresses, networks and interfaces."""

    __slots__ = ()

    @property
    def exploded(self):
        """The address written out in full (no '::', leading zeros kept)."""
        return self._long_form()

    @property
    def compressed(self):
        """The address in its shortest standard text form, as str() gives."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The DNS name used for reverse lookups of this address, under
        in-addr.arpa (IPv4: 10.1.2.3 gives '3.2.1.10.in-addr.arpa') or
        ip6.arpa (IPv6: one label per hex digit, last digit first)."""
        return self._reverse_dns_name()

    @property
    def version(self):
        raise NotImplementedError('%200s has no version specified' % (type(self),))

    def _validate_int(self, address):
        if address < 0:
            msg = '%d (< 0) is not permitted as an IPv%d address'
            raise AddressValueError(msg % (address, self._version))
        if address > self._ALL_ONES:
            msg = '%d (>= 2**%d) is not permitted as an IPv%d address'
            raise AddressValueError(msg % (address, self._max_prefixlen, self._version))

    def _validate_packed(self, address, expected_len):
        # Returns the integer value of the big-endian bytes.
        size = len(address)
        if size != expected_len:
            msg = '%r (len %d != %d) is not permitted as an IPv%d address'
            raise AddressValueError(msg % (address, size, expected_len, self._version))
        return int.from_bytes(address, byteorder='big')

    @classmethod
    def _mask_for_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_of_mask(cls, ip_int):
        # A mask is ones followed by zeros: shifting out the zeros must
        # leave nothing but ones.
        zeros = _low_zero_bits(ip_int, cls._max_prefixlen)
        ones = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << ones) - 1:
            details = ip_int.to_bytes(cls._max_prefixlen // 8, 'big')
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % details)
        return ones

    @classmethod
    def _bad_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_digits(cls, prefixlen_str):
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._bad_netmask(prefixlen_str)
        try:
            prefixlen = int(prefixlen_str)
        except ValueError:
            cls._bad_netmask(prefixlen_str)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._bad_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_dotted(cls, ip_str):
        # A dotted netmask ("255.255.0.0") or hostmask ("0.0.255.255").
        try:
            ip_int = cls._int_from_text(ip_str)
        except AddressValueError:
            cls._bad_netmask(ip_str)
        try:
            return cls._prefix_of_mask(ip_int)
        except ValueError:
            pass
        ip_int ^= cls._ALL_ONES
        try:
            return cls._prefix_of_mask(ip_int)
        except ValueError:
            cls._bad_netmask(ip_str)

    @classmethod
    def _addr_and_prefix(cls, address):
        # Integers and packed bytes are whole-host networks; tuples are
        # (address, prefix) already.
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_at_slash(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


_FORMAT_CODES = ('x', 'b', 'n', 'X')


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """Comparison, arithmetic and formatting of single addresses."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self._ip != other._ip:
            return self._ip < other._ip
        return False

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._text_from_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _address_sort_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        """Format as a string ('' or an 's' spec) or as an integer in
        binary ('b'), hex ('x', 'X') or the version's natural base ('n'),
        optionally with '#' (prefix) and '_' (grouping by four digits)."""
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        alternate = grouping = ''
        rest = fmt
        if rest[:1] == '#':
            alternate, rest = '#', rest[1:]
        if rest[:1] == '_':
            grouping, rest = '_', rest[1:]
        if len(rest) == 1 and rest in _FORMAT_CODES:
            fmt_base = rest
            if fmt_base == 'n':
                fmt_base = 'b' if self._version == 4 else 'x'
            if fmt_base == 'b':
                padlen = self._max_prefixlen
            else:
                padlen = self._max_prefixlen // 4
            if grouping:
                padlen += padlen // 4 - 1
            if alternate:
                padlen += 2
            return format(int(self), f'{alternate}0{padlen}{grouping}{fmt_base}')
        return super().__format__(fmt)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """Behaviour common to IPv4Network and IPv6Network."""

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        """Iterate over the addresses usable by hosts: all but the
        network and broadcast addresses."""
        make = self._address_class
        for value in range(int(self.network_address) + 1,
                           int(self.broadcast_address)):
            yield make(value)

    def __iter__(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network, broadcast + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError('address out of range')
        return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            if self._version != other._version:
                return False
            if self.network_address != other.network_address:
                return False
            return int(self.netmask) == int(other.netmask)
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        # A network is never "in" another one; use subnet_of() for that.
        if isinstance(other, _BaseNetwork):
            return False
        if self._version != other._version:
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """True if the two networks share at least one address."""
        return any(ends in net for ends, net in
                   ((self.network_address, other), (self.broadcast_address, other),
                    (other.network_address, self), (other.broadcast_address, self)))

    def _set_up(self, address, strict):
        # Shared by the IPv4Network and IPv6Network constructors.
        addr, mask = self._addr_and_prefix(address)
        make = self._address_class
        given = make(addr)
        self.network_address = given
        self.netmask, self._prefixlen = self._mask_and_prefix(mask)
        masked = int(given) & int(self.netmask)
        if masked != int(given):
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = make(masked)
        # With one host bit there is no network or broadcast address to
        # skip (RFC 3021 for IPv4), and with none the only host is the
        # address itself.
        host_bits = self._max_prefixlen - self._prefixlen
        if host_bits == 1:
            self.hosts = self.__iter__
        elif host_bits == 0:
            self.hosts = lambda: [make(addr)]

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        """How many addresses the network holds (all of them, including
        the network and broadcast addresses)."""
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def _address_class(self):
        raise NotImplementedError('%200s has no associated address class' % (type(self),))

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """Yield the networks that remain when the subnet other is cut out
        of this network, by repeatedly halving the part containing it."""
        if not self._version == other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return

        # Normalise other to the same class as a plain network.
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))

        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            elif other.subnet_of(s2):
                yield s1
                s1, s2 = s2.subnets()
            else:
                raise AssertionError('Error performing exclusion: '
                                     's1: %s s2: %s other: %s' % (s1, s2, other))
        if s1 == other:
            yield s2
        elif s2 == other:
            yield s1
        else:
            raise AssertionError('Error performing exclusion: '
                                 's1: %s s2: %s other: %s' % (s1, s2, other))

    def compare_networks(self, other):
        """Compare two IP objects: -1, 0 or 1, by network address then netmask."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        if self.network_address < other.network_address:
            return -1
        if self.network_address > other.network_address:
            return 1
        if self.netmask < other.netmask:
            return -1
        if self.netmask > other.netmask:
            return 1
        return 0

    def _network_sort_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Iterate over the subnets this network splits into.

        The prefix grows by prefixlen_diff bits (one by default: two
        halves) or becomes new_prefix; give at most one of the two.
        """
        if self._prefixlen == self._max_prefixlen:
            yield self
            return

        grow = prefixlen_diff
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if grow != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            grow = new_prefix - self._prefixlen
        if grow < 0:
            raise ValueError('prefix length diff must be > 0')
        target = self._prefixlen + grow
        if target > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (target, self))

        size = 1 << (self._max_prefixlen - target)
        first = int(self.network_address)
        for start in range(first, int(self.broadcast_address) + 1, size):
            yield self.__class__((start, target))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The enclosing network whose prefix is prefixlen_diff bits shorter
        (one by default) or is new_prefix; give at most one of the two."""
        if self._prefixlen == 0:
            return self

        shrink = prefixlen_diff
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if shrink != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            shrink = self._prefixlen - new_prefix
        target = self._prefixlen - shrink
        if target < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, shrink))
        base = int(self.network_address) & (int(self.netmask) << shrink)
        return self.__class__((base, target))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f'{a} and {b} are not of the same version')
            return (a.network_address >= b.network_address
                    and a.broadcast_address <= b.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {a} and {b}')

    def subnet_of(self, other):
        """True if every address of this network is also in other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """True if every address of other is also in this network."""
        return self._is_subnet_of(other, self)

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_private(self):
        """True if the whole network lies in one of the special-purpose
        ranges the IANA registries list as not globally reachable."""
        net, bcast = self.network_address, self.broadcast_address
        consts = self._special
        return (any(net in p and bcast in p for p in consts._not_global) and
                all(net not in p and bcast not in p for p in consts._global_exceptions))

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast


def _set_up_interface(iface, address, addr_cls, net_cls):
    # An interface is its own address plus the network it belongs to.
    addr, mask = iface._addr_and_prefix(address)
    addr_cls.__init__(iface, addr)
    net = net_cls((addr, mask), strict=False)
    iface.network = net
    iface.netmask = net.netmask
    iface._prefixlen = net._prefixlen


class _BaseInterface:
    """What IPv4Interface and IPv6Interface share: an address that also
    carries its network (set up by _set_up_interface)."""

    __slots__ = ()

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        # Equal addresses: the networks decide (a plain address, having
        # none, never equals an interface).
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = super().__lt__(other)
        if less is NotImplemented:
            return NotImplemented
        # Order by network first, then by address.
        try:
            if self.network == other.network:
                return less
            return self.network < other.network
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._text_from_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._text_from_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._text_from_int(self._ip), self.hostmask)


class _NoSpecialRanges:
    _not_global = []


_BaseNetwork._special = _NoSpecialRanges


class _BaseVersion:
    """What _BaseV4 and _BaseV6 share; each supplies its limits, its
    _mask_memo and, where it takes more than digits, _prefix_from_text."""

    __slots__ = ()

    @classmethod
    def _mask_and_prefix(cls, arg):
        """Return (netmask address, prefix length) for a prefix given as an
        int or as text.  Called on the network classes, whose
        _address_class builds the netmask."""
        if arg not in cls._mask_memo:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._bad_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_text(arg)
            netmask = cls._address_class(cls._mask_for_prefix(prefixlen))
            cls._mask_memo[arg] = netmask, prefixlen
        return cls._mask_memo[arg]

    @classmethod
    def _prefix_from_text(cls, text):
        # A decimal prefix length: all that IPv6 takes.
        return cls._prefix_from_digits(text)

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


# --- IPv4 -----------------------------------------------------------------

class _BaseV4(_BaseVersion):
    """Base IPv4 object: parsing and formatting shared by the v4 classes."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _mask_memo = {}

    def _long_form(self):
        return str(self)

    @classmethod
    def _prefix_from_text(cls, text):
        # A decimal prefix length, else a dotted netmask or hostmask.
        try:
            return cls._prefix_from_digits(text)
        except NetmaskValueError:
            return cls._prefix_from_dotted(text)

    @classmethod
    def _int_from_text(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError('Expected 4 octets in %r' % ip_str)
        try:
            return int.from_bytes(bytes(map(cls._octet_value, octets)), 'big')
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None

    @classmethod
    def _octet_value(cls, octet_str):
        if not octet_str:
            raise ValueError('Empty octet not permitted')
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError('Only decimal digits permitted in %r' % octet_str)
        if len(octet_str) > 3:
            raise ValueError('At most 3 characters permitted in %r' % octet_str)
        # Leading zeros are ambiguous (some parsers read them as octal).
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError('Leading zeros are not permitted in %r' % octet_str)
        octet_int = int(octet_str, 10)
        if octet_int > 255:
            raise ValueError('Octet %d (> 255) not permitted' % octet_int)
        return octet_int

    @classmethod
    def _text_from_int(cls, ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_dns_name(self):
        octets = str(self).split('.')
        octets.reverse()
        return '.'.join(octets) + '.in-addr.arpa'



class IPv4Address(_BaseV4, _BaseAddress):
    """A single IPv4 address (32 bits)."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        """A string ('192.0.2.1'), an int or 4 packed bytes (big-endian)."""
        if isinstance(address, int):
            self._validate_int(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._ip = self._validate_packed(address, 4)
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._int_from_text(addr_str)

    @property
    def packed(self):
        """The address as bytes, most significant first."""
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        """True inside 240.0.0.0/4, which the IETF keeps reserved."""
        return self in _V4Ranges._reserved

    @property
    def is_private(self):
        """True if the address is in a special-purpose range that the IANA
        registry lists as not globally reachable."""
        return (any(self in net for net in _V4Ranges._not_global) and
                all(self not in net for net in _V4Ranges._global_exceptions))

    @property
    def is_global(self):
        """True if the address is globally reachable (not private and not
        in the 100.64.0.0/10 shared address space)."""
        return self not in _V4Ranges._shared_space and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4Ranges._multicast

    @property
    def is_unspecified(self):
        return self == _V4Ranges._unspecified

    @property
    def is_loopback(self):
        return self in _V4Ranges._loopback

    @property
    def is_link_local(self):
        return self in _V4Ranges._link_local

    @property
    def ipv6_mapped(self):
        """Return the IPv4-mapped IPv6 address (::ffff:a.b.c.d)."""
        return IPv6Address(f'::ffff:{self}')


class IPv4Interface(_BaseInterface, IPv4Address):

    def __init__(self, address):
        _set_up_interface(self, address, IPv4Address, IPv4Network)

    def __str__(self):
        return '%s/%d' % (self._text_from_int(self._ip), self._prefixlen)

    @property
    def ip(self):
        return IPv4Address(self._ip)


class IPv4Network(_BaseV4, _BaseNetwork):
    """This class represents and manipulates 32-bit IPv4 network + addresses."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        """A string ('192.0.2.0/24', with a prefix length, a netmask or a
        hostmask after the '/'), an int, packed bytes or an (address,
        prefix) tuple.  With strict true, host bits set is a ValueError;
        otherwise they are masked off."""
        self._set_up(address, strict)

    @property
    def is_global(self):
        """True if the network is not private and not inside the shared
        address space 100.64.0.0/10."""
        shared = IPv4Network('100.64.0.0/10')
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


class _V4Ranges:
    _link_local = IPv4Network('169.254.0.0/16')
    _loopback = IPv4Network('127.0.0.0/8')
    _multicast = IPv4Network('224.0.0.0/4')
    _shared_space = IPv4Network('100.64.0.0/10')

    # Not globally reachable, from the IANA special-purpose registry.
    _not_global = [
        IPv4Network('0.0.0.0/8'),
        IPv4Network('10.0.0.0/8'),
        IPv4Network('127.0.0.0/8'),
        IPv4Network('169.254.0.0/16'),
        IPv4Network('172.16.0.0/12'),
        IPv4Network('192.0.0.0/24'),
        IPv4Network('192.0.0.170/31'),
        IPv4Network('192.0.2.0/24'),
        IPv4Network('192.168.0.0/16'),
        IPv4Network('198.18.0.0/15'),
        IPv4Network('198.51.100.0/24'),
        IPv4Network('203.0.113.0/24'),
        IPv4Network('240.0.0.0/4'),
        IPv4Network('255.255.255.255/32'),
    ]
    _global_exceptions = [
        IPv4Network('192.0.0.9/32'),
        IPv4Network('192.0.0.10/32'),
    ]
    _reserved = IPv4Network('240.0.0.0/4')
    _unspecified = IPv4Address('0.0.0.0')


IPv4Address._special = _V4Ranges
IPv4Network._special = _V4Ranges


# --- IPv6 -----------------------------------------------------------------

class _BaseV6(_BaseVersion):
    """Base IPv6 object: parsing and formatting shared by the v6 classes."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTETS = 8
    _HEXCHARS = frozenset('0123456789abcdefABCDEF')
    _max_prefixlen = IPV6LENGTH
    _mask_memo = {}

    @classmethod
    def _int_from_text(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')

        parts = ip_str.split(':')

        # '::' alone splits into three empty parts, the fewest possible.
        min_parts = 3
        if len(parts) < min_parts:
            raise AddressValueError('At least %d parts expected in %r' % (min_parts, ip_str))

        # An embedded IPv4 address fills the last two hextets.
        if '.' in parts[-1]:
            try:
                ipv4_int = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError('%s in %r' % (exc, ip_str)) from None
            parts += [format(ipv4_int >> 16, 'x'), format(ipv4_int & 0xFFFF, 'x')]

        max_parts = cls._HEXTETS + 1
        if len(parts) > max_parts:
            raise AddressValueError('At most %d colons permitted in %r'
                                    % (max_parts - 1, ip_str))

        # Find the '::' (an empty part that is not at either end).
        skip_index = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip_index is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                skip_index = i

        if skip_index is not None:
            parts_hi = skip_index
            parts_lo = len(parts) - skip_index - 1
            if not parts[0]:
                parts_hi -= 1
                if parts_hi:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                            % ip_str)
            if not parts[-1]:
                parts_lo -= 1
                if parts_lo:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                            % ip_str)
            parts_skipped = cls._HEXTETS - (parts_hi + parts_lo)
            if parts_skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTETS - 1, ip_str))
        else:
            if len(parts) != cls._HEXTETS:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTETS, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                        % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % ip_str)
            parts_hi = len(parts)
            parts_lo = 0
            parts_skipped = 0

        try:
            ip_int = 0
            for i in range(parts_hi):
                ip_int <<= 16
                ip_int |= cls._hextet_value(parts[i])
            ip_int <<= 16 * parts_skipped
            for i in range(-parts_lo, 0):
                ip_int <<= 16
                ip_int |= cls._hextet_value(parts[i])
            return ip_int
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None

    @classmethod
    def _hextet_value(cls, hextet_str):
        if not cls._HEXCHARS.issuperset(hextet_str):
            raise ValueError('Only hex digits permitted in %r' % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError('At most 4 characters permitted in %r' % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _squeeze_zeros(cls, hextets):
        """Replace the longest run of '0' hextets (the first one on a tie,
        and only runs of two or more) with the '' that joins as '::'."""
        best_start = -1
        best_len = 0
        run_start = -1
        run_len = 0
        for index, hextet in enumerate(hextets):
            if hextet == '0':
                run_len += 1
                if run_start == -1:
                    run_start = index
                if run_len > best_len:
                    best_len = run_len
                    best_start = run_start
            else:
                run_len = 0
                run_start = -1

        if best_len > 1:
            best_end = best_start + best_len
            if best_end == len(hextets):
                hextets += ['']
            hextets[best_start:best_end] = ['']
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _text_from_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hex_str = '%032x' % ip_int
        hextets = ['%x' % int(hex_str[x:x + 4], 16) for x in range(0, 32, 4)]
        return ':'.join(cls._squeeze_zeros(hextets))

    def _long_form(self):
        if isinstance(self, IPv6Network):
            ip_str = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            ip_str = str(self.ip)
        else:
            ip_str = str(self)
        ip_int = self._int_from_text(ip_str)
        hex_str = '%032x' % ip_int
        parts = [hex_str[x:x + 4] for x in range(0, 32, 4)]
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (':'.join(parts), self._prefixlen)
        return ':'.join(parts)

    def _reverse_dns_name(self):
        if isinstance(self, IPv6Address) and self.ipv4_mapped is not None:
            exploded = '%032x' % self._ip
        else:
            exploded = _BaseV6._long_form(self)
        reverse_chars = exploded[::-1].replace(':', '')
        return '.'.join(reverse_chars) + '.ip6.arpa'

    @staticmethod
    def _cut_scope(ip_str):
        """Split 'addr%scope' into (addr, scope or None)."""
        cut = ip_str.find('%')
        if cut < 0:
            return ip_str, None
        zone = ip_str[cut + 1:]
        if not zone or '%' in zone:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return ip_str[:cut], zone



class IPv6Address(_BaseV6, _BaseAddress):
    """A single IPv6 address (128 bits), possibly with a scope zone."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        """A string ('2001:db8::1', optionally with a '%scope' zone), an int
        or 16 packed bytes (big-endian)."""
        if isinstance(address, int):
            self._validate_int(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._ip = self._validate_packed(address, 16)
            self._scope_id = None
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        addr_str, self._scope_id = self._cut_scope(addr_str)
        self._ip = self._int_from_text(addr_str)

    def _long_form(self):
        ipv4_mapped = self.ipv4_mapped
        if ipv4_mapped is None:
            return super()._long_form()
        # Keep the dotted quad of an IPv4-mapped address; the first 30
        # characters are the five zero hextets and 'ffff:'.
        raw = super()._long_form()
        return f'{raw[:30]}{ipv4_mapped!s}'

    def __str__(self):
        ipv4_mapped = self.ipv4_mapped
        if ipv4_mapped is None:
            ip_str = super().__str__()
        else:
            ip_str = '::ffff:%s' % ipv4_mapped
        return ip_str + '%' + self._scope_id if self._scope_id else ip_str

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        address_equal = super().__eq__(other)
        if address_equal is NotImplemented:
            return NotImplemented
        if not address_equal:
            return False
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        """The scope zone identifier (the part after '%'), or None."""
        return self._scope_id

    @property
    def packed(self):
        """The address as bytes, most significant first."""
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in _V6Ranges._multicast

    @property
    def is_reserved(self):
        return any(self in x for x in _V6Ranges._reserved_list)

    @property
    def is_link_local(self):
        return self in _V6Ranges._link_local

    @property
    def is_site_local(self):
        """Test if the address is reserved for site-local (deprecated by
        RFC 3879)."""
        return self in _V6Ranges._site_local

    @property
    def is_private(self):
        """True if the address is in a special-purpose range that the IANA
        registry lists as not globally reachable; an IPv4-mapped address
        answers for its IPv4 address."""
        ipv4_mapped = self.ipv4_mapped
        if ipv4_mapped is not None:
            return ipv4_mapped.is_private
        return (any(self in net for net in _V6Ranges._not_global) and
                all(self not in net for net in _V6Ranges._global_exceptions))

    @property
    def is_global(self):
        """True if the address is globally reachable."""
        ipv4_mapped = self.ipv4_mapped
        if ipv4_mapped is not None:
            return not ipv4_mapped.is_private
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        ipv4_mapped = self.ipv4_mapped
        if ipv4_mapped is not None:
            return ipv4_mapped.is_loopback
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), or None."""
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32), or None."""
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address embedded in a 6to4 address (2002::/16), or None."""
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_BaseInterface, IPv6Address):

    def __init__(self, address):
        _set_up_interface(self, address, IPv6Address, IPv6Network)

    def __str__(self):
        return '%s/%d' % (super().__str__(), self._prefixlen)

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return super().is_loopback and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: a network address and a prefix length."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        """A string ('2001:db8::/32'), an int, packed bytes or an (address,
        prefix) tuple.  With strict true, host bits set is a ValueError;
        otherwise they are masked off."""
        self._set_up(address, strict)

    def hosts(self):
        """Iterate over the host addresses: every address but the first,
        which IPv6 reserves as the Subnet-Router anycast address."""
        make = self._address_class
        for value in range(int(self.network_address) + 1,
                           int(self.broadcast_address) + 1):
            yield make(value)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class _V6Ranges:
    _link_local = IPv6Network('fe80::/10')
    _multicast = IPv6Network('ff00::/8')

    # Not globally reachable, from the IANA special-purpose registry.
    _not_global = [
        IPv6Network('::1/128'),
        IPv6Network('::/128'),
        IPv6Network('::ffff:0:0/96'),
        IPv6Network('64:ff9b:1::/48'),
        IPv6Network('100::/64'),
        IPv6Network('2001::/23'),
        IPv6Network('2001:db8::/32'),
        IPv6Network('2002::/16'),
        IPv6Network('fc00::/7'),
        IPv6Network('fe80::/10'),
    ]
    _global_exceptions = [
        IPv6Network('2001:1::1/128'),
        IPv6Network('2001:1::2/128'),
        IPv6Network('2001:3::/32'),
        IPv6Network('2001:4:112::/48'),
        IPv6Network('2001:20::/28'),
        IPv6Network('2001:30::/28'),
    ]
    # The blocks the IETF keeps reserved (RFC 4291 section 2.4).
    _reserved_list = [IPv6Network(block) for block in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
        '4000::/3', '6000::/3', '8000::/3', 'A000::/3', 'C000::/3',
        'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    _site_local = IPv6Network('fec0::/10')


IPv6Address._special = _V6Ranges
IPv6Network._special = _V6Ranges
