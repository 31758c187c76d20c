# email.contentmanager: set_content/get_content and multipart helpers.
import email
from email.message import EmailMessage, MIMEPart
from email import policy
from email.contentmanager import ContentManager, raw_data_manager

def dump(m):
    print(m.as_string())
    print('-' * 20)

for text, kw in [('simple ascii\n', {}), ('no newline', {}), ('café\n', {}),
                 ('x' * 100 + '\n', {}), ('é' * 100 + '\n', {}),
                 ('line\n' * 12, {'cte': 'quoted-printable'}),
                 ('café\n', {'cte': 'base64'}), ('café\n', {'charset': 'latin-1'}),
                 ('<b>hi</b>', {'subtype': 'html', 'disposition': 'inline'}),
                 ('data', {'filename': 'f.txt', 'cid': '<c@x>', 'params': {'format': 'flowed'}}),
                 ('hdr', {'headers': ['X-Extra: one', 'X-Two: two']}),
                 ('ascii\n', {'cte': '8bit'}), ('café\n', {'cte': '7bit'} if False else {'cte': '8bit'})]:
    m = EmailMessage()
    m.set_content(text, **kw)
    dump(m)
    print(repr(m.get_content()))

for data, kw in [(b'\x00\x01\x02\x03' * 30, {}), (b'abc = def\t\n', {'cte': 'quoted-printable'}),
                 (b'plain ascii', {'cte': '7bit'}), (b'raw \xff', {'cte': '8bit'})]:
    m = EmailMessage()
    m.set_content(data, 'application', 'octet-stream', **kw)
    dump(m)
    print(m.get_content())

inner = EmailMessage()
inner['Subject'] = 'inner'
inner.set_content('inner body\n')
outer = EmailMessage()
outer['Subject'] = 'outer'
outer.set_content(inner)
dump(outer)
print(outer.get_content()['subject'])
for bad in [{'subtype': 'partial'}, {'cte': 'base64'}, {'subtype': 'external-body', 'cte': '8bit'}]:
    try:
        EmailMessage().set_content(inner, **bad)
    except ValueError as e:
        print(type(e).__name__, e)

rel = EmailMessage()
rel.set_content('<img src="cid:i1">', subtype='html')
rel.add_related(b'GIF89a', 'image', 'gif', cid='<i1>')
rel.set_boundary('REL')
dump(rel)
print([p.get_content_type() for p in rel.iter_attachments()])
print(rel.get_body().get_content_type(), rel.get_body(('html',)).get_content_type())
try:
    rel.make_alternative()
except ValueError as e:
    print(type(e).__name__, e)
try:
    rel.set_content('x')
except TypeError as e:
    print(type(e).__name__, e)

m = EmailMessage()
m['Subject'] = 'keep'
m['Content-Type'] = 'text/plain'
m.set_payload('body')
m.clear_content()
print(m.items(), m.get_payload())
m.clear()
print(m.items())
m.make_mixed()
print(m['content-type'], m.get_payload())

p = MIMEPart()
p.set_content('part')
print('MIME-Version' in p, p.is_attachment())
p['Content-Disposition'] = 'attachment'
print(p.is_attachment())
print(str(EmailMessage()) == '\n')
e = EmailMessage()
e['Subject'] = 'ünïcode'
e.set_content('bødy\n')
print(str(e))
print(e.as_string())

cm = ContentManager()
cm.add_get_handler('text/plain', lambda msg, upper=False: 'GOT' if upper else 'got')
cm.add_set_handler(int, lambda msg, n: msg.set_payload(str(n)))
cm.add_set_handler('builtins.float', lambda msg, f: msg.set_payload('float'))
x = EmailMessage()
x.set_content(42, content_manager=cm)
print(x.get_payload(), x.get_content(content_manager=cm), x.get_content(content_manager=cm, upper=True))
x.set_content(1.5, content_manager=cm)
print(x.get_payload())
try:
    x.set_content([], content_manager=cm)
except KeyError as e:
    print(type(e).__name__, e)
y = EmailMessage()
y['Content-Type'] = 'image/png'
try:
    y.get_content(content_manager=cm)
except KeyError as e:
    print(type(e).__name__, e)

src = """MIME-Version: 1.0
Content-Type: multipart/related; boundary="R"; start="<root@x>"

--R
Content-Type: image/png
Content-ID: <other@x>
Content-Transfer-Encoding: base64

iVBORw0K
--R
Content-Type: text/html
Content-ID: <root@x>

<p>root</p>
--R--
"""
r = email.message_from_string(src, policy=policy.default)
print(r.get_body().get_content_type(), r.get_body(('html',)).get_content(), [p['content-id'] for p in r.iter_attachments()])
print(r.get_payload(0).get_content())
mixed = email.message_from_string("""Content-Type: multipart/mixed; boundary=M

--M
Content-Type: text/plain

first plain
--M
Content-Type: text/plain

second plain
--M
Content-Type: text/plain
Content-Disposition: attachment; filename=a.txt

att
--M--
""", policy=policy.default)
print([p.get_content() for p in mixed.iter_attachments()], mixed.get_body().get_content())
