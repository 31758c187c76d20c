# asyncio streams: echo server, reader errors and limits, concurrent clients,
# timeouts on reads, Unix sockets, servers as context managers.
import asyncio
import os
import tempfile


def show(label, e):
    print(label, type(e).__name__, e)


async def echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def echo_server():
    server = await asyncio.start_server(echo, '127.0.0.1', 0)
    print('serving', server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(type(reader).__name__, type(writer).__name__)
    print('peer host', writer.get_extra_info('peername')[0])
    print('sock family', writer.get_extra_info('socket').family.name)
    writer.write(b'hello\n')
    writer.writelines([b'wor', b'ld\n', b'part'])
    await writer.drain()
    print(await reader.readline())
    print(await reader.readexactly(3), await reader.readuntil(b'\n'))
    print('can_write_eof', writer.can_write_eof())
    writer.write_eof()
    print('rest', await reader.read())
    print('at_eof', reader.at_eof())
    writer.close()
    print('is_closing', writer.is_closing())
    await writer.wait_closed()

    async def client(i):
        r, w = await asyncio.open_connection('127.0.0.1', port)
        for k in range(3):
            w.write(b'client %d line %d\n' % (i, k))
        await w.drain()
        got = [await r.readline() for _ in range(3)]
        w.close()
        await w.wait_closed()
        return got

    results = await asyncio.gather(*[client(i) for i in range(60)])
    print('clients', len(results), results[0], results[59][2])
    server.close()
    print('serving after close', server.is_serving(), server.sockets)
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except OSError as e:
        print('refused', type(e).__name__)


async def reader_errors():
    loop = asyncio.get_running_loop()
    r = asyncio.StreamReader(loop=loop)
    r.feed_data(b'abc\ndefgh')
    print(await r.readline())
    print(await r.read(2))
    r.feed_eof()
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        show('readexactly', e)
        print('partial', e.partial, 'expected', e.expected)
    r = asyncio.StreamReader(loop=loop)
    r.feed_data(b'no separator')
    r.feed_eof()
    try:
        await r.readuntil(b'!')
    except asyncio.IncompleteReadError as e:
        show('readuntil', e)
        print('partial', e.partial)
    print('at_eof', r.at_eof())
    r = asyncio.StreamReader(limit=5, loop=loop)
    r.feed_data(b'0123456789\nrest\n')
    try:
        await r.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        show('limit', e)
        print('consumed', e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        show('readline limit', e)
    print('after overrun', await r.readline())
    r = asyncio.StreamReader(limit=4, loop=loop)
    r.feed_data(b'abcdefgh')
    try:
        await r.readuntil(b'Z')
    except asyncio.LimitOverrunError as e:
        show('not found', e)
    r = asyncio.StreamReader(loop=loop)
    r.feed_data(b'a==b;c;')
    print(await r.readuntil((b';', b'==')), await r.readuntil((b';', b'==')))
    for bad in (b'', ()):
        try:
            await r.readuntil(bad)
        except ValueError as e:
            show('bad separator', e)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        show('negative', e)
    print(await r.read(0), await r.readexactly(0))
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        show('limit 0', e)
    r = asyncio.StreamReader(loop=loop)
    r.set_exception(ConnectionResetError('gone'))
    try:
        await r.read()
    except ConnectionResetError as e:
        show('exception', e)
    r = asyncio.StreamReader(loop=loop)
    r.feed_data(b'one\ntwo\nthree')
    r.feed_eof()
    print([line async for line in r])
    r = asyncio.StreamReader(loop=loop)
    waiting = asyncio.ensure_future(r.read(5))
    await asyncio.sleep(0)
    try:
        await r.read(1)
    except RuntimeError as e:
        show('two readers', e)
    r.feed_data(b'xyz')
    print(await waiting)


async def timeouts():
    never_write = asyncio.Event()

    async def silent(reader, writer):
        await never_write.wait()
        writer.write(b'late\n')
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(silent, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    try:
        await asyncio.wait_for(reader.readline(), 0.05)
    except TimeoutError as e:
        print('wait_for', type(e).__name__)
    try:
        async with asyncio.timeout(0.05):
            await reader.readexactly(4)
    except TimeoutError as e:
        print('timeout()', type(e).__name__)
    never_write.set()
    print(await asyncio.wait_for(reader.readline(), 2))
    writer.close()
    await writer.wait_closed()
    async with server:
        print('in async with', server.is_serving())
    print('after async with', server.is_serving())


async def failing_callback():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda loop, ctx: seen.append(
        (ctx['message'], type(ctx['exception']).__name__)))

    async def boom(reader, writer):
        raise KeyError('oops')

    server = await asyncio.start_server(boom, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('closed by server', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(seen)
    loop.set_exception_handler(None)


async def unix_sockets():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'sock')
        server = await asyncio.start_unix_server(echo, path)
        print('socket file', os.path.exists(path))
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(b'over unix\n')
        print(await reader.readline())
        print('peername', os.path.basename(writer.get_extra_info('peername')))
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()
        print('socket file after close', os.path.exists(path))
        try:
            await asyncio.open_unix_connection(path)
        except OSError as e:
            print('no server', type(e).__name__)


async def serve_forever():
    server = await asyncio.start_server(echo, '127.0.0.1', 0, start_serving=False)
    print('before', server.is_serving())
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print('serving', server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('second serve_forever', type(e).__name__)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled; serving', server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('closed serve_forever', type(e).__name__)


async def no_ssl():
    # Weft has no ssl module (NotImplementedError); nothing listens on port 1 here.
    try:
        await asyncio.open_connection('127.0.0.1', 1, ssl=True)
    except (NotImplementedError, ConnectionRefusedError):
        print('ssl connection failed')
    try:
        await asyncio.start_server(echo, '127.0.0.1', 0, ssl=True)
    except TypeError as e:
        show('ssl bool', e)
    try:
        await asyncio.open_connection('127.0.0.1', 1, server_hostname='x')
    except ValueError as e:
        show('server_hostname', e)
    try:
        await asyncio.open_connection()
    except ValueError as e:
        show('no address', e)


async def main():
    for step in (echo_server, reader_errors, timeouts, failing_callback, unix_sockets,
                 serve_forever, no_ssl):
        print('--', step.__name__)
        await step()


asyncio.run(main())
