# The 8-bit (charmap) codecs: tables, round trips, error handlers, incremental and
# stream use, codec names.
import codecs
import hashlib
import io

NAMES = '''cp037 cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 cp856 cp857
    cp858 cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp875 cp1006 cp1026 cp1125
    cp1140 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 hp_roman8
    iso8859_1 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8
    iso8859_9 iso8859_10 iso8859_11 iso8859_13 iso8859_14 iso8859_15 iso8859_16 koi8_r
    koi8_t koi8_u kz1048 mac_arabic mac_croatian mac_cyrillic mac_farsi mac_greek
    mac_iceland mac_latin2 mac_roman mac_romanian mac_turkish palmos ptcp154
    tis_620'''.split()

ALL = bytes(range(256))


def err(e):
    return f'{type(e).__name__}: {e} [{getattr(e, "start", "")}:{getattr(e, "end", "")}]'


for name in NAMES:
    info = codecs.lookup(name)
    text = ALL.decode(name, 'replace')
    undefined = [i for i, c in enumerate(text) if c == '\ufffd']
    digest = hashlib.md5(text.encode('utf-8', 'surrogatepass')).hexdigest()[:12]
    line = [name, info.name, digest, len(undefined)]
    try:
        ALL.decode(name)
        line.append('strict ok')
    except UnicodeDecodeError as e:
        line.append(err(e))
    defined = ''.join(c for c in text if c != '\ufffd')
    back = defined.encode(name)
    line.append(len(back))
    line.append(back == bytes(i for i in range(256) if i not in undefined))
    # The table's characters, a few others, and the error handlers.
    sample = defined[-3:] + '\u20ac\u4e2d' + defined[:1]
    for errors in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        line.append(sample.encode(name, errors))
    print(*line)

# Error messages and positions.
for name, data in (('cp1252', b'ab\x81\x8d\x90'), ('iso8859_6', b'\xa1x\xff'),
                   ('cp424', b'\x00\xff'), ('tis_620', b'\xdb\xdc\xdd\xde')):
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape'):
        try:
            print(name, errors, ascii(data.decode(name, errors)))
        except UnicodeError as e:
            print(name, errors, err(e))
for name, text in (('cp1252', 'a\u0100\u0101b\u20ac'), ('cp437', '\u20ac\u00e9x\u4e2d'),
                   ('koi8_r', 'Привет, мир \u00e9'), ('cp037', 'Hello \u20ac!'),
                   ('mac_roman', 'caf\u00e9 \u2603\U0001f600')):
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                   'namereplace', 'surrogateescape'):
        try:
            print(name, errors, text.encode(name, errors))
        except UnicodeError as e:
            print(name, errors, err(e))
print('x\udc81y'.encode('cp1252', 'surrogateescape'))
print(b'x\x81y'.decode('cp1252', 'surrogateescape').encode('cp1252', 'surrogateescape'))

# A custom error handler whose replacement must itself be encodable.
codecs.register_error('codecs_more.star', lambda e: ('*' * (e.end - e.start), e.end))
codecs.register_error('codecs_more.euro', lambda e: ('\u4e2d', e.end))
print('a\u0100\u0101b'.encode('cp1252', 'codecs_more.star'))
try:
    'a\u0100\u0101b'.encode('cp1252', 'codecs_more.euro')
except UnicodeEncodeError as e:
    print(err(e))
print(b'a\x81b'.decode('cp1252', 'codecs_more.star'))

# Codec functions and classes.
info = codecs.lookup('cp1252')
print(info.encode('\u20ac\u201c'), info.decode(b'\x80\x93'))
print(info.decode(bytearray(b'\x80')), info.decode(memoryview(b'\x9f')))
enc = codecs.getincrementalencoder('cp1252')('replace')
print(enc.encode('\u20ac'), enc.encode('\u0100', True))
dec = codecs.getincrementaldecoder('cp1251')()
print(dec.decode(b'\xcf\xf0'), dec.decode(b'\xe8\xe2\xe5\xf2', True))
buf = io.BytesIO()
w = codecs.getwriter('cp866')(buf)
w.write('Привет')
w.writelines(['\u2591', '!'])
print(buf.getvalue())
r = codecs.getreader('cp866')(io.BytesIO(buf.getvalue() + b'\nline2\n'))
print(r.readline(), r.read())
print(type(codecs.lookup('cp437').incrementalencoder).__name__,
      codecs.lookup('cp437').incrementaldecoder.__name__,
      codecs.lookup('koi8_u').streamreader.__name__)
import os
import tempfile
_tmp = tempfile.mkstemp(suffix='.txt')
os.close(_tmp[0])
with open(_tmp[1], 'w', encoding='cp1252') as f:
    f.write('caf\u00e9 \u20ac\n')
with open(_tmp[1], 'rb') as f:
    print(f.read())
with open(_tmp[1], encoding='latin2') as f:
    print(ascii(f.read()))
import os
os.remove(_tmp[1])
for t in ('windows-1252', 'WINDOWS_1250', 'latin2', 'Latin-9', 'cyrillic', 'greek', '437',
          'ibm850', 'cp-is', 'ebcdic-cp-us', 'macintosh', 'mac-centeuro', 'koi8-r',
          'cskoi8r', 'thai', 'tis620', 'hebrew', 'arabic', 'l10', 'iso-8859-16',
          'iso_8859_15', 'roman8', 'r8', 'cp154', 'rk1048', 'ruscii', 'cp866u',
          'ISO_8859-2:1987', 'csHPRoman8', 'latin 2', 'cp1252.x', 'mac_farsi'):
    try:
        print(t, codecs.lookup(t).name)
    except LookupError as e:
        print(t, err(e))
print(codecs.charmap_decode(b'\x00\x01', 'strict', 'xy'))
print(codecs.charmap_encode('yx', 'strict', codecs.charmap_build('xy')))
