# mimetypes: guess a file's MIME type from its name, or file name
# extensions from a MIME type, using built-in tables plus any
# mime.types files found on the system (see knownfiles).

import os
import sys
import posixpath
import urllib.parse

try:
    from _winapi import _mimetypes_read_windows_registry
except ImportError:
    _mimetypes_read_windows_registry = None

try:
    import winreg as _winreg
except ImportError:
    _winreg = None

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_file_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

# mime.types files read by init() when they exist
knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
    ]

inited = False
_db = None


class MimeTypes:
    """A MIME type database: maps file name extensions to types and back.

    types_map and types_map_inv are pairs (non-strict, strict) of dicts;
    the non-strict half holds common but non-standard types."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_encodings_map_default)
        self.suffix_map = dict(_suffix_map_default)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for standard, table in ((True, _types_map_default),
                                (False, _common_types_default)):
            for suffix, mtype in table.items():
                self.add_type(mtype, suffix, standard)
        for path in filenames:
            self.read(path, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension *ext* to *type* (replacing any earlier type for
        it) and add *ext* to the extensions known for *type*."""
        self.types_map[strict][ext] = type
        inverse = self.types_map_inv[strict]
        known = inverse.get(type)
        if known is None:
            inverse[type] = [ext]
        elif ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """Return (type, encoding) guessed from the URL or path *url*.

        Either may be None.  Encoding suffixes (.gz, ...) are matched
        case-sensitively, type suffixes case-insensitively; suffix_map
        expands shorthands such as .tgz first.  With *strict* false,
        common non-standard types are recognised too."""
        url = os.fspath(url)
        parts = urllib.parse.urlparse(url)
        # a one-letter "scheme" is a Windows drive, not a URL scheme
        if len(parts.scheme) < 2:
            return self.guess_file_type(url, strict=strict)
        if parts.scheme != 'data':
            return self._guess_file_type(parts.path, strict,
                                         posixpath.splitext)
        # data:[<mediatype>][;base64],<data>
        header, sep, _payload = parts.path.partition(',')
        if not sep:
            return None, None
        media = header.split(';', 1)[0]
        if '/' not in media or '=' in media:
            media = 'text/plain'
        return media, None

    def guess_file_type(self, path, *, strict=True):
        """Like guess_type(), for a file system path rather than a URL."""
        drive_less = os.path.splitdrive(os.fsdecode(path))[1]
        return self._guess_file_type(drive_less, strict, os.path.splitext)

    def _guess_file_type(self, path, strict, splitext):
        stem, suffix = splitext(path)
        # expand shorthands like .tgz -> .tar.gz, repeatedly
        expansion = self.suffix_map.get(suffix.lower())
        while expansion is not None:
            stem, suffix = splitext(stem + expansion)
            expansion = self.suffix_map.get(suffix.lower())
        enc = self.encodings_map.get(suffix)
        if enc is not None:
            stem, suffix = splitext(stem)
        key = suffix.lower()
        found = self.types_map[True].get(key)
        if found is None and not strict:
            found = self.types_map[False].get(key)
        return found, enc

    def guess_all_extensions(self, type, strict=True):
        """Return the list of extensions (with the dot) known for
        *type*; with *strict* false, non-standard ones are added."""
        wanted = type.lower()
        result = list(self.types_map_inv[True].get(wanted, ()))
        if not strict:
            result += [e for e in self.types_map_inv[False].get(wanted, ())
                       if e not in result]
        return result

    def guess_extension(self, type, strict=True):
        """Return the first extension known for *type*, or None."""
        candidates = self.guess_all_extensions(type, strict)
        return candidates[0] if candidates else None

    def read(self, filename, strict=True):
        """Add the types of the mime.types-format file *filename*."""
        with open(filename, encoding='utf-8') as stream:
            self.readfp(stream, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open mime.types-format file: lines of
        "type ext ext ...", with "#" starting a comment."""
        for line in iter(fp.readline, ''):
            fields = []
            for word in line.split():
                if word.startswith('#'):
                    break
                fields.append(word)
            if fields:
                for suffix in fields[1:]:
                    self.add_type(fields[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Add the types registered in the Windows registry (does
        nothing elsewhere)."""
        if strict:
            register = lambda mtype, suffix: self.add_type(mtype, suffix, True)
        else:
            register = self.add_type
        if _mimetypes_read_windows_registry is not None:
            _mimetypes_read_windows_registry(register)
        elif _winreg is not None:
            self._read_windows_registry(register)

    @classmethod
    def _read_windows_registry(cls, add_type):
        root = _winreg.OpenKey(_winreg.HKEY_CLASSES_ROOT, '')
        with root:
            index = 0
            while True:
                try:
                    name = _winreg.EnumKey(root, index)
                except OSError:
                    break
                index += 1
                if '\0' in name or name[:1] != '.':
                    continue
                try:
                    with _winreg.OpenKey(root, name) as key:
                        found = _winreg.QueryValueEx(key, 'Content Type')
                except OSError:
                    continue
                if found[1] == _winreg.REG_SZ:
                    add_type(found[0], name)


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """Guess (type, encoding) of a URL or path; see MimeTypes.guess_type."""
    return _database().guess_type(url, strict)


def guess_file_type(path, *, strict=True):
    """Guess (type, encoding) of a file system path."""
    return _database().guess_file_type(path, strict=strict)


def guess_all_extensions(type, strict=True):
    """List the extensions known for a MIME type."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """Return an extension for a MIME type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map an extension to a type in the module's database."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)build the module's database from the built-in tables and the
    knownfiles, plus *files*; given *files* once initialised, only those
    are read, into the existing database."""
    global inited, _db
    inited = True    # MimeTypes() below must not call init() again
    if _db is not None and files is not None:
        target, sources = _db, list(files)
    else:
        target = MimeTypes()
        target.read_windows_registry()
        sources = list(knownfiles)
        if files is not None:
            sources.extend(files)
    for path in sources:
        if os.path.isfile(path):
            target.read(path)
    _db = target
    _publish(target.suffix_map, target.encodings_map,
             target.types_map[True], target.types_map[False])


def _publish(suffixes, encodings, standard, common):
    # the module-level tables mirror those of the current database
    g = globals()
    g['suffix_map'], g['encodings_map'] = suffixes, encodings
    g['types_map'], g['common_types'] = standard, common


def read_mime_types(file):
    """Return the extension -> type dict of a mime.types file (None when
    it cannot be opened)."""
    try:
        stream = open(file, encoding='utf-8')
    except OSError:
        return None
    scratch = MimeTypes()
    with stream:
        scratch.readfp(stream, True)
    return scratch.types_map[True]


# Built-in tables, one "type ext ext ..." line per type: the standard
# types, then common non-standard ones (used with strict=False).
_STANDARD_TYPES = """
text/javascript                 js mjs
application/json                json
application/manifest+json       webmanifest
application/msword              doc dot wiz
application/n-quads             nq
application/n-triples           nt
application/octet-stream        bin a dll exe o obj so
application/oda                 oda
application/pdf                 pdf
application/pkcs7-mime          p7c
application/postscript          ps ai eps
application/trig                trig
application/vnd.apple.mpegurl   m3u m3u8
application/vnd.ms-excel        xls xlb
application/vnd.ms-powerpoint   ppt pot ppa pps pwz
application/wasm                wasm
application/x-bcpio             bcpio
application/x-cpio              cpio
application/x-csh               csh
application/x-dvi               dvi
application/x-gtar              gtar
application/x-hdf               hdf
application/x-hdf5              h5
application/x-latex             latex
application/x-mif               mif
application/x-netcdf            cdf nc
application/x-pkcs12            p12 pfx
application/x-pn-realaudio      ram
application/x-python-code       pyc pyo
application/x-sh                sh
application/x-shar              shar
application/x-shockwave-flash   swf
application/x-sv4cpio           sv4cpio
application/x-sv4crc            sv4crc
application/x-tar               tar
application/x-tcl               tcl
application/x-tex               tex
application/x-texinfo           texi texinfo
application/x-troff             roff t tr
application/x-troff-man         man
application/x-troff-me          me
application/x-troff-ms          ms
application/x-ustar             ustar
application/x-wais-source       src
application/xml                 xsl rdf wsdl xpdl
application/zip                 zip
audio/3gpp                      3gp 3gpp
audio/3gpp2                     3g2 3gpp2
audio/aac                       aac adts loas ass
audio/basic                     au snd
audio/mpeg                      mp3 mp2
audio/opus                      opus
audio/x-aiff                    aif aifc aiff
audio/x-pn-realaudio            ra
audio/x-wav                     wav
image/avif                      avif
image/bmp                       bmp
image/gif                       gif
image/ief                       ief
image/jpeg                      jpg jpe jpeg
image/heic                      heic
image/heif                      heif
image/png                       png
image/svg+xml                   svg
image/tiff                      tiff tif
image/vnd.microsoft.icon        ico
image/webp                      webp
image/x-cmu-raster              ras
image/x-portable-anymap         pnm
image/x-portable-bitmap         pbm
image/x-portable-graymap        pgm
image/x-portable-pixmap         ppm
image/x-rgb                     rgb
image/x-xbitmap                 xbm
image/x-xpixmap                 xpm
image/x-xwindowdump             xwd
message/rfc822                  eml mht mhtml nws
text/css                        css
text/csv                        csv
text/html                       html htm
text/markdown                   md markdown
text/n3                         n3
text/plain                      txt bat c h ksh pl srt
text/richtext                   rtx
text/rtf                        rtf
text/tab-separated-values       tsv
text/vtt                        vtt
text/x-python                   py
text/x-rst                      rst
text/x-setext                   etx
text/x-sgml                     sgm sgml
text/x-vcard                    vcf
text/xml                        xml
video/mp4                       mp4
video/mpeg                      mpeg m1v mpa mpe mpg
video/quicktime                 mov qt
video/webm                      webm
video/x-msvideo                 avi
video/x-sgi-movie               movie
"""

_COMMON_TYPES = """
application/rtf                 rtf
audio/midi                      midi mid
image/jpg                       jpg
image/pict                      pict pct pic
text/xul                        xul
"""


def _parse_table(text):
    table = {}
    for line in text.splitlines():
        words = line.split()
        if words:
            for ext in words[1:]:
                table['.' + ext] = words[0]
    return table


def _default_mime_types():
    # (Re)create the built-in tables; the module-level names and their
    # pristine "_default" twins start out as the same dicts.
    shorthands = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz',
                  '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
    # compression suffixes (matched case-sensitively)
    compressions = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2',
                    '.xz': 'xz', '.br': 'br'}
    standard = _parse_table(_STANDARD_TYPES)
    common = _parse_table(_COMMON_TYPES)
    g = globals()
    g['_suffix_map_default'] = shorthands
    g['_encodings_map_default'] = compressions
    g['_types_map_default'] = standard
    g['_common_types_default'] = common
    _publish(shorthands, compressions, standard, common)


_default_mime_types()


def _main():
    import getopt

    def bail(status, note=''):
        print(_USAGE)
        if note:
            print(note)
        sys.exit(status)

    try:
        flags, names = getopt.getopt(sys.argv[1:], 'hle',
                                     ['help', 'lenient', 'extension'])
    except getopt.error as exc:
        bail(1, exc)

    given = {flag.lstrip('-')[:1] for flag, _value in flags}
    if 'h' in given:
        bail(0)
    strict = 'l' not in given
    for name in names:
        if 'e' in given:
            answer = guess_extension(name, strict)
            shown = answer
        else:
            answer, enc = guess_type(name, strict)
            shown = 'type: %s encoding: %s' % (answer, enc)
        if answer:
            print(shown)
        else:
            print("I don't know anything about type", name)


_USAGE = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""


if __name__ == '__main__':
    _main()
