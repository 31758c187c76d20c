# email.mime classes and generating them.
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email import encoders
from email.generator import Generator, DecodedGenerator, BytesGenerator
import io
outer = MIMEMultipart(boundary='BOUND')
outer['Subject'] = 'Report'
outer['From'] = 'a@example.com'
outer.preamble = 'This is a MIME message.\n'
outer.attach(MIMEText('Hello there\nFrom here\n'))
outer.attach(MIMEText('Grüße', 'html'))
outer.attach(MIMEApplication(b'\x00\x01binary'*10, Name='x.bin'))
img = MIMEImage(b'\x89PNG\r\n\x1a\n' + b'\x00'*20)
img.add_header('Content-Disposition', 'attachment', filename='pic.png')
outer.attach(img)
outer.attach(MIMEAudio(b'data', 'mpeg'))
b = MIMEBase('application', 'x-thing'); b.set_payload(b'hello = world \n'); encoders.encode_quopri(b)
outer.attach(b)
inner = MIMEText('inner body')
inner['Subject'] = 'inner'
outer.attach(MIMEMessage(inner))
print(outer.as_string())
s = io.StringIO(); Generator(s, mangle_from_=True).flatten(outer); print(s.getvalue()[-400:])
s = io.StringIO(); DecodedGenerator(s).flatten(outer); print(s.getvalue())
bb = io.BytesIO(); BytesGenerator(bb).flatten(outer, linesep='\r\n'); print(bb.getvalue()[:300])
try: MIMEText('x').attach(MIMEText('y'))
except Exception as e: print(type(e).__name__, e)
try: MIMEImage(b'zzzz')
except Exception as e: print(type(e).__name__, e)
print(outer.get_charsets())
import email
m = email.message_from_string(outer.as_string())
print([p.get_content_type() for p in m.walk()])
print(m.get_payload(6).get_payload(0)['subject'])
print(m.as_string() == outer.as_string())
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email import policy
m = MIMEMultipart('alternative', boundary='B', policy=policy.default)
m['Subject'] = 'Über'
m['To'] = 'Zoë <z@x.org>'
m.attach(MIMEText('plain é', policy=policy.default))
m.attach(MIMEText('<b>x</b>', 'html', 'us-ascii', policy=policy.default))
a = MIMEApplication(b'abc', 'pdf', policy=policy.SMTP)
a.add_header('Content-Disposition', 'attachment', filename='résumé.pdf')
m.attach(a)
print(m.as_string())
print(m.as_bytes(policy=policy.SMTP))
print(type(m['to']).__name__, m['to'].addresses)
