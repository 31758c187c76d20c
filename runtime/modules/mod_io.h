// File objects: open(), sys.stdin/stdout/stderr, io.StringIO/BytesIO.
#ifndef WF_RUNTIME_MODULES_MOD_IO_H
#define WF_RUNTIME_MODULES_MOD_IO_H

#include "objects/object.h"

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)
wf_object_t *wf_io_open(wf_object_t *const *args, wf_ssize_t nargs, wf_object_t *kwnames);
// A text stream over an existing descriptor (standard streams). mode "r" or "w".
wf_object_t *wf_io_open_fd(int fd, const char *mode, const char *name, int line_buffering);
// Write a C string to a file object via its write() method; 0 / -1.
int wf_io_write_cstr(wf_object_t *file, const char *s);

#endif
