"""python -m unittest [TEST_NAME...]: run the named tests (modules, classes,
methods), or discover them ("discover" or no names)."""

import sys

if sys.argv[0].endswith("__main__.py"):
    import os.path
    # The program name shown in the usage: "python -m unittest".
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

# An absolute import: this file also works when run without its package set.
from unittest.main import main

main(module=None)
