"""Binary record store: struct packing, checksums (hashlib), io.BytesIO, bytes/bytearray
manipulation, int.to_bytes / from_bytes, hex dumps and corruption detection."""
import struct
import hashlib
import io
from dataclasses import dataclass
from enum import IntFlag

MAGIC = b"WREC"
VERSION = 2
HEADER = struct.Struct("<4sHHI")          # magic, version, flags, record count
RECORD = struct.Struct("<IhBx d 12s")     # id, temperature*10, status, pad, reading, name


class Status(IntFlag):
    OK = 0
    CALIBRATING = 1
    LOW_BATTERY = 2
    FAULT = 4


class FormatError(Exception):
    pass


@dataclass
class Record:
    ident: int
    temp_c: float
    status: Status
    reading: float
    name: str

    def pack(self):
        name = self.name.encode("utf-8")
        if len(name) > 12:
            raise FormatError(f"name too long: {self.name!r} ({len(name)} bytes)")
        return RECORD.pack(self.ident, round(self.temp_c * 10), int(self.status), self.reading, name)

    @classmethod
    def unpack(cls, data):
        ident, t10, status, reading, name = RECORD.unpack(data)
        return cls(ident, t10 / 10, Status(status), reading, name.rstrip(b"\0").decode("utf-8"))


def crc16(data: bytes, poly=0x1021, init=0xFFFF) -> int:
    crc = init
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ poly) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def write_store(records, flags=0):
    buf = io.BytesIO()
    buf.write(HEADER.pack(MAGIC, VERSION, flags, len(records)))
    for rec in records:
        body = rec.pack()
        buf.write(body)
        buf.write(crc16(body).to_bytes(2, "big"))
    digest = hashlib.sha256(buf.getvalue()).digest()
    buf.write(digest[:8])
    return buf.getvalue()


def read_store(blob):
    if len(blob) < HEADER.size + 8:
        raise FormatError("file too short")
    body, trailer = blob[:-8], blob[-8:]
    if hashlib.sha256(body).digest()[:8] != trailer:
        raise FormatError("trailer checksum mismatch")
    stream = io.BytesIO(body)
    magic, version, flags, count = HEADER.unpack(stream.read(HEADER.size))
    if magic != MAGIC:
        raise FormatError(f"bad magic {magic!r}")
    if version != VERSION:
        raise FormatError(f"unsupported version {version}")
    out = []
    for i in range(count):
        chunk = stream.read(RECORD.size)
        (crc,) = struct.unpack(">H", stream.read(2))
        if crc16(chunk) != crc:
            raise FormatError(f"record {i}: crc {crc16(chunk):#06x} != {crc:#06x}")
        out.append(Record.unpack(chunk))
    if stream.read():
        raise FormatError("trailing garbage")
    return flags, out


def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3}} |{text}|")
    return "\n".join(lines)


records = [
    Record(1, 21.5, Status.OK, 1013.25, "lobby"),
    Record(2, -4.2, Status.LOW_BATTERY, 998.0, "roof"),
    Record(70000, 37.0, Status.CALIBRATING | Status.FAULT, float("inf"), "café"),
    Record(4, 0.05, Status.OK, -0.0, "basement-2"),
]
print("sizes:", HEADER.size, RECORD.size, struct.calcsize("<IhBxd12s"), struct.calcsize("IhBxd12s"))
blob = write_store(records, flags=0b101)
print("blob length:", len(blob))
print(hexdump(blob[:48]))
flags, back = read_store(blob)
print("flags:", bin(flags))
for r in back:
    print(f"  {r.ident:>6} {r.temp_c:>6.1f}°C {r.status!r:<40} {r.reading!r:>8} {r.name}")
print("roundtrip equal:", back[:2] == records[:2], back[3].temp_c, records[3].temp_c)

corruptions = {
    "flip bit in record 1": lambda b: b[:HEADER.size + RECORD.size + 2 + 5] + bytes([b[HEADER.size + RECORD.size + 7] ^ 1]) + b[HEADER.size + RECORD.size + 8:],
    "truncate": lambda b: b[:10],
    "bad magic": lambda b: b"XREC" + b[4:],
    "drop trailer": lambda b: b[:-8],
}
for label, corrupt in corruptions.items():
    try:
        read_store(corrupt(blob))
        print(f"{label}: no error?!")
    except FormatError as exc:
        print(f"{label}: FormatError: {exc}")

mutable = bytearray(blob)
mutable[HEADER.size] ^= 0xFF
body = bytes(mutable[:-8])
fixed = body + hashlib.sha256(body).digest()[:8]
try:
    read_store(fixed)
except FormatError as exc:
    print("re-signed but corrupted:", exc)
bad_magic_body = b"XREC" + blob[4:-8]
try:
    read_store(bad_magic_body + hashlib.sha256(bad_magic_body).digest()[:8])
except FormatError as exc:
    print("re-signed bad magic:", exc)

try:
    Record(9, 0, Status.OK, 0, "a-very-long-sensor-name").pack()
except FormatError as exc:
    print("FormatError:", exc)
try:
    Record(-1, 0, Status.OK, 0, "neg").pack()
except struct.error as exc:
    print("struct.error:", exc)

print("crc16('123456789') =", hex(crc16(b"123456789")))
print("sha256:", hashlib.sha256(b"weft").hexdigest())
h = hashlib.sha256()
for part in (b"we", b"f", b"t"):
    h.update(part)
print("incremental equal:", h.hexdigest() == hashlib.sha256(b"weft").hexdigest(), h.name, h.digest_size)
n = 2**70 + 12345
raw = n.to_bytes(10, "little")
print("int bytes:", raw.hex(" "), int.from_bytes(raw, "little") == n, (-5).to_bytes(2, "big", signed=True))
print("from_bytes:", int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\x01\x00", "little"))
try:
    (300).to_bytes(1, "big")
except OverflowError as exc:
    print("OverflowError:", exc)
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba.extend(b"!!")
del ba[-1]
print(ba, ba.upper(), ba.count(b"l"), ba.find(b"world"), bytes(ba).split(b" "), ba.hex()[:10])
print(bytes.fromhex("de ad be ef"), b"a,b,,c".split(b","), b"  x ".strip(), b"abc".replace(b"b", b"BB"))
print(struct.pack(">hHiQ?", -2, 65535, -1, 2**63, True).hex(), struct.unpack("<3B", b"\x01\x02\x03"))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")), struct.pack("<e", 1.5), struct.unpack("<f", struct.pack("<f", 0.1))[0])
print(Status(6), Status.FAULT in Status(6), [s.name for s in Status(7)], Status(0), ~Status.FAULT)
