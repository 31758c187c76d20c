# EmailMessage: addresses, alternatives, attachments, parsing bytes.
from email.message import EmailMessage
from email.headerregistry import Address, Group
from email import policy
import email
m = EmailMessage()
m['From'] = Address('Pepé Le Pew', 'pepe', 'example.com')
m['To'] = (Address('Penelope Pussycat', 'penelope', 'example.com'), Address('Fabrette Pussycat', 'fabrette', 'example.com'), Address('Someone With A Very Long Name Indeed', 'someone.long', 'example.org'))
m['Cc'] = Group('Friends', [Address('A', 'a', 'x.org'), Address(addr_spec='b@y.org')])
m['Subject'] = 'A' * 90
m['X-Long'] = 'word ' * 30
m['X-Enc'] = '=?iso-8859-1?q?caf=E9?= and =?utf-8?b?w6k=?= =?utf-8?q?x?='
m.set_content('<p>Hi</p>', subtype='html')
m.make_alternative(boundary='ALT')
m.add_alternative('plain text é', subtype='plain')
m.make_mixed(boundary='MIX')
m.add_attachment('attached text', filename='notes ü long name that will certainly need folding.txt')
m.add_attachment(b'GIF89a....', maintype='image', subtype='gif', filename='x.gif', cid='<img1@x>')
print(m.as_string())
print(m['cc'].groups, m['cc'].addresses)
print(str(m['x-enc']))
print(m.get_body().get_content_type(), m.get_body(('plain',)).get_content())
print([a.get_filename() for a in m.iter_attachments()])
print(m.is_multipart(), m.get_content_type(), m.get_boundary())
src = b"""From: =?utf-8?q?J=C3=B6rg?= <j@x.org>
To: a@b.c (Comment), "Q\\"uoted" <q@b.c>
Subject: =?utf-8?b?w6nDqQ==?= test
Date: Mon, 20 Nov 1995 19:12:08 -0500
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

caf\xc3\xa9
"""
m3 = email.message_from_bytes(src, policy=policy.default)
print(m3['from'], m3['from'].addresses, m3['to'].addresses)
print(m3['subject'], m3['date'].datetime, m3['mime-version'].version, m3['content-transfer-encoding'].cte)
print(repr(m3.get_content()))
print(m3.as_bytes())
print(m3.as_string())
print(m3['to'].defects, m3.defects)
