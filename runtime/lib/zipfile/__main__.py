"""Run the zipfile command line: python -m zipfile."""

from . import main

main()
