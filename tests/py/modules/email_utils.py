# email.utils: addresses, dates, RFC 2231 helpers.
import datetime
from email import utils

print(utils.formataddr(('Alice Smith', 'alice@example.com')))
print(utils.formataddr(('Smith, Alice', 'alice@example.com')))
print(utils.formataddr(('A "Q" B', 'q@example.com')))
print(utils.formataddr(('', 'bare@example.com')))
print(utils.formataddr(('Jörg', 'j@example.com')))
print(utils.formataddr(('Jörg', 'j@example.com'), 'iso-8859-1'))
try:
    utils.formataddr(('x', 'jörg@example.com'))
except Exception as e:
    print(type(e).__name__)

for a in ['Alice <alice@example.com>', '"Smith, A" <a@x.org>', 'bob@example.com',
          'bob@example.com (Bob Jones)', '<only@angle.org>', 'not an address',
          'a@b.c, d@e.f', '', 'Name <a@[1.2.3.4]>', '"unbalanced <x@y.z>',
          'Ann (comment) <ann@x.org>']:
    print(repr(a), utils.parseaddr(a), utils.parseaddr(a, strict=False))

print(utils.getaddresses(['Alice <a@x.org>, bob@y.org', 'Carol <c@z.org>']))
print(utils.getaddresses(['Group: a@x.org, b@y.org;, c@z.org']))
print(utils.getaddresses(['"Last, First" <lf@x.org>, other@y.org']))
print(utils.getaddresses(['bad (paren <a@b.c>']))
print(utils.getaddresses(['a@b.c, , d@e.f'], strict=False))

dates = ['Fri, 09 Nov 2001 01:08:47 -0000', 'Mon, 20 Nov 1995 19:12:08 -0500',
         '20 Nov 1995 19:12:08 +0130', 'Tue, 1 Jul 2003 10:52:37 +0200',
         'Thu, 01 Jan 1970 00:00:00 GMT', 'Sun, 06 Nov 1994 08:49:37 EST',
         '6 Nov 94 08:49 PST', 'Wed, 02 Oct 2002 08:00:00 UT', 'garbage',
         '', 'Fri, 09 Nov 2001 01:08:47', '09-Nov-2001 01:08:47 +0000',
         'Nov 9 2001 01:08:47 +0000']
for d in dates:
    print(repr(d), utils.parsedate(d), utils.parsedate_tz(d))
    try:
        print('  ', repr(utils.parsedate_to_datetime(d)))
    except Exception as e:
        print('  ', type(e).__name__, e)

t = utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')
print(utils.mktime_tz(t))
print(utils.formatdate(0))
print(utils.formatdate(1000000000, usegmt=True))
print(utils.formatdate(1234567890.5))
loc = utils.formatdate(1000000000, localtime=True)
print(len(loc.split()), loc[-5] in '+-')
dt = datetime.datetime(2020, 2, 29, 13, 5, 9, tzinfo=datetime.timezone.utc)
print(utils.format_datetime(dt))
print(utils.format_datetime(dt, usegmt=True))
print(utils.format_datetime(dt.replace(tzinfo=None)))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
print(utils.format_datetime(dt.replace(tzinfo=tz)))
try:
    utils.format_datetime(dt.replace(tzinfo=None), usegmt=True)
except ValueError as e:
    print(type(e).__name__, e)
print(utils.localtime(dt).tzinfo is not None)

mid = utils.make_msgid(domain='example.com')
print(mid.startswith('<'), mid.endswith('@example.com>'), mid.count('.') >= 2)
mid = utils.make_msgid('tag', domain='x.org')
print(mid.endswith('.tag@x.org>'))
print(utils.make_msgid(domain='a.b') != utils.make_msgid(domain='a.b'))

print(utils.quote('a"b\\c'), utils.unquote('"a\\"b"'), utils.unquote('<x@y>'),
      utils.unquote('plain'), utils.unquote('"'))
print(utils.encode_rfc2231('café.txt', 'utf-8'))
print(utils.encode_rfc2231('a b', 'us-ascii', 'en'))
print(utils.encode_rfc2231('plain'))
print(utils.decode_rfc2231("utf-8''caf%C3%A9"))
print(utils.decode_rfc2231("us-ascii'en'hello"))
print(utils.decode_rfc2231("noticks"))
print(utils.collapse_rfc2231_value(('utf-8', '', 'caf\xc3\xa9')))
print(utils.collapse_rfc2231_value('"quoted"'))
print(utils.collapse_rfc2231_value(('bogus-charset', '', '"raw"')))
print(utils.collapse_rfc2231_value((None, '', 'abc')))
print(utils.decode_params([('text/plain', ''), ('name*0', 'a'), ('name*1', 'b'),
                           ('title*', "utf-8''%C3%A9"), ('x', '"y"')]))
