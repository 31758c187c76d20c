import sys
print(__name__, sys.argv[0], len(sys.argv))
print(type(sys.version_info), sys.version_info[:2], sys.maxsize, sys.byteorder)
print(sys.getrecursionlimit(), sys.path[0] != '', sys.flags.optimize, sys.implementation.name != '')
