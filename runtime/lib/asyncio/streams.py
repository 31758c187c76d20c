"""Streams and subprocesses need sockets and pipes, which Weft's asyncio lacks: every
entry point here raises NotImplementedError naming itself."""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'open_unix_connection', 'start_unix_server',
           'create_subprocess_exec', 'create_subprocess_shell')

from . import protocols


def _unsupported(what):
    return NotImplementedError(f'{what} is not supported: Weft has no sockets, '
                               f'pipes or subprocesses in asyncio')


class StreamReader:
    def __init__(self, *args, **kwargs):
        raise _unsupported('asyncio.StreamReader')


class StreamWriter:
    def __init__(self, *args, **kwargs):
        raise _unsupported('asyncio.StreamWriter')


class StreamReaderProtocol(protocols.Protocol):
    def __init__(self, *args, **kwargs):
        raise _unsupported('asyncio.StreamReaderProtocol')


async def open_connection(host=None, port=None, *, limit=2 ** 16, **kwds):
    raise _unsupported('asyncio.open_connection()')


async def start_server(client_connected_cb, host=None, port=None, *, limit=2 ** 16, **kwds):
    raise _unsupported('asyncio.start_server()')


async def open_unix_connection(path=None, *, limit=2 ** 16, **kwds):
    raise _unsupported('asyncio.open_unix_connection()')


async def start_unix_server(client_connected_cb, path=None, *, limit=2 ** 16, **kwds):
    raise _unsupported('asyncio.start_unix_server()')


async def create_subprocess_exec(program, *args, **kwds):
    raise _unsupported('asyncio.create_subprocess_exec()')


async def create_subprocess_shell(cmd, **kwds):
    raise _unsupported('asyncio.create_subprocess_shell()')
