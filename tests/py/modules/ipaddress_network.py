# ipaddress: networks, interfaces, collapse/summarize/exclude and mixed-type keys.
import ipaddress as ip

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        if hasattr(r, '__next__'):
            r = list(r)
        print(repr(r))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

for n in ['192.168.0.0/16', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255', '1.2.3.4', '1.2.3.4/32',
          '0.0.0.0/0', ('10.0.0.0', 8), ('10.0.0.0', '255.0.0.0'), (167772160, 8), (b'\n\x00\x00\x00', '8'),
          ('10.0.0.0',), 167772160, b'\x01\x02\x03\x04', '2001:db8::/32', '::/0', '::1/128',
          ('2001:db8::', 32), ('2001:db8::', '64'), 2**128 - 1, 'fe80::%eth0/64', ip.IPv4Address('1.1.1.1')]:
    show(ip.ip_network, n)
for n, strict in [('192.168.1.1/24', True), ('192.168.1.1/24', False), ('2001:db8::1/32', True),
                  ('2001:db8::1/32', False), (('10.1.2.3', 8), False)]:
    show(ip.ip_network, n, strict)
for n in ['1.2.3.0/33', '1.2.3.0/-1', '1.2.3.0/ 24', '1.2.3.0/255.0.255.0', '1.2.3.0/x',
          '1.2.3.0/24/1', '1.2.3.0/', '1.2.3.0/0x1', '::/129', '::/ffff::', '1.2.3.0/\u0662\u0664',
          ('1.2.3.0', 33), ('1.2.3.0', -1), ('::', 200), 'garbage/8', '1.2.3.0/255.255.255.256']:
    show(ip.IPv4Network if not isinstance(n, tuple) or '::' not in n[0] else ip.IPv6Network, n)
    show(ip.ip_network, n)
show(ip.IPv6Network, '1.2.3.0/24')
show(ip.ip_interface, 'junk')
show(ip.IPv4Network, '10.0.0.0/8', strict=False)

n = ip.IPv4Network('192.0.2.0/28')
for p in ['network_address', 'broadcast_address', 'netmask', 'hostmask', 'prefixlen', 'num_addresses',
          'with_prefixlen', 'with_netmask', 'with_hostmask', 'exploded', 'compressed', 'reverse_pointer',
          'version', 'max_prefixlen', 'is_private', 'is_global', 'is_multicast', 'is_reserved',
          'is_loopback', 'is_link_local', 'is_unspecified']:
    print(p, repr(getattr(n, p)))
print(list(n.hosts())[:3], len(list(n.hosts())), list(n)[-1], n[0], n[5], n[-1], n[-16])
show(lambda: n[16])
show(lambda: n[-17])
print(type(ip.IPv4Network('1.2.3.4/31').hosts()).__name__, list(ip.IPv4Network('1.2.3.4/31').hosts()), ip.IPv4Network('1.2.3.4/32').hosts())
print(list(ip.IPv6Network('2001:db8::/126').hosts()), list(ip.IPv6Network('::/127').hosts()), ip.IPv6Network('::5/128').hosts())
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=30))[:2])
print(list(ip.IPv4Network('1.1.1.1/32').subnets()), n.supernet(), n.supernet(4), n.supernet(new_prefix=8), ip.IPv4Network('0.0.0.0/0').supernet())
show(n.subnets, new_prefix=20)
show(n.subnets, 2, new_prefix=30)
show(n.subnets, -1)
show(n.subnets, 5)
show(n.supernet, new_prefix=30)
show(n.supernet, 2, new_prefix=20)
show(n.supernet, 29)
print(ip.ip_address('192.0.2.3') in n, ip.ip_address('192.0.2.16') in n, ip.ip_network('192.0.2.0/30') in n,
      ip.ip_address('::1') in n, ip.ip_interface('192.0.2.3/24') in n)
m = ip.IPv4Network('192.0.2.8/29')
print(m.subnet_of(n), n.subnet_of(m), n.supernet_of(m), m.overlaps(n), n.overlaps(ip.IPv4Network('10.0.0.0/8')))
show(m.subnet_of, ip.IPv6Network('::/0'))
show(m.subnet_of, ip.IPv4Address('1.2.3.4'))
print(n.compare_networks(m), m.compare_networks(n), n.compare_networks(n), ip.IPv4Network('1.0.0.0/8').compare_networks(ip.IPv4Network('1.0.0.0/16')))
show(n.compare_networks, ip.IPv6Network('::/0'))
print(n == ip.IPv4Network('192.0.2.0/28'), n != m, n < m, sorted([m, n, ip.IPv4Network('1.0.0.0/8')]), n == '192.0.2.0/28', hash(n) == hash(ip.IPv4Network('192.0.2.0/28')))
show(lambda: n < ip.IPv6Network('::/0'))
show(lambda: n < ip.IPv4Address('1.1.1.1'))
show(format, n, '')
show(format, n, 'x')

print(list(ip.IPv4Network('10.0.0.0/24').address_exclude(ip.IPv4Network('10.0.0.64/27'))))
print(list(ip.IPv4Network('10.0.0.0/24').address_exclude(ip.IPv4Network('10.0.0.0/24'))))
print(list(ip.IPv6Network('2001:db8::/125').address_exclude(ip.IPv6Network('2001:db8::7/128'))))
show(ip.IPv4Network('10.0.0.0/24').address_exclude, ip.IPv4Network('11.0.0.0/24'))
show(ip.IPv4Network('10.0.0.0/24').address_exclude, ip.IPv6Network('::/0'))
show(ip.IPv4Network('10.0.0.0/24').address_exclude, ip.IPv4Address('10.0.0.1'))

v6 = ip.IPv6Network('2001:db8:0:1::/64')
for p in ['network_address', 'broadcast_address', 'netmask', 'hostmask', 'num_addresses', 'with_prefixlen',
          'with_netmask', 'with_hostmask', 'exploded', 'compressed', 'reverse_pointer', 'is_private',
          'is_global', 'is_site_local', 'is_link_local', 'is_multicast', 'is_reserved']:
    print(p, repr(getattr(v6, p)))
print(v6[1], v6[-1], list(v6.subnets(new_prefix=66)), v6.supernet(new_prefix=48))
for s in ['::/128', '::1/128', 'fe80::/10', 'ff00::/8', 'fec0::/10', '2001:db8::/32', '::ffff:0:0/96',
          '100.64.0.0/10', '100.64.0.0/11', '10.0.0.0/7', '127.0.0.0/8', '0.0.0.0/32', '224.0.0.0/4',
          '169.254.0.0/16', '240.0.0.0/4', '192.0.0.0/29', '192.0.0.8/29', '2001::/23', '2001:1::/120']:
    x = ip.ip_network(s)
    print(s, [x.is_private, x.is_global, x.is_multicast, x.is_reserved, x.is_loopback, x.is_link_local, x.is_unspecified])

# interfaces
for s in ['192.0.2.5/24', '192.0.2.5', '192.0.2.5/255.255.255.0', ('192.0.2.5', 24), 3221225989, '2001:db8::5/64',
          'fe80::1%eth0/64', '::ffff:1.2.3.4/96', '127.0.0.1/8', '::1/128', '::/0']:
    i = ip.ip_interface(s)
    print(repr(i), i, i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask,
          i.exploded, i.compressed, i.is_private, i.is_loopback, i.is_unspecified, i.version, i.reverse_pointer[:20])
i1, i2 = ip.IPv4Interface('192.0.2.5/24'), ip.IPv4Interface('192.0.2.5/25')
print(i1 == i2, i1 < i2, i2 < i1, i1 == ip.IPv4Address('192.0.2.5'), ip.IPv4Address('192.0.2.5') == i1,
      i1 < ip.IPv4Interface('192.0.2.4/24'), hash(i1) == hash(ip.IPv4Interface('192.0.2.5/24')), i1.__reduce__())
print(sorted([i2, i1, ip.IPv4Interface('1.0.0.1/8')]), i1 + 1, int(i1))
show(ip.IPv4Interface, '1.2.3.4/33')
show(ip.IPv6Interface, '::1/x')
show(ip.IPv4Interface, '1.2.3.4/24/1')

# collapse / summarize / mixed keys
print(list(ip.collapse_addresses([ip.IPv4Network('192.0.2.0/25'), ip.IPv4Network('192.0.2.128/25')])))
print(list(ip.collapse_addresses([ip.IPv4Address('10.0.0.%d' % i) for i in range(0, 7)] +
                                 [ip.IPv4Network('10.0.0.0/30'), ip.IPv4Interface('10.0.0.9/32'), ip.IPv4Network('10.0.0.8/32')])))
print(list(ip.collapse_addresses([ip.IPv6Network('2001:db8::/33'), ip.IPv6Network('2001:db8:8000::/33'),
                                  ip.IPv6Network('2001:db8::/48')])))
print(list(ip.collapse_addresses([])), type(ip.collapse_addresses([])).__name__)
show(ip.collapse_addresses, [ip.IPv4Address('1.1.1.1'), ip.IPv6Address('::1')])
show(ip.collapse_addresses, [ip.IPv4Network('1.1.1.0/24'), ip.IPv6Network('::/64')])
show(ip.collapse_addresses, [ip.IPv4Address('1.1.1.1'), ip.IPv6Network('::1/128')])
print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.summarize_address_range(ip.IPv4Address('0.0.0.0'), ip.IPv4Address('255.255.255.255'))))
print(list(ip.summarize_address_range(ip.IPv6Address('::1'), ip.IPv6Address('::9'))))
print(list(ip.summarize_address_range(ip.IPv4Address('255.255.255.254'), ip.IPv4Address('255.255.255.255'))))
show(ip.summarize_address_range, ip.IPv4Address('1.1.1.2'), ip.IPv4Address('1.1.1.1'))
show(ip.summarize_address_range, ip.IPv4Address('1.1.1.2'), ip.IPv6Address('::1'))
show(ip.summarize_address_range, ip.IPv4Network('1.1.1.0/24'), ip.IPv4Address('1.1.1.1'))
mixed = [ip.ip_address('10.0.0.1'), ip.ip_network('10.0.0.0/24'), ip.ip_address('::1'), ip.ip_network('::/64'),
         ip.ip_network('9.0.0.0/8'), ip.ip_address('1.1.1.1')]
print(sorted(mixed, key=ip.get_mixed_type_key))
print(ip.get_mixed_type_key('x'), ip.get_mixed_type_key(ip.ip_network('1.0.0.0/8')))
import pickle
for obj in [n, v6, i1, ip.IPv6Interface('fe80::1%eth0/64'), ip.IPv4Address('1.2.3.4'), ip.IPv6Address('fe80::1%eth1')]:
    r = pickle.loads(pickle.dumps(obj))
    print(repr(r), r == obj)
