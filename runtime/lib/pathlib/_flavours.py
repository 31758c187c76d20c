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


_WIN_RESERVED = (
    {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} |
    {f'COM{c}' for c in '123456789\xb9\xb2\xb3'} |
    {f'LPT{c}' for c in '123456789\xb9\xb2\xb3'}
)


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
            index = p.find('\\', start)
            if index == -1:
                return p, '', ''
            index2 = p.find('\\', index + 1)
            if index2 == -1:
                return p, '', ''
            return p[:index2], '\\', p[index2 + 1:]
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
        result_drive, result_root, result_path = cls.splitroot(path)
        for p in paths:
            p_drive, p_root, p_path = cls.splitroot(p)
            if p_root:
                # A rooted segment replaces everything but a drive it lacks.
                if p_drive or not result_drive:
                    result_drive = p_drive
                result_root = p_root
                result_path = p_path
                continue
            if p_drive and p_drive != result_drive:
                if p_drive.lower() != result_drive.lower():
                    # Another drive: start over there.
                    result_drive, result_root, result_path = p_drive, p_root, p_path
                    continue
                result_drive = p_drive
            if result_path and result_path[-1] != '\\':
                result_path = result_path + '\\'
            result_path = result_path + p_path
        if (result_path and not result_root and result_drive and
                result_drive[-1:] != ':'):
            # A UNC share needs a separator before its first component.
            return result_drive + '\\' + result_path
        return result_drive + result_root + result_path

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
