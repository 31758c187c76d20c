# Edge cases of header value parsing (default policy header classes).
from email.headerregistry import HeaderRegistry
from email import policy
reg = HeaderRegistry()
for v in ['Foo Bar@example.com', 'a..b@x.org', '<@route.org:a@b.org>', 'a.b@x .org', 'a@x,b@y', 'Name <a b@x.org>', '"" <a@b>', 'a (c) . b@x', 'Jörg@x.org', '\\x@y.z', 'a@b;c@d']:
    h = reg('To', v)
    print(repr(str(h)), [type(d).__name__ for d in h.defects], repr(h.fold(policy=policy.default)))
    print('   ', [(a.display_name, a.username, a.domain) for a in h.addresses])
from email.headerregistry import HeaderRegistry
from email import policy
import email
reg = HeaderRegistry()
for v in ['<a b@x>', '<"q"@x.y>', '<a..b@c>', '<abc@def', '<@x>', '<a.b@c.d> trailing']:
    h = reg('Message-ID', v)
    print(repr(str(h)), [type(d).__name__ for d in h.defects], repr(h.fold(policy=policy.default)))
for v in ['text/plain; charset', 'text/plain; ;', 'text/plain charset=x', '/plain', 'text/plain; name="unterminated',
          'text/plain; filename="a;b.txt"; x=1', 'text/plain; title*=bogus\'\'%FF', 'text/plain; n*0=a; n*2=c; n*1=b',
          'text/plain; n*0*=utf-8\'\'%C3%A9; n*1=x']:
    h = reg('Content-Type', v)
    print(repr(str(h)), [type(d).__name__ for d in h.defects], dict(h.params), h.content_type)
m = email.message_from_string('Content-Type: text/plain; name="a;b.txt"\nContent-Disposition: attachment; filename*=utf-8\'\'%C3%A9t%C3%A9.txt\n\nx', policy=policy.default)
print(m.get_filename(), m.get_param('name'), m['content-disposition'].params)
print(m.as_string())
for v in ['text/plain;', 'text/plain; a=1;', 'text/plain; ;a=1', 'text/plain;;', 'text/plain; a', 'text/plain; a=', 'text/plain; =x', 'text/plain; a b=c', 'text/plain; a=b c','text/plain; a="b" c', 'text/plain; a; b=2']:
    h = reg('Content-Type', v)
    print(repr(v), repr(str(h)), [type(d).__name__ for d in h.defects], dict(h.params))
for v in ['text/plain; n*0=a; n*2=c', 'text/plain; n*1=b; n*0=a', 'text/plain; n*0=a; n*0=b', "text/plain; n*=iso-8859-1''caf%E9", "text/plain; n*=''abc", "text/plain; n*=abc%20d", 'text/plain; n*0="a b"; n*1=" c"']:
    h = reg('Content-Type', v); print(repr(str(h)), [type(d).__name__ for d in h.defects], dict(h.params))
