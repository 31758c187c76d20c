# email.contentmanager: get_content/set_content handlers for EmailMessage.
#
# A ContentManager keeps two dispatch tables.  Reading looks a handler up
# by MIME type: the full type, then the main type, then ''.  Storing looks
# it up by the Python type of the object: each class of its MRO, tried as
# the class object and then by its dotted, qualified and plain names.

import binascii
import email.charset
import email.message
import email.errors
from email import quoprimime


def _type_names(klass):
    # the names a class may be registered under, most specific first
    qualified = klass.__qualname__
    module = getattr(klass, '__module__', '')
    dotted = f'{module}.{qualified}' if module else qualified
    return (dotted, qualified, klass.__name__)


class ContentManager:
    """Registry of content readers (keyed by MIME type) and content
    writers (keyed by the Python type of the stored object)."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def get_content(self, msg, *args, **kw):
        full = msg.get_content_type()
        table = self.get_handlers
        for key in (full, msg.get_content_maintype(), ''):
            if key in table:
                return table[key](msg, *args, **kw)
        raise KeyError(full)

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        writer = self._writer_for(obj)
        msg.clear_content()
        writer(msg, obj, *args, **kw)

    def _writer_for(self, obj):
        table = self.set_handlers
        reported = None
        for klass in type(obj).__mro__:
            if klass in table:
                return table[klass]
            names = _type_names(klass)
            if reported is None:
                reported = names[0]
            for name in names:
                if name in table:
                    return table[name]
        if None in table:
            return table[None]
        raise KeyError(reported)


# ---------------------------------------------------------------- readers

def get_text_content(msg, errors='replace'):
    raw = msg.get_payload(decode=True)
    return raw.decode(msg.get_param('charset', 'ASCII'), errors=errors)


def get_non_text_content(msg):
    return msg.get_payload(decode=True)


def get_message_content(msg):
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    return bytes(msg.get_payload(0))


# ---------------------------------------------------------------- writers

def _start_content(msg, maintype, subtype, headers):
    # set Content-Type, then any extra headers the caller supplied
    msg['Content-Type'] = f'{maintype}/{subtype}'
    if not headers:
        return
    policy = msg.policy
    if not hasattr(headers[0], 'name'):
        headers = [policy.header_factory(*policy.header_source_parse([line]))
                   for line in headers]
    for header in headers:
        if header.defects:
            first = header.defects[0]
            if isinstance(first, email.errors.HeaderDefect):
                shown = header.fold(policy=policy)
                raise ValueError(f"Invalid header: {shown}") from first
            raise first
        msg[header.name] = header


def _finish_content(msg, disposition, filename, cid, params):
    # the headers common to all writers that come after the payload
    if filename is not None and disposition is None:
        disposition = 'attachment'
    if disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition',
                      replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    for key, val in (params or {}).items():
        msg.set_param(key, val)


def _b64_lines(data, width):
    # base64 in lines of at most width characters
    step = width // 4 * 3
    return ''.join(binascii.b2a_base64(data[pos:pos + step]).decode('ascii')
                   for pos in range(0, len(data), step))


def _join(rows, eol=b'\n'):
    return eol.join(rows) + eol


def _pick_text_cte(rows, policy, eol):
    # choose a transfer encoding for text; returns (cte, payload) where
    # payload is None when it still has to be produced
    if max(map(len, rows), default=0) <= policy.max_line_length:
        body = _join(rows)
        try:
            return '7bit', body.decode('ascii')
        except UnicodeDecodeError:
            if policy.cte_type == '8bit':
                return '8bit', body.decode('ascii', 'surrogateescape')
    # judge by the start of the text which encoding is more compact
    head = _join(rows[:10], eol)
    as_qp = quoprimime.body_encode(head.decode('latin-1'),
                                   policy.max_line_length)
    if len(binascii.b2a_base64(head)) < len(as_qp):
        return 'base64', None
    return 'quoted-printable', as_qp if len(rows) <= 10 else None


_TEXT_ENCODERS = {
    '7bit': lambda rows, policy, eol: _join(rows).decode('ascii'),
    '8bit': lambda rows, policy, eol: _join(rows).decode(
        'ascii', 'surrogateescape'),
    'quoted-printable': lambda rows, policy, eol: quoprimime.body_encode(
        _join(rows).decode('latin-1'), policy.max_line_length),
    'base64': lambda rows, policy, eol: _b64_lines(
        _join(rows, eol), policy.max_line_length),
}


def _encode_text(string, charset, cte, policy):
    rows = string.encode(charset).splitlines()
    eol = policy.linesep.encode('ascii')
    if cte is None:
        cte, ready = _pick_text_cte(rows, policy, eol)
        if ready is not None:
            return cte, ready
    encoder = _TEXT_ENCODERS.get(cte)
    if encoder is None:
        raise ValueError(f"Unknown content transfer encoding {cte}")
    return cte, encoder(rows, policy, eol)


def set_text_content(msg, string, subtype="plain", charset='utf-8',
                     cte=None, disposition=None, filename=None,
                     cid=None, params=None, headers=None):
    _start_content(msg, 'text', subtype, headers)
    cte, body = _encode_text(string, charset, cte, msg.policy)
    msg.set_payload(body)
    label = email.charset.ALIASES.get(charset, charset)
    msg.set_param('charset', label, replace=True)
    msg['Content-Transfer-Encoding'] = cte
    _finish_content(msg, disposition, filename, cid, params)


# message subtype -> (transfer encodings allowed or None for any,
#                     encoding used when none is given)
_MESSAGE_CTE_RULES = {
    'rfc822': ((None, '7bit', '8bit', 'binary'), '8bit'),
    'external-body': ((None, '7bit'), '7bit'),
}


def set_message_content(msg, message, subtype="rfc822",
                        cte=None, disposition=None, filename=None,
                        cid=None, params=None, headers=None):
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message "
                         "objects")
    allowed, fallback = _MESSAGE_CTE_RULES.get(subtype, (None, '7bit'))
    if allowed is not None and cte not in allowed:
        raise ValueError(
            f"message/{subtype} parts do not support cte={cte}")
    if cte is None:
        cte = fallback
    _start_content(msg, 'message', subtype, headers)
    msg.set_payload([message])
    msg['Content-Transfer-Encoding'] = cte
    _finish_content(msg, disposition, filename, cid, params)


def _qp_bytes(data, policy):
    encoded = binascii.b2a_qp(data, istext=False, header=False,
                              quotetabs=True)
    return encoded.decode('ascii')


def _raw8(data, policy):
    return data.decode('ascii', 'surrogateescape')


_BYTES_ENCODERS = {
    'base64': lambda data, policy: _b64_lines(data, policy.max_line_length),
    'quoted-printable': _qp_bytes,
    '7bit': lambda data, policy: data.decode('ascii'),
    '8bit': _raw8,
    'binary': _raw8,
}


def set_bytes_content(msg, data, maintype, subtype,
                      cte='base64', disposition=None, filename=None,
                      cid=None, params=None, headers=None):
    _start_content(msg, maintype, subtype, headers)
    encoder = _BYTES_ENCODERS.get(cte)
    if encoder is not None:
        data = encoder(data, msg.policy)
    msg.set_payload(data)
    msg['Content-Transfer-Encoding'] = cte
    _finish_content(msg, disposition, filename, cid, params)


# ------------------------------------------------- the standard manager

raw_data_manager = ContentManager()
for _key, _reader in (
        ('text', get_text_content),
        ('audio', get_non_text_content),
        ('image', get_non_text_content),
        ('video', get_non_text_content),
        ('application', get_non_text_content),
        ('message/rfc822', get_message_content),
        ('message/external-body', get_message_content),
        ('message', get_and_fixup_unknown_message_content)):
    raw_data_manager.add_get_handler(_key, _reader)
for _key, _writer in (
        (str, set_text_content),
        (email.message.Message, set_message_content),
        (bytes, set_bytes_content),
        (bytearray, set_bytes_content),
        (memoryview, set_bytes_content)):
    raw_data_manager.add_set_handler(_key, _writer)
del _key, _reader, _writer
