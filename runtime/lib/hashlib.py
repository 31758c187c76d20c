"""Secure hashes and message digests: md5, sha1, the SHA-2 family (sha224, sha256,
sha384, sha512) and BLAKE2 (blake2b, blake2s).

The SHA-3 and SHAKE algorithms are not part of this build: asking for one raises
ValueError("unsupported hash type NAME"), as CPython does for a name it lacks.
"""

import _blake2
import _md5
import _sha1
import _sha2

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'file_digest',
           'pbkdf2_hmac')

_constructors = {'md5': _md5.md5, 'sha1': _sha1.sha1, 'sha224': _sha2.sha224,
                 'sha256': _sha2.sha256, 'sha384': _sha2.sha384, 'sha512': _sha2.sha512,
                 'blake2b': _blake2.blake2b, 'blake2s': _blake2.blake2s}

algorithms_guaranteed = set(_constructors)
algorithms_available = set(_constructors)

md5 = _md5.md5
sha1 = _sha1.sha1
sha224 = _sha2.sha224
sha256 = _sha2.sha256
sha384 = _sha2.sha384
sha512 = _sha2.sha512
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s


def _unsupported(name):
    def constructor(*args, **kwargs):
        raise ValueError('unsupported hash type ' + name)
    constructor.__name__ = constructor.__qualname__ = name
    return constructor


for _name in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'):
    globals()[_name] = _unsupported(_name)
del _name


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    if not isinstance(name, str):
        raise TypeError(f'new() argument name must be str, not {type(name).__name__}')
    constructor = _constructors.get(name.lower())
    if constructor is None:
        raise ValueError('unsupported hash type ' + name)
    return constructor(data, **kwargs)


def _check_c_long(value):
    # The counts are C longs in CPython's implementation.
    if not -2**63 <= value < 2**63:
        raise OverflowError("Python int too large to convert to C long")


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation function 2 (PKCS #5 v2.0) with HMAC as the PRF."""
    password = bytes(memoryview(password))
    salt = bytes(memoryview(salt))
    _check_c_long(iterations)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > 0xFFFFFFFF:
        raise OverflowError("iteration value is too great.")
    if dklen is not None:
        _check_c_long(dklen)
        if dklen < 1:
            raise ValueError("key length must be greater than 0.")
        if dklen > 0x7FFFFFFF:
            raise OverflowError("key length is too great.")
    name = hash_name.lower() if isinstance(hash_name, str) else hash_name
    if name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
        if dklen is None:
            dklen = new(name).digest_size
        return _sha2._pbkdf2(name, password, salt, iterations, dklen)
    # Other digests (BLAKE2): the same construction through hash objects.
    inner = new(hash_name)
    outer = new(hash_name)
    block = inner.block_size
    if len(password) > block:
        password = new(hash_name, password).digest()
    password = password.ljust(block, b'\0')
    inner.update(bytes(b ^ 0x36 for b in password))
    outer.update(bytes(b ^ 0x5C for b in password))

    def prf(message):
        # HMAC(password, message) from the two keyed states prepared above.
        i = inner.copy()
        i.update(message)
        o = outer.copy()
        o.update(i.digest())
        return o.digest()

    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    key = bytearray()
    counter = 1
    while len(key) < dklen:
        u = prf(salt + counter.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        key += acc.to_bytes(len(u), 'big')
        counter += 1
    return bytes(key[:dklen])


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if not hasattr(fileobj, 'read') or not getattr(fileobj, 'readable', lambda: True)():
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
