import hashlib
for name in ('sha1', 'sha256', 'sha512', 'md5', 'blake2b'):
    print(name, hashlib.pbkdf2_hmac(name, b'password', b'salt', 2).hex())
    print(name, hashlib.pbkdf2_hmac(name, b'p' * 200, bytearray(b'NaCl'), 3, dklen=70).hex())
print(hashlib.pbkdf2_hmac('sha256', memoryview(b'pw'), b'', 1, 1).hex())
for args in (('sha256', b'p', b's', 0), ('sha256', b'p', b's', 1, 0)):
    try:
        hashlib.pbkdf2_hmac(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(hashlib.__all__)
for dklen in (2**62, 2**31, 2**64):
    try:
        hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, dklen)
    except OverflowError as e:
        print('OverflowError', e)
for iterations in (2**32, 2**63):
    try:
        hashlib.pbkdf2_hmac('sha256', b'p', b's', iterations, 1)
    except OverflowError as e:
        print('OverflowError', e)
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100000).hex())
