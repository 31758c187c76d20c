# wave: writing and reading PCM WAV files, parameters and errors
import wave, io, os, tempfile, struct, warnings

def show(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for nch, sw, rate in [(1, 1, 8000), (2, 2, 44100), (1, 3, 22050), (2, 4, 48000)]:
    buf = io.BytesIO()
    w = wave.open(buf, 'wb')
    w.setnchannels(nch)
    w.setsampwidth(sw)
    w.setframerate(rate)
    frames = bytes(range(nch * sw * 5))
    w.writeframes(frames)
    w.writeframesraw(frames[:nch * sw * 2])
    print(w.tell(), w.getnframes(), w.getnchannels(), w.getsampwidth(), w.getframerate())
    w.close()
    data = buf.getvalue()
    print(len(data), data[:44])
    r = wave.open(io.BytesIO(data))
    print(r.getparams(), r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes())
    print(r.getcomptype(), r.getcompname())
    print(r.readframes(2), r.tell())
    r.setpos(5)
    print(r.readframes(100), r.tell())
    r.rewind()
    print(r.readframes(1) == frames[:nch * sw], r.tell())
    show(r.setpos, 100)
    r.close()

# setparams, nframes declared up front, odd-length chunk padding
buf = io.BytesIO()
with wave.open(buf, 'wb') as w:
    w.setparams((1, 1, 11025.4, 3, 'NONE', 'not compressed'))
    print(w.getparams())
    w.writeframes(b'\x01\x02\x03')
    show(w.setnchannels, 2)
    show(w.setsampwidth, 2)
    show(w.setframerate, 10)
    show(w.setnframes, 10)
    show(w.setcomptype, 'NONE', 'x')
print(buf.getvalue())
with wave.open(io.BytesIO(buf.getvalue()), 'rb') as r:
    print(r.getparams(), r.readframes(10))

# file on disk, by name
d = tempfile.mkdtemp()
path = os.path.join(d, 'x.wav')
with wave.open(path, 'wb') as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
    w.writeframes(struct.pack('<4h', 0, 1000, -1000, 32767))
with open(path, 'rb') as f:
    print(f.read())
with wave.open(path) as r:
    print(r.getparams(), struct.unpack('<4h', r.readframes(4)))
with open(path, 'rb') as f:
    r = wave.open(f)
    print(r.getnframes())
os.remove(path)
os.rmdir(d)

# writer errors
w = wave.open(io.BytesIO(), 'wb')
show(w.setnchannels, 0)
show(w.setsampwidth, 5)
show(w.setframerate, 0)
show(w.setcomptype, 'ULAW', 'u')
show(w.getnchannels)
show(w.getsampwidth)
show(w.getframerate)
show(w.getparams)
show(w.writeframes, b'\x00')
w.setnchannels(1)
show(w.writeframes, b'\x00')
w.setsampwidth(1)
show(w.close)
w.setframerate(100)
show(w.close)
w = wave.open(io.BytesIO(), 'wb')
w.setnchannels(1); w.setsampwidth(2); w.setframerate(10)
import array
w.writeframes(array.array('h', [1, 2, 3]))
print(w.getnframes())
w.close()
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    show(w.setmark, 1, 2, 'x')
    show(w.getmarkers)
    print([str(x.message) for x in ws], [x.category.__name__ for x in ws])

# reader errors
show(wave.open, io.BytesIO(b'XXXX\x04\x00\x00\x00WAVE'))
show(wave.open, io.BytesIO(b'RIFF\x04\x00\x00\x00WAVX'))
show(wave.open, io.BytesIO(b'RIFF\x04\x00\x00\x00WAVE'))
show(wave.open, io.BytesIO(b'RIFF\x0c\x00\x00\x00WAVEdata\x00\x00\x00\x00'))
show(wave.open, io.BytesIO(b''))
fmt = struct.pack('<HHLLHH', 3, 1, 8000, 32000, 4, 32)
show(wave.open, io.BytesIO(b'RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + fmt + b'data\x00\x00\x00\x00'))
fmt = struct.pack('<HHLLHH', 1, 0, 8000, 32000, 4, 32)
show(wave.open, io.BytesIO(b'RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + fmt + b'data\x00\x00\x00\x00'))
fmt = struct.pack('<HHLLHH', 1, 1, 8000, 32000, 4, 0)
show(wave.open, io.BytesIO(b'RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + fmt + b'data\x00\x00\x00\x00'))
show(wave.open, io.BytesIO(b'RIFF\x24\x00\x00\x00WAVEfmt \x04\x00\x00\x00\x01\x00\x01\x00'))
# extensible format: PCM and an unknown sub-format
ext = struct.pack('<HHLLHHHHL', 0xFFFE, 2, 8000, 32000, 4, 16, 22, 16, 3)
good = ext + wave.KSDATAFORMAT_SUBTYPE_PCM
data = b'WAVEfmt ' + struct.pack('<L', len(good)) + good + b'data\x04\x00\x00\x00\x01\x02\x03\x04'
r = wave.open(io.BytesIO(b'RIFF' + struct.pack('<L', len(data)) + data))
print(r.getparams(), r.readframes(1))
bad = ext + b'\x02' + wave.KSDATAFORMAT_SUBTYPE_PCM[1:]
data = b'WAVEfmt ' + struct.pack('<L', len(bad)) + bad + b'data\x04\x00\x00\x00\x01\x02\x03\x04'
show(wave.open, io.BytesIO(b'RIFF' + struct.pack('<L', len(data)) + data))
# unknown chunks are skipped
body = b'WAVEjunk\x03\x00\x00\x00abc\x00fmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 1, 1, 8000, 8000, 1, 8) + b'data\x02\x00\x00\x00\x7f\x80'
r = wave.open(io.BytesIO(b'RIFF' + struct.pack('<L', len(body)) + body))
print(r.getparams(), r.readframes(5))
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    print(r.getmarkers())
    show(r.getmark, 1)
    print([str(x.message) for x in ws])
show(wave.open, io.BytesIO(), 'x')
print(wave.Error.__mro__[1].__name__, sorted(wave.__all__))
