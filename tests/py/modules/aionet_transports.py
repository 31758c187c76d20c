# Transports and protocols: create_connection/create_server with protocols, flow
# control, pause/resume reading, write_eof, abort, datagram endpoints, pipes,
# connect_accepted_socket, BufferedProtocol, loop.sendfile.
import asyncio
import os
import socket


def show(label, e):
    print(label, type(e).__name__, e)


class Recorder(asyncio.Protocol):
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.data = bytearray()
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport
        self.log.append(f'{self.name} made')

    def data_received(self, data):
        self.data += data

    def eof_received(self):
        self.log.append(f'{self.name} eof')
        return self.keep_open_on_eof()

    def keep_open_on_eof(self):
        return None

    def connection_lost(self, exc):
        self.log.append(f'{self.name} lost {type(exc).__name__}')
        self.lost.set_result(None)


class Echo(Recorder):
    def data_received(self, data):
        super().data_received(data)
        self.transport.write(data)

    def keep_open_on_eof(self):
        self.transport.write(b'|bye')
        self.transport.close()
        return True


async def protocols_and_eof():
    loop = asyncio.get_running_loop()
    log = []
    servers = []

    def factory():
        p = Echo('server', log)
        servers.append(p)
        return p

    server = await loop.create_server(factory, '127.0.0.1', 0)
    print(type(server).__name__, isinstance(server, asyncio.AbstractServer))
    addr = server.sockets[0].getsockname()
    transport, proto = await loop.create_connection(lambda: Recorder('client', log),
                                                    *addr)
    print(type(transport).__name__, isinstance(transport, asyncio.Transport))
    print('peer', transport.get_extra_info('peername') == addr,
          'sockname', transport.get_extra_info('sockname')[0])
    print('missing', transport.get_extra_info('nothing', 'default'))
    print('reading', transport.is_reading(), 'closing', transport.is_closing())
    print('limits', transport.get_write_buffer_limits(),
          transport.get_write_buffer_size())
    print('protocol', transport.get_protocol() is proto)
    transport.write(b'abc')
    transport.writelines([b'de', bytearray(b'f'), memoryview(b'g')])
    await asyncio.sleep(0.05)
    transport.write_eof()
    try:
        transport.write(b'more')
    except RuntimeError as e:
        show('write after eof', e)
    await proto.lost
    await servers[0].lost
    print('client got', bytes(proto.data))
    print(sorted(log))
    print('closing', transport.is_closing())
    transport.close()
    try:
        transport.write('text')
    except TypeError as e:
        show('write str', e)
    server.close()
    await server.wait_closed()


class Slow(asyncio.Protocol):
    def __init__(self):
        self.events = []

    def connection_made(self, transport):
        self.transport = transport

    def pause_writing(self):
        self.events.append('pause')

    def resume_writing(self):
        self.events.append('resume')


async def flow_control():
    loop = asyncio.get_running_loop()
    accepted = loop.create_future()

    class Sink(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport
            self.received = 0
            transport.pause_reading()
            accepted.set_result(self)

        def data_received(self, data):
            self.received += len(data)

    server = await loop.create_server(Sink, '127.0.0.1', 0)
    addr = server.sockets[0].getsockname()
    transport, proto = await loop.create_connection(Slow, *addr)
    sink = await accepted
    print('sink reading', sink.transport.is_reading())
    transport.set_write_buffer_limits(high=1000)
    print('limits', transport.get_write_buffer_limits())
    try:
        transport.set_write_buffer_limits(high=1, low=2)
    except ValueError as e:
        show('bad limits', e)
    chunk = b'x' * 65536
    total = 0
    while not proto.events:
        transport.write(chunk)
        total += len(chunk)
    print('events', proto.events, 'buffered', transport.get_write_buffer_size() > 1000)
    sink.transport.resume_reading()
    print('sink reading', sink.transport.is_reading())
    for _ in range(500):
        if sink.received >= total:
            break
        await asyncio.sleep(0.01)
    print('events', proto.events, 'all received', sink.received == total,
          'buffer', transport.get_write_buffer_size())
    transport.abort()
    print('aborted closing', transport.is_closing())
    await asyncio.sleep(0.01)
    sink.transport.close()
    server.close()
    await server.wait_closed()


class Collector(asyncio.BufferedProtocol):
    def __init__(self):
        self.buf = bytearray(4)
        self.chunks = []
        self.done = asyncio.get_running_loop().create_future()

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, nbytes):
        self.chunks.append(bytes(self.buf[:nbytes]))

    def eof_received(self):
        self.done.set_result(b''.join(self.chunks))


async def buffered_and_accepted():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    transport, proto = await loop.connect_accepted_socket(Collector, a)
    b.sendall(b'buffered protocol data')
    b.shutdown(socket.SHUT_WR)
    print(await proto.done)
    print('chunk sizes', max(len(c) for c in proto.chunks))
    transport.close()
    b.close()
    try:
        await loop.connect_accepted_socket(Collector,
                                           socket.socket(type=socket.SOCK_DGRAM))
    except ValueError as e:
        print('dgram', type(e).__name__)


class Datagrams(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name
        self.received = asyncio.Queue()

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.received.put_nowait((data, addr))

    def error_received(self, exc):
        print(self.name, 'error', type(exc).__name__)

    def connection_lost(self, exc):
        print(self.name, 'lost', exc)


async def datagrams():
    loop = asyncio.get_running_loop()
    server_t, server_p = await loop.create_datagram_endpoint(
        lambda: Datagrams('server'), local_addr=('127.0.0.1', 0))
    addr = server_t.get_extra_info('sockname')
    print(type(server_t).__name__, isinstance(server_t, asyncio.DatagramTransport))
    client_t, client_p = await loop.create_datagram_endpoint(
        lambda: Datagrams('client'), remote_addr=addr)
    print('client peer', client_t.get_extra_info('peername') == addr)
    client_t.sendto(b'one')
    client_t.sendto(b'two', addr)
    client_t.sendto(b'')
    for _ in range(3):
        data, src = await server_p.received.get()
        print('server got', data, src == client_t.get_extra_info('sockname'))
        server_t.sendto(data.upper(), src)
    for _ in range(3):
        data, src = await client_p.received.get()
        print('client got', data, src == addr)
    try:
        client_t.sendto(b'x', ('127.0.0.1', 9))
    except ValueError as e:
        print('other address', type(e).__name__)
    try:
        server_t.sendto('text', addr)
    except TypeError as e:
        show('sendto str', e)
    print('buffer', server_t.get_write_buffer_size())
    client_t.close()
    server_t.close()
    await asyncio.sleep(0.01)
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol)
    except ValueError as e:
        show('no address', e)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=sock,
                                            local_addr=('127.0.0.1', 0))
    except ValueError as e:
        show('sock with addr', e)
    t, p = await loop.create_datagram_endpoint(lambda: Datagrams('sock'), sock=sock)
    t.close()
    await asyncio.sleep(0)
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                            local_addr='127.0.0.1')
    except TypeError as e:
        show('addr type', e)


async def pipes():
    loop = asyncio.get_running_loop()
    log = []
    r, w = os.pipe()
    rt, rp = await loop.connect_read_pipe(lambda: Recorder('reader', log),
                                          os.fdopen(r, 'rb', 0))
    wt, wp = await loop.connect_write_pipe(lambda: Recorder('writer', log),
                                           os.fdopen(w, 'wb', 0))
    print(type(rt).__name__, type(wt).__name__)
    print('pipe extra', rt.get_extra_info('pipe') is not None)
    big = b'p' * 200000  # more than a pipe holds
    wt.write(b'through a pipe;')
    wt.write(big)
    print('write buffered', wt.get_write_buffer_size() > 0, wt.can_write_eof())
    rt.pause_reading()
    print('paused', rt.is_reading())
    await asyncio.sleep(0.01)
    rt.resume_reading()
    wt.close()
    await rp.lost
    await wp.lost
    print(bytes(rp.data[:15]), len(rp.data) - 15 == len(big))
    print(log)
    # A closed reading end is reported to the writer.
    r, w = os.pipe()
    wt, wp = await loop.connect_write_pipe(lambda: Recorder('lonely writer', log),
                                           os.fdopen(w, 'wb', 0))
    os.close(r)
    await wp.lost
    print(log[-2:])
    try:
        with open(__file__, 'rb') as f:
            await loop.connect_read_pipe(asyncio.Protocol, f)
    except ValueError as e:
        show('regular file', e)


async def sendfile():
    loop = asyncio.get_running_loop()
    got = loop.create_future()

    async def handler(reader, writer):
        got.set_result(await reader.read())
        writer.close()

    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    with open(__file__, 'rb') as f:
        n = await loop.sendfile(writer.transport, f, offset=5, count=100)
        print('sendfile', n, f.tell())
    writer.write_eof()
    with open(__file__, 'rb') as f:
        print('data ok', await got == f.read()[5:105])
    writer.close()
    await writer.wait_closed()
    try:
        await loop.sendfile(writer.transport, None)
    except RuntimeError as e:
        show('closing', e)
    server.close()
    await server.wait_closed()


async def connection_errors():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    port = listener.getsockname()[1]
    listener.close()
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', port)
    except OSError as e:
        print('refused', type(e).__name__)
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', port,
                                     all_errors=True)
    except ExceptionGroup as e:
        print('all_errors', type(e).__name__, [type(x).__name__ for x in e.exceptions])
    sock = socket.socket()
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', port, sock=sock)
    except ValueError as e:
        show('both', e)
    sock.close()
    try:
        await loop.create_server(asyncio.Protocol)
    except ValueError as e:
        show('server', e)
    server = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0)
    taken = server.sockets[0].getsockname()
    try:
        await loop.create_server(asyncio.Protocol, *taken, reuse_address=False)
    except OSError as e:
        print('in use', type(e).__name__, e.errno is not None)
    server.close()
    await server.wait_closed()
    server = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0,
                                      start_serving=False)
    print('not serving', server.is_serving())
    await server.start_serving()
    print('serving', server.is_serving(), server.get_loop() is loop)
    server.close()
    server.close()
    await server.wait_closed()
    t, p = await loop.create_connection(
        asyncio.Protocol, *(await loop.create_server(asyncio.Protocol, '127.0.0.1', 0))
        .sockets[0].getsockname(), local_addr=('127.0.0.1', 0))
    print('local_addr', t.get_extra_info('sockname')[0])
    t.close()


async def main():
    for step in (protocols_and_eof, flow_control, buffered_and_accepted, datagrams,
                 pipes, sendfile, connection_errors):
        print('--', step.__name__)
        await step()


asyncio.run(main())
