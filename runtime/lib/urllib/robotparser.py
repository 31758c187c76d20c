# urllib.robotparser: parse robots.txt files and answer whether a user agent
# may fetch a URL (the robots exclusion protocol, with the Crawl-delay,
# Request-rate and Sitemap extensions).

import collections
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["RobotFileParser"]

RequestRate = collections.namedtuple("RequestRate", "requests seconds")

# Parser states while reading the lines of one record.
_START = 0          # before any User-agent line
_AGENTS = 1         # after User-agent lines, before any rule
_RULES = 2          # after at least one rule line


class RobotFileParser:
    """Reads one robots.txt file and answers questions about it."""

    def __init__(self, url=''):
        self.entries = []
        self.sitemaps = []
        self.default_entry = None
        self.disallow_all = False
        self.allow_all = False
        self.set_url(url)
        self.last_checked = 0

    def mtime(self):
        """When the file was last parsed (seconds since the epoch; 0 if
        never)."""
        return self.last_checked

    def modified(self):
        """Record the current time as the time of the last fetch."""
        import time
        self.last_checked = time.time()

    def set_url(self, url):
        self.url = url
        parts = urllib.parse.urlparse(url)
        self.host = parts[1]
        self.path = parts[2]

    def read(self):
        """Fetch the robots.txt URL and parse it.  401 and 403 answers
        forbid everything; other 4xx answers allow everything."""
        try:
            response = urllib.request.urlopen(self.url)
        except urllib.error.HTTPError as err:
            if err.code in (401, 403):
                self.disallow_all = True
            elif 400 <= err.code < 500:
                self.allow_all = True
        else:
            self.parse(response.read().decode("utf-8").splitlines())

    def _add_entry(self, entry):
        if "*" in entry.useragents:
            # Only the first record for '*' counts.
            if self.default_entry is None:
                self.default_entry = entry
        else:
            self.entries.append(entry)

    def parse(self, lines):
        """Parse the lines of a robots.txt file.  A blank line ends a
        record; a User-agent line after rules also starts a new one."""
        state = _START
        entry = Entry()
        self.modified()
        for line in lines:
            if not line:
                if state == _RULES:
                    self._add_entry(entry)
                if state != _START:
                    entry = Entry()
                    state = _START
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            field, sep, value = line.partition(':')
            if not sep:
                continue
            field = field.strip().lower()
            value = urllib.parse.unquote(value.strip())
            if field == "user-agent":
                if state == _RULES:
                    self._add_entry(entry)
                    entry = Entry()
                entry.useragents.append(value)
                state = _AGENTS
            elif field in ("disallow", "allow"):
                if state != _START:
                    entry.rulelines.append(RuleLine(value, field == "allow"))
                    state = _RULES
            elif field == "crawl-delay":
                if state != _START:
                    if value.strip().isdigit():
                        entry.delay = int(value)
                    state = _RULES
            elif field == "request-rate":
                if state != _START:
                    numbers = value.split('/')
                    if (len(numbers) == 2
                            and numbers[0].strip().isdigit()
                            and numbers[1].strip().isdigit()):
                        entry.req_rate = RequestRate(int(numbers[0]),
                                                     int(numbers[1]))
                    state = _RULES
            elif field == "sitemap":
                # Sitemaps do not belong to any record.
                self.sitemaps.append(value)
        if state == _RULES:
            self._add_entry(entry)

    def _entry_for(self, useragent):
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry
        return self.default_entry

    def can_fetch(self, useragent, url):
        """Whether useragent may fetch url according to the parsed file."""
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        # Nothing has been read yet: be conservative.
        if not self.last_checked:
            return False
        parts = urllib.parse.urlparse(urllib.parse.unquote(url))
        target = urllib.parse.urlunparse(
            ('', '', parts.path, parts.params, parts.query, parts.fragment))
        target = urllib.parse.quote(target) or "/"
        entry = self._entry_for(useragent)
        if entry is None:
            return True
        return entry.allowance(target)

    def crawl_delay(self, useragent):
        if not self.mtime():
            return None
        entry = self._entry_for(useragent)
        return None if entry is None else entry.delay

    def request_rate(self, useragent):
        if not self.mtime():
            return None
        entry = self._entry_for(useragent)
        return None if entry is None else entry.req_rate

    def site_maps(self):
        return self.sitemaps or None

    def __str__(self):
        entries = list(self.entries)
        if self.default_entry is not None:
            entries.append(self.default_entry)
        return '\n\n'.join(str(e) for e in entries)


class RuleLine:
    """One Allow (allowance True) or Disallow (False) rule with its path."""

    def __init__(self, path, allowance):
        if path == '' and not allowance:
            # "Disallow:" with nothing after it allows everything.
            allowance = True
        path = urllib.parse.urlunparse(urllib.parse.urlparse(path))
        self.path = urllib.parse.quote(path)
        self.allowance = allowance

    def applies_to(self, filename):
        return self.path == "*" or filename.startswith(self.path)

    def __str__(self):
        return "%s: %s" % ("Allow" if self.allowance else "Disallow",
                           self.path)


class Entry:
    """One record: the user agents it is for and its rules."""

    def __init__(self):
        self.useragents = []
        self.rulelines = []
        self.delay = None
        self.req_rate = None

    def __str__(self):
        lines = ["User-agent: %s" % agent for agent in self.useragents]
        if self.delay is not None:
            lines.append("Crawl-delay: %s" % self.delay)
        if self.req_rate is not None:
            lines.append("Request-rate: %s/%s" % (self.req_rate.requests,
                                                  self.req_rate.seconds))
        lines.extend(str(rule) for rule in self.rulelines)
        return '\n'.join(lines)

    def applies_to(self, useragent):
        """Whether this record is for useragent (compared by the name
        before any '/', case-insensitively, as a substring)."""
        name = useragent.split("/")[0].lower()
        for agent in self.useragents:
            if agent == '*' or agent.lower() in name:
                return True
        return False

    def allowance(self, filename):
        """The verdict of the first rule that matches filename (allowed
        when none does)."""
        for rule in self.rulelines:
            if rule.applies_to(filename):
                return rule.allowance
        return True
