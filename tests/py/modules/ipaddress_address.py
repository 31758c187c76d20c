# ipaddress: addresses (IPv4Address/IPv6Address), parsing errors, properties, formatting.
import ipaddress as ip

def show(f, *args):
    try:
        r = f(*args)
        print(repr(r))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for a in ['0.0.0.0', '1.2.3.4', '255.255.255.255', 3232235777, b'\x7f\x00\x00\x01', 2**32 - 1,
          '::', '::1', '2001:db8::1', 'fe80::1%eth0', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8',
          '1::', '::2:3:4:5:6:7:8', '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:4', '0:0:1:0:0:0:0:0',
          'ABCD:EF01::', 2**128 - 1, b'\x00' * 15 + b'\x01', '::1.2.3.4', '2001:db8::1.2.3.4',
          ip.IPv4Address('9.9.9.9'), '1:0:0:0:0:0:0:0']:
    show(ip.ip_address, a)

bad4 = ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '01.2.3.4', '1.2.3.4/8', '1.2.3.x', '1.2.3.1234',
        '1..3.4', '1.2.3.\u0661', -1, 2**32, b'\x01\x02\x03', '1.2.3. 4', ' 1.2.3.4']
for a in bad4:
    show(ip.IPv4Address, a)
bad6 = ['', ':', '::1::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:',
        '1::2:3:4:5:6:7:8', '12345::', 'g::', '::1.2.3', '::1.2.3.400', 'fe80::1%', 'fe80::1%a%b',
        '1:2:3:4:5:6:7:8:', ':1::2', '1::2:', '::1/128', -5, 2**128, b'\x00' * 4, '1:2:3:4:5:6:1.2.3.4:5',
        '1:2:3:4:5:6:7:1.2.3.4', '1:2:3::4:5:6:7:8']
for a in bad6:
    show(ip.IPv6Address, a)
for a in ['junk', 300 * 2**120, -1, '1.2.3.4/24', b'abc']:
    show(ip.ip_address, a)
for a in ['1.2.3.4', 'ffff::1']:
    try:
        ip.ip_address(a + '/x')
    except ValueError as e:
        print(type(e).__name__, e)

props4 = ['version', 'max_prefixlen', 'packed', 'exploded', 'compressed', 'reverse_pointer',
          'is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_loopback',
          'is_link_local', 'is_unspecified', 'ipv6_mapped']
for a in ['0.0.0.0', '10.1.2.3', '100.64.0.1', '127.0.0.1', '169.254.9.9', '172.16.5.4', '172.32.0.1',
          '192.0.0.9', '192.0.0.170', '192.0.2.1', '192.168.1.1', '198.18.0.1', '224.0.0.1',
          '239.255.255.255', '240.0.0.1', '255.255.255.255', '8.8.8.8', '203.0.113.5']:
    x = ip.IPv4Address(a)
    print(a, [getattr(x, p) for p in props4])

props6 = ['version', 'max_prefixlen', 'packed', 'exploded', 'compressed',
          'is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_loopback',
          'is_link_local', 'is_site_local', 'is_unspecified', 'ipv4_mapped', 'sixtofour',
          'teredo', 'scope_id']
for a in ['::', '::1', '::ffff:10.0.0.1', '::ffff:8.8.8.8', '::ffff:127.0.0.1', '64:ff9b:1::1',
          '100::1', '2001::1', '2001:1::1', '2001:3::1', '2001:db8::1', '2002:c000:204::1',
          'fc00::1', 'fe80::1', 'fec0::1', 'ff02::1', '2606:4700::1111',
          '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'fe80::1%eth0', '4000::1', 'fe00::1']:
    x = ip.IPv6Address(a)
    vals = []
    for p in props6:
        try:
            vals.append(getattr(x, p))
        except ValueError as e:
            vals.append(type(e).__name__ + ': ' + str(e))
    print(a, vals)
print(ip.IPv6Address('2001:db8::1').reverse_pointer)
print(ip.IPv6Address('::ffff:1.2.3.4').reverse_pointer, ip.IPv4Address('1.2.3.4').reverse_pointer)

# comparisons, arithmetic, hashing
a, b = ip.IPv4Address('1.2.3.4'), ip.IPv4Address('1.2.3.5')
print(a < b, a <= b, a > b, a == b, a != b, a + 1 == b, b - 1, a + 256, int(a), hash(a) == hash(ip.IPv4Address(16909060)))
print(sorted([b, a, ip.IPv4Address('0.0.0.1')]))
print(a == '1.2.3.4', a == 16909060, ip.IPv6Address('::1') == ip.IPv6Address('::1%1'),
      ip.IPv6Address('::1%1') == ip.IPv6Address('::1%1'), len({ip.IPv6Address('::1'), ip.IPv6Address('::1%x')}))
show(lambda: a < ip.IPv6Address('::1'))
show(lambda: a < 5)
show(lambda: a + 'x')
show(lambda: ip.IPv4Address('255.255.255.255') + 1)
show(lambda: ip.IPv4Address('0.0.0.0') - 1)
show(lambda: ip.IPv6Address('::') - 1)
print(ip.IPv6Address('::') + 2**64, ip.IPv6Address('fe80::1%z') + 1)
print(max(a, b), min(a, b), a.__reduce__(), ip.IPv6Address('::1%a').__reduce__())
import copy, pickle
print(copy.copy(a), copy.deepcopy(ip.IPv6Address('fe80::1%2')))

# __format__
for x in [a, ip.IPv6Address('2001:db8::1')]:
    for f in ['', 's', '>20s', 'b', '#b', '_b', '#_b', 'x', '#x', '_x', '#_X', 'X', 'n', '#_n']:
        print(repr(f), repr(format(x, f)))
    for f in ['d', '_', '#', '08x', 'o']:
        show(format, x, f)
print(f'{a}|{a!r}|{a:x}')
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1))
show(ip.v4_int_to_packed, 2**32)
show(ip.v4_int_to_packed, -1)
show(ip.v6_int_to_packed, 2**128)
print(ip.IPV4LENGTH, ip.IPV6LENGTH, issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError))
try:
    ip.IPv4Address('1.2.3')
except ip.AddressValueError as e:
    print('AddressValueError', e.args)
