"""Read and write tar archives.

A tar archive is a sequence of 512-byte blocks: each member is a header block followed
by its data padded to a block boundary, and the archive ends with two zero blocks
(padded to a 10 KiB record). Three header formats are written: POSIX ustar, GNU (long
names in extra "././@LongLink" members) and POSIX.1-2001 pax (the default; extended
"key=value" records in a header member). Archives may be compressed with gzip; bzip2
and xz need modules this runtime does not have, so those methods raise
CompressionError. Extraction goes through filters ('data', 'tar', 'fully_trusted')
that can refuse or sanitise dangerous members.
"""

import copy
import io
import os
import re
import shutil
import stat
import struct
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

# os.symlink may be missing or refused; extraction then copies the target instead.
symlink_exception = (AttributeError, NotImplementedError, OSError)

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter",
           "tar_filter", "FilterError", "AbsoluteLinkError",
           "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

bltn_open = open

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"

GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"

XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE,
                   CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = sys.getfilesystemencoding()

# The file type bits that TarFile.list() shows for each member type.
_TYPE_MODE_BITS = {REGTYPE: stat.S_IFREG, DIRTYPE: stat.S_IFDIR, SYMTYPE: stat.S_IFLNK,
                   CHRTYPE: stat.S_IFCHR, BLKTYPE: stat.S_IFBLK, FIFOTYPE: stat.S_IFIFO}


# Header fields.
def stn(s, length, encoding, errors):
    """Encode s into a bytes field of exactly length bytes (cut or NUL-padded)."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)[:length]
    return raw + NUL * (length - len(raw))


def nts(s, encoding, errors):
    """Decode a bytes field up to its first NUL."""
    end = s.find(b"\0")
    return (s if end < 0 else s[:end]).decode(encoding, errors)


def nti(s):
    """The int stored in a numeric header field.

    Fields are octal text, except that a first byte of 0x80 (positive) or
    0xff (negative) marks a GNU big-endian base-256 number.
    """
    marker = s[0]
    if marker == 0o200 or marker == 0o377:
        value = int.from_bytes(bytes(s[1:]), 'big')
        if marker == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, "ascii", "strict").strip()
        return int(text or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """Encode n for a numeric field of digits bytes.

    Octal with a NUL terminator when it fits; in GNU format, larger or
    negative values fall back to base-256.
    """
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return ("%0*o" % (digits - 1, n)).encode("ascii") + NUL
    span = 256 ** (digits - 1)
    if format != GNU_FORMAT or not -span <= n < span:
        raise ValueError("overflow in number field")
    if n < 0:
        lead, n = 0o377, n + 256 ** digits
    else:
        lead = 0o200
    body = (n % span).to_bytes(digits - 1, 'big')
    return bytearray([lead]) + body


def calc_chksums(buf):
    """Header checksum, unsigned and signed (some old tars summed signed bytes).

    The 8-byte checksum field itself counts as spaces.
    """
    covered = bytes(buf[:148]) + bytes(buf[156:512])
    if len(covered) != 504:
        raise struct.error("header block too short")
    unsigned = 256 + sum(covered)
    high = sum(1 for byte in covered if byte >= 128)
    return unsigned, unsigned - 256 * high


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes (everything when None) from src to dst.

    A source that ends early raises exception.
    """
    step = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, step)
        return
    left = length
    while left > 0:
        want = min(step, left)
        chunk = src.read(want)
        if len(chunk) < want:
            raise exception("unexpected end of data")
        dst.write(chunk)
        left -= want


def _safe_print(s):
    # Print s (no newline) even when stdout's encoding cannot show all of it.
    enc = getattr(sys.stdout, 'encoding', None)
    if enc is not None:
        s = s.encode(enc, 'backslashreplace').decode(enc)
    print(s, end=' ')


class TarError(Exception):
    """Root of the tarfile exceptions."""


class ExtractError(TarError):
    """A member could not be extracted."""


class ReadError(TarError):
    """The data is not a readable tar archive."""


class CompressionError(TarError):
    """The compression method is unknown or its module is missing."""


class StreamError(TarError):
    """The operation needs random access, which a '|' stream lacks."""


class HeaderError(TarError):
    """Root of the header parsing errors."""


class EmptyHeaderError(HeaderError):
    """A header block of zero bytes."""


class TruncatedHeaderError(HeaderError):
    """A header block shorter than 512 bytes."""


class EOFHeaderError(HeaderError):
    """A block of NULs: the end-of-archive marker."""


class InvalidHeaderError(HeaderError):
    """A header block with a bad checksum or bad fields."""


class SubsequentHeaderError(HeaderError):
    """An extended (GNU long name or pax) header not followed by a valid one."""


# Streams for the '|' modes: read or written strictly in order.
class _LowLevelFile:
    # The file named in a stream mode, read or written with os calls.

    def __init__(self, name, mode):
        flags = os.O_RDONLY if mode == "r" else os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        if mode not in ("r", "w"):
            raise KeyError(mode)
        flags |= getattr(os, "O_BINARY", 0)
        self.fd = os.open(name, flags, 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, s):
        os.write(self.fd, s)


def _fill(head, size, more):
    # head plus the chunks more() returns until there are size bytes or it
    # returns None (the end); gives (the first size bytes, the rest).
    pieces = [head]
    have = len(head)
    while have < size:
        chunk = more()
        if chunk is None:
            break
        pieces.append(chunk)
        have += len(chunk)
    joined = b"".join(pieces)
    return joined[:size], joined[size:]


class _Stream:
    """A forward-only file over a (possibly compressed) stream, for the '|' modes."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel=9):
        self._extfileobj = fileobj is not None
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
        if comptype == '*':
            # Guess the compression from the first bytes.
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = b""
        self.pos = 0
        self.closed = False
        try:
            self._setup_codec(compresslevel)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _setup_codec(self, compresslevel):
        kind = self.comptype
        if kind == "tar":
            return
        if kind == "bz2":
            raise CompressionError("bz2 module is not available")
        if kind == "xz":
            raise CompressionError("lzma module is not available")
        if kind != "gz":
            raise CompressionError("unknown compression type %r" % kind)
        try:
            import zlib
        except ImportError:
            raise CompressionError("zlib module is not available") from None
        self.zlib = zlib
        self.crc = zlib.crc32(b"")
        if self.mode != "r":
            self._start_gzip_output(compresslevel)
            return
        self.exception = zlib.error
        self._start_gzip_input()

    def __del__(self):
        if not getattr(self, "closed", True):
            self.close()

    def _start_gzip_output(self, compresslevel):
        z = self.zlib
        self.cmp = z.compressobj(compresslevel, z.DEFLATED, -z.MAX_WBITS,
                                 z.DEF_MEM_LEVEL, 0)
        # Member header: magic, deflate, FNAME flag, mtime, XFL=2, OS=unknown.
        mtime = int(time.time()).to_bytes(4, 'little')
        self._put_raw(b"\x1f\x8b\x08\x08" + mtime + b"\x02\xff")
        base = self.name[:-3] if self.name.endswith(".gz") else self.name
        self.name = os.path.basename(base)
        self._put_raw(self.name.encode("iso-8859-1", "replace") + NUL)

    def write(self, s):
        """Append s to the stream (compressing it if need be)."""
        if self.comptype == "gz":
            self.crc = self.zlib.crc32(s, self.crc)
        self.pos += len(s)
        self._put_raw(s if self.comptype == "tar" else self.cmp.compress(s))

    def _put_raw(self, data):
        # Buffer output and pass it on in whole bufsize pieces.
        self.buf += data
        size = self.bufsize
        while len(self.buf) > size:
            piece, self.buf = self.buf[:size], self.buf[size:]
            self.fileobj.write(piece)

    def close(self):
        """Flush everything (compressor, gzip trailer) and close the stream."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                if self.comptype != "tar":
                    self.buf += self.cmp.flush()
                if self.buf:
                    pending, self.buf = self.buf, b""
                    self.fileobj.write(pending)
                    if self.comptype == "gz":
                        trailer = self.crc.to_bytes(4, 'little')
                        trailer += (self.pos & 0xFFFFFFFF).to_bytes(4, 'little')
                        self.fileobj.write(trailer[:4])
                        self.fileobj.write(trailer[4:])
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def _skip_zero_terminated(self):
        while True:
            byte = self._take_raw(1)
            if not byte or byte == NUL:
                return

    def _start_gzip_input(self):
        zlib = self.zlib
        self.cmp = zlib.decompressobj(-zlib.MAX_WBITS)      # raw deflate
        self.dbuf = b""
        if self._take_raw(2) != b"\x1f\x8b":
            raise ReadError("not a gzip file")
        if self._take_raw(1) != b"\x08":
            raise CompressionError("unsupported compression method")
        flags = ord(self._take_raw(1))
        self._take_raw(6)                       # mtime, XFL, OS
        if flags & 0x04:                        # FEXTRA
            low = ord(self._take_raw(1))
            high = ord(self._take_raw(1))
            self.read(low | high << 8)
        if flags & 0x08:                        # FNAME
            self._skip_zero_terminated()
        if flags & 0x10:                        # FCOMMENT
            self._skip_zero_terminated()
        if flags & 0x02:                        # FHCRC
            self._take_raw(2)

    def tell(self):
        """Bytes of (uncompressed) data read or written so far."""
        return self.pos

    def seek(self, pos=0):
        """Skip forward to pos by reading; going back raises StreamError."""
        gap = pos - self.pos
        if gap < 0:
            raise StreamError("seeking backwards is not allowed")
        whole, rest = divmod(gap, self.bufsize)
        for _ in range(whole):
            self.read(self.bufsize)
        self.read(rest)
        return self.pos

    def read(self, size):
        """The next size bytes of (uncompressed) data; fewer at the end."""
        assert size is not None
        data = self._read(size)
        self.pos += len(data)
        return data

    def _read(self, size):
        if self.comptype == "tar":
            return self._take_raw(size)
        data, self.dbuf = _fill(self.dbuf, size, self._next_plain)
        return data

    def _next_plain(self):
        # The next decompressed chunk (pending raw bytes first); None at the end.
        if self.buf:
            raw, self.buf = self.buf, b""
        else:
            raw = self.fileobj.read(self.bufsize)
            if not raw:
                return None
        try:
            return self.cmp.decompress(raw)
        except self.exception as exc:
            raise ReadError("invalid compressed data") from exc

    def _take_raw(self, size):
        # Raw bytes from the underlying file, through self.buf.
        data, self.buf = _fill(self.buf, size, self._next_raw)
        return data

    def _next_raw(self):
        return self.fileobj.read(self.bufsize) or None


class _StreamProxy:
    # Holds the first block of a stream back, to tell its compression from it.

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = fileobj.read(BLOCKSIZE)

    def read(self, size):
        # The first call returns the held block; later ones go straight through.
        self.read = self.fileobj.read
        return self.buf

    def getcomptype(self):
        head = self.buf
        if head[:3] == b"\x1f\x8b\x08":
            return "gz"
        if head[:3] == b"BZh" and head[4:10] == b"1AY&SY":
            return "bz2"
        if head[:4] == b"\x5d\x00\x00\x80" or head[:5] == b"\xfd7zXZ":
            return "xz"
        return "tar"

    def close(self):
        self.fileobj.close()


class _FileInFile:
    """A read-only raw file for the data of one member inside the archive's file."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.name = name
        self.position = 0
        self.closed = False
        # The member's content as runs (has_data, start, stop, archive offset);
        # a sparse member has holes (runs without data) between its blocks.
        runs = []
        covered = 0
        source = offset
        for start, length in blockinfo if blockinfo is not None else [(0, size)]:
            if start > covered:
                runs.append((False, covered, start, None))
            runs.append((True, start, start + length, source))
            source += length
            covered = start + length
        if covered < size:
            runs.append((False, covered, size, None))
        self._runs = runs
        self._run = 0

    def flush(self):
        pass

    @property
    def mode(self):
        return 'rb'

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self.position + position
        elif whence == io.SEEK_END:
            target = self.size + position
        else:
            raise ValueError("Invalid argument")
        self.position = min(max(target, 0), self.size)
        return self.position

    def _run_at(self, pos):
        # Search onwards from the last run used, wrapping round.
        while True:
            run = self._runs[self._run]
            if run[1] <= pos < run[2]:
                return run
            self._run = (self._run + 1) % len(self._runs)

    def read(self, size=None):
        left = self.size - self.position
        if size is not None and 0 <= size < left:
            left = size
        out = b""
        while left > 0:
            has_data, start, stop, source = self._run_at(self.position)
            count = min(left, stop - self.position)
            if has_data:
                self.fileobj.seek(source + self.position - start)
                chunk = self.fileobj.read(count)
                if len(chunk) != count:
                    raise ReadError("unexpected end of data")
                out += chunk
            else:
                out += NUL * count
            left -= count
            self.position += count
        return out

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedReader):
    """The file object TarFile.extractfile() returns for a member."""

    def __init__(self, tarfile, tarinfo):
        fileobj = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size,
                              tarinfo.name, tarinfo.sparse)
        super().__init__(fileobj)


# Extraction filters.
class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would be extracted to {path!r}, '
                         + 'which is outside the destination')


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would link to {path!r}, '
                         + 'which is outside the destination')


def _within(path, root):
    return os.path.commonpath([path, root]) == root


def _data_mode(member, mode):
    # The 'data' filter's rule for permissions: files get owner read/write and
    # lose execute bits unless the owner had one; directories and symlinks
    # keep the platform default; anything else is refused.
    if member.isreg() or member.islnk():
        if not mode & 0o100:
            mode &= ~0o111
        return mode | 0o600
    if member.isdir() or member.issym():
        return None
    raise SpecialFileError(member)


def _filter_changes(member, dest_path, for_data=True):
    # The attribute changes that make member safe to extract below dest_path,
    # as a dict for TarInfo.replace(); a FilterError when that is impossible.
    changes = {}
    root = os.path.realpath(dest_path)
    name = member.name
    if name.startswith(('/', os.sep)):
        name = member.path.lstrip('/' + os.sep)
        changes['name'] = name
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    landing = os.path.realpath(os.path.join(root, name))
    if not _within(landing, root):
        raise OutsideDestinationError(member, landing)
    if member.mode is not None:
        # Never setuid, setgid, sticky, or writable by group and others.
        mode = member.mode & 0o755
        if for_data:
            mode = _data_mode(member, mode)
        if mode != member.mode:
            changes['mode'] = mode
    if not for_data:
        return changes
    for owner_field in ('uid', 'gid', 'uname', 'gname'):
        if getattr(member, owner_field) is not None:
            changes[owner_field] = None
    if member.islnk() or member.issym():
        if os.path.isabs(member.linkname):
            raise AbsoluteLinkError(member)
        # Symlinks resolve from the link's directory, hard links from the root.
        base = os.path.join(root, os.path.dirname(name)) if member.issym() else root
        landing = os.path.realpath(os.path.join(base, member.linkname))
        if not _within(landing, root):
            raise LinkOutsideDestinationError(member, landing)
    return changes


def _filtered(member, changes):
    return member.replace(**changes, deep=False) if changes else member


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    return _filtered(member, _filter_changes(member, dest_path, False))


def data_filter(member, dest_path):
    return _filtered(member, _filter_changes(member, dest_path, True))


_NAMED_FILTERS = {
    "fully_trusted": fully_trusted_filter,
    "tar": tar_filter,
    "data": data_filter,
}

_KEEP = object()

_DEFAULT_FILTER_WARNING = (
    'Python 3.14 will, by default, filter extracted tar archives and reject files or '
    'modify their metadata. Use the filter argument to control this behavior.')

_TARFILE_ATTR_WARNING = ('The undocumented "tarfile" attribute of TarInfo objects is '
                         'deprecated and will be removed in Python 3.16')

# Header block layout: (attribute, start, stop, is_text) in reading order.
_HEADER_FIELDS = (
    ("name", 0, 100, True), ("mode", 100, 108, False), ("uid", 108, 116, False),
    ("gid", 116, 124, False), ("size", 124, 136, False), ("mtime", 136, 148, False),
)
_HEADER_FIELDS_2 = (
    ("linkname", 157, 257, True), ("uname", 265, 297, True), ("gname", 297, 329, True),
    ("devmajor", 329, 337, False), ("devminor", 337, 345, False),
)


def _sparse_pairs(block, start, count):
    # Up to count (offset, size) pairs of 12-byte numbers from start on; stops
    # at the first one that does not parse.
    pairs = []
    for index in range(count):
        at = start + 24 * index
        try:
            pair = (nti(block[at:at + 12]), nti(block[at + 12:at + 24]))
        except ValueError:
            break
        pairs.append(pair)
    return pairs


class TarInfo(object):
    """One archive member: its header fields plus where its data lies.

    TarFile.getmember(), getmembers() and gettarinfo() produce these; a new one
    can also be filled in by hand and passed to TarFile.addfile().
    """

    __slots__ = dict(
        name='Member name (path inside the archive).',
        mode='Permission bits.',
        uid='Numeric owner user ID.',
        gid='Numeric owner group ID.',
        size='Data size in bytes.',
        mtime='Modification time, in seconds since the epoch.',
        chksum='Header block checksum.',
        type=('Member type: one of the type constants such as REGTYPE, '
              'DIRTYPE, SYMTYPE, LNKTYPE, CHRTYPE, BLKTYPE or FIFOTYPE.'),
        linkname='Link target, for hard links (LNKTYPE) and symlinks (SYMTYPE).',
        uname='Owner user name.',
        gname='Owner group name.',
        devmajor='Major device number.',
        devminor='Minor device number.',
        offset='Archive offset of the header.',
        offset_data='Archive offset of the data.',
        pax_headers='The pax extended header records of this member (a dict).',
        sparse='Data block list of a sparse member, else None.',
        _tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=""):
        """Make a regular-file member called name with every other field empty."""
        self.name = name
        self.mode = 0o644
        self.uid = self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self._tarfile = None

    @property
    def tarfile(self):
        import warnings
        warnings.warn(_TARFILE_ATTR_WARNING, DeprecationWarning, stacklevel=2)
        return self._tarfile

    @tarfile.setter
    def tarfile(self, tarfile):
        import warnings
        warnings.warn(_TARFILE_ATTR_WARNING, DeprecationWarning, stacklevel=2)
        self._tarfile = tarfile

    @property
    def path(self):
        """Same as name (the pax keyword for it)."""
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        """Same as linkname (the pax keyword for it)."""
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True, _KEEP=_KEEP):
        """A copy (deep unless deep=False) with the given fields changed."""
        clone = copy.deepcopy(self) if deep else copy.copy(self)
        updates = {"name": name, "mtime": mtime, "mode": mode, "linkname": linkname,
                   "uid": uid, "gid": gid, "uname": uname, "gname": gname}
        for field, value in updates.items():
            if value is not _KEEP:
                setattr(clone, field, value)
        return clone

    def get_info(self):
        """The header fields as a dict (directory names end with '/')."""
        fields = {}
        for key in ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type",
                    "linkname", "uname", "gname", "devmajor", "devminor"):
            fields[key] = getattr(self, key)
        if fields["mode"] is not None:
            fields["mode"] &= 0o7777
        if fields["type"] == DIRTYPE and fields["name"][-1:] != "/":
            fields["name"] += "/"
        return fields

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header block(s) for this member in the given format, as bytes."""
        fields = self.get_info()
        for key, value in fields.items():
            if value is None:
                raise ValueError("%s may not be None" % key)
        if format == PAX_FORMAT:
            return self.create_pax_header(fields, encoding)
        if format == GNU_FORMAT:
            return self.create_gnu_header(fields, encoding, errors)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(fields, encoding, errors)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        """A POSIX ustar header; long names are split into prefix and name."""
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        name = info["name"]
        if len(name.encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(name, encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """A GNU header, after ././@LongLink members for a long link or name."""
        info["magic"] = GNU_MAGIC
        extras = []
        for key, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                 ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[key].encode(encoding, errors)) > limit:
                extras.append(self._create_gnu_long_header(info[key], kind,
                                                           encoding, errors))
        extras.append(self._create_header(info, GNU_FORMAT, encoding, errors))
        return b"".join(extras)

    def create_pax_header(self, info, encoding):
        """A ustar header, preceded by a pax extended header for what it cannot hold.

        That is non-ASCII or overlong text fields, numbers beyond the octal
        fields, and fractional times.
        """
        info["magic"] = POSIX_MAGIC
        records = self.pax_headers.copy()
        for field, keyword, limit in (("name", "path", LENGTH_NAME),
                                      ("linkname", "linkpath", LENGTH_LINK),
                                      ("uname", "uname", 32),
                                      ("gname", "gname", 32)):
            if keyword in records:
                continue
            text = info[field]
            if not text.isascii() or len(text) > limit:
                records[keyword] = text
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            original = info[field]
            fractional = isinstance(original, float)
            whole = round(original) if fractional else original
            if 0 <= whole < 8 ** (digits - 1):
                if not fractional:
                    continue
                info[field] = whole
            else:
                info[field] = 0
            if field not in records:
                records[field] = str(original)
        prefix = (self._create_pax_generic_header(records, XHDTYPE, encoding)
                  if records else b"")
        return prefix + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """A pax global header (type 'g') carrying pax_headers."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        # Cut a long name at the first '/' that leaves a prefix of at most 155
        # and a rest of at most 100 encoded bytes.
        def fits(text, limit):
            return len(text.encode(encoding, errors)) <= limit

        parts = name.split("/")
        for cut in range(1, len(parts)):
            head, tail = "/".join(parts[:cut]), "/".join(parts[cut:])
            if fits(head, LENGTH_PREFIX) and fits(tail, LENGTH_NAME):
                return head, tail
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        # Build one 512-byte header block and fill in its checksum.
        def text(key, width):
            return stn(info.get(key, ""), width, encoding, errors)

        def number(key, width):
            return itn(info.get(key, 0), width, format)

        if info.get("type") in (CHRTYPE, BLKTYPE):
            dev_fields = number("devmajor", 8) + number("devminor", 8)
        else:
            dev_fields = stn("", 8, encoding, errors) + stn("", 8, encoding, errors)
        kind = info.get("type", REGTYPE)
        if kind is None:
            raise ValueError("TarInfo.type must not be None")
        fields = [
            text("name", 100),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            number("uid", 8),
            number("gid", 8),
            number("size", 12),
            number("mtime", 12),
            b" " * 8,                   # checksum, summed as spaces
            kind,
            text("linkname", 100),
            info.get("magic", POSIX_MAGIC),
            text("uname", 32),
            text("gname", 32),
            dev_fields,
            text("prefix", 155),
        ]
        block = bytearray(b"".join(fields)[:BLOCKSIZE].ljust(BLOCKSIZE, NUL))
        checksum = calc_chksums(block)[0]
        block[148:155] = b"%06o\0" % checksum
        return bytes(block)

    @staticmethod
    def _create_payload(payload):
        # Pad data to a whole number of blocks.
        short = -len(payload) % BLOCKSIZE
        return payload + NUL * short if short else payload

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data),
                "magic": GNU_MAGIC}
        head = cls._create_header(info, USTAR_FORMAT, encoding, errors)
        return head + cls._create_payload(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        # Records are "<length> <keyword>=<value>\n", length counting itself.
        # A value that is not valid UTF-8 (surrogate-escaped bytes) switches
        # every value to the archive encoding, announced by hdrcharset=BINARY.
        def utf8_ok(text):
            try:
                text.encode("utf-8", "strict")
            except UnicodeEncodeError:
                return False
            return True

        binary = not all(utf8_ok(value) for value in pax_headers.values())
        lines = [b"21 hdrcharset=BINARY\n"] if binary else []
        for keyword, value in pax_headers.items():
            if binary:
                raw = value.encode(encoding, "surrogateescape")
            else:
                raw = value.encode("utf-8")
            body = b" %s=%s\n" % (keyword.encode("utf-8"), raw)
            total = len(body) + 1
            while len(body) + len(str(total)) != total:
                total = len(body) + len(str(total))
            lines.append(b"%d%s" % (total, body))
        records = b"".join(lines)
        info = {"name": "././@PaxHeader", "type": type, "size": len(records),
                "magic": POSIX_MAGIC}
        head = cls._create_header(info, USTAR_FORMAT, "ascii", "replace")
        return head + cls._create_payload(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """Parse one 512-byte header block into a TarInfo."""
        if not buf:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        stored_sum = nti(buf[148:156])
        if stored_sum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        member = cls()

        def load(layout):
            for attr, start, stop, is_text in layout:
                raw = buf[start:stop]
                setattr(member, attr, nts(raw, encoding, errors) if is_text else nti(raw))

        load(_HEADER_FIELDS)
        member.chksum = stored_sum
        member.type = buf[156:157]
        load(_HEADER_FIELDS_2)
        prefix = nts(buf[345:345 + LENGTH_PREFIX], encoding, errors)
        if member.type == AREGTYPE and member.name.endswith("/"):
            # Pre-POSIX archives mark directories only by the trailing slash.
            member.type = DIRTYPE
        if member.type == GNUTYPE_SPARSE:
            # Old GNU sparse format: four block pairs in the header; a flag
            # says whether extension blocks (read by _proc_sparse) follow.
            member._sparse_structs = (_sparse_pairs(buf, 386, 4), bool(buf[482]),
                                      nti(buf[483:495]))
        if member.isdir():
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = "/".join((prefix, member.name))
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """Read the next header(s) from tarfile and return the member they describe."""
        block = tarfile.fileobj.read(BLOCKSIZE)
        member = cls.frombuf(block, tarfile.encoding, tarfile.errors)
        member.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return member._proc_member(tarfile)

    def _proc_member(self, tarfile):
        # Dispatch on the type: extended headers are read together with the
        # member they describe.
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _data_end(self):
        # Where the next header starts.  Unknown types are assumed to carry
        # data the way regular files do.
        end = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            end += self._block(self.size)
        return end

    def _place_data(self, tarfile):
        # The data starts at the current file position; the next header follows it.
        start = tarfile.fileobj.tell()
        self.offset_data = start
        tarfile.offset = self._data_end()

    def _proc_builtin(self, tarfile):
        self._place_data(tarfile)
        self._take_pax_records(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as exc:
            raise SubsequentHeaderError(str(exc)) from None

    def _proc_gnulong(self, tarfile):
        # The data is the long name (or link target) of the following member.
        data = tarfile.fileobj.read(self._block(self.size))
        member = self._next_header(tarfile)
        member.offset = self.offset
        text = nts(data, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            member.name = text
        elif self.type == GNUTYPE_LONGLINK:
            member.linkname = text
        if member.isdir():
            member.name = member.name.removesuffix("/")
        return member

    def _proc_sparse(self, tarfile):
        blocks, more, real_size = self._sparse_structs
        del self._sparse_structs
        while more:
            # Extension block: 21 pairs, then the "more follow" flag.
            ext = tarfile.fileobj.read(BLOCKSIZE)
            blocks.extend(pair for pair in _sparse_pairs(ext, 0, 21) if all(pair))
            more = bool(ext[504])
        self.sparse = blocks
        self._place_data(tarfile)       # self.size is still the stored size here
        self.size = real_size
        return self

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        # A global header ('g') changes the archive-wide dict; an extended one
        # applies to the next member only.
        if self.type == XGLTYPE:
            records = tarfile.pax_headers
        else:
            records = dict(tarfile.pax_headers)
        charset = re.search(br"\d+ hdrcharset=([^\n]+)\n", data)
        if charset is not None:
            records["hdrcharset"] = charset.group(1).decode("utf-8")
        if records.get("hdrcharset") == "BINARY":
            name_encoding = tarfile.encoding
        else:
            name_encoding = "utf-8"
        record_start = re.compile(br"(\d+) ([^=]+)=")
        errors = tarfile.errors
        at = 0
        while at < len(data) and data[at] != 0:
            found = record_start.match(data, at)
            if found is None:
                raise InvalidHeaderError("invalid header")
            size = int(found.group(1))
            if size == 0:
                raise InvalidHeaderError("invalid header")
            raw_value = data[found.end(2) + 1:found.start(1) + size - 1]
            keyword = self._decode_pax_field(found.group(2), "utf-8", "utf-8", errors)
            if keyword in PAX_NAME_FIELDS:
                value = self._decode_pax_field(raw_value, name_encoding,
                                               tarfile.encoding, errors)
            else:
                value = self._decode_pax_field(raw_value, "utf-8", "utf-8", errors)
            records[keyword] = value
            at += size
        member = self._next_header(tarfile)
        if "GNU.sparse.map" in records or "GNU.sparse.offset" in records:
            raise NotImplementedError("tarfile: GNU pax sparse members are not supported")
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            member._take_pax_records(records, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in records:
                # The size may have changed, and with it the next header's place.
                tarfile.offset = member._data_end()
        return member

    def _take_pax_records(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword not in PAX_FIELDS:
                continue
            convert = PAX_NUMBER_FIELDS.get(keyword)
            if convert is not None:
                try:
                    value = convert(value)
                except ValueError:
                    value = 0
            if keyword == "path":
                value = value.rstrip("/")
            setattr(self, keyword, value)
        self.pax_headers = dict(pax_headers)

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        """count rounded up to a multiple of BLOCKSIZE."""
        return -(-count // BLOCKSIZE) * BLOCKSIZE

    def isreg(self):
        """True for regular files (including contiguous and sparse ones)."""
        return self.type in REGULAR_TYPES

    def isfile(self):
        """Same as isreg()."""
        return self.isreg()

    def isdir(self):
        """True for directories."""
        return self.type == DIRTYPE

    def issym(self):
        """True for symbolic links."""
        return self.type == SYMTYPE

    def islnk(self):
        """True for hard links."""
        return self.type == LNKTYPE

    def ischr(self):
        """True for character devices."""
        return self.type == CHRTYPE

    def isblk(self):
        """True for block devices."""
        return self.type == BLKTYPE

    def isfifo(self):
        """True for named pipes."""
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        """True for character devices, block devices and FIFOs."""
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


_ARCHIVE_FILE_MODES = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}

# st_mode tests for the member types gettarinfo() stores without extra data.
_STAT_KINDS = ((stat.S_ISDIR, DIRTYPE), (stat.S_ISFIFO, FIFOTYPE),
               (stat.S_ISCHR, CHRTYPE), (stat.S_ISBLK, BLKTYPE))


def _need_compressed_mode(mode):
    if mode not in ("r", "w", "x"):
        raise ValueError("mode must be 'r', 'w' or 'x'")


def _account_name(lookup, number):
    # The name a pwd/grp lookup gives number, or None when it has no entry.
    try:
        return lookup(number)[0]
    except KeyError:
        return None


def _account_id(database, lookup, name, fallback):
    # The id that database (pwd or grp) holds for name; fallback when the module,
    # the name or its entry is missing.
    if not database or not name:
        return fallback
    try:
        return getattr(database, lookup)(name)[2]
    except KeyError:
        return fallback


def _listing_fields(member, verbose):
    # The words TarFile.list() prints for member, produced lazily so that each is
    # printed before the next is worked out.
    if verbose:
        if member.mode is None:
            yield "??????????"
        else:
            yield stat.filemode(member.mode | _TYPE_MODE_BITS.get(member.type, 0))
        yield f"{member.uname or member.uid}/{member.gname or member.gid}"
        if member.ischr() or member.isblk():
            yield ("%d,%d" % (member.devmajor, member.devminor)).rjust(10)
        else:
            yield "%10d" % member.size
        if member.mtime is None:
            yield "????-??-?? ??:??:??"
        else:
            stamp = time.localtime(member.mtime)
            yield "%d-%02d-%02d %02d:%02d:%02d" % tuple(stamp[:6])
    yield member.name + "/" if member.isdir() else member.name
    if verbose and member.issym():
        yield "-> " + member.linkname
    if verbose and member.islnk():
        yield "link to " + member.linkname


class TarFile:
    """A tar archive opened for reading, writing or appending (see TarFile.open())."""

    debug = 0                   # 0 (quiet) to 3 (everything) messages on stderr
    dereference = False         # archive the targets of symbolic links
    ignore_zeros = False        # skip zero blocks instead of ending the archive
    errorlevel = 1              # 0: log errors, 1: raise fatal ones, 2: raise all
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None,
                 errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None, stream=False):
        """Open a plain (uncompressed) archive on the file name or on fileobj.

        mode 'r' reads, 'a' appends (creating a missing file), 'w' writes a new
        archive and 'x' writes one only if the file does not exist yet. The other
        arguments override the class-level defaults of the same names.
        """
        if mode not in _ARCHIVE_FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = _ARCHIVE_FILE_MODES[mode]
        ours = not fileobj
        if ours:
            if mode == "a" and not os.path.exists(name):
                self.mode, self._mode = "w", "wb"
            fileobj = bltn_open(name, self._mode)
        else:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
        self._extfileobj = not ours
        self.name = None
        if name:
            self.name = os.path.abspath(name)
        self.fileobj = fileobj
        self.stream = stream

        overrides = (("format", format), ("tarinfo", tarinfo), ("dereference", dereference),
                     ("ignore_zeros", ignore_zeros), ("encoding", encoding))
        for attr, value in overrides:
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        # Global pax records only exist in the pax format.
        self.pax_headers = {}
        if self.format == PAX_FORMAT and pax_headers is not None:
            self.pax_headers = pax_headers
        for attr, value in (("debug", debug), ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, attr, value)

        self.copybufsize = copybufsize
        self.closed = False
        self.members = []       # the TarInfo objects read or written so far
        self._loaded = False    # True once every member has been read
        self.offset = self.fileobj.tell()
        self.inodes = {}        # (inode, device) -> arcname, to store hard links
        try:
            self._begin()
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _begin(self):
        # Read the first header, find where appending starts, or write the global
        # pax header, as the mode requires.
        if self.mode == "r":
            self.firstmember = None
            self.firstmember = self.next()
            return
        if self.mode == "a":
            self._skip_to_end()
        self._loaded = True
        if self.pax_headers:
            header = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
            self.fileobj.write(header)
            self.offset += len(header)

    def _skip_to_end(self):
        # Read every member of an archive opened for appending and leave the file
        # positioned on its end-of-archive blocks.
        while True:
            self.fileobj.seek(self.offset)
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as exc:
                raise ReadError(str(exc)) from None
            self.members.append(member)

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive for reading, writing or appending.

        mode is 'r' or 'r:*' (any compression), 'r:' (none), 'r:gz', 'a', 'a:',
        'w', 'w:', 'w:gz', 'x', 'x:', 'x:gz', or a stream mode 'r|*', 'r|', 'r|gz',
        'w|', 'w|gz' for sequential, non-seekable access. bz2 and xz need modules
        that are not available here.
        """
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            return cls._open_any(name, fileobj, kwargs)
        if ":" in mode:
            filemode, _, comptype = mode.partition(":")
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            opener = getattr(cls, cls.OPEN_METH[comptype])
            return opener(name, filemode or "r", fileobj, **kwargs)
        if "|" in mode:
            return cls._open_stream(name, mode, fileobj, bufsize, kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_any(cls, name, fileobj, kwargs):
        # Try each method in turn, compressed ones first: the plain reader could
        # take compressed bytes for a damaged header.
        attempts = sorted(cls.OPEN_METH.items(), key=lambda item: item[1] == "taropen")
        failures = []
        for comptype, method in attempts:
            start = None if fileobj is None else fileobj.tell()
            try:
                return getattr(cls, method)(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as exc:
                failures.append(f'- method {comptype}: {exc!r}')
                if fileobj is not None:
                    fileobj.seek(start)
        details = "\n".join(failures)
        raise ReadError(f"file could not be opened successfully:\n{details}")

    @classmethod
    def _open_stream(cls, name, mode, fileobj, bufsize, kwargs):
        filemode, _, comptype = mode.partition("|")
        filemode = filemode or "r"
        if filemode not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'")
        level = kwargs.pop("compresslevel", 9)
        stream = _Stream(name, filemode, comptype or "tar", fileobj, bufsize, level)
        try:
            archive = cls(name, filemode, stream, **kwargs)
        except BaseException:
            stream.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open a plain, uncompressed archive (mode 'r', 'a', 'w' or 'x')."""
        if mode not in _ARCHIVE_FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _over_decompressor(cls, name, mode, wrapper, read_errors, message, kwargs):
        # Open the archive inside the decompressing file object wrapper, which the
        # TarFile then owns; read_errors while reading become ReadError(message).
        try:
            archive = cls.taropen(name, mode, wrapper, **kwargs)
        except read_errors as exc:
            wrapper.close()
            if mode == 'r':
                raise ReadError(message) from exc
            raise
        except BaseException:
            wrapper.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed archive (mode 'r', 'w' or 'x')."""
        _need_compressed_mode(mode)
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            wrapper = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as exc:
            if mode == 'r' and fileobj is not None:
                raise ReadError("not a gzip file") from exc
            raise
        return cls._over_decompressor(name, mode, wrapper, OSError,
                                      "not a gzip file", kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed archive (needs the bz2 module)."""
        _need_compressed_mode(mode)
        try:
            from bz2 import BZ2File
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        wrapper = BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        return cls._over_decompressor(name, mode, wrapper, (OSError, EOFError),
                                      "not a bzip2 file", kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open an xz (lzma) compressed archive (needs the lzma module)."""
        _need_compressed_mode(mode)
        try:
            from lzma import LZMAFile, LZMAError
        except ImportError:
            raise CompressionError("lzma module is not available") from None
        wrapper = LZMAFile(fileobj or name, mode, preset=preset)
        return cls._over_decompressor(name, mode, wrapper, (LZMAError, EOFError),
                                      "not an lzma file", kwargs)

    OPEN_METH = {
        "tar": "taropen",
        "gz": "gzopen",
        "bz2": "bz2open",
        "xz": "xzopen",
    }

    def close(self):
        """Close the TarFile; in write modes, end the archive with two zero blocks."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                end_marker = NUL * (2 * BLOCKSIZE)
                self.fileobj.write(end_marker)
                self.offset += len(end_marker)
                # Fill up the last record.
                padding = -self.offset % RECORDSIZE
                if padding:
                    self.fileobj.write(NUL * padding)
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        """The TarInfo of the member called name (its last copy); KeyError if none."""
        found = self._getmember(name.rstrip('/'))
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def getmembers(self):
        """Every member, in archive order, as TarInfo objects (reads them all)."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of all members, in archive order."""
        return [member.name for member in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo describing an existing file, from os.stat() (os.lstat() unless
        dereference is set) of name, or os.fstat() of fileobj.

        arcname is the name to give it in the archive (default: name, made
        relative). The result may be changed before it is passed to addfile().
        None is returned for files of a type tar cannot store, such as sockets.
        """
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")

        info = self.tarinfo()
        info._tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)

        fmt = st.st_mode
        linkname = ""
        if stat.S_ISREG(fmt):
            key = (st.st_ino, st.st_dev)
            earlier = self.inodes.get(key)
            if (earlier is not None and earlier != arcname and st.st_nlink > 1
                    and not self.dereference):
                # Seen already under another name: store it as a hard link.
                kind, linkname = LNKTYPE, earlier
            else:
                kind = REGTYPE
                if st.st_ino:
                    self.inodes[key] = arcname
        elif stat.S_ISLNK(fmt):
            kind, linkname = SYMTYPE, os.readlink(name)
        else:
            for is_kind, candidate in _STAT_KINDS:
                if is_kind(fmt):
                    kind = candidate
                    break
            else:
                return None

        info.name = arcname
        info.mode = fmt
        info.uid, info.gid = st.st_uid, st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        if pwd is not None:
            owner = _account_name(pwd.getpwuid, info.uid)
            if owner is not None:
                info.uname = owner
        if grp is not None:
            group = _account_name(grp.getgrgid, info.gid)
            if group is not None:
                info.gname = group
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            info.devmajor, info.devminor = os.major(st.st_rdev), os.minor(st.st_rdev)
        return info

    def list(self, verbose=True, *, members=None):
        """Print the members' names to sys.stdout, with mode, owner, size, date and
        link target (like `ls -l`) when verbose; members limits it to a subset."""
        self._check()
        for member in (self if members is None else members):
            for word in _listing_fields(member, verbose):
                _safe_print(word)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file name to the archive (as arcname if given); a directory
        brings its contents along, in sorted order, unless recursive is false.

        filter is a function taking and returning a TarInfo, or returning None to
        leave the member out.
        """
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            # The archive itself (adding it would never end).
            self._dbg(2, f"tarfile: Skipped {name!r}")
            return
        self._dbg(1, name)
        member = self.gettarinfo(name, arcname)
        if member is None:
            self._dbg(1, f"tarfile: Unsupported type {name!r}")
            return
        if filter is not None:
            member = filter(member)
            if member is None:
                self._dbg(2, f"tarfile: Excluded {name!r}")
                return
        if member.isreg():
            with bltn_open(name, "rb") as data:
                self.addfile(member, data)
            return
        self.addfile(member)
        if recursive and member.isdir():
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                         recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Write a header for (a copy of) tarinfo, then, when fileobj is given,
        tarinfo.size bytes read from it, padded to a whole block."""
        self._check("awx")
        if fileobj is None and tarinfo.isreg() and tarinfo.size != 0:
            raise ValueError("fileobj not provided for non zero-size regular file")
        member = copy.copy(tarinfo)
        header = member.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, member.size, bufsize=self.copybufsize)
            padding = -member.size % BLOCKSIZE
            if padding:
                self.fileobj.write(NUL * padding)
            self.offset += member.size + padding
        self.members.append(member)

    def _get_filter_function(self, filter):
        # The filter callable an extraction uses. Called straight from extract()
        # and extractall(), so stacklevel 3 points the warning at their caller.
        if filter is not None:
            if callable(filter):
                return filter
            try:
                return _NAMED_FILTERS[filter]
            except KeyError:
                raise ValueError(f"filter {filter!r} not found") from None
        default = self.extraction_filter
        if default is None:
            import warnings
            warnings.warn(_DEFAULT_FILTER_WARNING, DeprecationWarning, stacklevel=3)
            return fully_trusted_filter
        if isinstance(default, str):
            raise TypeError("String names are not supported for TarFile.extraction_filter."
                            " Use a function such as tarfile.data_filter directly.")
        return default

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract all members (or those of members) to path.

        Directories get their owner, times and mode only at the end, once
        everything inside them has been written.
        """
        chosen_filter = self._get_filter_function(filter)
        directories = []
        for member in (self if members is None else members):
            info = self._get_extract_tarinfo(member, chosen_filter, path)
            if info is None:
                continue
            is_dir = info.isdir()
            if is_dir:
                directories.append(info)
            self._extract_one(info, path, set_attrs=not is_dir,
                              numeric_owner=numeric_owner)
        # Deepest first: a parent made read-only must not block its children.
        for info in sorted(directories, key=lambda d: d.name, reverse=True):
            where = os.path.join(path, info.name)
            try:
                self.chown(info, where, numeric_owner=numeric_owner)
                self.utime(info, where)
                self.chmod(info, where)
            except ExtractError as exc:
                self._handle_nonfatal_error(exc)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False,
                filter=None):
        """Extract one member (a name or a TarInfo) below path."""
        chosen_filter = self._get_filter_function(filter)
        info = self._get_extract_tarinfo(member, chosen_filter, path)
        if info is not None:
            self._extract_one(info, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        # The member as the filter returns it, or None when it is to be skipped.
        original = self.getmember(member) if isinstance(member, str) else member
        result = None
        try:
            result = filter_function(original, path)
        except (OSError, FilterError) as exc:
            self._handle_fatal_error(exc)
        except ExtractError as exc:
            self._handle_nonfatal_error(exc)
        # A member the filter refused is skipped, also when the error is only logged.
        if result is None:
            self._dbg(2, f"tarfile: Excluded {original.name!r}")
            return None
        if result.islnk():
            result = copy.copy(result)
            result._link_target = os.path.join(path, result.linkname)
        return result

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        target = os.path.join(path, tarinfo.name)
        try:
            self._extract_member(tarinfo, target, set_attrs=set_attrs,
                                 numeric_owner=numeric_owner)
        except OSError as exc:
            self._handle_fatal_error(exc)
        except ExtractError as exc:
            self._handle_nonfatal_error(exc)

    # Both handlers run inside an except clause: a bare raise re-raises.
    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise
        self._dbg(1, f"tarfile: {e}")

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if not isinstance(e, OSError):
            message = f"tarfile: {type(e).__name__} {e}"
        elif e.filename is None:
            message = f"tarfile: {e.strerror}"
        else:
            message = f"tarfile: {e.strerror} {e.filename!r}"
        self._dbg(1, message)

    def extractfile(self, member):
        """A readable binary file object over a member's data (following links),
        or None for directories and other members without data."""
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if not (info.islnk() or info.issym()):
            return None
        if isinstance(self.fileobj, _Stream):
            raise StreamError("cannot extract (sym)link as file object")
        return self.extractfile(self._find_link_target(info))

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        # Create the file for one member at targetpath (with any missing parent
        # directories), then give it the member's owner, mode and time.
        target = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        is_link = tarinfo.islnk() or tarinfo.issym()
        self._dbg(1, f"{tarinfo.name} -> {tarinfo.linkname}" if is_link else tarinfo.name)
        if tarinfo.isreg():
            maker = self.makefile
        elif tarinfo.isdir():
            maker = self.makedir
        elif tarinfo.isfifo():
            maker = self.makefifo
        elif tarinfo.ischr() or tarinfo.isblk():
            maker = self.makedev
        elif is_link:
            maker = self.makelink
        elif tarinfo.type in SUPPORTED_TYPES:
            maker = self.makefile
        else:
            maker = self.makeunknown
        maker(tarinfo, target)
        if not set_attrs:
            return
        self.chown(tarinfo, target, numeric_owner)
        if not tarinfo.issym():
            self.chmod(tarinfo, target)
            self.utime(tarinfo, target)

    def makedir(self, tarinfo, targetpath):
        """Create the directory targetpath (an existing one is fine)."""
        # Owner-only until its real mode is set: the contents must still be
        # writable. Without a mode, the platform default applies.
        extra = () if tarinfo.mode is None else (0o700,)
        try:
            os.mkdir(targetpath, *extra)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        """Write the member's data (holes included, for sparse ones) to targetpath."""
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        step = self.copybufsize
        with bltn_open(targetpath, "wb") as out:
            if tarinfo.sparse is None:
                copyfileobj(source, out, tarinfo.size, ReadError, step)
                return
            for start, length in tarinfo.sparse:
                out.seek(start)
                copyfileobj(source, out, length, ReadError, step)
            out.seek(tarinfo.size)
            out.truncate()

    def makeunknown(self, tarinfo, targetpath):
        """Write a member of a type this module does not know as a regular file."""
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file."
                  % (tarinfo.type,))

    def makefifo(self, tarinfo, targetpath):
        """Create a named pipe at targetpath."""
        mkfifo = getattr(os, "mkfifo", None)
        if mkfifo is None:
            raise ExtractError("fifo not supported by system")
        mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        """Create the character or block device node targetpath."""
        if not (hasattr(os, "mknod") and hasattr(os, "makedev")):
            raise ExtractError("special devices not supported by system")
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        device = os.makedev(tarinfo.devmajor, tarinfo.devminor)
        os.mknod(targetpath, mode, device)

    def makelink(self, tarinfo, targetpath):
        """Create the symbolic or hard link targetpath. Where the system cannot
        make it, or a hard link's target is not on disk, the member it points to
        is extracted there instead."""
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except symlink_exception:
            # Copy the linked member instead.
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give targetpath the member's owner and group, when running as root.

        The names uname/gname win over the numeric ids unless numeric_owner is set.
        """
        if not (hasattr(os, "geteuid") and os.geteuid() == 0):
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            gid = _account_id(grp, "getgrnam", tarinfo.gname, gid)
            uid = _account_id(pwd, "getpwnam", tarinfo.uname, uid)
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        change = os.lchown if tarinfo.issym() and hasattr(os, "lchown") else os.chown
        try:
            change(targetpath, uid, gid)
        except (OSError, OverflowError) as exc:
            raise ExtractError("could not change owner") from exc

    def chmod(self, tarinfo, targetpath):
        """Give targetpath the member's permission bits (if it has any)."""
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as exc:
            raise ExtractError("could not change mode") from exc

    def utime(self, tarinfo, targetpath):
        """Give targetpath the member's modification time (also as access time)."""
        mtime = tarinfo.mtime
        if mtime is None or not hasattr(os, 'utime'):
            return
        try:
            os.utime(targetpath, (mtime, mtime))
        except OSError as exc:
            raise ExtractError("could not change modification time") from exc

    def next(self):
        """Read the next member's header and return its TarInfo; None at the end
        of the archive. Only in the reading modes."""
        self._check("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        if self.fileobj.tell() != self.offset:
            if self.offset == 0:
                return None
            # Reading the byte before the next header proves the data up to it exists.
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        member = self._read_header()
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _read_header(self):
        # The member whose header starts at self.offset, or None where the archive
        # ends. Zero or damaged blocks are stepped over when ignore_zeros is set;
        # damage at the very start means the file is no archive at all.
        while True:
            try:
                return self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as exc:
                if self.ignore_zeros:
                    self._dbg(2, f"0x{self.offset:X}: {exc}")
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0 and isinstance(exc, InvalidHeaderError):
                    raise ReadError(str(exc)) from None
                return None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
                return None
            except TruncatedHeaderError as exc:
                if self.offset == 0:
                    raise ReadError(str(exc)) from None
                return None
            except SubsequentHeaderError as exc:
                raise ReadError(str(exc)) from None
            except Exception as exc:
                try:
                    import zlib
                except ImportError:
                    raise exc
                if isinstance(exc, zlib.error):
                    raise ReadError(f'zlib error: {exc}') from None
                raise

    def _getmember(self, name, tarinfo=None, normalize=False):
        # The last member called name; with tarinfo, the last one stored before
        # tarinfo. Names are compared after os.path.normpath() when normalize is set.
        members = self.getmembers()
        end = len(members)
        if tarinfo is not None and tarinfo in members:
            end = members.index(tarinfo)
        elif tarinfo is not None:
            # A copy (a filter's result): look before the member at its offset.
            end = next((index for index in range(len(members) - 1, -1, -1)
                        if members[index].offset == tarinfo.offset), None)
            if end is None:
                raise ValueError(tarinfo)
        if normalize:
            name = os.path.normpath(name)
        for index in range(end - 1, -1, -1):
            candidate = members[index]
            found = os.path.normpath(candidate.name) if normalize else candidate.name
            if found == name:
                return candidate
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        # The member a link points to. A symlink's target is relative to the
        # link's own directory and may be anywhere in the archive; a hard link's
        # must come before the link.
        if tarinfo.issym():
            parts = (os.path.dirname(tarinfo.name), tarinfo.linkname)
            target = "/".join(part for part in parts if part)
            before = None
        else:
            target, before = tarinfo.linkname, tarinfo
        found = self._getmember(target, tarinfo=before, normalize=True)
        if found is None:
            raise KeyError("linkname %r not found" % target)
        return found

    def __iter__(self):
        """Iterate over the members, reading headers only as they are needed (so
        a stream is consumed no further than the loop goes)."""
        if self._loaded:
            yield from self.members
            return
        position = 0
        if self.firstmember is not None:
            position = 1
            yield self.next()
        while position < len(self.members) or not self._loaded:
            if position < len(self.members):
                member = self.members[position]
            else:
                member = self.next()
                if not member:
                    self._loaded = True
                    return
            position += 1
            yield member

    def _dbg(self, level, msg):
        # Debug output goes to stderr when self.debug is at least level.
        if self.debug >= level:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
            return
        # After an exception the archive is incomplete: do not write its end.
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True


def is_tarfile(name):
    """Whether name, a path or a binary file object (whose position is kept),
    holds an archive that TarFile.open() can read."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            archive = open(fileobj=name)
            name.seek(start)
        else:
            archive = open(name)
        archive.close()
    except TarError:
        return False
    return True


open = TarFile.open


# The command line: the four actions, and the compression each archive suffix asks for.
_CLI_ACTIONS = (
    (('-l', '--list'), dict(metavar='<tarfile>', help='Show listing of a tarfile')),
    (('-e', '--extract'), dict(nargs='+', metavar=('<tarfile>', '<output_dir>'),
                               help='Extract tarfile into target dir')),
    (('-c', '--create'), dict(nargs='+', metavar=('<name>', '<file>'),
                              help='Create tarfile from sources')),
    (('-t', '--test'), dict(metavar='<tarfile>', help='Test if a tarfile is valid')),
)
_CLI_COMPRESSION = {suffix: method for method, suffixes in (
    ('gz', ('.gz', '.tgz')), ('xz', ('.xz', '.txz')),
    ('bz2', ('.bz2', '.tbz', '.tbz2', '.tb2'))) for suffix in suffixes}


def _cli_parser():
    import argparse
    parser = argparse.ArgumentParser(
        description='A simple command-line interface for tarfile module.')
    parser.add_argument('-v', '--verbose', default=False, action='store_true',
                        help='Verbose output')
    parser.add_argument('--filter', metavar='<filtername>', choices=_NAMED_FILTERS,
                        help='Filter for extraction')
    actions = parser.add_mutually_exclusive_group(required=True)
    for flags, options in _CLI_ACTIONS:
        actions.add_argument(*flags, **options)
    return parser


def _cli_require_archive(parser, path):
    if not is_tarfile(path):
        parser.exit(1, f'{path!r} is not a tar archive.\n')


def main():
    """The command line: python -m tarfile -l|-e|-c|-t ..."""
    parser = _cli_parser()
    args = parser.parse_args()
    if args.filter and args.extract is None:
        parser.exit(1, '--filter is only valid for extraction\n')

    if args.test is not None:
        path = args.test
        _cli_require_archive(parser, path)
        with open(path, 'r') as archive:
            print(archive.getmembers(), file=sys.stderr)
        if args.verbose:
            print(f'{path!r} is a tar archive.')
    elif args.list is not None:
        path = args.list
        _cli_require_archive(parser, path)
        with TarFile.open(path, 'r:*') as archive:
            archive.list(verbose=args.verbose)
    elif args.extract is not None:
        if len(args.extract) > 2:
            parser.exit(1, parser.format_help())
        path = args.extract[0]
        dest = args.extract[1] if len(args.extract) == 2 else os.curdir
        _cli_require_archive(parser, path)
        with TarFile.open(path, 'r:*') as archive:
            archive.extractall(path=dest, filter=args.filter)
        if args.verbose:
            where = '' if dest == '.' else f' into {dest!r} directory'
            print(f'{path!r} file is extracted{where}.')
    elif args.create is not None:
        target, *sources = args.create
        method = _CLI_COMPRESSION.get(os.path.splitext(target)[1])
        with TarFile.open(target, 'w' if method is None else 'w:' + method) as archive:
            for source in sources:
                archive.add(source)
        if args.verbose:
            print(f'{target!r} file created.')


if __name__ == '__main__':
    main()
