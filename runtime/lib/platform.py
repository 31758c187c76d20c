"""Facts about the machine, the operating system and this interpreter.

Built on os.uname() and the sys module; the functions that describe other operating
systems (win32_ver, mac_ver, java_ver) return their documented empty defaults here.
"""

import collections
import os
import sys

__all__ = ['architecture', 'freedesktop_os_release', 'java_ver', 'libc_ver', 'mac_ver',
           'machine', 'node', 'platform', 'processor', 'python_branch', 'python_build',
           'python_compiler', 'python_implementation', 'python_revision', 'python_version',
           'python_version_tuple', 'release', 'system', 'system_alias', 'uname',
           'uname_result', 'version', 'win32_edition', 'win32_is_iot', 'win32_ver']


class uname_result(collections.namedtuple('uname_result',
                                          'system node release version machine')):
    """A uname() result: system, node, release, version, machine and processor."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(uname_result._fields) - 1]


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def _processor():
    # What `uname -p` says; Linux reports "unknown" there, which reads as ''.
    return ''


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    return system, release, version


def architecture(executable=sys.executable, bits='', linkage=''):
    if not bits:
        bits = '%dbit' % (sys.maxsize.bit_length() + 1)
    if not linkage and sys.platform.startswith('linux'):
        linkage = 'ELF'
    return bits, linkage


def _version_parts():
    # sys.version reads "3.13.0 (weft-gil 0.1.0, Dec  7 2026) [GCC 12.2.0]".
    v = sys.version
    number = v.split(' ', 1)[0]
    build = ('', '')
    compiler = ''
    if '(' in v and ')' in v:
        inside = v[v.index('(') + 1:v.index(')')]
        name, _, date = inside.partition(', ')
        build = (name, date)
    if '[' in v and ']' in v:
        compiler = v[v.index('[') + 1:v.rindex(']')]
    return number, build, compiler


def python_implementation():
    name = sys.implementation.name
    return {'cpython': 'CPython', 'weft': 'Weft', 'pypy': 'PyPy'}.get(name, name)


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_build():
    return _version_parts()[1]


def python_compiler():
    return _version_parts()[2]


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    try:
        name, _, ver = os.confstr('CS_GNU_LIBC_VERSION').partition(' ')
    except (AttributeError, ValueError, OSError):
        return lib, version
    if name == 'glibc':
        return 'glibc', ver
    return lib, version


_os_release_cache = None


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if not key.replace('_', 'A').isalnum():
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1]
            for esc in ('\\\\', '\\$', '\\"', "\\'", '\\`'):
                value = value.replace(esc, esc[1])
        info[key] = value
    return info


def freedesktop_os_release():
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, 'Unable to read files /etc/os-release, /usr/lib/os-release')
    return _os_release_cache.copy()


def platform(aliased=False, terse=False):
    u = uname()
    system, rel = u.system, u.release
    if terse and system != 'Linux':
        return '%s-%s' % (system, rel)
    lib, ver = libc_ver()
    parts = [system, rel, u.machine]
    if lib:
        parts.append('with-%s%s' % (lib, ver))
    return '-'.join(p for p in parts if p)


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    import warnings
    warnings.warn("'java_ver' is deprecated and slated for removal in Python 3.15",
                  DeprecationWarning, stacklevel=2)
    return release, vendor, vminfo, osinfo
