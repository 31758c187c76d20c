import secrets
import string
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)))
t = secrets.token_hex()
print(len(t), all(c in string.hexdigits for c in t), len(secrets.token_hex(4)))
t = secrets.token_urlsafe(16)
print(len(t), all(c in string.ascii_letters + string.digits + '-_' for c in t),
      len(secrets.token_urlsafe()), secrets.token_urlsafe(0))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)))
print(secrets.randbelow(1), all(0 <= secrets.randbits(5) < 32 for _ in range(100)))
print(secrets.choice('a') , secrets.choice([4, 4]), secrets.choice('abc') in 'abc')
for bad in (0, -3):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    secrets.choice([])
except IndexError as e:
    print(type(e).__name__, e)
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'))
r = secrets.SystemRandom()
print(0 <= r.random() < 1, 1 <= r.randint(1, 3) <= 3, sorted(r.sample(range(5), 5)))
print(secrets.DEFAULT_ENTROPY, sorted(secrets.__all__))
