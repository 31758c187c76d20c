# email.headerregistry header objects and their folding (default policy).
import datetime
from email import policy
from email.headerregistry import Address, Group, HeaderRegistry, UnstructuredHeader
from email import errors

reg = HeaderRegistry()

def show(name, value, pol=policy.default):
    h = reg(name, value)
    print(type(h).__name__, repr(str(h)), [type(d).__name__ for d in h.defects])
    print(repr(h.fold(policy=pol)))
    return h

for v in ['hello world', '=?utf-8?q?caf=C3=A9?= au lait', '=?utf-8?q?a?= =?utf-8?q?b?=',
          'x=?utf-8?q?a?=', '=?bogus?q?a?=', '=?utf-8?b?!!!?=', 'tab\tseparated',
          'Grüße aus Köln', 'Hello Grüße', '',
          'a ' * 50, 'Ünïcödé ' * 12, 'supercalifragilistic' * 6]:
    show('Subject', v)

for v in ['Alice <alice@example.com>', 'alice@example.com', 'Alice Smith <alice@example.com>, bob@example.com',
          '"Smith, Alice" <a@x.org>', '"Quoted \\"Name\\"" <q@x.org>', 'a@x.org (A Comment)',
          'Jörg Müller <jm@example.com>', '=?utf-8?q?J=C3=B6rg?= <j@x.org>',
          'Friends: a@x.org, b@y.org;', 'Empty:;', 'undisclosed-recipients:;',
          '<bare@angle.org>', 'Name <a@[192.168.0.1]>', '"local part"@x.org',
          'no-at-sign', 'Broken <a@x.org', 'a@x.org, , b@y.org', '@bad',
          ', '.join('Person Number %d <person%d@example.com>' % (i, i) for i in range(6))]:
    h = show('To', v)
    for g in h.groups:
        print('   group', repr(g.display_name), [(a.display_name, a.username, a.domain, a.addr_spec) for a in g.addresses])

h = reg('Sender', 'One <one@x.org>')
print(h.address, h.max_count)
h = reg('Sender', 'a@x.org, b@x.org')
try:
    h.address
except ValueError as e:
    print(type(e).__name__, e)

a = Address('Pepé Le Pew', 'pepe', 'example.com')
print(repr(a), str(a), a.addr_spec)
print(str(Address(addr_spec='"a b"@x.org')), Address(addr_spec='x@y.org').username)
print(str(Address('A.B', 'ab', 'x.org')), str(Address(username='nodomain')), str(Address()))
print(Address('x', 'a', 'b') == Address('x', 'a', 'b'), Address('x', 'a', 'b') == Address('y', 'a', 'b'))
for args, kw in [((), {'addr_spec': 'a@b@c'}), ((), {'username': 'a', 'addr_spec': 'a@b'}),
                 (('x\ny',), {}), ((), {'addr_spec': 'a@b extra'})]:
    try:
        Address(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
g = Group('Team', [Address('A', 'a', 'x.org'), Address('', 'b', 'y.org')])
print(repr(g), str(g), str(Group('Empty')), str(Group(None, [a])), str(Group('A:B', [])))
h = reg('Cc', [g, a])
print(str(h), h.addresses)
print(repr(h.fold(policy=policy.default)))
h = reg('From', a)
print(repr(h.fold(policy=policy.default)), repr(h.fold(policy=policy.SMTPUTF8)))

for v in ['Fri, 09 Nov 2001 01:08:47 -0000', 'Mon, 20 Nov 1995 19:12:08 -0500', 'not a date', '']:
    h = show('Date', v)
    print('   ', repr(h.datetime))
h = reg('Date', datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.timezone.utc))
print(str(h), h.datetime)

for v in ['1.0', '1.0 (produced by x)', '2', 'a.b', '', '1.0 extra']:
    h = show('MIME-Version', v)
    print('   ', h.version, h.major, h.minor)

for v in ['text/plain', 'text/plain; charset="utf-8"', 'TEXT/HTML; Charset=ISO-8859-1; format=flowed',
          'multipart/mixed; boundary="===============123=="', 'bogus', 'text/', '',
          "application/octet-stream; name*=utf-8''caf%C3%A9.txt",
          'text/plain; title*0="first "; title*1="second"',
          "text/plain; title*0*=us-ascii'en'This%20is; title*1*=%20fun",
          'text/plain; a=1; a=2', 'text/plain; charset=utf-8 (comment)',
          'application/x-stuff; name="' + 'long' * 25 + '.bin"',
          'application/x-stuff; name="' + 'ü' * 40 + '.bin"']:
    h = show('Content-Type', v)
    print('   ', h.content_type, h.maintype, h.subtype, dict(h.params))

for v in ['inline', 'attachment; filename="report.pdf"', 'ATTACHMENT; FileName=x.txt',
          "attachment; filename*=utf-8''%E2%82%AC%20rates.txt", '']:
    h = show('Content-Disposition', v)
    print('   ', h.content_disposition, dict(h.params))

for v in ['base64', 'Quoted-Printable', '7bit extra', '']:
    h = show('Content-Transfer-Encoding', v)
    print('   ', h.cte)

for v in ['<abc.123@example.com>', '<no-domain>', 'not-an-id', '<a@[1.2.3.4]>', ' <x@y.z> (comment)']:
    show('Message-ID', v)

small = policy.default.clone(max_line_length=30)
show('Subject', 'one two three four five six seven eight nine ten', small)
show('Subject', 'ééé ééé ééé ééé ééé ééé', small)
show('To', 'Long Name Here <long.address@example.com>, other@example.com', small)
show('X-Custom', 'short', policy.default.clone(linesep='\r\n'))
show('Subject', 'naïve', policy.default.clone(utf8=True))
show('Subject', 'x' * 100, policy.HTTP)

class Custom(UnstructuredHeader):
    max_count = 2
reg.map_to_type('X-Custom', Custom)
h = reg('x-custom', 'value')
print(type(h).__name__, h.max_count, h.name, isinstance(h, str), h.upper())
print(reg['subject'].max_count, reg['to'].max_count, reg['received'].max_count, reg['resent-to'].max_count)
