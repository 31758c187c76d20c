# socket over loopback and socketpair: TCP with makefile, UDP, timeouts, non-blocking,
# address errors, conversions and enum constants.
import socket, threading, io
print(socket.AF_INET, repr(socket.AF_INET), socket.SOCK_STREAM.name, socket.AddressFamily.AF_UNIX.value)
print(isinstance(socket.MSG_PEEK, socket.MsgFlag), int(socket.AI_PASSIVE), socket.SocketType, socket.error, socket.timeout)
srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
print(srv.family, srv.type, repr(srv.family), srv.gettimeout(), srv.getblocking())
print(repr(srv).replace(str(port), 'PORT').replace(f'fd={srv.fileno()}', 'fd=N'))
def serve():
    conn, addr = srv.accept()
    with conn:
        f = conn.makefile('rwb')
        line = f.readline()
        f.write(b'echo: ' + line)
        f.flush()
        f.close()
        data = conn.recv(1024)
        conn.sendall(data.upper())
t = threading.Thread(target=serve); t.start()
c = socket.create_connection(('127.0.0.1', port), timeout=5)
print(c.gettimeout(), type(c).__name__)
c.sendall(b'hello\n')
r = c.makefile('r', encoding='utf-8')
print(repr(r.readline()))
c.sendall(b'abc')
print(c.recv(10))
r.close(); c.close(); t.join(); srv.close()
print(repr(c).split(' fd=')[0], c.fileno())
a, b = socket.socketpair()
print(a.family, a.type)
a.sendall(b'x' * 10)
buf = bytearray(4)
print(b.recv_into(buf), buf, b.recv(100))
b.settimeout(0.05)
try:
    b.recv(1)
except TimeoutError as e:
    print('TimeoutError', e)
b.setblocking(False)
try:
    b.recv(1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
a.close(); b.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b'dgram', u.getsockname())
data, addr = u.recvfrom(100)
print(data, addr[0], addr == v.getsockname())
u.close(); v.close()
with socket.socket() as s:
    try:
        s.connect(('127.0.0.1', port))
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e.errno)
    print(s.connect_ex(('127.0.0.1', port)) != 0)
s = socket.socket()
for bad in ('x', ('127.0.0.1',), ('127.0.0.1', 70000), ('127.0.0.1', 'x'), (1, 2)):
    try:
        s.bind(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s.close()
for call in (lambda: socket.inet_aton('300.1.2.3'), lambda: socket.inet_ntoa(b'12'),
             lambda: socket.inet_pton(socket.AF_INET, 'x'), lambda: socket.htons(-1),
             lambda: socket.htons(70000), lambda: socket.getservbyname('nosuchservice'),
             lambda: pickle.dumps(socket.socket())):
    try:
        import pickle
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, '::ffff:1.2.3.4')))
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getdefaulttimeout()); socket.setdefaulttimeout(2.5); print(socket.socket().gettimeout()); socket.setdefaulttimeout(None)
with socket.socket(socket.AF_UNIX) as us:
    print(us.getsockname(), us.family)
print(socket.has_dualstack_ipv6() in (True, False), socket.getfqdn('127.0.0.1') != '')
# Instances of socket subclasses hold a reference to their class.
class Sub(socket.socket):
    pass

import sys
for _ in range(300):
    Sub().close()
print(sys.getrefcount(Sub) == sys.getrefcount(Sub), Sub.__mro__[1] is socket.socket)
