"""Path syntax for pathlib: the POSIX and the Windows flavour.

Each flavour splits a path string into drive, root and the rest, joins
segments, and normalises case for comparisons.  POSIX paths use os.path
(posixpath); Windows paths are parsed here so that PureWindowsPath works on
any system.
"""

import posixpath


class _PosixFlavour:
    """POSIX path syntax: '/' separators, no drives, '//' kept as a root."""

    sep = '/'
    altsep = None
    case_sensitive = True

    @staticmethod
    def splitroot(p):
        if p[:1] != '/':
            return '', '', p
        if p[1:2] != '/' or p[2:3] == '/':
            # One slash, or three and more, mean the same root.
            return '', '/', p.lstrip('/')
        return '', '//', p[2:]

    @staticmethod
    def splitdrive(p):
        return '', p

    join = staticmethod(posixpath.join)

    @staticmethod
    def normcase(s):
        return s

    @staticmethod
    def isreserved(path):
        return False


# Device names Windows reserves in every directory; the port numbers include
# the superscript digits 1, 2 and 3.
_WIN_PORT_DIGITS = '123456789\xb9\xb2\xb3'
_WIN_RESERVED = frozenset(
    ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'] +
    [kind + digit for kind in ('COM', 'LPT') for digit in _WIN_PORT_DIGITS])


class _WindowsFlavour:
    """Windows path syntax: drives ('c:', UNC shares), either slash, no case."""

    sep = '\\'
    altsep = '/'
    case_sensitive = False

    @staticmethod
    def splitroot(p):
        p = p.replace('/', '\\')
        if p[:1] == '\\':
            if p[1:2] != '\\':
                # A root with no drive: '\\dir'.
                return '', '\\', p[1:]
            # UNC: '\\\\server\\share', or '\\\\?\\UNC\\server\\share'.
            start = 8 if p[:8].upper() == '\\\\?\\UNC\\' else 2
            after_server = p.find('\\', start)
            if after_server < 0:
                return p, '', ''
            after_share = p.find('\\', after_server + 1)
            if after_share < 0:
                return p, '', ''
            return p[:after_share], '\\', p[after_share + 1:]
        if p[1:2] == ':':
            if p[2:3] == '\\':
                return p[:2], '\\', p[3:]
            return p[:2], '', p[2:]
        return '', '', p

    @classmethod
    def splitdrive(cls, p):
        drive, root, tail = cls.splitroot(p)
        return drive, root + tail

    @classmethod
    def join(cls, path, *paths):
        drv, root, rest = cls.splitroot(path)
        for segment in paths:
            seg_drv, seg_root, seg_rest = cls.splitroot(segment)
            if seg_root:
                # A rooted segment replaces everything but a drive it lacks.
                if seg_drv or not drv:
                    drv = seg_drv
                root, rest = seg_root, seg_rest
                continue
            if seg_drv and seg_drv != drv:
                if seg_drv.lower() != drv.lower():
                    # Another drive: start over there.
                    drv, root, rest = seg_drv, seg_root, seg_rest
                    continue
                drv = seg_drv
            if rest and not rest.endswith('\\'):
                rest += '\\'
            rest += seg_rest
        if rest and not root and drv and not drv.endswith(':'):
            # A UNC share needs a separator before its first component.
            return drv + '\\' + rest
        return drv + root + rest

    @staticmethod
    def normcase(s):
        return s.replace('/', '\\').lower()

    @classmethod
    def isreserved(cls, path):
        drive, root, tail = cls.splitroot(path)
        return any(_win_reserved_name(name) for name in reversed(tail.split('\\')))


def _win_reserved_name(name):
    if name[-1:] in ('.', ' '):
        return name not in ('.', '..')
    if ':' in name:
        # A colon starts an alternate data stream.
        return True
    return name.partition('.')[0].rstrip(' ').upper() in _WIN_RESERVED


posix = _PosixFlavour()
windows = _WindowsFlavour()
