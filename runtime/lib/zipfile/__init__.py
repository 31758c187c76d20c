"""Read and write ZIP archives.

An archive is a sequence of members, each a local file header followed by its data,
and at the end a central directory (one record per member) closed by an end record.
Archives too big for the 32-bit fields carry ZIP64 extra fields and a ZIP64 end record.
Members may be stored or compressed with DEFLATE (zlib); bzip2 and LZMA need modules
this runtime does not have, so those methods raise the error of a missing module.
Traditional PKWARE (ZipCrypto) encryption can be decrypted, not written.
"""

import binascii
import io
import os
import shutil
import stat
import struct
import sys
import threading
import time

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

try:
    import bz2
except ImportError:
    bz2 = None

try:
    import lzma
except ImportError:
    lzma = None

__all__ = ["BadZipFile", "BadZipfile", "error",
           "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile would need ZIP64 extensions that are disabled."""


error = BadZipfile = BadZipFile

# Module globals are read at call time, so a caller may lower the limits.
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# Record layouts: a struct format, the 4-byte signature, field indexes.
# (The sizes are computed from the formats further down.)

# End of central directory record.
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"

_ECD_SIGNATURE = 0
_ECD_DISK_NUMBER = 1
_ECD_DISK_START = 2
_ECD_ENTRIES_THIS_DISK = 3
_ECD_ENTRIES_TOTAL = 4
_ECD_SIZE = 5
_ECD_OFFSET = 6
_ECD_COMMENT_SIZE = 7
_ECD_COMMENT = 8
_ECD_LOCATION = 9

# Central directory record.
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"

_CD_SIGNATURE = 0
_CD_CREATE_VERSION = 1
_CD_CREATE_SYSTEM = 2
_CD_EXTRACT_VERSION = 3
_CD_EXTRACT_SYSTEM = 4
_CD_FLAG_BITS = 5
_CD_COMPRESS_TYPE = 6
_CD_TIME = 7
_CD_DATE = 8
_CD_CRC = 9
_CD_COMPRESSED_SIZE = 10
_CD_UNCOMPRESSED_SIZE = 11
_CD_FILENAME_LENGTH = 12
_CD_EXTRA_FIELD_LENGTH = 13
_CD_COMMENT_LENGTH = 14
_CD_DISK_NUMBER_START = 15
_CD_INTERNAL_FILE_ATTRIBUTES = 16
_CD_EXTERNAL_FILE_ATTRIBUTES = 17
_CD_LOCAL_HEADER_OFFSET = 18

# General purpose flag bits.
_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

# Local file header.
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"

_FH_SIGNATURE = 0
_FH_EXTRACT_VERSION = 1
_FH_EXTRACT_SYSTEM = 2
_FH_GENERAL_PURPOSE_FLAG_BITS = 3
_FH_COMPRESSION_METHOD = 4
_FH_LAST_MOD_TIME = 5
_FH_LAST_MOD_DATE = 6
_FH_CRC = 7
_FH_COMPRESSED_SIZE = 8
_FH_UNCOMPRESSED_SIZE = 9
_FH_FILENAME_LENGTH = 10
_FH_EXTRA_FIELD_LENGTH = 11

# ZIP64 end of central directory locator and record.
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\006\007"
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\006\006"

(sizeEndCentDir, sizeCentralDir, sizeFileHeader, sizeEndCentDir64Locator,
 sizeEndCentDir64) = [struct.calcsize(layout) for layout in (
    structEndArchive, structCentralDir, structFileHeader,
    structEndArchive64Locator, structEndArchive64)]

_CD64_SIGNATURE = 0
_CD64_DIRECTORY_RECSIZE = 1
_CD64_CREATE_VERSION = 2
_CD64_EXTRACT_VERSION = 3
_CD64_DISK_NUMBER = 4
_CD64_DISK_NUMBER_START = 5
_CD64_NUMBER_ENTRIES_THIS_DISK = 6
_CD64_NUMBER_ENTRIES_TOTAL = 7
_CD64_DIRECTORY_SIZE = 8
_CD64_OFFSET_START_CENTDIR = 9

_DD_SIGNATURE = 0x08074b50

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}


class _Extra(bytes):
    """Helpers for the extra field: a run of (id, length, data) blocks."""

    @staticmethod
    def split(data):
        while data:
            xid, xlen = struct.unpack('<HH', data[:4])
            yield xid, data[:4 + xlen]
            data = data[4 + xlen:]

    @classmethod
    def strip(cls, data, xids):
        return b''.join(block for xid, block in cls.split(data) if xid not in xids)


def _strip_extra(extra, xids):
    return _Extra.strip(extra, xids)


def _check_zipfile(fp):
    try:
        if _EndRecData(fp):
            return True
    except OSError:
        pass
    return False


def is_zipfile(filename):
    """Tell whether filename (a path or a binary file object) holds a ZIP archive.

    Only the end-of-archive record is looked for; an open file object is left
    wherever that search stopped.
    """
    try:
        if not hasattr(filename, "read"):
            with open(filename, "rb") as stream:
                return _check_zipfile(stream)
        return _check_zipfile(fp=filename)
    except OSError:
        return False


def _read_at_end(stream, distance, size):
    # Read size bytes starting distance bytes before the end (distance < 0);
    # None when fewer come back.
    stream.seek(distance, 2)
    raw = stream.read(size)
    return raw if len(raw) == size else None


def _EndRecData64(fpin, offset, endrec):
    # offset: where the 32-bit end record starts, counted back from the end.
    # A ZIP64 locator right before it points at a ZIP64 end record whose
    # fields then replace the 32-bit ones in endrec.
    locator_at = offset - sizeEndCentDir64Locator
    try:
        raw = _read_at_end(fpin, locator_at, sizeEndCentDir64Locator)
    except OSError:
        return endrec
    if raw is None:
        return endrec
    magic, disk, _, ndisks = struct.unpack(structEndArchive64Locator, raw)
    if magic != stringEndArchive64Locator:
        return endrec
    if disk != 0 or ndisks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    raw = _read_at_end(fpin, locator_at - sizeEndCentDir64, sizeEndCentDir64)
    if raw is None:
        return endrec
    fields = struct.unpack(structEndArchive64, raw)
    if fields[_CD64_SIGNATURE] != stringEndArchive64:
        return endrec
    for slot, pick in ((_ECD_SIGNATURE, _CD64_SIGNATURE),
                       (_ECD_DISK_NUMBER, _CD64_DISK_NUMBER),
                       (_ECD_DISK_START, _CD64_DISK_NUMBER_START),
                       (_ECD_ENTRIES_THIS_DISK, _CD64_NUMBER_ENTRIES_THIS_DISK),
                       (_ECD_ENTRIES_TOTAL, _CD64_NUMBER_ENTRIES_TOTAL),
                       (_ECD_SIZE, _CD64_DIRECTORY_SIZE),
                       (_ECD_OFFSET, _CD64_OFFSET_START_CENTDIR)):
        endrec[slot] = fields[pick]
    return endrec


def _EndRecData(fpin):
    """Locate and unpack the end-of-archive record; None when there is none.

    The list holds the record's fields, then its comment and its file offset.
    """
    fpin.seek(0, 2)
    total_len = fpin.tell()
    # Usually there is no archive comment and the record ends the file.
    try:
        fpin.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    tail = fpin.read(sizeEndCentDir)
    if (len(tail) == sizeEndCentDir and tail.startswith(stringEndArchive)
            and tail.endswith(b"\0\0")):
        record = list(struct.unpack(structEndArchive, tail))
        record += [b"", total_len - sizeEndCentDir]
        return _EndRecData64(fpin, -sizeEndCentDir, record)
    # Otherwise a comment (at most ZIP_MAX_COMMENT bytes) follows the record.
    window_start = max(0, total_len - sizeEndCentDir - ZIP_MAX_COMMENT)
    fpin.seek(window_start, 0)
    window = fpin.read()
    at = window.rfind(stringEndArchive)
    if at < 0:
        return None
    body_at = at + sizeEndCentDir
    fixed = window[at:body_at]
    if len(fixed) != sizeEndCentDir:
        return None
    record = list(struct.unpack(structEndArchive, fixed))
    record.append(window[body_at:body_at + record[_ECD_COMMENT_SIZE]])
    record.append(window_start + at)
    return _EndRecData64(fpin, window_start + at - total_len, record)


def _sanitize_filename(filename):
    # Cut at a NUL and use '/' as the separator whatever the platform's.
    null = filename.find(chr(0))
    if null >= 0:
        filename = filename[0:null]
    if os.sep != '/' and os.sep in filename:
        filename = filename.replace(os.sep, '/')
    if os.altsep and os.altsep != '/' and os.altsep in filename:
        filename = filename.replace(os.altsep, '/')
    return filename


def _decode_name(raw, encoding):
    if encoding is not None:
        return raw.decode(encoding)
    try:
        return raw.decode('cp437')
    except (LookupError, NotImplementedError):
        # No cp437 codec in this build: use the table.
        from . import _cp437
        return _cp437.decode(raw)


class ZipInfo:
    """The metadata of one archive member: name, time stamp, sizes, method, ..."""

    __slots__ = (
        'orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
        'comment', 'extra', 'create_system', 'create_version', 'extract_version',
        'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
        'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time', '_end_offset',
    )

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        self.filename = _sanitize_filename(filename)
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    @property
    def compress_level(self):
        return self._compresslevel

    @compress_level.setter
    def compress_level(self, value):
        self._compresslevel = value

    def __repr__(self):
        text = f'<{type(self).__name__} filename={self.filename!r}'
        method = self.compress_type
        if method != ZIP_STORED:
            text += f' compress_type={compressor_names.get(method, method)}'
        unix_mode, dos_attr = divmod(self.external_attr, 0x10000)
        if unix_mode:
            text += f' filemode={stat.filemode(unix_mode)!r}'
        if dos_attr:
            text += f' external_attr={dos_attr:#x}'
        plain, packed = self.file_size, self.compress_size
        is_file = not self.is_dir()
        if is_file or plain:
            text += f' file_size={plain!r}'
        if (is_file or packed) and (method != ZIP_STORED or plain != packed):
            text += f' compress_size={packed!r}'
        return text + '>'

    def _bump_versions(self, needed):
        # Raise the "made by" and "needed to extract" versions to at least
        # what the method (and ZIP64, when needed says so) requires.
        needed = max(needed, _method_version(self.compress_type))
        if self.extract_version < needed:
            self.extract_version = needed
        if self.create_version < needed:
            self.create_version = needed

    def FileHeader(self, zip64=None):
        """Build the local header (bytes) written in front of the member's data."""
        dostime, dosdate = _dos_stamp(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            # These three values are written after the data instead.
            crc = packed = plain = 0
        else:
            crc, packed, plain = self.CRC, self.compress_size, self.file_size
        oversize = max(plain, packed) > ZIP64_LIMIT
        if zip64 is None:
            zip64 = oversize
        extra = self.extra
        if zip64:
            extra = extra + struct.pack('<HHQQ', 1, 16, plain, packed)
            plain = packed = 0xffffffff
            self._bump_versions(ZIP64_VERSION)
        elif oversize:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        else:
            self._bump_versions(0)
        name, flags = self._encodeFilenameFlags()
        fixed = struct.pack(
            structFileHeader, stringFileHeader, self.extract_version, self.reserved,
            flags, self.compress_type, dostime, dosdate, crc, packed, plain,
            len(name), len(extra))
        return b''.join((fixed, name, extra))

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def _decodeExtra(self, filename_crc):
        # Walk the extra field's blocks, using two kinds: 0x0001 (ZIP64 values)
        # and 0x7075 (Info-ZIP UTF-8 name, valid while the CRC of the stored
        # name matches).
        rest = self.extra
        while len(rest) >= 4:
            block_id, block_len = struct.unpack('<HH', rest[:4])
            stop = 4 + block_len
            if stop > len(rest):
                raise BadZipFile("Corrupt extra field %04x (size=%d)"
                                 % (block_id, block_len))
            if block_id == 0x0001:
                self._take_zip64_values(rest[4:stop])
            elif block_id == 0x7075:
                self._take_unicode_name(rest[4:stop], filename_crc)
            rest = rest[stop:]

    def _take_zip64_values(self, body):
        # Only the fields saturated in the fixed record appear, in this order.
        wanted = (
            ('file_size', "File size", (0xFFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF)),
            ('compress_size', "Compress size", (0xFFFF_FFFF,)),
            ('header_offset', "Header offset", (0xFFFF_FFFF,)),
        )
        for attr, label, markers in wanted:
            if getattr(self, attr) not in markers:
                continue
            if len(body) < 8:
                raise BadZipFile(f"Corrupt zip64 extra field. {label} not found.")
            setattr(self, attr, int.from_bytes(body[:8], 'little'))
            body = body[8:]

    def _take_unicode_name(self, body, filename_crc):
        try:
            version, crc_of_name = struct.unpack('<BL', body[:5])
            if version != 1 or crc_of_name != filename_crc:
                return
            utf8_name = body[5:].decode('utf-8')
        except (struct.error, UnicodeDecodeError) as exc:
            raise BadZipFile('Corrupt unicode path extra field (0x7075)') from exc
        if utf8_name:
            self.filename = _sanitize_filename(utf8_name)

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Make a ZipInfo describing a file or directory on disk.

        arcname (default: filename) loses its drive and leading separators;
        with strict_timestamps false, times outside 1980-2107 are clamped.
        """
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        directory = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        _, name = os.path.splitdrive(filename if arcname is None else arcname)
        name = os.path.normpath(name)
        while name[0] in (os.sep, os.altsep):
            name = name[1:]
        if directory:
            name += '/'
        info = cls(name, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if directory:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """True for directory members (their names end with '/')."""
        return self.filename[-1:] == '/'


def _dos_stamp(date_time):
    # (time, date) as the two 16-bit MS-DOS words of the ZIP records.
    stamp = date_time
    dos_time = (stamp[3] << 11) | (stamp[4] << 5) | (stamp[5] // 2)
    dos_date = ((stamp[0] - 1980) << 9) | (stamp[1] << 5) | stamp[2]
    return dos_time, dos_date


def _method_version(compress_type):
    if compress_type == ZIP_BZIP2:
        return BZIP2_VERSION
    if compress_type == ZIP_LZMA:
        return LZMA_VERSION
    return 0


# Traditional PKWARE encryption: three 32-bit keys stirred with CRC-32 steps.
def _gen_crc(crc):
    for _ in range(8):
        if crc & 1:
            crc = (crc >> 1) ^ 0xEDB88320
        else:
            crc >>= 1
    return crc


_crctable = None


def _ZipDecrypter(pwd):
    global _crctable
    if _crctable is None:
        _crctable = [_gen_crc(byte) for byte in range(256)]
    table = _crctable
    keys = [0x12345678, 0x23456789, 0x34567890]

    def crc_step(value, byte):
        return table[(value ^ byte) & 0xFF] ^ (value >> 8)

    def mix(byte):
        k0 = crc_step(keys[0], byte)
        k1 = ((keys[1] + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[0], keys[1] = k0, k1
        keys[2] = crc_step(keys[2], k1 >> 24)

    for byte in pwd:
        mix(byte)

    def decrypt(data):
        plain = bytearray(len(data))
        for i, byte in enumerate(data):
            t = keys[2] | 2
            byte ^= ((t * (t ^ 1)) >> 8) & 0xFF
            mix(byte)
            plain[i] = byte
        return bytes(plain)

    return decrypt


def _missing(name):
    return RuntimeError("Compression requires the (missing) %s module" % name)


def _check_compression(compression):
    if compression == ZIP_STORED:
        return
    if compression == ZIP_DEFLATED:
        if not zlib:
            raise _missing("zlib")
    elif compression == ZIP_BZIP2:
        if not bz2:
            raise _missing("bz2")
    elif compression == ZIP_LZMA:
        if not lzma:
            raise _missing("lzma")
    else:
        raise NotImplementedError("That compression method is not supported")


def _get_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        if compresslevel is None:
            compresslevel = zlib.Z_DEFAULT_COMPRESSION
        return zlib.compressobj(compresslevel, zlib.DEFLATED, -15)
    if compress_type == ZIP_BZIP2:
        if compresslevel is not None:
            return bz2.BZ2Compressor(compresslevel)
        return bz2.BZ2Compressor()
    if compress_type == ZIP_LZMA:
        raise NotImplementedError("LZMA compression of ZIP members")
    return None


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_STORED:
        return None
    if compress_type == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    if compress_type == ZIP_BZIP2:
        return bz2.BZ2Decompressor()
    if compress_type == ZIP_LZMA:
        raise NotImplementedError("LZMA decompression of ZIP members")
    label = compressor_names.get(compress_type)
    if not label:
        raise NotImplementedError("compression type %d" % (compress_type,))
    raise NotImplementedError("compression type %d (%s)" % (compress_type, label))


class _SharedFile:
    # A view of the archive's file with its own position, so several members can be
    # read at once; each read seeks first, under the archive's lock.

    def __init__(self, file, pos, close, lock, writing):
        self._file = file
        self._pos = pos
        self._close = close
        self._lock = lock
        self._writing = writing
        self.seekable = file.seekable

    def tell(self):
        return self._pos

    def _refuse_while_writing(self, action):
        if self._writing():
            raise ValueError(f"Can't {action} the ZIP file while there is an open "
                             "writing handle on it. Close the writing handle before "
                             "trying to read.")

    def seek(self, offset, whence=0):
        with self._lock:
            self._refuse_while_writing("reposition in")
            if whence == 1:
                offset += self._pos
                whence = 0
            self._file.seek(offset, whence)
            self._pos = self._file.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            self._refuse_while_writing("read from")
            self._file.seek(self._pos)
            data = self._file.read(n)
            self._pos = self._file.tell()
            return data

    def close(self):
        if self._file is not None:
            fileobj = self._file
            self._file = None
            self._close(fileobj)


class _Tellable:
    # Counts the bytes written to an unseekable stream so offsets can be recorded.

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class ZipExtFile(io.BufferedIOBase):
    """Readable binary stream over one member's data, as ZipFile.open() returns it.

    Data is decrypted and decompressed on the fly and its CRC-32 is checked
    once the end is reached.
    """

    MAX_N = 1 << 30
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self.mode = mode
        self.name = zipinfo.filename
        self._zinfo = zipinfo
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._pwd = pwd
        self._method = zipinfo.compress_type
        self._stored_total = zipinfo.compress_size
        self._plain_total = zipinfo.file_size
        self._crc_recorded = getattr(zipinfo, 'CRC', None)
        self._crc_wanted = self._crc_recorded
        # Seeking backwards restarts from the member's first byte, so remember
        # where that is when the stream allows it.
        try:
            self._seekable = bool(fileobj.seekable())
        except AttributeError:
            self._seekable = False
        if self._seekable:
            self._data_start = fileobj.tell()
        self._rewind()

    def _rewind(self):
        # Reset every piece of reading state to "nothing consumed yet".
        self._eof = False
        self._buf = b''
        self._bufpos = 0
        self._stored_left = self._stored_total
        self._plain_left = self._plain_total
        self._crc_so_far = crc32(b'')
        self._inflater = _get_decompressor(self._method)
        self._decrypt = None
        if self._pwd:
            self._setup_decryption()

    def _setup_decryption(self):
        self._decrypt = _ZipDecrypter(self._pwd)
        # A 12-byte encryption header precedes the data; its last byte,
        # once decrypted, must match the high byte of the CRC (or of the DOS
        # time when a data descriptor carries the CRC).
        head = self._decrypt(self._fileobj.read(12))
        self._stored_left -= 12
        info = self._zinfo
        if info.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            expected = (info._raw_time >> 8) & 0xff
        else:
            expected = (info.CRC >> 24) & 0xff
        if head[11] != expected:
            raise RuntimeError("Bad password for file %r" % self.name)

    def __repr__(self):
        cls = type(self)
        text = f'<{cls.__module__}.{cls.__qualname__}'
        if self.closed:
            return text + ' [closed]>'
        text += f' name={self.name!r}'
        if self._method != ZIP_STORED:
            text += f' compress_type={compressor_names.get(self._method, self._method)}'
        return text + '>'

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def readline(self, limit=-1):
        """Return one line (with its b'\\n'), reading at most limit bytes if limit >= 0."""
        if limit is None:
            limit = -1
        if limit < 0:
            newline = self._buf.find(b'\n', self._bufpos)
            if newline >= 0:
                line = self._buf[self._bufpos:newline + 1]
                self._bufpos = newline + 1
                return line
        collected = bytearray()
        while limit < 0 or len(collected) < limit:
            window = self.peek(1)
            if not window:
                break
            take = window.find(b'\n') + 1 or len(window)
            if limit >= 0:
                take = min(take, limit - len(collected))
            piece = self.read(take)
            if not piece:
                break
            collected += piece
            if collected[-1:] == b'\n':
                break
        return bytes(collected)

    def peek(self, n=1):
        """Return some buffered bytes (at most 512) without consuming them."""
        if len(self._buf) - self._bufpos < n:
            fresh = self.read(n)
            if len(fresh) > self._bufpos:
                self._buf = fresh + self._buf[self._bufpos:]
                self._bufpos = 0
            else:
                self._bufpos -= len(fresh)
        return self._buf[self._bufpos:self._bufpos + 512]

    def _drain_buffer(self):
        rest = self._buf[self._bufpos:]
        self._buf = b''
        self._bufpos = 0
        return rest

    def _from_buffer(self, n):
        # Serve n bytes from the buffer alone if it holds more than that.
        stop = self._bufpos + n
        if stop >= len(self._buf):
            return None
        piece = self._buf[self._bufpos:stop]
        self._bufpos = stop
        return piece

    def _keep_surplus(self, chunk, used):
        # Hand out chunk[:used]; the rest becomes the buffer.
        self._buf = chunk
        self._bufpos = used
        return chunk[:used]

    def read(self, n=-1):
        """Return up to n bytes, or everything left when n is negative or None."""
        if self.closed:
            raise ValueError("read from closed file.")
        return self._read_upto(n, False)

    def read1(self, n=-1):
        """Like read(), but fetch at most one non-empty chunk of the member."""
        return self._read_upto(n, True)

    def _read_upto(self, n, one_chunk):
        # read() and read1(): buffered bytes first, then fresh chunks until n
        # bytes (or the end) are reached; one_chunk stops after the first
        # non-empty chunk.
        if n is None or n < 0:
            pieces = [self._drain_buffer()]
            while not self._eof:
                chunk = self._next_chunk(self.MAX_N)
                pieces.append(chunk)
                if one_chunk and chunk:
                    break
            return b''.join(pieces)
        piece = self._from_buffer(n)
        if piece is not None:
            return piece
        wanted = n - (len(self._buf) - self._bufpos)
        out = self._drain_buffer()
        while wanted > 0 and not self._eof:
            chunk = self._next_chunk(wanted)
            if len(chunk) > wanted:
                out += self._keep_surplus(chunk, wanted)
                break
            out += chunk
            if one_chunk and chunk:
                break
            wanted -= len(chunk)
        return out

    def _check_crc(self, newdata):
        if self._crc_wanted is None:
            return
        self._crc_so_far = crc32(newdata, self._crc_so_far)
        if self._eof and self._crc_so_far != self._crc_wanted:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _next_chunk(self, n):
        # Produce the next piece of plain data (about n bytes) and note when
        # the member is used up.
        if n <= 0 or self._eof:
            return b''
        method = self._method
        if method == ZIP_STORED:
            data = self._read_stored(n)
            self._eof = self._stored_left <= 0
        elif method == ZIP_DEFLATED:
            # Output is capped, so input the inflater did not get to stays in
            # its unconsumed_tail and is fed again next time.
            feed = self._inflater.unconsumed_tail
            if len(feed) < n:
                feed += self._read_stored(n - len(feed))
            data = self._inflater.decompress(feed, max(self.MIN_READ_SIZE, n))
            done = self._inflater.eof
            if not done:
                done = self._stored_left <= 0 and not self._inflater.unconsumed_tail
            self._eof = done
            if done:
                data += self._inflater.flush()
        else:
            data = self._inflater.decompress(self._read_stored(n))
            self._eof = self._stored_left <= 0 or self._inflater.eof
        data = data[:self._plain_left]
        self._plain_left -= len(data)
        if self._plain_left <= 0:
            self._eof = True
        self._check_crc(data)
        return data

    def _read_stored(self, n):
        # Raw (still compressed) bytes of the member, decrypted if need be.
        if self._stored_left <= 0:
            return b''
        size = min(max(n, self.MIN_READ_SIZE), self._stored_left)
        raw = self._fileobj.read(size)
        self._stored_left -= len(raw)
        if not raw:
            raise EOFError
        return raw if self._decrypt is None else self._decrypt(raw)

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()

    def _check_seekable(self, operation):
        if self.closed:
            raise ValueError(f"{operation} on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")

    def tell(self):
        self._check_seekable("tell")
        unread = self._plain_left + len(self._buf) - self._bufpos
        return self._plain_total - unread

    def seek(self, offset, whence=os.SEEK_SET):
        self._check_seekable("seek")
        here = self.tell()
        if whence == os.SEEK_SET:
            target = offset
        elif whence == os.SEEK_CUR:
            target = here + offset
        elif whence == os.SEEK_END:
            target = self._plain_total + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), "
                             "or os.SEEK_END (2)")
        target = max(0, min(target, self._plain_total))
        skip = target - here
        in_buffer = self._bufpos + skip
        if 0 <= in_buffer < len(self._buf):
            self._bufpos = in_buffer
            skip = 0
        elif skip > 0 and self._method == ZIP_STORED and self._decrypt is None:
            # Unencrypted stored data can be skipped in the archive itself,
            # at the price of no longer checking the CRC.
            skip -= len(self._buf) - self._bufpos
            self._crc_wanted = None
            self._fileobj.seek(skip, 1)
            self._stored_left -= skip
            self._plain_left -= skip
            self._eof = self._plain_left <= 0
            self._buf = b''
            self._bufpos = 0
            skip = 0
        elif skip < 0:
            # Going back past the buffer: start decoding again from the top.
            self._fileobj.seek(self._data_start)
            self._crc_wanted = self._crc_recorded
            self._rewind()
            skip = target
        while skip > 0:
            step = min(skip, self.MAX_SEEK_READ)
            self.read(step)
            skip -= step
        return self.tell()


class _ZipWriteFile(io.BufferedIOBase):
    # What ZipFile.open(name, 'w') returns.  Data is compressed as it comes;
    # close() records sizes and CRC and adds the member to the archive.

    def __init__(self, zf, zinfo, zip64):
        self._zipfile = zf
        self._zinfo = zinfo
        self._zip64 = zip64
        self._compressor = _get_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._crc = 0
        self._file_size = 0
        self._compress_size = 0

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data)
            nbytes = data.nbytes
        else:
            nbytes = len(data)
        self._crc = crc32(data, self._crc)
        self._file_size += nbytes
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self._finish_member()
        finally:
            self._zipfile._writing = False

    def _finish_member(self):
        info = self._zinfo
        out = self._fileobj
        if self._compressor:
            tail = self._compressor.flush()
            self._compress_size += len(tail)
            out.write(tail)
            info.compress_size = self._compress_size
        else:
            info.compress_size = self._file_size
        info.CRC = self._crc
        info.file_size = self._file_size
        if not self._zip64:
            if self._file_size > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            if self._compress_size > ZIP64_LIMIT:
                raise RuntimeError("Compressed size too large, try using force_zip64")
        archive = self._zipfile
        if info.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            # Unseekable output: the values go into a data descriptor.
            layout = '<LLQQ' if self._zip64 else '<LLLL'
            out.write(struct.pack(layout, _DD_SIGNATURE, info.CRC,
                                  info.compress_size, info.file_size))
            archive.start_dir = out.tell()
        else:
            # Rewrite the local header, now with the real values.
            archive.start_dir = out.tell()
            out.seek(info.header_offset)
            out.write(info.FileHeader(self._zip64))
            out.seek(archive.start_dir)
        archive.filelist.append(info)
        archive.NameToInfo[info.filename] = info


# How ZipFile opens a file name for each mode: the first of these that works.
_OPEN_MODES = {'r': ('rb',), 'w': ('w+b', 'wb'), 'x': ('x+b', 'xb'),
               'a': ('r+b', 'w+b', 'wb')}


def _from_dos(dos_time, dos_date):
    return ((dos_date >> 9) + 1980, (dos_date >> 5) & 0xF, dos_date & 0x1F,
            dos_time >> 11, (dos_time >> 5) & 0x3F, (dos_time & 0x1F) * 2)


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a').

    file is a path or a file object.  compression and compresslevel are the
    defaults for members written; allowZip64=False refuses archives that would
    need ZIP64 records.  Use it as a context manager or call close(), which
    writes the central directory in the writing modes.
    """

    fp = None
    _win_name_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self.mode = mode
        self.compression = compression
        self.compresslevel = compresslevel
        self.debug = 0
        self.pwd = None
        self.filelist = []
        self.NameToInfo = {}
        self._allowZip64 = allowZip64
        self._didModify = False
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            candidates = _OPEN_MODES[mode]
            for attempt, open_mode in enumerate(candidates, 1):
                try:
                    self.fp = io.open(file, open_mode)
                    break
                except OSError:
                    if attempt == len(candidates):
                        raise
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False

        try:
            if mode == 'r':
                self._load_directory()
            elif mode == 'a':
                self._prepare_append()
            else:
                self._prepare_write()
        except:
            stream, self.fp = self.fp, None
            self._fpclose(stream)
            raise

    def _prepare_write(self):
        self._didModify = True
        try:
            self.start_dir = self.fp.tell()
        except (AttributeError, OSError):
            # A pipe or similar: count the bytes ourselves.
            self.fp = _Tellable(self.fp)
            self.start_dir = 0
            self._seekable = False
            return
        try:
            self.fp.seek(self.start_dir)
        except (AttributeError, OSError):
            self._seekable = False

    def _prepare_append(self):
        try:
            self._load_directory()
        except BadZipFile:
            # Not an archive yet: one is added after the present contents.
            self.fp.seek(0, 2)
            self._didModify = True
            self.start_dir = self.fp.tell()
        else:
            self.fp.seek(self.start_dir)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        cls = type(self)
        text = f'<{cls.__module__}.{cls.__qualname__}'
        if self.fp is None:
            return text + ' [closed]>'
        if self._filePassed:
            text += f' file={self.fp!r}'
        elif self.filename is not None:
            text += f' filename={self.filename!r}'
        return text + f' mode={self.mode!r}>'

    def _load_directory(self):
        # Find the end record, then read every central directory entry.
        stream = self.fp
        try:
            endrec = _EndRecData(stream)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not endrec:
            raise BadZipFile("File is not a zip file")
        self._comment = endrec[_ECD_COMMENT]
        dir_size = endrec[_ECD_SIZE]
        dir_offset = endrec[_ECD_OFFSET]
        # Bytes in front of the archive (a self-extractor stub, say) move every
        # recorded offset by the same amount.
        records_len = dir_size
        if endrec[_ECD_SIGNATURE] == stringEndArchive64:
            records_len += sizeEndCentDir64 + sizeEndCentDir64Locator
        shift = endrec[_ECD_LOCATION] - records_len - dir_offset
        self.start_dir = dir_offset + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        stream.seek(self.start_dir, 0)
        directory = io.BytesIO(stream.read(dir_size))
        consumed = 0
        while consumed < dir_size:
            fixed = directory.read(sizeCentralDir)
            if len(fixed) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            rec = struct.unpack(structCentralDir, fixed)
            if rec[_CD_SIGNATURE] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            name_len = rec[_CD_FILENAME_LENGTH]
            extra_len = rec[_CD_EXTRA_FIELD_LENGTH]
            comment_len = rec[_CD_COMMENT_LENGTH]
            raw_name = directory.read(name_len)
            if rec[_CD_FLAG_BITS] & _MASK_UTF_FILENAME:
                name = raw_name.decode('utf-8')
            else:
                name = _decode_name(raw_name, self.metadata_encoding)
            info = ZipInfo(name)
            info.extra = directory.read(extra_len)
            info.comment = directory.read(comment_len)
            info.header_offset = rec[_CD_LOCAL_HEADER_OFFSET]
            info.create_version = rec[_CD_CREATE_VERSION]
            info.create_system = rec[_CD_CREATE_SYSTEM]
            info.extract_version = rec[_CD_EXTRACT_VERSION]
            info.reserved = rec[_CD_EXTRACT_SYSTEM]
            info.flag_bits = rec[_CD_FLAG_BITS]
            info.compress_type = rec[_CD_COMPRESS_TYPE]
            info.CRC = rec[_CD_CRC]
            info.compress_size = rec[_CD_COMPRESSED_SIZE]
            info.file_size = rec[_CD_UNCOMPRESSED_SIZE]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f"
                                          % (info.extract_version / 10))
            info.volume = rec[_CD_DISK_NUMBER_START]
            info.internal_attr = rec[_CD_INTERNAL_FILE_ATTRIBUTES]
            info.external_attr = rec[_CD_EXTERNAL_FILE_ATTRIBUTES]
            info._raw_time = rec[_CD_TIME]
            info.date_time = _from_dos(rec[_CD_TIME], rec[_CD_DATE])
            info._decodeExtra(crc32(raw_name))
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            consumed += sizeCentralDir + name_len + extra_len + comment_len
        # A member's data has to stop where the next member (by offset) or the
        # central directory begins; open() checks this.
        boundary = self.start_dir
        by_offset = sorted(self.filelist, key=lambda zi: zi.header_offset, reverse=True)
        for info in by_offset:
            info._end_offset = boundary
            boundary = info.header_offset

    def namelist(self):
        """The names of all members, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo objects of all members, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members (name, time stamp, size) to file or stdout."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = info.date_time
            when = "%d-%02d-%02d" % stamp[:3] + " %02d:%02d:%02d" % stamp[3:6]
            print("%-46s %s %12d" % (info.filename, when, info.file_size), file=file)

    def testzip(self):
        """Read every member through; return the name of the first bad one, else None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called name; KeyError when there is none."""
        try:
            return self.NameToInfo[name]
        except KeyError:
            pass
        raise KeyError('There is no item named %r in the archive' % name)

    def setpassword(self, pwd):
        """Remember pwd (bytes) as the password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd if pwd else None

    @property
    def comment(self):
        """The archive comment (bytes); setting it marks the archive as changed."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            message = 'Archive comment is too long; truncating to %d bytes'
            warnings.warn(message % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """The whole content of member name, decrypted with pwd if needed."""
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Open member name (a str or ZipInfo) as a binary stream.

        Mode 'r' reads an existing member; mode 'w' starts a new one, which is
        finished when the returned stream is closed.
        """
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")

        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'r':
            zinfo = self.getinfo(name)
        else:
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel

        if mode == 'w':
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")

        self._fileRefCnt += 1
        shared = _SharedFile(self.fp, zinfo.header_offset, self._fpclose, self._lock,
                             lambda: self._writing)
        try:
            self._check_local_header(shared, zinfo)
            if zinfo.flag_bits & _MASK_ENCRYPTED:
                pwd = pwd or self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for "
                                       "extraction" % name)
            else:
                pwd = None
            return ZipExtFile(shared, mode + 'b', zinfo, pwd, True)
        except:
            shared.close()
            raise

    def _check_local_header(self, shared, zinfo):
        # Read the member's local header (leaving shared at the data) and check
        # it against the central directory entry.
        fixed = shared.read(sizeFileHeader)
        if len(fixed) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        head = struct.unpack(structFileHeader, fixed)
        if head[_FH_SIGNATURE] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        raw_name = shared.read(head[_FH_FILENAME_LENGTH])
        skip = head[_FH_EXTRA_FIELD_LENGTH]
        if skip:
            shared.seek(skip, whence=1)
        if zinfo.flag_bits & _MASK_COMPRESSED_PATCH:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & _MASK_STRONG_ENCRYPTION:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if head[_FH_GENERAL_PURPOSE_FLAG_BITS] & _MASK_UTF_FILENAME:
            name = raw_name.decode("utf-8")
        else:
            name = _decode_name(raw_name, self.metadata_encoding)
        if name != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (zinfo.orig_filename, raw_name))
        limit = zinfo._end_offset
        if limit is not None and shared.tell() + zinfo.compress_size > limit:
            raise BadZipFile(f"Overlapped entries: {zinfo.orig_filename!r} "
                             f"(possible zip bomb)")

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening "
                             "another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        flags = 0
        if zinfo.compress_type == ZIP_LZMA:
            flags |= _MASK_COMPRESS_OPTION_1
        if not self._seekable:
            flags |= _MASK_USE_DATA_DESCRIPTOR
        zinfo.flag_bits = flags
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        # The final size is unknown; file_size is taken as a hint, with room
        # for compression making the data somewhat larger.
        size_hint = zinfo.file_size * 1.05
        zip64 = force_zip64 or size_hint > ZIP64_LIMIT
        if zip64 and not self._allowZip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _target_dir(self, path):
        return os.getcwd() if path is None else os.fspath(path)

    def extract(self, member, path=None, pwd=None):
        """Write one member below path (default: the current directory).

        Returns the path of the file or directory created.
        """
        return self._extract_member(member, self._target_dir(path), pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract every member (or just those in members) below path."""
        if members is None:
            members = self.namelist()
        target = self._target_dir(path)
        for member in members:
            self._extract_member(member, target, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        # Characters Windows forbids become '_'; trailing dots and spaces are
        # dropped from each component, and empty components removed.
        if not cls._win_name_table:
            forbidden = ':<>|"?*'
            cls._win_name_table = str.maketrans(forbidden, '_' * len(forbidden))
        parts = arcname.translate(cls._win_name_table).split(pathsep)
        return pathsep.join(filter(None, (part.rstrip(' .') for part in parts)))

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # Keep the result inside targetpath: no drive, no root, no '.' or '..'.
        sep = os.path.sep
        relative = member.filename.replace('/', sep)
        if os.path.altsep:
            relative = relative.replace(os.path.altsep, sep)
        _, relative = os.path.splitdrive(relative)
        unsafe = ('', os.path.curdir, os.path.pardir)
        relative = sep.join(part for part in relative.split(sep) if part not in unsafe)
        if sep == '\\':
            relative = self._sanitize_windows_name(relative, sep)
        if not relative and not member.is_dir():
            raise ValueError("Empty filename.")
        destination = os.path.normpath(os.path.join(targetpath, relative))
        parent = os.path.dirname(destination)
        if parent and not os.path.exists(parent):
            os.makedirs(parent, exist_ok=True)
        if not member.is_dir():
            with self.open(member, pwd=pwd) as src, open(destination, "wb") as dst:
                shutil.copyfileobj(src, dst)
            return destination
        if not os.path.isdir(destination):
            try:
                os.mkdir(destination)
            except FileExistsError:
                if not os.path.isdir(destination):
                    raise
        return destination

    def _writecheck(self, zinfo):
        # Refuse (or warn about) a member that cannot be added as things are.
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % (zinfo.filename,), stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if self._allowZip64:
            return
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            what = "Files count"
        elif zinfo.file_size > ZIP64_LIMIT:
            what = "Filesize"
        elif zinfo.header_offset > ZIP64_LIMIT:
            what = "Zipfile size"
        else:
            return
        raise LargeZipFile(what + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file or directory filename, as arcname (default: filename)."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        if compress_type is None:
            compress_type = self.compression
        if compresslevel is None:
            compresslevel = self.compresslevel
        zinfo.compress_type = compress_type
        zinfo._compresslevel = compresslevel
        with open(filename, "rb") as src:
            with self.open(zinfo, 'w') as dst:
                shutil.copyfileobj(src, dst, 8192)

    def _now(self):
        return time.localtime(time.time())[:6]

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member from memory: data is bytes, or str (stored as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = zinfo_or_arcname
        else:
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=self._now())
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1:] == '/':
                zinfo.external_attr = (0o40775 << 16) | 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self._lock, self.open(zinfo, mode='w') as dst:
            dst.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory entry, given as a ZipInfo or a name."""
        given = zinfo_or_directory_name
        if isinstance(given, ZipInfo):
            if not given.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
            zinfo = given
        elif isinstance(given, str):
            name = given if given.endswith("/") else given + "/"
            zinfo = ZipInfo(name, self._now())
            zinfo.CRC = 0
            zinfo.compress_size = 0
            zinfo.file_size = 0
            zinfo.external_attr = (((0o40000 | mode) & 0xFFFF) << 16) | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            if zinfo.compress_type == ZIP_LZMA:
                zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
            self._writecheck(zinfo)
            self._didModify = True
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            self.fp.write(zinfo.FileHeader(False))
            self.start_dir = self.fp.tell()

    def __del__(self):
        """Close the archive when it is collected without close() having run."""
        self.close()

    def close(self):
        """Finish the archive (central directory, end records) and release the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing the zip.")
        try:
            if self._didModify and self.mode in ('w', 'x', 'a'):
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            stream, self.fp = self.fp, None
            self._fpclose(stream)

    def _write_end_record(self):
        out = self.fp
        for zinfo in self.filelist:
            out.write(self._central_record(zinfo))
        dir_end = out.tell()
        entries = len(self.filelist)
        dir_offset = self.start_dir
        dir_size = dir_end - dir_offset
        reason = None
        if entries > ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif dir_offset > ZIP64_LIMIT:
            reason = "Central directory offset"
        elif dir_size > ZIP64_LIMIT:
            reason = "Central directory size"
        if reason:
            if not self._allowZip64:
                raise LargeZipFile(reason + " would require ZIP64 extensions")
            # 44: size of the ZIP64 record after its first 12 bytes; 45: version 4.5.
            out.write(struct.pack(structEndArchive64, stringEndArchive64, 44, 45, 45,
                                  0, 0, entries, entries, dir_size, dir_offset))
            out.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator,
                                  0, dir_end, 1))
            entries = min(entries, 0xFFFF)
            dir_size = min(dir_size, 0xFFFFFFFF)
            dir_offset = min(dir_offset, 0xFFFFFFFF)
        out.write(struct.pack(structEndArchive, stringEndArchive, 0, 0, entries, entries,
                              dir_size, dir_offset, len(self._comment)))
        out.write(self._comment)
        if self.mode == "a":
            out.truncate()
        out.flush()

    def _central_record(self, zinfo):
        dostime, dosdate = _dos_stamp(zinfo.date_time)
        # Values too big for their 32-bit slot move into a ZIP64 extra block,
        # the slot holding 0xffffffff instead.
        wide = []
        plain, packed = zinfo.file_size, zinfo.compress_size
        if max(plain, packed) > ZIP64_LIMIT:
            wide += [plain, packed]
            plain = packed = 0xffffffff
        local_at = zinfo.header_offset
        if local_at > ZIP64_LIMIT:
            wide.append(local_at)
            local_at = 0xffffffff
        extra = zinfo.extra
        needed = 0
        if wide:
            block = struct.pack('<HH%dQ' % len(wide), 1, 8 * len(wide), *wide)
            extra = block + _strip_extra(extra, (1,))
            needed = ZIP64_VERSION
        needed = max(needed, _method_version(zinfo.compress_type))
        name, flags = zinfo._encodeFilenameFlags()
        fixed = struct.pack(
            structCentralDir, stringCentralDir,
            max(needed, zinfo.create_version), zinfo.create_system,
            max(needed, zinfo.extract_version), zinfo.reserved,
            flags, zinfo.compress_type, dostime, dosdate, zinfo.CRC,
            packed, plain, len(name), len(extra), len(zinfo.comment),
            0, zinfo.internal_attr, zinfo.external_attr, local_at)
        return b''.join((fixed, name, extra, zinfo.comment))

    def _fpclose(self, fp):
        # The file is shared with open member streams; close it with the last.
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if self._fileRefCnt == 0 and not self._filePassed:
            fp.close()


class PyZipFile(ZipFile):
    """ZipFile meant for adding Python modules and packages (writepy)."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 optimize=-1):
        super().__init__(file, mode=mode, compression=compression,
                         allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        """Would add Python source as byte-code; this runtime cannot compile .pyc."""
        raise NotImplementedError("PyZipFile.writepy: byte-code compilation to .pyc files "
                                  "is not supported")


from ._path import CompleteDirs, Path  # noqa: E402


def main(args=None):
    from ._main import main as _main
    _main(args)
