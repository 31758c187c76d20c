# email: binary files, CRLF input, deepcopy and pickling of messages.
import email, io, copy, pickle
from email import policy
raw = b'Subject: hi\r\nTo: a@b.c\r\n\r\nline1\r\nline2\rline3\n'
m = email.message_from_binary_file(io.BytesIO(raw))
print(m.items(), repr(m.get_payload()))
m = email.message_from_bytes(raw)
print(m.items(), repr(m.get_payload()))
m = email.message_from_bytes(raw, policy=policy.default)
m2 = copy.deepcopy(m)
print(m2['subject'], type(m2['to']).__name__, m2.as_bytes() == m.as_bytes())
p = pickle.loads(pickle.dumps(m))
print(p['to'], type(p['to']).__name__, p.as_string() == m.as_string())
h = m['to']
print(type(pickle.loads(pickle.dumps(h))).__name__)
from email.message import Message
c = Message(); c['A'] = 'b'; c.set_payload('x')
print(pickle.loads(pickle.dumps(c)).as_string())
