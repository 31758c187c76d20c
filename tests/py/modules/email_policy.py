# email.policy objects: attributes, clone, folding and generation effects.
import io
import email
from email import policy, errors
from email.policy import EmailPolicy, compat32, default, strict, SMTP, SMTPUTF8, HTTP
from email.generator import Generator, BytesGenerator
from email.message import Message

for name in ['compat32', 'default', 'strict', 'SMTP', 'SMTPUTF8', 'HTTP']:
    p = getattr(policy, name)
    print(name, type(p).__name__, repr(p.linesep), p.max_line_length, p.raise_on_defect,
          p.cte_type, p.mangle_from_, getattr(p, 'utf8', None), getattr(p, 'refold_source', None),
          p.verify_generated_headers, p.message_factory.__name__ if p.message_factory else None)
print(repr(default), repr(SMTP), repr(HTTP), repr(SMTPUTF8), repr(compat32))
p = default.clone(max_line_length=40, linesep='\r\n')
print(p.max_line_length, repr(p.linesep), repr(p))
print(repr(compat32 + compat32.clone(linesep='\r\n')))
print(repr(default + SMTP))
for bad in [lambda: default.clone(nosuch=1), lambda: EmailPolicy(nosuch=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
for attr in ['linesep', 'nosuch']:
    try:
        setattr(default, attr, 'x')
    except AttributeError as e:
        print(type(e).__name__, e)
print(default.header_max_count('Subject'), default.header_max_count('Received'), compat32.header_max_count('Subject'))
print(default.header_source_parse(['Subject: hello\r\n', ' world\r\n']))
print(compat32.header_source_parse(['Subject:   spaced\n']))
print(compat32.header_store_parse('X', 'v'), compat32.header_fetch_parse('X', 'v'))
h = default.header_store_parse('Subject', 'stored')
print(h[0], type(h[1]).__name__, h[1])
try:
    default.header_store_parse('Subject', 'a\nb')
except ValueError as e:
    print(type(e).__name__, e)
print(type(default.header_fetch_parse('To', 'a@b.c\r\n (x)')).__name__)
print(repr(compat32.fold('Subject', 'x ' * 45)))
print(repr(compat32.fold_binary('Subject', 'caf\udcc3\udca9')))
print(repr(compat32.clone(cte_type='7bit').fold_binary('Subject', 'caf\udcc3\udca9')))
print(repr(default.fold('Subject', 'source\n value')))
print(repr(default.fold('Subject', 'long ' * 20)))
print(repr(default.clone(refold_source='none').fold('Subject', 'long ' * 20)))
print(repr(default.clone(refold_source='all').fold('Subject', 'short   spaced')))
print(repr(default.fold('Subject', 'nön ascii')))
print(repr(default.fold_binary('Subject', 'caf\udcc3\udca9')))
print(repr(default.clone(cte_type='7bit').fold_binary('Subject', 'caf\udcc3\udca9')))
print(repr(SMTPUTF8.fold_binary('Subject', 'nön')))

class Obj:
    defects = []
m = Obj()
compat32.handle_defect(m, errors.InvalidHeaderDefect('x'))
print([type(d).__name__ for d in m.defects])
try:
    strict.handle_defect(m, errors.InvalidHeaderDefect('boom'))
except errors.InvalidHeaderDefect as e:
    print(type(e).__name__, e)

src = 'Subject: ' + 'word ' * 20 + '\nTo: a@b.c\n\nFrom here\nbody\n'
for pol in [compat32, default, SMTP, HTTP, default.clone(refold_source='none'),
            default.clone(mangle_from_=True), compat32.clone(max_line_length=None)]:
    msg = email.message_from_string(src, policy=pol)
    print(repr(msg.as_string()))
    b = io.BytesIO()
    BytesGenerator(b, policy=pol).flatten(msg)
    print(b.getvalue())
msg = email.message_from_string(src)
print(repr(msg.as_string(policy=SMTP)))
s = io.StringIO()
Generator(s, policy=default).flatten(msg)
print(repr(s.getvalue()))

raw = b'Subject: caf\xc3\xa9\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nbody \xc3\xa9\n'
for pol in [compat32, default, SMTPUTF8]:
    bm = email.message_from_bytes(raw, policy=pol)
    print(repr(str(bm['subject'])))
    print(bm.as_bytes())
    print(repr(bm.as_string()))
    b = io.BytesIO()
    BytesGenerator(b, policy=pol.clone(cte_type='7bit')).flatten(bm)
    print(b.getvalue())

class Evil(str):
    name = 'X-Evil'
    def fold(self, policy):
        return 'X-Evil: a\nInjected: b\n'
em = email.message.EmailMessage()
em['X-Evil'] = Evil('x')
try:
    em.as_string()
except errors.HeaderWriteError as e:
    print(type(e).__name__)
print(em.as_string(policy=default.clone(verify_generated_headers=False)))
cm = Message()
cm['X-Bad'] = 'a\nInjected: b'
try:
    cm.as_string()
except errors.HeaderParseError as e:
    print(type(e).__name__)
