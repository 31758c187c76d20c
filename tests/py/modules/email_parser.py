# email.parser / email.feedparser / email.generator with compat32.
import io
import email
from email.parser import Parser, HeaderParser, BytesParser, BytesHeaderParser
from email.feedparser import FeedParser, BytesFeedParser
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email import policy, iterators
from email.message import Message

SRC = """From sender@example.com Mon Jan  1 00:00:00 2001
From: Alice <alice@example.com>
To: bob@example.com
Subject: Nested
 continuation line
Content-Type: multipart/mixed; boundary="OUTER"
MIME-Version: 1.0

This is the preamble.
--OUTER
Content-Type: multipart/alternative; boundary=INNER

--INNER
Content-Type: text/plain

plain body
From the start of a line
--INNER
Content-Type: text/html

<p>html</p>
--INNER--
inner epilogue
--OUTER
Content-Type: message/rfc822

Subject: attached
From: x@y.z

attached body
--OUTER
Content-Type: multipart/digest; boundary=DIG

--DIG

Subject: digest one

one
--DIG

Subject: digest two

two
--DIG--
--OUTER--
The epilogue.
"""

def show(msg, level=0):
    pad = '  ' * level
    print(pad + msg.get_content_type(), '[%s]' % msg.get_default_type(),
          repr(msg.preamble), repr(msg.epilogue), [type(d).__name__ for d in msg.defects])
    if msg.is_multipart():
        for part in msg.get_payload():
            show(part, level + 1)
    else:
        print(pad + '  payload:', repr(msg.get_payload()))

m = email.message_from_string(SRC)
print(m.get_unixfrom())
print(repr(m['subject']))
show(m)
out = m.as_string(unixfrom=True)
print(out == SRC)
iterators._structure(m)
iterators._structure(m, include_default=True)
print(list(iterators.body_line_iterator(m))[:3])
print([p.get_content_type() for p in iterators.typed_subpart_iterator(m)])
print([p.get_content_type() for p in iterators.typed_subpart_iterator(m, 'text', 'html')])

s = io.StringIO()
Generator(s).flatten(m)
print(s.getvalue().count('>From'), s.getvalue().startswith('From:'))
s = io.StringIO()
Generator(s, mangle_from_=False, maxheaderlen=20).flatten(m, unixfrom=True, linesep='\r\n')
print(repr(s.getvalue()[:200]))
s = io.StringIO()
DecodedGenerator(s, fmt='<%(type)s|%(maintype)s|%(subtype)s|%(filename)s|%(description)s|%(encoding)s>').flatten(m)
print(s.getvalue())

# incremental feeding, CRLF line ends
fp = FeedParser()
crlf = SRC.replace('\n', '\r\n')
for i in range(0, len(crlf), 7):
    fp.feed(crlf[i:i + 7])
m2 = fp.close()
print(m2['to'], repr(m2.get_payload(0).get_payload(0).get_payload()))
print(m2.as_string() == crlf[crlf.index('\r\n') + 2:])

# defects
bad = """Content-Type: multipart/mixed; boundary=XX

no boundary ever appears
"""
b = email.message_from_string(bad)
print([type(d).__name__ for d in b.defects], repr(b.get_payload()), b.is_multipart())
bad = """Content-Type: multipart/mixed

body
"""
b = email.message_from_string(bad)
print([type(d).__name__ for d in b.defects], repr(b.get_payload()))
bad = """Content-Type: multipart/mixed; boundary=XX

--XX
Content-Type: text/plain

unterminated
"""
b = email.message_from_string(bad)
print([type(d).__name__ for d in b.defects], len(b.get_payload()), repr(b.get_payload(0).get_payload()))
bad = """ continuation first
From: a@b.c
not a header line
Subject: x

body
"""
b = email.message_from_string(bad)
print([type(d).__name__ for d in b.defects], b.items(), repr(b.get_payload()))
b = email.message_from_string("Content-Type: multipart/mixed; boundary=Q\nContent-Transfer-Encoding: base64\n\n--Q\n\nx\n--Q--\n")
print([type(d).__name__ for d in b.defects])
b = email.message_from_string("X: 1\nFrom oops\nY: 2\n\nbody")
print(b.items(), [type(d).__name__ for d in b.defects])
b = email.message_from_string("X: 1\n:novalue\n\nbody")
print(b.items(), [str(d) for d in b.defects])
b = email.message_from_string("Subject: no body")
print(b.items(), repr(b.get_payload()))
b = email.message_from_string("")
print(b.items(), repr(b.get_payload()))
b = email.message_from_string("\nonly body\n")
print(b.items(), repr(b.get_payload()))
try:
    email.message_from_string("Content-Type: multipart/mixed\n\nx", policy=policy.compat32.clone(raise_on_defect=True))
except Exception as e:
    print(type(e).__name__)

ds = """Content-Type: message/delivery-status

Reporting-MTA: dns; example.com

Final-Recipient: rfc822; a@b.c
Action: failed

"""
d = email.message_from_string(ds)
print(len(d.get_payload()), [p.items() for p in d.get_payload()])
print(repr(d.as_string()))

# header-only parsing and other entry points
h = HeaderParser().parsestr(SRC)
print(h.is_multipart(), len(h.get_payload()))
h = Parser().parsestr(SRC, headersonly=True)
print(h.is_multipart())
raw = SRC.encode('ascii').replace(b'plain body', b'caf\xc3\xa9 body')
bm = BytesParser().parsebytes(raw)
pl = bm.get_payload(0).get_payload(0)
print(repr(pl.get_payload()), pl.get_payload(decode=True))
print(bm.as_bytes(unixfrom=True) == raw)
print(BytesHeaderParser().parsebytes(raw)['subject'])
print(email.message_from_bytes(raw).get_payload(1).get_payload(0)['subject'])
print(email.message_from_file(io.StringIO(SRC))['from'])
print(email.message_from_binary_file(io.BytesIO(raw))['from'])
bfp = BytesFeedParser()
bfp.feed(b'Subject: bytes\n\nbody \xe9\n')
bb = bfp.close()
print(repr(bb.get_payload()), bb.get_payload(decode=True), bb.as_bytes())
print(repr(bb.as_string()))
bg = io.BytesIO()
BytesGenerator(bg).flatten(bb)
print(bg.getvalue())

class MyMsg(Message):
    pass
print(type(email.message_from_string('A: b\n\nc', MyMsg)).__name__)
print(type(email.message_from_string('A: b\n\nc', _class=MyMsg)).__name__)
print(type(Parser(policy=policy.default).parsestr('A: b\n\nc')).__name__)

# generator builds a boundary when none is set
g = Message()
g['Content-Type'] = 'multipart/mixed'
g.attach(Message())
txt = g.as_string()
print(g.get_boundary() is not None, g.get_boundary().startswith('==============='), txt.count(g.get_boundary()))
