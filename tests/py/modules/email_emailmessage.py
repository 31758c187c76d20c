# EmailMessage: the modern API with the default policy (part 1).
from email.message import EmailMessage
from email import policy
import email
m = EmailMessage()
m['Subject'] = 'Grüße aus Köln'
m['X-A'] = 'Hello Grüße'
m['X-B'] = 'Grüße hello world'
m['X-C'] = 'plain words that go on and on and on for a long time so that the header must be folded somewhere'
m['X-D'] = 'Ünïcödé words that go on and on and on for a long time so that the header must be folded somewhere'
m['To'] = 'Jörg Müller <jm@example.com>, "Smith, J" <js@example.com>'
m['Cc'] = 'undisclosed-recipients:;'
m['From'] = 'a@b.c'
m['Date'] = 'Fri, 09 Nov 2001 01:08:47 -0000'
m['Message-ID'] = '<abc.123@example.com>'
m.set_content('Hello world\nSecond line\n')
print(m.as_string())
print(str(m['to']), repr(m['x-d']))
print(m['to'].addresses)
print(m['date'].datetime, type(m['date']).__name__)
print(m['content-type'].content_type, dict(m['content-type'].params))
print(m.get_content())
m.add_attachment(b'\x00\x01\x02binary', maintype='application', subtype='octet-stream', filename='data.bin')
m.set_boundary('BOUNDARY')
print(m.as_string())
for p in m.iter_attachments():
    print(p.get_filename(), p.get_content_type(), p.get_content())
print([p.get_content_type() for p in m.iter_parts()])
print(m.get_body().get_content())
m2 = email.message_from_string(m.as_string(), policy=policy.default)
print(type(m2).__name__, m2['subject'], m2['to'].addresses[0].display_name)
print(m2.get_body(('plain',)).get_content())
print(m.as_bytes(policy=policy.SMTP)[:120])
print(repr(policy.default), repr(policy.SMTP), repr(policy.HTTP))
p2 = policy.default.clone(max_line_length=40)
print(p2.max_line_length)
try: policy.default.foo = 1
except AttributeError as e: print(type(e).__name__, e)
try: m['Subject'] = 'dup'
except ValueError as e: print(type(e).__name__, e)
