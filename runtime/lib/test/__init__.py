"""Weft's regression-test package; the helpers are in test.support.

Test files written for CPython's suite import sibling modules from this
package (``from test import seq_tests``).  To let them find those modules when
such a test file is run from its own directory, the package also searches,
after its own directory:

* the directories listed in the WEFT_TEST_PATH environment variable
  (separated by os.pathsep);
* the directory of the main script when that directory is named "test".

Modules of this directory (test.support above all) always come first.
"""

import os as _os
import sys as _sys


def _extra_dirs():
    dirs = []
    for entry in _os.environ.get('WEFT_TEST_PATH', '').split(_os.pathsep):
        if entry:
            dirs.append(_os.path.abspath(entry))
    argv = getattr(_sys, 'argv', None) or ['']
    script = argv[0]
    if script and script not in ('-c', '-m') and _os.path.isfile(script):
        script_dir = _os.path.dirname(_os.path.abspath(script))
        if _os.path.basename(script_dir) == 'test':
            dirs.append(script_dir)
    return dirs


_dir = None
for _dir in _extra_dirs():
    if _os.path.isdir(_dir) and _dir not in __path__:
        __path__.append(_dir)
del _dir
