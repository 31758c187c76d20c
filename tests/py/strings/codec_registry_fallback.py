import codecs
codecs.register(lambda n: codecs.CodecInfo(lambda s, e='strict': (s.upper(), len(s)), lambda b, e='strict': (b, len(b)), name='up') if n == 'up' else None)
codecs.register(lambda n: codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)), lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='upper') if n == 'upper' else None)
codecs.register_error('mine', lambda e: ('<%d:%d>' % (e.start, e.end), e.end))
for f in (lambda: 'a'.encode('up'), lambda: b'a'.decode('up'), lambda: 'a'.encode('rot13'), lambda: b'a'.decode('hex'),
          lambda: 'a'.encode('nonexist'), lambda: 'a'.encode('utf-8', 'bogus'), lambda: 'é'.encode('ascii', 'bogus'),
          lambda: 'abc'.encode('upper'), lambda: b'ABC'.decode('upper'), lambda: str(b'ABC', 'upper'),
          lambda: 'a\xe9b'.encode('ascii', 'mine'), lambda: b'a\xffb'.decode('ascii', 'mine'),
          lambda: '\xe9\u20ac'.encode('ascii', 'namereplace'), lambda: '\xe9'.encode('latin-1', 'namereplace'),
          lambda: b'\xff'.decode('utf-8', 'bogus'), lambda: b'ok'.decode('utf-8', 'bogus')):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
