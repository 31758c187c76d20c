"""Filesystem paths as objects.

The pure classes only manipulate path strings (POSIX or Windows syntax, on
any system); Path and its subclasses also touch the filesystem.
"""

from ._local import (UnsupportedOperation, PurePath, PurePosixPath, PureWindowsPath, Path,
                     PosixPath, WindowsPath)

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]
