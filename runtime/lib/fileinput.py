# fileinput: iterate over the lines of several files (or stdin) as one
# stream, optionally rewriting the files in place.
#
#     for line in fileinput.input():
#         process(line)
#
# reads the files named in sys.argv[1:] ("-" or no names means stdin).
# With inplace=True, standard output is redirected into the file being
# read, whose original is kept under the name plus *backup* (".bak"
# when empty, and then removed once the file is done).

import io
import sys
import os
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

# the FileInput instance behind the module-level functions
_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Create the FileInput instance used by this module's functions and
    return it; the arguments are those of FileInput."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    fresh = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                      encoding=encoding, errors=errors)
    _state = fresh
    return fresh


def close():
    """Close the current input() sequence."""
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    """Skip the rest of the current file; its unread lines do not count."""
    return _active().nextfile()


def filename():
    """Name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """Cumulative number of the line just read."""
    return _active().lineno()


def filelineno():
    """Number of the line just read within its file."""
    return _active().filelineno()


def fileno():
    """File descriptor of the current file, -1 when none is open."""
    return _active().fileno()


def isfirstline():
    """True when the line just read is the first of its file."""
    return _active().isfirstline()


def isstdin():
    """True when the line just read came from sys.stdin."""
    return _active().isstdin()


class FileInput:
    """FileInput([files[, inplace[, backup]]], *, mode=None, openhook=None)

    Iterates over the lines of all *files* in turn; its methods mirror the
    module-level functions.  Lines must be read in order, through
    iteration or readline()."""

    def __init__(self, files=None, inplace=False, backup="", *,
                 mode="r", openhook=None, encoding=None, errors=None):
        # per-file state, reset by nextfile(); set first
        # so that __del__ works even when the checks below fail
        self._file = None
        self._filename = None
        self._isstdin = False
        self._startlineno = self._filelineno = 0
        self._rewritten = None      # in-place mode: the new file
        self._real_stdout = None    # in-place mode: stdout to restore
        self._aside = None          # in-place mode: the moved original
        if isinstance(files, (str, os.PathLike)):
            queue = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            queue = tuple(files) or ('-',)
        if mode != 'r' and mode != 'rb':
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook:
            if inplace:
                raise ValueError(
                    "FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        if (encoding is None and openhook is None and 'b' not in mode
                and getattr(sys.flags, "warn_default_encoding", 0)):
            import warnings
            warnings.warn("'encoding' argument not specified.",
                          EncodingWarning, 2)
        self._files = queue
        self._inplace, self._backup = inplace, backup
        self._mode, self._openhook = mode, openhook
        self._encoding, self._errors = encoding, errors
        self._binary = 'b' in mode

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def _next_line(self):
        # the next non-empty read, moving through the files; the empty
        # string (or bytes) once everything is used up
        while True:
            text = self._readline()
            if text:
                self._filelineno += 1
                return text
            if not self._file:
                return text
            self.nextfile()

    def __next__(self):
        text = self._next_line()
        if not text:
            raise StopIteration
        return text

    def readline(self):
        return self._next_line()

    def nextfile(self):
        # undo the redirection of stdout, then close the output, the
        # input and remove the backup copy, each step even if an earlier
        # one failed
        if self._real_stdout:
            sys.stdout = self._real_stdout
        self._real_stdout = None
        out, self._rewritten = self._rewritten, None
        try:
            if out:
                out.close()
        finally:
            src, self._file = self._file, None
            # drop the per-file reader installed by _readline()
            vars(self).pop("_readline", None)
            try:
                if src and not self._isstdin:
                    src.close()
            finally:
                moved, self._aside = self._aside, None
                self._isstdin = False
                if moved and not self._backup:
                    try:
                        os.unlink(moved)
                    except OSError:
                        pass

    def _readline(self):
        # Opens the next file, then installs that file's own readline as
        # the instance attribute _readline, which shadows this method
        # until nextfile() removes it.
        if not self._files:
            return b'' if self._binary else ''
        name = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._aside = None
        text_enc = None if self._binary else (self._encoding or "locale")
        if name == '-':
            name = '<stdin>'
            self._isstdin = True
            if self._binary:
                src = getattr(sys.stdin, 'buffer', sys.stdin)
            else:
                src = sys.stdin
        elif self._inplace:
            src = self._start_rewrite(name, text_enc)
        elif self._openhook:
            extra = {}
            if self._encoding is not None:
                extra = dict(encoding=self._encoding, errors=self._errors)
            src = self._openhook(name, self._mode, **extra)
        else:
            src = open(name, self._mode, encoding=text_enc,
                       errors=self._errors)
        self._filename = name
        self._file = src
        self._readline = src.readline
        return self._readline()

    def _start_rewrite(self, name, text_enc):
        # The original is renamed to the backup name and read from there;
        # output goes to a fresh file under the original name, with the
        # original's permission bits, and stdout points at it.
        self._filename = name
        aside = os.fspath(name) + (self._backup or ".bak")
        try:
            os.unlink(aside)
        except OSError:
            pass
        os.rename(name, aside)
        self._aside = aside
        wmode = 'wb' if self._binary else 'w'
        src = self._file = open(aside, self._mode, encoding=text_enc,
                                errors=self._errors)
        try:
            bits = os.fstat(src.fileno()).st_mode
        except OSError:
            bits = None
        if bits is None:
            out = open(name, wmode, encoding=text_enc, errors=self._errors)
        else:
            how = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
            how |= getattr(os, 'O_BINARY', 0)
            out = open(os.open(name, how, bits), wmode, encoding=text_enc,
                       errors=self._errors)
            try:
                os.chmod(name, bits)
            except OSError:
                pass
        self._rewritten = out
        self._real_stdout = sys.stdout
        sys.stdout = out
        return src

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open hook that reads .gz and .bz2 files transparently."""
    suffix = os.path.splitext(filename)[1]
    binary = "b" in mode
    if encoding is None and not binary:
        encoding = "locale"
    if suffix not in ('.gz', '.bz2'):
        return open(filename, mode, encoding=encoding, errors=errors)
    if suffix == '.gz':
        import gzip
        raw = gzip.open(filename, mode)
    else:
        try:
            import bz2
        except ImportError:
            raise ImportError(
                "fileinput.hook_compressed: .bz2 files need the bz2 module, "
                "which is not available") from None
        raw = bz2.BZ2File(filename, mode)
    if binary:
        return raw
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """Return an open hook that opens files with *encoding*."""
    def opener(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return opener


def _test():
    import getopt
    switches, names = getopt.getopt(sys.argv[1:], "ib:")
    settings = dict(inplace=False, backup=False)
    for flag, value in switches:
        if flag == '-i':
            settings['inplace'] = True
        elif flag == '-b':
            settings['backup'] = value
    for text in input(names, **settings):
        if text.endswith('\n'):
            text = text[:-1]
        if text.endswith('\r'):
            text = text[:-1]
        where = "%d: %s[%d]" % (lineno(), filename(), filelineno())
        print(where + ("*" if isfirstline() else ""), text)
    print("%d: %s[%d]" % (lineno(), filename(), filelineno()))


if __name__ == '__main__':
    _test()
