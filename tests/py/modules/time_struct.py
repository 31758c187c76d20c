import time, struct, array

t0 = time.perf_counter(); t1 = time.perf_counter()
print(t1 >= t0, type(time.time()).__name__, type(time.monotonic_ns()).__name__)
time.sleep(0.01)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
st = time.gmtime(1700000000)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, st[0], len(st))
print(struct.pack('<hIq', -2, 7, 2**40), struct.unpack('>HHb', b'\x01\x02\x03\x04\xff'))
print(struct.calcsize('@bid'), struct.calcsize('=bid'), struct.pack('2s3sx?', b'ab', b'cdef', True))
print(struct.unpack('<d', struct.pack('<d', 1.5)), struct.unpack('<f', struct.pack('<f', 0.1))[0])
print(struct.pack('>e', 1.5), struct.unpack('>e', b'\x3c\x00'))
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('i'), lambda: struct.unpack('i', b'\x00')]:
    try:
        bad()
    except struct.error as e:
        print('error', e)
a = array.array('i', [1, 2, 3])
a.append(4)
print(a, a[1], len(a), a.tobytes()[:8], a.itemsize, list(a[1:3]))
print(array.array('d', [1.5, 2.5]), array.array('b'))
