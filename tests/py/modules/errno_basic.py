import errno, os
print(errno.ENOENT, errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith('E')) == sorted(n for n in dir(errno) if n.startswith('E')), errno.EWOULDBLOCK == errno.EAGAIN)
try:
    os.stat('/definitely/not/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(len([n for n in dir(errno) if n.startswith('E')]))
