# os.stat and os.mkdir relative to a directory descriptor (dir_fd).
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'a'), 'w') as f:
        f.write('xyz')
    fd = os.open(d, os.O_RDONLY)
    try:
        print(os.stat('a', dir_fd=fd).st_size, os.stat in os.supports_dir_fd)
        os.mkdir('sub', dir_fd=fd)
        print(os.path.isdir(os.path.join(d, 'sub')), os.path.isdir('sub'))
        try:
            os.stat(fd, dir_fd=fd)
        except ValueError as e:
            print('ValueError', e)
        try:
            os.stat('missing', dir_fd=fd)
        except FileNotFoundError as e:
            print('FileNotFoundError', e.filename)
    finally:
        os.close(fd)
