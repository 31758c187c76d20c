# email.policy: the EmailPolicy class and the standard policy objects.

import re
import sys

from email._policybase import Policy, Compat32, compat32
from email._policybase import _split_source_header
from email.utils import _has_surrogates
from email.headerregistry import HeaderRegistry as HeaderRegistry
from email.contentmanager import raw_data_manager
from email.message import EmailMessage

__all__ = [
    'Compat32',
    'compat32',
    'Policy',
    'EmailPolicy',
    'default',
    'strict',
    'SMTP',
    'HTTP',
    ]

# any line ending
linesep_splitter = re.compile('\r\n?|\n')


class EmailPolicy(Policy):
    """The modern policy: headers become header objects, folding follows
    RFC 5322 and RFC 2047.  Extra settings: utf8, refold_source ('none',
    'long' or 'all'), header_factory and content_manager."""

    message_factory = EmailMessage
    utf8 = False
    refold_source = 'long'
    header_factory = HeaderRegistry()
    content_manager = raw_data_manager

    def __init__(self, **kw):
        # every policy gets its own registry unless one is given
        kw.setdefault('header_factory', HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        return _split_source_header(sourcelines)

    def header_store_parse(self, name, value):
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        return self.header_factory(name, linesep_splitter.sub('', value))

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        seven_bit = self.cte_type == '7bit'
        folded = self._fold(name, value, refold_binary=seven_bit)
        return folded.encode('utf8' if self.utf8 else 'ascii',
                             errors='surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        lines = linesep_splitter.split(value)
        if self._should_refold(name, value, lines, refold_binary):
            rebuilt = self.header_factory(name, ''.join(lines))
            return rebuilt.fold(policy=self)
        eol = self.linesep
        return f'{name}: {eol.join(lines)}{eol}'

    def _should_refold(self, name, value, lines, refold_binary):
        mode = self.refold_source
        if mode == 'all':
            return True
        if mode == 'long':
            limit = self.max_line_length or sys.maxsize
            # the first line also holds 'Name: '
            widths = [len(name) + 2 + len(lines[0])] if lines else []
            widths += [len(line) for line in lines[1:]]
            if any(width > limit for width in widths):
                return True
        if not self.utf8:
            return not value.isascii()
        return bool(refold_binary and _has_surrogates(value))


default = EmailPolicy()
# the default policy shares the class-level header registry
del default.header_factory
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = SMTP.clone(max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
