# email.message: the Message class (compat32 API) and EmailMessage.

__all__ = ['Message', 'EmailMessage']

import binascii
import re
from io import BytesIO, StringIO

from email import utils
from email import errors
from email._policybase import compat32
from email import charset as _charset
from email._encoded_words import decode_b

Charset = _charset.Charset

SEMISPACE = '; '

# characters that force a parameter value to be quoted
tspecials = re.compile('[%s]' % re.escape(' ()<>@,;:\\"/[]?='))

# stands in for "no such header/parameter" where None is a valid answer
_absent = object()

_UU_ENCODINGS = frozenset(('uuencode', 'x-uuencode', 'uue', 'x-uue'))


def _splitparam(param):
    # 'text/plain; charset=x' -> ('text/plain', 'charset=x')
    main, sep, rest = str(param).partition(';')
    if not sep:
        return main.strip(), None
    return main.strip(), rest.strip()


def _formatparam(param, value=None, quote=True):
    """Render param=value, quoting or RFC 2231 encoding as needed."""
    if not value:
        return param
    if isinstance(value, tuple):
        charset, language, text = value
        return f'{param}*={utils.encode_rfc2231(text, charset, language)}'
    if not value.isascii():
        return f"{param}*={utils.encode_rfc2231(value, 'utf-8', '')}"
    if quote or tspecials.search(value):
        return f'{param}="{utils.quote(value)}"'
    return f'{param}={value}'


def _inside_quotes(text, pos):
    # is text[pos] inside a quoted string (odd count of unescaped '"')?
    unescaped = text.count('"', 0, pos) - text.count('\\"', 0, pos)
    return unescaped % 2 == 1


def _parseparam(s):
    # 'a; b=1; c="x;y"' -> ['a', 'b=1', 'c="x;y"'] (names lower-cased)
    rest = ';' + str(s)
    found = []
    while rest.startswith(';'):
        rest = rest[1:]
        cut = rest.find(';')
        while cut > 0 and _inside_quotes(rest, cut):
            cut = rest.find(';', cut + 1)
        if cut < 0:
            cut = len(rest)
        item = rest[:cut]
        name, eq, val = item.partition('=')
        if eq:
            item = f'{name.strip().lower()}={val.strip()}'
        found.append(item.strip())
        rest = rest[cut:]
    return found


def _unquotevalue(value):
    if not isinstance(value, tuple):
        return utils.unquote(value)
    charset, language, text = value
    return charset, language, utils.unquote(text)


def _decode_uu(encoded):
    """Decode uuencoded data (between 'begin' and 'end' lines)."""
    lines = iter(encoded.splitlines())
    for line in lines:
        if line.startswith(b"begin "):
            mode = line[6:].partition(b" ")[0]
            try:
                int(mode, 8)
            except ValueError:
                continue
            break
    else:
        raise ValueError("`begin` line not found")
    out = []
    for line in lines:
        if not line:
            raise ValueError("Truncated input")
        if line.strip(b' \t\r\n\f') == b'end':
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # some encoders pad lines with garbage; use only the data part
            n = (((line[0] - 32) & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:n]))
    return b''.join(out)


class Message:
    """A message: a list of headers plus a payload, which is a string or,
    for containers, a list of Message objects."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def _effective_policy(self, policy):
        return self.policy if policy is None else policy

    def _render(self, gen_name, sink, unixfrom, policy, **options):
        from email import generator
        writer = getattr(generator, gen_name)(
            sink, mangle_from_=False, policy=self._effective_policy(policy),
            **options)
        writer.flatten(self, unixfrom=unixfrom)
        return sink.getvalue()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """Serialize the message (headers and body) to a str."""
        return self._render('Generator', StringIO(), unixfrom, policy,
                            maxheaderlen=maxheaderlen)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """Serialize the message (headers and body) to bytes."""
        return self._render('BytesGenerator', BytesIO(), unixfrom, policy)

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Append a sub-message to the (list) payload."""
        if self._payload is None:
            self._payload = [payload]
            return
        try:
            self._payload.append(payload)
        except AttributeError:
            raise TypeError("Attach is not valid on a message with a"
                            " non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload, item i of a list payload, or with decode=True the
        transfer-decoded bytes of a non-multipart payload."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        cte = self.get('content-transfer-encoding', '')
        cte = str(cte).lower()
        if not decode:
            if isinstance(payload, str) and utils._has_surrogates(payload):
                try:
                    raw = payload.encode('ascii', 'surrogateescape')
                    try:
                        payload = raw.decode(
                            self.get_content_charset('ascii'), 'replace')
                    except LookupError:
                        payload = raw.decode('ascii', 'replace')
                except UnicodeEncodeError:
                    pass
            return payload
        if isinstance(payload, str):
            try:
                raw = payload.encode('ascii', 'surrogateescape')
            except UnicodeEncodeError:
                raw = payload.encode('raw-unicode-escape')
        else:
            raw = payload
        if cte == 'quoted-printable':
            return binascii.a2b_qp(raw)
        if cte == 'base64':
            value, defects = decode_b(b''.join(raw.splitlines()))
            for defect in defects:
                self.policy.handle_defect(self, defect)
            return value
        if cte in _UU_ENCODINGS:
            try:
                return _decode_uu(raw)
            except ValueError:
                return raw
        if isinstance(payload, str):
            return raw
        return payload

    def set_payload(self, payload, charset=None):
        """Set the payload; charset (if given) is applied with set_charset."""
        is_text = hasattr(payload, 'encode')
        if is_text and charset is None:
            self._payload = payload
            return
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        if is_text:
            payload = payload.encode(charset.output_charset,
                                     errors='surrogateescape')
        if hasattr(payload, 'decode'):
            payload = payload.decode('ascii', errors='surrogateescape')
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Declare the payload's charset, adding MIME-Version, Content-Type
        and Content-Transfer-Encoding headers as needed."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        label = charset.get_output_charset()
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
        if 'Content-Type' in self:
            self.set_param('charset', label)
        else:
            self.add_header('Content-Type', 'text/plain', charset=label)
        if charset != label:
            # keep the body in the output charset's transfer form
            body = self._payload
            self._payload = charset.body_encode(body)
        if 'Content-Transfer-Encoding' in self:
            return
        cte = charset.get_body_encoding()
        if callable(cte):
            cte(self)
            return
        body = self._payload
        if body:
            try:
                body = body.encode('ascii', errors='surrogateescape')
            except UnicodeError:
                body = body.encode(charset.output_charset)
        self._payload = charset.body_encode(body)
        self['Content-Transfer-Encoding'] = cte

    def get_charset(self):
        return self._charset

    # -- header access, dictionary style (names are case-insensitive) --

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Append a header (existing ones with that name are kept)."""
        limit = self.policy.header_max_count(name)
        if limit and self._count(name) >= limit:
            raise ValueError("There may be at most {} {} headers "
                             "in a message".format(limit, name))
        stored = self.policy.header_store_parse(name, val)
        self._headers.append(stored)

    def _count(self, name):
        return len(self._named(name))

    def _named(self, name):
        # the stored (name, raw value) pairs whose name matches, in order
        key = name.lower()
        return [pair for pair in self._headers if pair[0].lower() == key]

    def __delitem__(self, name):
        key = name.lower()
        self._headers = [pair for pair in self._headers
                         if pair[0].lower() != key]

    def __contains__(self, name):
        key = name.lower()
        return any(stored.lower() == key for stored, _ in self._headers)

    def __iter__(self):
        for stored, _ in self._headers:
            yield stored

    def keys(self):
        return [stored for stored, _ in self._headers]

    def values(self):
        fetch = self.policy.header_fetch_parse
        return [fetch(*pair) for pair in self._headers]

    def items(self):
        fetch = self.policy.header_fetch_parse
        return [(pair[0], fetch(*pair)) for pair in self._headers]

    def get(self, name, failobj=None):
        hits = self._named(name)
        if not hits:
            return failobj
        return self.policy.header_fetch_parse(*hits[0])

    def set_raw(self, name, value):
        """Store a header exactly as given (used by parsers)."""
        self._headers.append((name, value))

    def raw_items(self):
        """The stored (name, value) pairs (used by generators)."""
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        fetch = self.policy.header_fetch_parse
        return [fetch(*pair) for pair in self._named(name)] or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters given as keyword arguments
        (underscores become dashes; a None value gives a bare name)."""
        parts = [] if _value is None else [_value]
        for key, val in _params.items():
            key = key.replace('_', '-')
            parts.append(key if val is None else _formatparam(key, val))
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replace the first header called _name, keeping its position."""
        key = _name.lower()
        for pos, (stored, _) in enumerate(self._headers):
            if stored.lower() != key:
                continue
            fresh = self.policy.header_store_parse(stored, _value)
            self._headers[pos] = fresh
            return
        raise KeyError(key)

    # -- content type and parameters --

    def get_content_type(self):
        raw = self.get('content-type', _absent)
        if raw is _absent:
            return self.get_default_type()
        ctype = _splitparam(raw)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        raw = self.get(header, _absent)
        if raw is _absent:
            return failobj
        params = []
        for p in _parseparam(raw):
            if '=' in p:
                name, val = p.split('=', 1)
                params.append((name.strip(), val.strip()))
            else:
                params.append((p.strip(), ''))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The header's parameters as (name, value) pairs; the first pair
        is the main value with an empty value."""
        params = self._get_params_preserve(_absent, header)
        if params is _absent:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type',
                  unquote=True):
        """One parameter's value (a (charset, language, value) triple if
        it was RFC 2231 encoded)."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Add or change a parameter of a header (default Content-Type)."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            current = 'text/plain'
        else:
            current = self.get(header)
        rendered = _formatparam(param, value, requote)
        if not self.get_param(param, header=header):
            ctype = SEMISPACE.join((current, rendered)) if current else rendered
        else:
            target = param.lower()
            ctype = self._join_nonempty(
                rendered if name.lower() == target
                else _formatparam(name, old, requote)
                for name, old in self.get_params(header=header,
                                                 unquote=requote))
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    @staticmethod
    def _join_nonempty(pieces):
        # mimic incremental joining where an empty first piece is skipped
        out = ''
        for p in pieces:
            out = p if not out else SEMISPACE.join([out, p])
        return out

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from a header (default Content-Type)."""
        if header not in self:
            return
        pieces = [_formatparam(p, v, requote)
                  for p, v in self.get_params(header=header, unquote=requote)
                  if p.lower() != param.lower()]
        value = self._join_nonempty(pieces)
        if value != self.get(header):
            del self[header]
            self[header] = value

    def set_type(self, type, header='Content-Type', requote=True):
        """Change maintype/subtype, keeping the parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        carried = self.get_params(header=header, unquote=requote)[1:]
        del self[header]
        self[header] = type
        for name, val in carried:
            self.set_param(name, val, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition, or the name
        parameter of Content-Type."""
        name = self.get_param('filename', _absent, 'content-disposition')
        if name is _absent:
            name = self.get_param('name', _absent, 'content-type')
        if name is _absent:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        found = self.get_param('boundary', _absent)
        if found is _absent:
            return failobj
        return utils.collapse_rfc2231_value(found).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter, keeping the header in place."""
        params = self._get_params_preserve(_absent, 'content-type')
        if params is _absent:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = f'"{boundary}"'
        updated = [('boundary', quoted) if key.lower() == 'boundary'
                   else (key, val) for key, val in params]
        if all(key.lower() != 'boundary' for key, _ in params):
            updated.append(('boundary', quoted))
        text = SEMISPACE.join(f'{key}={val}' if val != '' else key
                              for key, val in updated)
        store = self.policy.header_store_parse
        self._headers = [store(hname, text)
                         if hname.lower() == 'content-type'
                         else (hname, hval)
                         for hname, hval in self._headers]

    def get_content_charset(self, failobj=None):
        """The lower-cased charset parameter of Content-Type."""
        charset = self.get_param('charset', _absent)
        if charset is _absent:
            return failobj
        if isinstance(charset, tuple):
            # RFC 2231 form: the value's own charset says how to read it
            source, _, text = charset
            try:
                charset = text.encode('raw-unicode-escape').decode(
                    source or 'us-ascii')
            except (UnicodeError, LookupError):
                charset = text
        return charset.lower() if charset.isascii() else failobj

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    from email.iterators import walk


class MIMEPart(Message):
    """A message part using the modern API (default policy)."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self._effective_policy(policy)
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        cd = self.get('content-disposition')
        return False if cd is None else cd.content_disposition == 'attachment'

    def _find_body(self, part, prefs):
        # yields (rank, part) for candidate body parts
        if part.is_attachment():
            return
        kind, sub = part.get_content_type().split('/')
        if kind == 'text':
            if sub in prefs:
                yield prefs.index(sub), part
            return
        if kind != 'multipart' or not self.is_multipart():
            return
        if sub != 'related':
            for sub in part.iter_parts():
                yield from self._find_body(sub, prefs)
            return
        if 'related' in prefs:
            yield prefs.index('related'), part
        root = None
        start = part.get_param('start')
        if start:
            for sub in part.iter_parts():
                if sub['content-id'] == start:
                    root = sub
                    break
        if root is None:
            subs = part.get_payload()
            root = subs[0] if subs else None
        if root is not None:
            yield from self._find_body(root, prefs)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The best part to show as the body, by preferencelist order."""
        best = len(preferencelist)
        body = None
        for rank, part in self._find_body(self, preferencelist):
            if rank < best:
                best, body = rank, part
                if rank == 0:
                    break
        return body

    _body_types = {('text', 'plain'),
                   ('text', 'html'),
                   ('multipart', 'related'),
                   ('multipart', 'alternative')}

    def iter_attachments(self):
        """The parts of a multipart that are not the main body parts."""
        kind, sub = self.get_content_type().split('/')
        if kind != 'multipart' or sub == 'alternative':
            return
        payload = self.get_payload()
        try:
            parts = payload.copy()
        except AttributeError:
            return
        if sub == 'related':
            start = self.get_param('start')
            if start:
                others = [p for p in parts if p.get('content-id') != start]
                if len(others) != len(parts):
                    yield from others
                    return
            parts.pop(0)
            yield from parts
            return
        seen = []
        for part in parts:
            mt, st = part.get_content_type().split('/')
            if ((mt, st) in self._body_types and not part.is_attachment()
                    and st not in seen):
                seen.append(st)
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def _manager(self, given):
        return self.policy.content_manager if given is None else given

    def get_content(self, *args, content_manager=None, **kw):
        return self._manager(content_manager).get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        self._manager(content_manager).set_content(self, *args, **kw)

    # multipart subtype -> the subtypes that can not be turned into it
    # (they already sit above it in the usual nesting)
    _outer_kinds = {'related': ('related', 'alternative', 'mixed'),
                    'alternative': ('alternative', 'mixed'),
                    'mixed': ('mixed',)}
    # default Content-Disposition for parts added with add_<subtype>
    _added_disposition = {'related': 'inline', 'mixed': 'attachment'}

    def _make_multipart(self, subtype, boundary):
        if self.get_content_maintype() == 'multipart':
            current = self.get_content_subtype()
            if current in self._outer_kinds[subtype]:
                raise ValueError(f"Cannot convert {current} to {subtype}")
        keep = []
        moved = []
        for name, value in self._headers:
            if name.lower().startswith('content-'):
                moved.append((name, value))
            else:
                keep.append((name, value))
        if moved:
            part = type(self)(policy=self.policy)
            part._headers = moved
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep
        self['Content-Type'] = f'multipart/{subtype}'
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._make_multipart('related', boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', boundary)

    def _add_part(self, subtype, args, kw):
        if self.get_content_type() != 'multipart/' + subtype:
            getattr(self, 'make_' + subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        disposition = self._added_disposition.get(subtype)
        if disposition and 'content-disposition' not in part:
            part['Content-Disposition'] = disposition
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_part('related', args, kw)

    def add_alternative(self, *args, **kw):
        self._add_part('alternative', args, kw)

    def add_attachment(self, *args, **kw):
        self._add_part('mixed', args, kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [pair for pair in self._headers
                         if not pair[0].lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A complete message using the modern API."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
