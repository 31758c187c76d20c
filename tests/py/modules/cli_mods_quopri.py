# quopri: encoding/decoding strings and files, header mode, pure fallback
import io
import quopri

samples = [
    b"",
    b"hello world",
    b"hello world\n",
    b"trailing space \nand tab\t\nend",
    b"caf\xc3\xa9 = cost\r\n",
    b"under_score and spaces",
    b"x" * 200,
    b"y" * 75 + b"\n" + b"z" * 76 + b"\n" + b"w" * 77,
    b"a=b\n.\n.\nline",
    b"\x00\x01\xff\x7f",
    b"tab\there  and  spaces   \n",
    b"line1\r\nline2\rline3\n",
    bytes(range(256)),
]
for s in samples:
    for qt in (False, True):
        for hd in (False, True):
            enc = quopri.encodestring(s, quotetabs=qt, header=hd)
            dec = quopri.decodestring(enc, header=hd)
            print(qt, hd, enc, dec == s)

encoded = [
    b"=48=65=6C=6c=6F",
    b"soft=\nbreak",
    b"soft=  \nbreak with trailing",
    b"bad =ZZ escape =4",
    b"=",
    b"end=\r\n",
    b"under_score=5Fx",
    b"trailing ws   \nnext\t\n",
    b"==41",
    b"a=\r\nb",
    b"=0a=0D",
]
for e in encoded:
    print(e, quopri.decodestring(e), quopri.decodestring(e, header=True))

# file interfaces
inp = io.BytesIO(b"First line with = sign\nSecond \xe9\n")
out = io.BytesIO()
quopri.encode(inp, out, False)
print(out.getvalue())
out2 = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), out2)
print(out2.getvalue())
out3 = io.BytesIO()
quopri.encode(io.BytesIO(b"a b_c"), out3, True, header=True)
print(out3.getvalue())
out4 = io.BytesIO()
quopri.decode(io.BytesIO(b"a_b=5Fc"), out4, header=True)
print(out4.getvalue())

# helpers
print(quopri.needsquoting(b"=", False, False), quopri.needsquoting(b" ", True, False),
      quopri.needsquoting(b"_", False, True), quopri.needsquoting(b"a", False, False),
      quopri.needsquoting(b"\x80", False, False), quopri.needsquoting(b"\t", False, False))
print(quopri.quote(b"="), quopri.quote(b"\xff"), quopri.quote(b"\n"))
print(quopri.ishex(b"a"), quopri.ishex(b"G"), quopri.ishex(b"9"))
print(quopri.unhex(b"ff"), quopri.unhex(b"0A"), quopri.unhex(b"1234"))

# the line-based code paths used without binascii support
a2b, b2a = quopri.a2b_qp, quopri.b2a_qp
quopri.a2b_qp = quopri.b2a_qp = None
try:
    for s in samples[:12]:
        for qt in (False, True):
            for hd in (False, True):
                enc = quopri.encodestring(s, quotetabs=qt, header=hd)
                dec = quopri.decodestring(enc, header=hd)
                print("py", qt, hd, enc, dec)
    for e in encoded:
        print("py", e, quopri.decodestring(e), quopri.decodestring(e, header=True))
finally:
    quopri.a2b_qp, quopri.b2a_qp = a2b, b2a

# errors
for bad in ("text", 123):
    try:
        quopri.encodestring(bad)
    except TypeError as e:
        print("encodestring", type(e).__name__)
try:
    quopri.decodestring(123)
except TypeError as e:
    print("decodestring", type(e).__name__)
try:
    quopri.quote(b"ab")
except AssertionError as e:
    print(type(e).__name__)
print(quopri.__all__, quopri.MAXLINESIZE)
