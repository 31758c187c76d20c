# email.generator: flatten message object trees to text or bytes.

__all__ = ['BytesGenerator', 'DecodedGenerator', 'Generator']

import re
import sys
import time
import random
from copy import deepcopy
from io import StringIO, BytesIO

from email.utils import _has_surrogates
from email.errors import HeaderWriteError

UNDERSCORE = '_'
NL = '\n'

NLCRE = re.compile('\r\n|\r|\n')
# body lines that must be escaped as '>From ' when mangle_from_ is on
fcre = re.compile('^From ', flags=re.M)
# a line break that is not followed by folding whitespace
NEWLINE_WITHOUT_FWSP = re.compile('(?:\r\n|\n)[^ \t]|\r[^ \n\t]')


class Generator:
    """Write a message tree as text to a file-like object."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *,
                 policy=None):
        if mangle_from_ is None:
            mangle_from_ = getattr(policy, 'mangle_from_', True)
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg (and its subparts); unixfrom adds a From_ line."""
        policy = self.policy
        if policy is None:
            policy = msg.policy
        overrides = {}
        if linesep is not None:
            overrides['linesep'] = linesep
        if self.maxheaderlen is not None:
            overrides['max_line_length'] = self.maxheaderlen
        if overrides:
            policy = policy.clone(**overrides)
        eol = policy.linesep
        self._NL = eol
        self._eol_out = self._encode(eol)
        # both the generator and the message use the effective policy
        # while the tree is written
        restore = (self.policy, msg.policy)
        self.policy = msg.policy = policy
        try:
            if unixfrom:
                envelope = msg.get_unixfrom() or (
                    'From nobody %s' % time.ctime())
                self.write(envelope + eol)
            self._write(msg)
        finally:
            self.policy, msg.policy = restore

    def clone(self, fp):
        """A generator with the same settings writing to fp."""
        return self.__class__(fp, self._mangle_from_, None,
                              policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, lines):
        # write text with every line end replaced by the policy's linesep
        if not lines:
            return
        pieces = NLCRE.split(lines)
        for line in pieces[:-1]:
            self.write(line)
            self.write(self._NL)
        if pieces[-1]:
            self.write(pieces[-1])

    def _write(self, msg):
        # The body is rendered first, since doing so may change headers
        # (a boundary gets chosen, or a CTE is needed for 8-bit data).
        target = self._fp
        body = self._new_buffer()
        self._cte_fix = None
        self._fp = body
        try:
            self._dispatch(msg)
        finally:
            self._fp = target
            fix = self._cte_fix
            del self._cte_fix
        if fix:
            new_cte, new_ctype = fix
            msg = deepcopy(msg)
            if 'content-transfer-encoding' in msg:
                msg.replace_header('content-transfer-encoding', new_cte)
            else:
                msg['Content-Transfer-Encoding'] = new_cte
            msg.replace_header('content-type', new_ctype)
        writer = getattr(msg, '_write_headers', None)
        if writer is None:
            self._write_headers(msg)
        else:
            writer(self)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        # _handle_<main>_<sub>, else _handle_<main>, else _writeBody
        ctype = msg.get_content_type().replace('-', UNDERSCORE)
        for suffix in (ctype.replace('/', UNDERSCORE), ctype.split('/')[0]):
            handler = getattr(self, '_handle_' + suffix, None)
            if handler is not None:
                break
        else:
            handler = self._writeBody
        handler(msg)

    def _write_headers(self, msg):
        policy = self.policy
        for name, value in msg.raw_items():
            text = policy.fold(name, value)
            if policy.verify_generated_headers:
                _verify_folded(text, policy.linesep)
            self.write(text)
        self.write(self._NL)

    def _mangled(self, text):
        # escape body lines starting with 'From ' when asked to
        return fcre.sub('>From ', text) if self._mangle_from_ else text

    def _handle_text(self, msg):
        text = msg.get_payload()
        if text is None:
            return
        if not isinstance(text, str):
            raise TypeError('string payload expected: %s' % type(text))
        declared = (msg.get_param('charset')
                    if _has_surrogates(msg._payload) else None)
        if declared is not None:
            # undecodable bytes in a part with a known charset: write a
            # copy whose body is re-encoded with a transfer encoding, and
            # have _write use that copy's new headers
            fixed = deepcopy(msg)
            del fixed['content-transfer-encoding']
            fixed.set_payload(fixed._payload, declared)
            text = fixed.get_payload()
            self._cte_fix = (fixed['content-transfer-encoding'],
                             fixed['content-type'])
        self._write_lines(self._mangled(text))

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        inner = msg.get_payload()
        if isinstance(inner, str):
            # not really split into parts: write it as it is
            self.write(inner)
            return
        if inner is None:
            inner = []
        elif not isinstance(inner, list):
            inner = [inner]
        texts = [self._render_part(part) for part in inner]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._eol_out.join(texts))
            msg.set_boundary(boundary)
        eol = self._NL
        if msg.preamble is not None:
            self._write_lines(self._mangled(msg.preamble))
            self.write(eol)
        delimiter = '--' + boundary
        for index, text in enumerate(texts):
            self.write(f'{eol}{delimiter}{eol}' if index else delimiter + eol)
            self._fp.write(text)
        if not texts:
            self.write(delimiter + eol)
        self.write(f'{eol}{delimiter}--{eol}')
        if msg.epilogue is not None:
            self._write_lines(self._mangled(msg.epilogue))

    def _handle_multipart_signed(self, msg):
        # signed content must not be refolded
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = saved

    def _handle_message_delivery_status(self, msg):
        # each part is a header block; their trailing blank lines are
        # dropped so that exactly one separates consecutive blocks
        eol = self._eol_out
        blocks = []
        for part in msg.get_payload():
            text = self._render_part(part)
            if text.endswith(eol):
                text = text[:-len(eol)]
            blocks.append(text)
        self._fp.write(eol.join(blocks))

    def _render_part(self, part):
        sink = self._new_buffer()
        self.clone(sink).flatten(part, unixfrom=False, linesep=self._NL)
        return sink.getvalue()

    def _handle_message(self, msg):
        inner = msg._payload
        if isinstance(inner, list):
            out = self._render_part(msg.get_payload(0))
        else:
            out = self._encode(inner)
        self._fp.write(out)

    @classmethod
    def _make_boundary(cls, text=None):
        # a random boundary that does not occur in text
        base = '%s%s==' % ('=' * 15,
                           str(random.randrange(sys.maxsize)).zfill(_width))
        candidate = base
        serial = 0
        while text is not None:
            pattern = '^--%s(?:--)?$' % re.escape(candidate)
            if not cls._compile_re(pattern, re.MULTILINE).search(text):
                break
            candidate = '%s.%d' % (base, serial)
            serial += 1
        return candidate

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s, flags)


class BytesGenerator(Generator):
    """Write a message tree as bytes; surrogate-escaped bytes from a
    BytesParser are written back unchanged (unless cte_type is 7bit)."""

    def write(self, s):
        data = s.encode('ascii', errors='surrogateescape')
        self._fp.write(data)

    def _new_buffer(self):
        return BytesIO()

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, msg):
        fold = self.policy.fold_binary
        for name, value in msg.raw_items():
            self._fp.write(fold(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        body = msg._payload
        if body is None:
            return
        if self.policy.cte_type == '7bit' or not _has_surrogates(body):
            super()._handle_text(msg)
            return
        # raw 8-bit data from a bytes parser goes out unchanged
        if self._mangle_from_:
            body = msg._payload = fcre.sub('>From ', body)
        self._write_lines(body)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s.encode('ascii'), flags)


_FMT = ('[Non-text (%(type)s) part of message omitted, '
        'filename %(filename)s]')


class DecodedGenerator(Generator):
    """A Generator that writes text parts' payloads and replaces other
    parts by a line made from fmt."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None,
                 *, policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = fmt if fmt is not None else _FMT

    @staticmethod
    def _describe(part):
        # the keys available to the fmt string
        info = dict(type=part.get_content_type(),
                    maintype=part.get_content_maintype(),
                    subtype=part.get_content_subtype(),
                    filename=part.get_filename('[no filename]'))
        for key, header, default in (
                ('description', 'Content-Description', '[no description]'),
                ('encoding', 'Content-Transfer-Encoding', '[no encoding]')):
            info[key] = part.get(header, default)
        return info

    def _dispatch(self, msg):
        for part in msg.walk():
            kind = part.get_content_maintype()
            if kind == 'multipart':
                continue
            if kind == 'text':
                line = part.get_payload(decode=False)
            else:
                line = self._fmt % self._describe(part)
            print(line, file=self)


def _verify_folded(text, linesep):
    # policy.verify_generated_headers: a folded header must end with the
    # line separator and contain no other unfolded line break
    if not text.endswith(linesep):
        raise HeaderWriteError(
            f'folded header does not end with {linesep!r}: {text!r}')
    body = text[:-len(linesep)] if linesep else text
    if NEWLINE_WITHOUT_FWSP.search(body):
        raise HeaderWriteError(f'folded header contains newline: {text!r}')


# digits in the random part of a boundary
_width = len(repr(sys.maxsize - 1))


def _make_boundary(text=None):
    return Generator._make_boundary(text)
