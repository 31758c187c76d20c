# Low-level loop I/O: add_reader/add_writer, sock_* methods, name resolution,
# waking the loop from another thread.
import asyncio
import io
import os
import socket
import threading
import time


def show(label, e):
    print(label, type(e).__name__, e)


async def readers_on_pipe():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    got = []
    done = loop.create_future()

    def on_readable():
        data = os.read(r, 100)
        got.append(data)
        if data.endswith(b'.'):
            print('remove_reader', loop.remove_reader(r))
            done.set_result(None)

    loop.add_reader(r, on_readable)
    os.write(w, b'first ')
    await asyncio.sleep(0.01)
    loop.call_later(0.01, os.write, w, b'second.')
    await done
    print(got)
    print('remove again', loop.remove_reader(r))
    writable = loop.create_future()
    loop.add_writer(w, lambda: writable.done() or writable.set_result('writable'))
    print(await writable)
    print('remove_writer', loop.remove_writer(w), loop.remove_writer(w))
    # Replacing a reader keeps only the newest callback.
    calls = []
    loop.add_reader(r, calls.append, 'old')
    loop.add_reader(r, lambda: (calls.append('new'), os.read(r, 10)))
    os.write(w, b'x')
    await asyncio.sleep(0.02)
    loop.remove_reader(r)
    print(calls)
    os.close(r)
    os.close(w)
    try:
        loop.add_reader('not a file', print)
    except ValueError as e:
        show('bad fd', e)


async def socketpair_ops():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    reading = asyncio.create_task(loop.sock_recv(a, 100))
    await asyncio.sleep(0.01)
    print('pending', reading.done())
    await loop.sock_sendall(b, b'ping')
    print(await reading)
    big = bytes(range(256)) * 4096  # 1 MiB: more than the socket buffers hold
    sender = asyncio.create_task(loop.sock_sendall(a, big))
    received = bytearray()
    buf = bytearray(65536)
    while len(received) < len(big):
        n = await loop.sock_recv_into(b, buf)
        received += buf[:n]
    await sender
    print('big', len(received), received == big)
    await loop.sock_sendall(b, b'')
    a.close()
    print('eof', await loop.sock_recv(b, 10))
    b.close()


async def tcp_ops():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    addr = listener.getsockname()
    client = socket.socket()
    client.setblocking(False)
    accepting = asyncio.create_task(loop.sock_accept(listener))
    await loop.sock_connect(client, addr)
    conn, peer = await accepting
    print('accepted', peer == client.getsockname(), conn.gettimeout())
    await loop.sock_sendall(conn, b'from server')
    print(await loop.sock_recv(client, 100))
    with open(__file__, 'rb') as f:
        sent = await loop.sock_sendfile(client, f, 10, 40)
        print('sendfile', sent, f.tell())
    data = b''
    while len(data) < 40:
        data += await loop.sock_recv(conn, 100)
    with open(__file__, 'rb') as f:
        print('sendfile data ok', data == f.read()[10:50])
    try:
        with open(__file__) as f:
            await loop.sock_sendfile(client, f)
    except ValueError as e:
        show('text file', e)
    for count in (0, 'x'):
        try:
            with open(__file__, 'rb') as f:
                await loop.sock_sendfile(client, f, 0, count)
        except (ValueError, TypeError) as e:
            show('count', e)
    for sock in (conn, client, listener):
        sock.close()
    refused = socket.socket()
    refused.setblocking(False)
    try:
        await loop.sock_connect(refused, addr)
    except OSError as e:
        print('connect', type(e).__name__)
    refused.close()


async def udp_ops():
    loop = asyncio.get_running_loop()
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for s in (a, b):
        s.bind(('127.0.0.1', 0))
        s.setblocking(False)
    receiving = asyncio.create_task(loop.sock_recvfrom(b, 100))
    await asyncio.sleep(0.01)
    print('sent', await loop.sock_sendto(a, b'datagram', b.getsockname()))
    data, src = await receiving
    print(data, src == a.getsockname())
    await loop.sock_sendto(b, b'reply', a.getsockname())
    buf = bytearray(3)
    n, src = await loop.sock_recvfrom_into(a, buf)
    print(n, bytes(buf), src == b.getsockname())
    a.close()
    b.close()


async def resolution():
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo('127.0.0.1', 80, family=socket.AF_INET,
                                   type=socket.SOCK_STREAM)
    print([(i[0].name, i[1].name, i[4]) for i in infos])
    print(await loop.getnameinfo(('127.0.0.1', 80),
                                 socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))


async def threadsafe_wakeup():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def worker():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, 'woken')

    started = time.monotonic()
    threading.Thread(target=worker).start()
    print(await fut)
    print('quick', time.monotonic() - started < 2)


async def cancelled_recv():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_recv(a, 10), 0.02)
    except TimeoutError:
        print('sock_recv timed out')
    # The cancelled read no longer watches the socket: a new one works.
    b.send(b'after')
    print(await loop.sock_recv(a, 10))
    a.close()
    b.close()


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, isinstance(loop, asyncio.SelectorEventLoop))
    for step in (readers_on_pipe, socketpair_ops, tcp_ops, udp_ops, resolution,
                 threadsafe_wakeup, cancelled_recv):
        print('--', step.__name__)
        await step()


asyncio.run(main())

loop = asyncio.new_event_loop()
r, w = os.pipe()
loop.add_reader(r, print)
loop.close()
print('closed loop', loop.is_closed())
try:
    loop.add_reader(r, print)
except RuntimeError as e:
    show('after close', e)
print('remove after close', loop.remove_reader(r))
os.close(r)
os.close(w)
