# sys.tracebacklimit keeps only the innermost entries.
import sys

def a():
    b()

def b():
    c()

def c():
    {}["nope"]

sys.tracebacklimit = 2
a()
