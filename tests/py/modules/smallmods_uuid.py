import uuid
from uuid import UUID
u = UUID('{12345678-1234-5678-1234-567812345678}')
for a in ['bytes','bytes_le','fields','time_low','time_mid','time_hi_version','clock_seq_hi_variant','clock_seq_low','time','clock_seq','node','hex','urn','variant','version','int','is_safe']:
    print(a, repr(getattr(u, a)))
print(str(u), repr(u), int(u), hash(u) == hash(u.int))
print(UUID(bytes=u.bytes) == u, UUID(bytes_le=u.bytes_le) == u, UUID(fields=u.fields) == u, UUID(int=u.int) == u, UUID('urn:uuid:12345678123456781234567812345678') == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, b'x'), uuid.uuid5(uuid.NAMESPACE_OID, 'é'), uuid.uuid5(uuid.NAMESPACE_X500, 'a').version)
v = uuid.uuid4(); print(v.version, v.variant, len(str(v)), v != uuid.uuid4())
v = uuid.uuid1(); print(v.version, v.variant, uuid.uuid1(node=5, clock_seq=7).node, uuid.uuid1(clock_seq=0x1234).clock_seq)
print(UUID(int=0).variant, UUID(int=(1<<128)-1).variant, UUID(int=0x8000 << 48 | 0xc000<<48).variant, UUID(int=0).version)
print(UUID(int=0x8000<<48) < UUID(int=0x8001<<48), sorted([UUID(int=3), UUID(int=1)]), u == 5, UUID(int=5, version=4))
for kw in [{}, {'hex': 'xyz'}, {'bytes': b'a'}, {'bytes_le': b'a'}, {'fields': (1,)}, {'fields': (1<<32,0,0,0,0,0)}, {'fields': (0,0,0,0,0,1<<48)}, {'int': -1}, {'int': 0, 'version': 9}, {'hex': 'ab', 'int': 1}]:
    try: UUID(**kw)
    except Exception as e: print(type(e).__name__, e)
try: u.int = 5
except TypeError as e: print(e)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
n = uuid.getnode(); print(0 < n < 1 << 48, n == uuid.getnode())
print(u.__getstate__(), UUID(int=1, is_safe=uuid.SafeUUID.unsafe).__getstate__())
