"""Object-oriented filesystem paths.

This module provides classes to represent abstract paths and concrete
paths with operations that have semantics appropriate for different
operating systems.
"""

from ._local import (UnsupportedOperation, PurePath, PurePosixPath, PureWindowsPath, Path,
                     PosixPath, WindowsPath)

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]
