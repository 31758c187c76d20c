# punycode and idna codecs (RFC 3492, RFC 3490/3491), encodings.idna, stringprep.
import codecs
import hashlib
import stringprep
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e, getattr(e,'start',None), getattr(e,'end',None))
t(lambda: 'bücher.example'.encode('idna'))
t(lambda: b'xn--bcher-kva.example'.decode('idna'))
t(lambda: 'Bücher.Example.'.encode('idna'))
t(lambda: 'xn--abc'.encode('idna'))
t(lambda: b'xn--abc'.decode('idna'))
t(lambda: b'xn--'.decode('idna'))
t(lambda: b'xn--a-'.decode('idna'))
t(lambda: b'xn--a!b'.decode('idna'))
t(lambda: ('a'*64 + '.com').encode('idna'))
t(lambda: ('ü'*64 + '.com').encode('idna'))
t(lambda: ('ü'*20 + '.com').encode('idna'))
t(lambda: 'a..b'.encode('idna'))
t(lambda: 'ü..b'.encode('idna'))
t(lambda: 'xn--ü.b'.encode('idna'))
t(lambda: '\u0627a\u0628.com'.encode('idna'))
t(lambda: '\u0627\u0628.com'.encode('idna'))
t(lambda: '\u0627\u0628a1.com'.encode('idna'))
t(lambda: 'a\u2c7c.com'.encode('idna'))
t(lambda: 'ﬀ\u00ad\u2f868.com'.encode('idna'))
t(lambda: 'a\u3000b.com'.encode('idna'))
t(lambda: 'a\x80b.com'.encode('idna'))
t(lambda: b'XN--BCHER-KVA.example'.decode('idna'))
t(lambda: b'xn--bcher-kva.ex\xffample'.decode('idna'))
t(lambda: 'bücher'.encode('idna', 'replace'))
t(lambda: codecs.decode(b'abc', 'idna', 'ignore'))
import encodings.idna as I
t(lambda: I.ToASCII('bücher'))
t(lambda: I.ToUnicode(b'xn--bcher-kva'))
t(lambda: I.ToUnicode('xn--bcher-kva'))
t(lambda: I.ToUnicode('Bücher'))
t(lambda: I.ToUnicode('a'*1025))
t(lambda: I.nameprep('Straße'))
e = codecs.getincrementalencoder('idna')()
t(lambda: [e.encode('bü'), e.encode('cher.ex'), e.encode('ample.'), e.encode('x', True)])
d = codecs.getincrementaldecoder('idna')()
t(lambda: [d.decode(b'xn--bc'), d.decode(b'her-kva.ex'), d.decode(b'ample.'), d.decode(b'x', True)])
d = codecs.getincrementaldecoder('idna')('replace')
t(lambda: d.decode(b'abc', True))
d = codecs.getincrementaldecoder('idna')()
t(lambda: d.decode(b'xn--zz.', True))
t(lambda: 'München-Ost'.encode('punycode'))
t(lambda: b'Mnchen-Ost-9db'.decode('punycode'))
t(lambda: 'ü'.encode('punycode'))
t(lambda: b'tda'.decode('punycode'))
t(lambda: b'abc-!!'.decode('punycode'))
t(lambda: b'abc-!!'.decode('punycode', 'replace'))
t(lambda: b'abc-9999999999a'.decode('punycode'))
t(lambda: b'abc-9999999999a'.decode('punycode', 'ignore'))
t(lambda: b'ab\xffc-tda'.decode('punycode', 'replace'))
t(lambda: b'ab\xffc-tda'.decode('punycode'))
t(lambda: b'abc-t'.decode('punycode'))
t(lambda: b'abc'.decode('punycode', 'backslashreplace'))
t(lambda: codecs.decode('abc-tda', 'punycode'))
import random
random.seed(5)
cs = 'abcXYZ-09' + 'äöüßéñ' + '\u4e2d\u6587\u0627\U0001f600\u03b1\u0416'
res = []
for i in range(300):
    s = ''.join(random.choice(cs) for _ in range(random.randint(0, 12)))
    b = s.encode('punycode')
    res.append(b)
    assert b.decode('punycode') == s, s
print(hashlib.md5(b'|'.join(res)).hexdigest())
t(lambda: codecs.lookup('idna').name + ' ' + codecs.lookup('punycode').name)
t(lambda: 'ä'.encode('idna', 'strict'))
t(lambda: 'faß.de'.encode('idna'))
t(lambda: b'xn--fa-hia.de'.decode('idna'))
t(lambda: 'ＡＢＣ。ｄｅ'.encode('idna'))
t(lambda: 'a\u3002b\uff0ec\uff61'.encode('idna'))
t(lambda: '\u200bx\u00ad.com'.encode('idna'))
t(lambda: 'ab\ue000.com'.encode('idna'))
t(lambda: 'ab\u202e.com'.encode('idna'))
t(lambda: 'x\udc80.com'.encode('idna'))
t(lambda: b'xn--bcher-kva..com'.decode('idna'))
t(lambda: b'abc.xn--bcher-kva.com.'.decode('idna'))
t(lambda: bytearray(b'xn--bcher-kva').decode('idna'))
t(lambda: ('x' * 63 + '.ü').encode('idna'))
t(lambda: ('ü' * 60).encode('idna'))
t(lambda: 'www.\u0645\u062b\u0627\u0644.com'.encode('idna'))
# stringprep tables over a spread of code points.
funcs = [n for n in dir(stringprep) if n.startswith('in_table_')]
print(funcs)
points = list(range(0, 0x3400)) + list(range(0x3400, 0x110000, 97)) + [
    0xfdd0, 0xfffe, 0x1fffe, 0xe0001, 0xe0020, 0xfff9, 0x2ff0, 0x1d173, 0x1d400]
for name in funcs:
    f = getattr(stringprep, name)
    hits = [p for p in points if not 0xd800 <= p < 0xe000 and f(chr(p))]
    print(name, len(hits), hashlib.md5(repr(hits).encode()).hexdigest()[:12])
for name in ('map_table_b2', 'map_table_b3'):
    f = getattr(stringprep, name)
    out = [f(chr(p)) for p in points if not 0xd800 <= p < 0xe000]
    print(name, hashlib.md5(ascii(out).encode()).hexdigest()[:12])
print(stringprep.in_table_c5('\ud800'), stringprep.in_table_c5('\udfff'))
for n in ('cp1252', 'mac_roman', 'idna', 'punycode', 'utf_7', 'quopri', 'uu'):
    i = codecs.lookup(n)
    print(n, repr(i)[:40].split(' at ')[0], i.incrementalencoder.__module__, i.incrementalencoder.__qualname__, i.streamreader.__module__, i._is_text_encoding)
import encodings.idna, encodings.punycode
print(encodings.idna.ToASCII('Bücher'), encodings.idna.ToUnicode(b'xn--bcher-kva'), encodings.punycode.punycode_encode('bücher'))
print(encodings.normalize_encoding('Latin 2'), encodings.search_function('latin2').name)
