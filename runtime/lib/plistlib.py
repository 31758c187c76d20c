# plistlib: read and write Apple property list files, XML and binary formats.

__all__ = [
    "InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads",
    "dumps", "UID"
]

import binascii
import codecs
import datetime
import enum
from io import BytesIO
import os
import re
import struct
from xml.parsers.expat import ParserCreate


class PlistFormat(enum.Enum):
    FMT_XML = 1
    FMT_BINARY = 2


FMT_XML = PlistFormat.FMT_XML
FMT_BINARY = PlistFormat.FMT_BINARY


class UID:
    """A keyed-archiver object reference (binary plists only)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self.data)

    def __reduce__(self):
        return self.__class__, (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ---------------------------------------------------------------- XML format

PLISTHEADER = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""

# control characters other than tab, newline and carriage return
_controlCharPat = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f]")

_dateParser = re.compile(
    r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z",
    re.ASCII)


def _encode_base64(data, maxlinelength=76):
    per_line = (maxlinelength // 4) * 3
    return b''.join(binascii.b2a_base64(data[i:i + per_line])
                    for i in range(0, len(data), per_line))


def _decode_base64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return binascii.a2b_base64(s)


def _date_from_string(s, aware_datetime):
    parts = _dateParser.match(s).groupdict()
    fields = []
    for name in ('year', 'month', 'day', 'hour', 'minute', 'second'):
        if parts[name] is None:
            break
        fields.append(int(parts[name]))
    if aware_datetime:
        return datetime.datetime(*fields, tzinfo=datetime.UTC)
    return datetime.datetime(*fields)


def _date_to_string(d, aware_datetime):
    if aware_datetime:
        d = d.astimezone(datetime.UTC)
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


def _escape(text):
    if _controlCharPat.search(text) is not None:
        raise ValueError("strings can't contain control characters; "
                         "use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _PlistParser:
    # Builds the object tree from expat callbacks.  _containers holds the
    # dicts and lists still open; _pending_key is a <key> waiting for its
    # value.

    def __init__(self, dict_type, aware_datetime=False):
        self._containers = []
        self._pending_key = None
        self._result = None
        self._text = []
        self._dict_type = dict_type
        self._aware_datetime = aware_datetime
        self._openers = {"dict": self._open_dict, "array": self._open_array}
        self._closers = {
            "dict": self._close_dict,
            "array": self._close_container,
            "key": self._close_key,
            "true": lambda: self._store(True),
            "false": lambda: self._store(False),
            "integer": self._close_integer,
            "real": lambda: self._store(float(self._take_text())),
            "string": lambda: self._store(self._take_text()),
            "data": lambda: self._store(_decode_base64(self._take_text())),
            "date": self._close_date,
        }

    def parse(self, fileobj):
        xp = self._expat = ParserCreate()
        xp.StartElementHandler = self._on_start
        xp.EndElementHandler = self._on_end
        xp.CharacterDataHandler = self._text.append
        xp.EntityDeclHandler = self._on_entity
        xp.ParseFile(fileobj)
        return self._result

    def _on_entity(self, *unused):
        # entity declarations are refused outright (entity expansion attacks)
        raise InvalidFileException(
            "XML entity declarations are not supported in plist files")

    def _on_start(self, tag, attrs):
        del self._text[:]
        opener = self._openers.get(tag)
        if opener is not None:
            opener()

    def _on_end(self, tag):
        closer = self._closers.get(tag)
        if closer is not None:
            closer()

    def _lineno(self):
        return self._expat.CurrentLineNumber

    def _unexpected(self, what="element"):
        return ValueError("unexpected %s at line %d" % (what, self._lineno()))

    def _store(self, obj):
        if not self._containers:
            if self._pending_key is not None:
                raise self._unexpected()
            self._result = obj
            return
        top = self._containers[-1]
        if self._pending_key is None:
            if not isinstance(top, list):
                raise self._unexpected()
            top.append(obj)
        else:
            if not isinstance(top, dict):
                raise self._unexpected()
            top[self._pending_key] = obj
            self._pending_key = None

    def _take_text(self):
        joined = "".join(self._text)
        del self._text[:]
        return joined

    def _open_dict(self):
        fresh = self._dict_type()
        self._store(fresh)
        self._containers.append(fresh)

    def _open_array(self):
        fresh = []
        self._store(fresh)
        self._containers.append(fresh)

    def _close_container(self):
        self._containers.pop()

    def _close_dict(self):
        if self._pending_key:
            raise ValueError("missing value for key '%s' at line %d"
                             % (self._pending_key, self._lineno()))
        self._containers.pop()

    def _close_key(self):
        if self._pending_key or not isinstance(self._containers[-1], dict):
            raise self._unexpected("key")
        self._pending_key = self._take_text()

    def _close_integer(self):
        digits = self._take_text()
        base = 16 if digits[:2] in ('0x', '0X') else 10
        self._store(int(digits, base))

    def _close_date(self):
        self._store(_date_from_string(self._take_text(),
                                      aware_datetime=self._aware_datetime))


class _XMLEmitter:
    # Writes one element per line, indented by nesting depth.

    def __init__(self, file, indent_level=0, indent="\t"):
        self.file = file
        self._depth = indent_level
        self.indent = indent

    def _open(self, tag):
        self._line("<%s>" % tag)
        self._depth += 1

    def _close(self, tag):
        self._depth -= 1
        self._line("</%s>" % tag)

    def _leaf(self, tag, text=None):
        if text is None:
            self._line("<%s/>" % tag)
        else:
            self._line("<%s>%s</%s>" % (tag, _escape(text), tag))

    def _line(self, text):
        out = self.file.write
        if text:
            out(self.indent * self._depth)
            out(text if isinstance(text, bytes) else text.encode('utf-8'))
        out(b'\n')


class _PlistWriter(_XMLEmitter):
    def __init__(self, file, indent_level=0, indent=b"\t", writeHeader=1,
                 sort_keys=True, skipkeys=False, aware_datetime=False):
        if writeHeader:
            file.write(PLISTHEADER)
        super().__init__(file, indent_level, indent)
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys
        self._aware_datetime = aware_datetime

    def write(self, value):
        self._line('<plist version="1.0">')
        self._emit(value)
        self._line("</plist>")

    def _emit(self, value):
        if isinstance(value, str):
            self._leaf("string", value)
        elif value is True or value is False:
            self._leaf("true" if value else "false")
        elif isinstance(value, int):
            if not (-(1 << 63) <= value < (1 << 64)):
                raise OverflowError(value)
            self._leaf("integer", str(int(value)))
        elif isinstance(value, float):
            self._leaf("real", repr(value))
        elif isinstance(value, dict):
            self._emit_dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self._emit_bytes(value)
        elif isinstance(value, datetime.datetime):
            stamp = _date_to_string(value, self._aware_datetime)
            self._leaf("date", stamp)
        elif isinstance(value, (tuple, list)):
            self._emit_array(value)
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def _emit_bytes(self, blob):
        # base64 lines are kept within 76 columns counting the indentation
        # (a tab counts as 8), but never narrower than 16 characters
        self._open("data")
        self._depth -= 1
        margin = len(self.indent.replace(b"\t", b"        ")) * self._depth
        width = 76 - margin
        if width < 16:
            width = 16
        for chunk in _encode_base64(blob, width).split(b"\n"):
            if chunk:
                self._line(chunk)
        self._depth += 1
        self._close("data")

    def _emit_dict(self, mapping):
        if not mapping:
            self._leaf("dict")
            return
        self._open("dict")
        for k, v in _checked_items(mapping, self._sort_keys, self._skipkeys):
            self._leaf("key", k)
            self._emit(v)
        self._close("dict")

    def _emit_array(self, seq):
        if not seq:
            self._leaf("array")
            return
        self._open("array")
        for item in seq:
            self._emit(item)
        self._close("array")


def _checked_items(mapping, sort_keys, skipkeys):
    # (key, value) pairs to write; non-string keys are skipped or refused
    pairs = mapping.items()
    if sort_keys:
        pairs = sorted(pairs)
    for k, v in pairs:
        if isinstance(k, str):
            yield k, v
        elif not skipkeys:
            raise TypeError("keys must be strings")


_XML_STARTS = (b'<?xml', b'<plist')
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"))


def _is_fmt_xml(header):
    if header.startswith(_XML_STARTS):
        return True
    # the same openings, encoded after a byte order mark
    for bom, codec in _BOMS:
        if header.startswith(bom):
            for opening in _XML_STARTS:
                marker = bom + opening.decode('ascii').encode(codec)
                if header.startswith(marker):
                    return True
    return False


# ------------------------------------------------------------- binary format

# struct codes for unsigned big-endian integers of 1, 2, 4 and 8 bytes
_UINT_CODE = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}

_MISSING = object()

# seconds in the binary format count from 2001-01-01 (UTC)
_EPOCH_NAIVE = datetime.datetime(2001, 1, 1)
_EPOCH_UTC = _EPOCH_NAIVE.replace(tzinfo=datetime.UTC)


class _BinaryPlistParser:
    """Reader for 'bplist00' files; any damage raises InvalidFileException."""

    def __init__(self, dict_type, aware_datetime=False):
        self._dict_type = dict_type
        self._aware_datetime = aware_datetime

    def parse(self, fp):
        self._fp = fp
        try:
            fp.seek(-32, os.SEEK_END)
            tail = fp.read(32)
            if len(tail) != 32:
                raise InvalidFileException()
            off_width, self._ref_width, count, root, table_at = \
                struct.unpack('>6xBBQQQ', tail)
            fp.seek(table_at)
            self._offsets = self._uints(count, off_width)
            self._cache = [_MISSING] * count
            return self._object(root)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def _exact(self, n):
        blob = self._fp.read(n)
        if len(blob) != n:
            raise InvalidFileException()
        return blob

    def _length(self, nibble):
        # 0xF in the low nibble: the real length follows as an int object
        if nibble != 0xF:
            return nibble
        width = 1 << (self._fp.read(1)[0] & 3)
        return int.from_bytes(self._exact(width), 'big')

    def _uints(self, n, width):
        blob = self._fp.read(n * width)
        code = _UINT_CODE.get(width)
        if code is not None:
            return struct.unpack('>%d%s' % (n, code), blob)
        if width == 0 or len(blob) != n * width:
            raise InvalidFileException()
        return tuple(int.from_bytes(blob[pos:pos + width], 'big')
                     for pos in range(0, len(blob), width))

    def _object(self, ref):
        known = self._cache[ref]
        if known is not _MISSING:
            return known
        fp = self._fp
        fp.seek(self._offsets[ref])
        marker = fp.read(1)[0]
        kind, low = marker >> 4, marker & 0x0F
        if marker in _BINARY_CONSTANTS:
            value = _BINARY_CONSTANTS[marker]
        elif kind == 0x1:
            value = int.from_bytes(fp.read(1 << low), 'big', signed=low >= 3)
        elif marker in (0x22, 0x23):
            fmt, size = ('>f', 4) if marker == 0x22 else ('>d', 8)
            value = struct.unpack(fmt, fp.read(size))[0]
        elif marker == 0x33:
            secs = struct.unpack('>d', fp.read(8))[0]
            base = _EPOCH_UTC if self._aware_datetime else _EPOCH_NAIVE
            value = base + datetime.timedelta(seconds=secs)
        elif kind == 0x4:
            value = self._exact(self._length(low))
        elif kind == 0x5:
            value = self._exact(self._length(low)).decode('ascii')
        elif kind == 0x6:
            value = self._exact(2 * self._length(low)).decode('utf-16be')
        elif kind == 0x8:
            value = UID(int.from_bytes(fp.read(low + 1), 'big'))
        elif kind == 0xA:
            members = self._uints(self._length(low), self._ref_width)
            value = self._cache[ref] = []
            value.extend(self._object(m) for m in members)
        elif kind == 0xD:
            n = self._length(low)
            keys = self._uints(n, self._ref_width)
            vals = self._uints(n, self._ref_width)
            value = self._cache[ref] = self._dict_type()
            try:
                for kref, vref in zip(keys, vals):
                    value[self._object(kref)] = self._object(vref)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self._cache[ref] = value
        return value


_BINARY_CONSTANTS = {0x00: None, 0x08: False, 0x09: True, 0x0F: b''}


def _width_for(n):
    # smallest of 1, 2, 4, 8 bytes that can hold n
    for width in (1, 2, 4):
        if n < 1 << (8 * width):
            return width
    return 8


# values that are written once per distinct value rather than per object
_SHARED_TYPES = (str, int, float, datetime.datetime, bytes)


def _identity(value):
    if isinstance(value, _SHARED_TYPES):
        return ('v', type(value), value)
    return ('i', id(value))


class _BinaryPlistWriter:
    def __init__(self, fp, sort_keys, skipkeys, aware_datetime=False):
        self._fp = fp
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys
        self._aware_datetime = aware_datetime

    def write(self, value):
        self._order = []
        self._refs = {}
        self._collect(value)
        count = len(self._order)
        self._positions = [0] * count
        self._ref_width = _width_for(count)
        self._ref_code = _UINT_CODE[self._ref_width]
        out = self._fp
        out.write(b'bplist00')
        for obj in self._order:
            self._positions[self._ref(obj)] = out.tell()
            self._emit(obj)
        table_at = out.tell()
        off_width = _width_for(table_at)
        out.write(struct.pack('>%d%s' % (count, _UINT_CODE[off_width]),
                              *self._positions))
        out.write(struct.pack('>5xBBBQQQ', 0, off_width, self._ref_width,
                              count, self._ref(value), table_at))

    def _pairs(self, mapping):
        return _checked_items(mapping, self._sort_keys, self._skipkeys)

    def _collect(self, value):
        # number every distinct object, parents before their contents
        ident = _identity(value)
        if ident in self._refs:
            return
        self._refs[ident] = len(self._order)
        self._order.append(value)
        if isinstance(value, dict):
            pairs = list(self._pairs(value))
            for part in [k for k, _v in pairs] + [v for _k, v in pairs]:
                self._collect(part)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self._collect(item)

    def _ref(self, value):
        return self._refs[_identity(value)]

    def _header(self, kind, length):
        # kind in the high nibble; short lengths share the byte, longer
        # ones follow as an int object
        if length < 15:
            self._fp.write(bytes([kind | length]))
            return
        width = _width_for(length)
        tag = 0x10 | {1: 0, 2: 1, 4: 2, 8: 3}[width]
        self._fp.write(bytes([kind | 0xF, tag]) +
                       length.to_bytes(width, 'big'))

    def _ref_list(self, refs):
        self._fp.write(struct.pack('>%d%s' % (len(refs), self._ref_code),
                                   *refs))

    def _emit(self, value):
        out = self._fp.write
        if value is None or value is False or value is True:
            out({None: b'\x00', False: b'\x08', True: b'\x09'}[value])
        elif isinstance(value, int):
            out(_encode_int(value))
        elif isinstance(value, float):
            out(b'\x23' + struct.pack('>d', value))
        elif isinstance(value, datetime.datetime):
            if self._aware_datetime:
                span = value.astimezone(datetime.UTC) - _EPOCH_UTC
            else:
                span = value - _EPOCH_NAIVE
            out(b'\x33' + struct.pack('>d', span.total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self._header(0x40, len(value))
            out(value)
        elif isinstance(value, str):
            if value.isascii():
                self._header(0x50, len(value))
                out(value.encode('ascii'))
            else:
                encoded = value.encode('utf-16be')
                self._header(0x60, len(encoded) // 2)
                out(encoded)
        elif isinstance(value, UID):
            out(_encode_uid(value))
        elif isinstance(value, (list, tuple)):
            refs = [self._ref(item) for item in value]
            self._header(0xA0, len(refs))
            self._ref_list(refs)
        elif isinstance(value, dict):
            pairs = list(self._pairs(value))
            self._header(0xD0, len(pairs))
            self._ref_list([self._ref(k) for k, _v in pairs])
            self._ref_list([self._ref(v) for _k, v in pairs])
        else:
            raise TypeError(value)


def _encode_int(n):
    if n < 0:
        if n < -(1 << 63):
            raise OverflowError(n)
        return b'\x13' + n.to_bytes(8, 'big', signed=True)
    if n >= 1 << 64:
        raise OverflowError(n)
    if n >= 1 << 63:
        # unsigned 64-bit values are stored as 128-bit signed ones
        return b'\x14' + n.to_bytes(16, 'big', signed=True)
    width = _width_for(n)
    return bytes([0x10 | {1: 0, 2: 1, 4: 2, 8: 3}[width]]) + \
        n.to_bytes(width, 'big')


def _encode_uid(uid):
    n = uid.data
    if n < 0:
        raise ValueError("UIDs must be positive")
    if n >= 1 << 64:
        raise OverflowError(uid)
    width = _width_for(n)
    return bytes([0x80 | (width - 1)]) + n.to_bytes(width, 'big')


def _is_fmt_binary(header):
    return header.startswith(b'bplist00')


_FORMATS = {
    FMT_XML: (_is_fmt_xml, _PlistParser, _PlistWriter),
    FMT_BINARY: (_is_fmt_binary, _BinaryPlistParser, _BinaryPlistWriter),
}


def load(fp, *, fmt=None, dict_type=dict, aware_datetime=False):
    """Read a plist from a readable binary file and return the root object."""
    if fmt is not None:
        reader = _FORMATS[fmt][1]
    else:
        head = fp.read(32)
        fp.seek(0)
        matches = [entry[1] for entry in _FORMATS.values() if entry[0](head)]
        if not matches:
            raise InvalidFileException()
        reader = matches[0]
    return reader(dict_type=dict_type, aware_datetime=aware_datetime).parse(fp)


def loads(value, *, fmt=None, dict_type=dict, aware_datetime=False):
    """Read a plist from bytes (or str, for XML) and return the root object."""
    if isinstance(value, str):
        if fmt == FMT_BINARY:
            raise TypeError("value must be bytes-like object when fmt is "
                            "FMT_BINARY")
        value = value.encode()
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type,
                aware_datetime=aware_datetime)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False,
         aware_datetime=False):
    """Write value as a plist to a writable binary file."""
    try:
        writer_cls = _FORMATS[fmt][2]
    except KeyError:
        raise ValueError("Unsupported format: %r" % (fmt,)) from None
    writer_cls(fp, sort_keys=sort_keys, skipkeys=skipkeys,
               aware_datetime=aware_datetime).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True,
          aware_datetime=False):
    """Return value serialized as plist bytes."""
    buf = BytesIO()
    dump(value, buf, fmt=fmt, sort_keys=sort_keys, skipkeys=skipkeys,
         aware_datetime=aware_datetime)
    return buf.getvalue()
