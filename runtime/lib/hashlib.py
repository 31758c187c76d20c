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
           'new', 'algorithms_guaranteed', 'algorithms_available', 'file_digest')

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
