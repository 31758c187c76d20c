"""Socket helpers for Weft's regression tests.  Tests never reach the
internet: transient_internet() denies the resource."""

import contextlib
import errno
import os
import socket
import sys
import tempfile
import unittest

from test import support

HOST = "localhost"
HOSTv4 = "127.0.0.1"
HOSTv6 = "::1"

has_gethostname = not support.is_wasi


def bind_port(sock, host=HOST):
    """Bind *sock* to a port the system picks; return the port number.

    TCP sockets must not have SO_REUSEADDR or SO_REUSEPORT set: that would
    let two tests share a port (TestFailed)."""
    if sock.family == socket.AF_INET and sock.type == socket.SOCK_STREAM:
        for option in ('SO_REUSEADDR', 'SO_REUSEPORT'):
            value = getattr(socket, option, None)
            if value is None:
                continue
            try:
                enabled = sock.getsockopt(socket.SOL_SOCKET, value) == 1
            except OSError:
                continue
            if enabled:
                raise support.TestFailed("tests should never set the %s "
                                         "socket option on TCP/IP sockets!"
                                         % option)
    sock.bind((host, 0))
    return sock.getsockname()[1]


def find_unused_port(family=socket.AF_INET, socktype=socket.SOCK_STREAM):
    """A port that was free a moment ago (prefer bind_port())."""
    with socket.socket(family, socktype) as probe:
        return bind_port(probe)


def bind_unix_socket(sock, addr):
    """Bind an AF_UNIX socket; skip the test when that is not permitted."""
    assert sock.family == socket.AF_UNIX
    try:
        sock.bind(addr)
    except PermissionError:
        sock.close()
        raise unittest.SkipTest('cannot bind AF_UNIX sockets')


def _ipv6_works():
    if not getattr(socket, 'has_ipv6', False) or not hasattr(socket, 'AF_INET6'):
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.bind((HOSTv6, 0))
        return True
    except OSError:
        return False


IPV6_ENABLED = _ipv6_works()

_unix_bind_error = None


def skip_unless_bind_unix_socket(test):
    """Decorator: skip unless AF_UNIX sockets can be bound."""
    global _unix_bind_error
    if not hasattr(socket, 'AF_UNIX'):
        return unittest.skip('No UNIX Sockets')(test)
    if _unix_bind_error is None:
        from test.support.os_helper import TESTFN, unlink
        path = TESTFN + "can_bind_unix_socket"
        try:
            with socket.socket(socket.AF_UNIX) as sock:
                sock.bind(path)
            _unix_bind_error = False
        except OSError as exc:
            _unix_bind_error = exc
        finally:
            unlink(path)
    if _unix_bind_error:
        return unittest.skip('Requires a functional unix bind(): %s'
                             % _unix_bind_error)(test)
    return test


def get_socket_conn_refused_errs():
    """The errno values a refused connection can produce."""
    errors = [errno.ECONNREFUSED]
    for name in ('ENETUNREACH', 'EADDRNOTAVAIL', 'EHOSTUNREACH'):
        if hasattr(errno, name):
            errors.append(getattr(errno, name))
    if not IPV6_ENABLED:
        errors.append(errno.EAFNOSUPPORT)
    return errors


@contextlib.contextmanager
def transient_internet(resource_name, *, timeout=30.0, errnos=()):
    """Weft's test runs have no internet access: the test is skipped."""
    raise support.ResourceDenied("Resource %r is not available"
                                 % (resource_name,))
    yield


def create_unix_domain_name():
    """A fresh path for an AF_UNIX socket in the temporary directory."""
    return tempfile.mktemp(prefix="test_weft_", suffix='.sock',
                           dir=os.path.curdir)


def tcp_blackhole():
    return False


def skip_if_tcp_blackhole(test):
    return test
