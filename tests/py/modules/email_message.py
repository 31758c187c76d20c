# email.message.Message with the compat32 policy.
from email.message import Message
from email import errors, encoders
from email.charset import Charset

m = Message()
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(),
      m.get_default_type(), m.is_multipart(), len(m), m.get_payload())
m['Subject'] = 'Hello'
m['To'] = 'a@example.com'
m['Received'] = 'first'
m['Received'] = 'second'
print(m['subject'], m['SUBJECT'], m.get('x-missing'), m.get('x-missing', 'dflt'))
print(m.get_all('received'), m.get_all('nope'), m.get_all('nope', []))
print(m.keys(), m.values(), m.items(), list(m), 'to' in m, 'cc' in m, len(m))
del m['received']
print(m.keys())
del m['not-there']
m.replace_header('subject', 'Changed')
print(m['Subject'])
try:
    m.replace_header('X-None', 'v')
except KeyError as e:
    print(type(e).__name__, e)
m.add_header('Content-Disposition', 'attachment', filename='bud.gif')
m.add_header('X-Flag', 'yes', inline=None, size=10 if False else '10')
m.add_header('Content-Type', 'text/plain', charset='us-ascii', format='fixed')
m.add_header('X-Utf', 'v', title='Füßball.ppt')
m.add_header('X-Tuple', 'v', title=('iso-8859-1', 'de', 'Fußball'))
for k, v in m.items():
    print(k, '=', v)
print(m.get_params())
print(m.get_params(header='content-disposition'))
print(m.get_params(unquote=False))
print(m.get_param('charset'), m.get_param('CHARSET'), m.get_param('nope'), m.get_param('nope', 'd'))
print(m.get_param('title', header='x-utf'), m.get_param('title', header='x-tuple'))
print(m.get_filename(), m.get_content_charset(), m.get_content_disposition())
m.set_param('charset', 'utf-8')
m.set_param('new', 'value with space')
m.set_param('raw', 'abc', requote=False)
print(m['content-type'])
m.set_param('format', 'flowed', replace=True)
print(m.keys()[-1], m['content-type'])
m.del_param('new')
print(m['content-type'])
m.set_type('text/html')
print(m['content-type'], m['mime-version'])
try:
    m.set_type('bogus')
except ValueError as e:
    print(type(e).__name__)
m.set_param('name', 'x', header='X-Other')
print(m['X-Other'])
print(m.get_boundary())
mm = Message()
mm['Content-Type'] = 'multipart/mixed; boundary="abc"'
print(mm.get_boundary(), mm.get_content_type())
mm.set_boundary('newbound')
print(mm['content-type'])
try:
    Message().set_boundary('x')
except errors.HeaderParseError as e:
    print(type(e).__name__, e)

bad = Message()
bad['Content-Type'] = 'textplain'
print(bad.get_content_type())
bad2 = Message()
bad2['Content-Type'] = 'Text/HTML; charset=UTF-8'
print(bad2.get_content_type(), bad2.get_content_charset())

# payloads
p = Message()
p.set_payload('hello')
print(p.get_payload(), p.get_payload(decode=True), p.get_charset())
p['Content-Transfer-Encoding'] = 'base64'
p.set_payload('aGVsbG8gd29ybGQ=\n')
print(p.get_payload(decode=True))
p.set_payload('aGVsbG8gd29yb')
print(p.get_payload(decode=True), [type(d).__name__ for d in p.defects])
p.replace_header('Content-Transfer-Encoding', 'quoted-printable')
p.set_payload('caf=C3=A9 soft=\nline')
print(p.get_payload(decode=True))
p.replace_header('Content-Transfer-Encoding', 'x-uuencode')
p.set_payload('begin 666 f.txt\n%:&5L;&\\`\n`\nend\n')
print(p.get_payload(decode=True))
p.replace_header('Content-Transfer-Encoding', '8bit')
p.set_payload('naïve')
print(p.get_payload(decode=True))
try:
    p.get_payload(0)
except TypeError as e:
    print(type(e).__name__, e)

c = Message()
c.set_payload('héllo wörld', 'utf-8')
print(c.as_string())
c2 = Message()
c2.set_payload('héllo', 'iso-8859-1')
print(c2.as_string())
c3 = Message()
c3.set_payload('plain ascii', 'us-ascii')
print(c3.as_string())
c4 = Message()
c4.set_payload('text')
c4.set_charset(Charset('utf-8'))
print(c4.items(), c4.get_charset())
c4.set_charset(None)
print(c4.items(), c4.get_charset())

multi = Message()
multi['Content-Type'] = 'multipart/mixed; boundary="B"'
part1 = Message()
part1.set_payload('one')
part2 = Message()
part2['Content-Type'] = 'text/html; charset=utf-8'
part2.set_payload('<b>two</b>')
multi.attach(part1)
multi.attach(part2)
print(multi.is_multipart(), len(multi.get_payload()), multi.get_payload(1)['content-type'])
print(multi.get_payload(decode=True))
print([x.get_content_type() for x in multi.walk()])
print(multi.get_charsets(), multi.get_charsets('none'))
print(multi.as_string())
print(str(multi) == multi.as_string())
print(bytes(multi))
try:
    part1.attach(Message())
except TypeError as e:
    print(type(e).__name__, e)
multi.set_unixfrom('From nobody Mon Jan  1 00:00:00 2001')
print(multi.get_unixfrom())
print(multi.as_string(unixfrom=True).splitlines()[0])
long = Message()
long['Subject'] = 'This is a very long subject line which certainly exceeds the usual limit of seventy-eight characters'
print(long.as_string())
print(long.as_string(maxheaderlen=60))
enc = Message()
enc.set_payload(b'\x00\x01\x02 binary data \xff')
encoders.encode_base64(enc)
print(enc.items(), repr(enc.get_payload()))
enc = Message()
enc.set_payload(b'caf\xc3\xa9 = tab\tend ')
encoders.encode_quopri(enc)
print(enc.items(), repr(enc.get_payload()))
enc = Message()
enc.set_payload(b'ascii only')
encoders.encode_7or8bit(enc)
enc2 = Message()
enc2.set_payload(b'caf\xc3\xa9')
encoders.encode_7or8bit(enc2)
enc3 = Message()
encoders.encode_7or8bit(enc3)
encoders.encode_noop(enc3)
print(enc['content-transfer-encoding'], enc2['content-transfer-encoding'], enc3['content-transfer-encoding'])
