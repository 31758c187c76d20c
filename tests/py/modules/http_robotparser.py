# urllib.robotparser: parsing robots.txt text and answering can_fetch (no network)
import urllib.robotparser as rp
from urllib.robotparser import RobotFileParser

ROBOTS = """\
# comment line
User-agent: *
Disallow: /cyberworld/map/ # This is an infinite virtual URL space
Disallow: /tmp/
Allow: /tmp/public
Crawl-delay: 3
Request-rate: 9/30

User-agent: cybermapper
User-Agent: Other-Bot
Disallow: /private
Disallow:
Crawl-delay: abc
Request-rate: 1/x

User-agent: figtree
Allow: /~joe/index.html
Disallow: /~joe/
Disallow: /a%3cd.html
Disallow: /%7ejoe/secret
Request-rate: 3/15
Sitemap: http://www.example.com/sitemap.xml

Sitemap: http://www.example.com/sitemap2.xml
Disallow: /orphan
User-agent: *
Disallow: /ignored-second-star
"""

p = RobotFileParser()
print(p.can_fetch('*', 'http://example.com/'), p.crawl_delay('*'), p.request_rate('*'), p.mtime(), p.site_maps())
p.parse(ROBOTS.splitlines())
print(p.mtime() > 0, p.site_maps())
print(str(p))
print('---')
tests = [
    ('mozilla', '/'), ('mozilla', '/cyberworld/map/index.html'), ('mozilla', '/tmp/'), ('mozilla', '/tmp'),
    ('mozilla', '/tmp/public/x'), ('cybermapper', '/cyberworld/map/index.html'), ('CyberMapper/1.0', '/private/x'),
    ('other-bot', '/private'), ('figtree', '/~joe/index.html'), ('figtree', '/~joe/other.html'),
    ('FigTree Robot libwww-perl/5.04', '/%7Ejoe/x'), ('figtree', '/a<d.html'), ('figtree', '/a%3Cd.html'),
    ('figtree', 'http://www.example.com/~joe/secret?x=1'), ('figtree', '/orphan'),
    ('anybot', '/ignored-second-star'), ('anybot', 'http://x/tmp/a;params?q#frag'), ('anybot', ''),
]
for agent, url in tests:
    print(agent, url, p.can_fetch(agent, url))
for agent in ['mozilla', 'cybermapper', 'figtree', 'Other-Bot/2']:
    print(agent, p.crawl_delay(agent), p.request_rate(agent))
rr = p.request_rate('mozilla')
print(type(rr).__name__, rr.requests, rr.seconds, rr)

# no default entry
p = RobotFileParser('http://www.example.com:8080/robots.txt')
print(p.url, p.host, p.path)
p.parse(['User-agent: Googlebot', 'Disallow: /', 'Allow: /ok'])
print(p.can_fetch('Googlebot', '/ok'), p.can_fetch('googlebot/2.1', '/x'), p.can_fetch('other', '/x'),
      p.crawl_delay('other'), p.request_rate('other'), p.site_maps())
print(repr(str(p)))

# rules before any user-agent are ignored; no blank lines between records
p = RobotFileParser()
p.parse(['Disallow: /x', 'Allow: /y', 'Crawl-delay: 5', 'User-agent: a', 'Disallow: /a', 'User-agent: b',
         'Disallow: /b', 'garbage line', 'User-agent: c', '', 'Disallow: /c'])
print(repr(str(p)))
print(p.can_fetch('a', '/a'), p.can_fetch('b', '/b'), p.can_fetch('b', '/a'), p.can_fetch('c', '/c'))

# "Disallow: /" with star, and allow_all / disallow_all switches
p = RobotFileParser()
p.parse(['User-agent: *', 'Disallow: /'])
print(p.can_fetch('x', '/'), p.can_fetch('x', '/anything'))
p.allow_all = True
print(p.can_fetch('x', '/'))
p.disallow_all = True
print(p.can_fetch('x', '/'))
p.set_url('http://other/robots.txt')
print(p.url, p.host, p.path)

r = rp.RuleLine('', False)
print(r.allowance, repr(r.path), str(r))
r = rp.RuleLine('/a b?q=1', False)
print(r.allowance, r.path, str(r), r.applies_to('/a%20b?q=1&x'), r.applies_to('/a'))
print(rp.RuleLine('*', True).applies_to('/whatever'))
e = rp.Entry()
print(repr(str(e)), e.allowance('/x'), e.applies_to('x'))
e.useragents.append('Bot')
e.delay = 0
e.req_rate = rp.RequestRate(1, 2)
e.rulelines.append(rp.RuleLine('/no', False))
print(repr(str(e)), e.applies_to('bot/1.0'), e.applies_to('robot'), e.applies_to('bo'), e.allowance('/no/x'))
print(rp.__all__)
