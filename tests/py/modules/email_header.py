# email.header, email.charset, base64mime, quoprimime, encoders.
from email.header import Header, decode_header, make_header
from email.charset import Charset, add_alias, add_charset, QP, BASE64
from email import base64mime, quoprimime, errors

for v in ['=?utf-8?q?caf=C3=A9?= =?utf-8?b?w6k=?= plain text =?iso-8859-1?q?a?=',
          'hello world', 'a =?utf-8?q?x?=  =?utf-8?q?y?= b',
          '=?UTF-8?Q?Hello_World?=', '=?utf-8?b?aGVsbG8?=',
          'Re: =?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>',
          '=?utf-8?q?a?=\n =?utf-8?q?b?=']:
    print(repr(v), decode_header(v))

h = Header('Hello wörld, this is a long subject line that will need folding at some point yes',
           'utf-8', header_name='Subject')
print(h.encode())
print(str(h))
print(h == str(h))
h = Header('plain ascii subject that is rather long and needs to be folded over many lines ok; a, b, c ok',
           header_name='Subject')
print(h.encode())
print(h.encode(maxlinelen=40))
print(h.encode(splitchars=' ', maxlinelen=30, linesep='\r\n'))
h = Header('abc', 'iso-8859-1')
h.append(' def')
h.append('ghé', 'utf-8')
h.append(b'bytes', 'us-ascii')
print(h.encode())
print(str(h))
print(make_header(decode_header('=?utf-8?q?caf=C3=A9?= x')).encode())
print(str(make_header(decode_header('=?utf-8?q?caf=C3=A9?= x =?iso-8859-1?q?=E9?='))))
print(Header('x' * 100, 'utf-8').encode())
print(Header('x' * 100).encode())
print(Header('日本語のテキストがここにあります。長い件名です。もっと長くします。', 'utf-8', header_name='Subject').encode())
print(Header('short', continuation_ws='\t').encode())
print(Header('a\nb').encode())
print(Header('nonascii ü but ascii charset').encode())
try:
    Header('x\nEvil: header').encode()
except errors.HeaderParseError as e:
    print(type(e).__name__)
try:
    Header('ü', 'us-ascii', errors='strict')
    print('ok')
except Exception as e:
    print(type(e).__name__)

for name in ['utf-8', 'UTF-8', 'latin_1', 'us-ascii', 'iso-8859-15', 'ascii', 'koi8-r', 'x-unknown']:
    c = Charset(name)
    print(name, str(c), repr(c), c.header_encoding, c.body_encoding, c.output_charset,
          c.input_codec, c.output_codec, c.get_output_charset())
    be = c.get_body_encoding()
    print('  ', be if isinstance(be, str) else be.__name__)
c = Charset('utf-8')
print(c == 'utf-8', c == 'UTF-8', c != 'latin-1')
print(c.header_encode('héllo'), Charset('iso-8859-1').header_encode('héllo'))
print(Charset('us-ascii').header_encode('hello'))
print(repr(c.body_encode('héllo wörld')), repr(Charset('iso-8859-1').body_encode('héllo')))
print(repr(Charset('us-ascii').body_encode('plain')))
add_alias('my-alias', 'utf-8')
print(Charset('my-alias').input_charset)
add_charset('my-cs', QP, BASE64, 'utf-8')
mc = Charset('my-cs')
print(mc.header_encoding, mc.body_encoding, mc.output_charset)
try:
    add_charset('bad', body_enc=3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Charset('caf\xe9')
except errors.CharsetError as e:
    print(type(e).__name__)

print(base64mime.header_encode(b'hello', 'utf-8'), base64mime.header_length(b'hello'))
print(repr(base64mime.body_encode(b'x' * 100)))
print(repr(base64mime.body_encode(b'x' * 60, maxlinelen=40, eol='\r\n')))
print(base64mime.decode('aGVsbG8='), base64mime.decode(b'aGk='), base64mime.decode(''))
print(quoprimime.header_encode(b'caf\xe9 ok', 'iso-8859-1'), quoprimime.header_length(b'caf\xe9 ok'))
print(quoprimime.header_decode('caf=E9_ok'))
print(repr(quoprimime.body_encode('a' * 100)))
print(repr(quoprimime.body_encode('line with trailing space \nnext\ttab\t\n=equals')))
print(repr(quoprimime.body_encode('x' * 74 + ' ')))
print(repr(quoprimime.body_encode('x' * 75 + ' ')))
print(repr(quoprimime.body_encode('x' * 73 + '=\n')))
print(repr(quoprimime.decode('caf=C3=A9 soft=\nbreak\n=3D\n')))
print(repr(quoprimime.decode('no newline end=')))
print(quoprimime.quote('='), quoprimime.unquote('=41'), quoprimime.header_check(ord('=')),
      quoprimime.body_check(ord('a')), quoprimime.body_length(b'a=b'))
try:
    quoprimime.body_encode('abc', maxlinelen=3)
except ValueError as e:
    print(type(e).__name__, e)
