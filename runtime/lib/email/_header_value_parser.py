# email._header_value_parser: RFC 5322 / MIME header value parsing and
# folding for the modern (EmailPolicy) header classes.
#
# Values are parsed into trees: TokenList nodes (list subclasses) whose
# leaves are Terminal strings.  str(tree) is a canonical RFC form of the
# value; tree.value is its semantic value.  Folding walks the tree and
# breaks lines at syntactic boundaries, using RFC 2047 encoded words for
# text that cannot be written as ASCII.
#
# Covered: unstructured text with encoded words, address lists (mailboxes,
# name-addr, groups, quoted strings, comments, domain literals), MIME-Version,
# Content-Type / Content-Disposition with RFC 2231 parameters,
# Content-Transfer-Encoding and Message-ID.  Obsolete routes and obsolete
# local parts are treated as invalid mailboxes.

import re
import sys
import urllib.parse
from string import hexdigits

from email import _encoded_words as _ew
from email import errors
from email import utils

_ParseError = errors.HeaderParseError
_Invalid = errors.InvalidHeaderDefect
_Obsolete = errors.ObsoleteHeaderDefect


def _note(tok, kind, *args):
    # record a defect of the given kind on a token
    tok.defects.append(kind(*args))

WSP = set(' \t')
CFWS_LEADER = WSP | set('(')
SPECIALS = set(r'()<>@,:;.\"[]')
ATOM_ENDS = SPECIALS | WSP
DOT_ATOM_ENDS = ATOM_ENDS - set('.')
PHRASE_ENDS = SPECIALS - set('."(')
TSPECIALS = SPECIALS.union('/?=').difference('.')
TOKEN_ENDS = TSPECIALS | WSP
ASPECIALS = TSPECIALS | set("*'%")
ATTRIBUTE_ENDS = ASPECIALS | WSP
EXTENDED_ATTRIBUTE_ENDS = ATTRIBUTE_ENDS.difference('%')
NLSET = {'\n', '\r'}
SPECIALSNL = SPECIALS | NLSET


def quote_string(value):
    return '"' + str(value).replace('\\', '\\\\').replace('"', r'\"') + '"'


rfc2047_matcher = re.compile(r'=\?[^?]*\?[qQbB]\?.*?\?=', re.MULTILINE)


# ---------------------------------------------------------------- tokens

def _child_attr(index, attr, kinds=None):
    # property: attr of child self[index]; None when kinds is given and
    # the child is not of one of those token types
    def get(self):
        child = self[index]
        if kinds is not None and child.token_type not in kinds:
            return None
        return getattr(child, attr)
    return property(get)


def _child_boxes(index, kind, attr):
    # property: the mailboxes (attr) of child self[index] when it is of
    # token type kind, else an empty list
    def get(self):
        if len(self) <= index or self[index].token_type != kind:
            return []
        return getattr(self[index], attr)
    return property(get)


def _first_of_type(tokens, kind):
    for tok in tokens:
        if tok.token_type == kind:
            return tok
    return None


_MAILBOX_TYPES = ('mailbox', 'invalid-mailbox')


class TokenList(list):
    token_type = None
    syntactic_break = True
    ew_combine_allowed = True

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.defects = []

    def __str__(self):
        return ''.join(map(str, self))

    def __repr__(self):
        return f'{type(self).__name__}({list.__repr__(self)})'

    @property
    def value(self):
        return ''.join(filter(None, (tok.value for tok in self)))

    @property
    def all_defects(self):
        # own defects first, then those of the children, depth first
        return self.defects + [d for tok in self for d in tok.all_defects]

    def startswith_fws(self):
        return self[0].startswith_fws()

    @property
    def as_ew_allowed(self):
        return all(part.as_ew_allowed for part in self)

    @property
    def comments(self):
        return [text for tok in self for text in tok.comments]

    def fold(self, *, policy):
        return _refold_parse_tree(self, policy=policy)

    def pprint(self, indent=''):
        print(self.ppstr(indent=indent))

    def ppstr(self, indent=''):
        return '\n'.join(self._pp(indent=indent))

    def _pp(self, indent=''):
        yield f'{indent}{type(self).__name__}/{self.token_type}('
        deeper = indent + ' ' * 4
        for tok in self:
            yield from tok._pp(deeper)
        tail = f' Defects: {self.defects}' if self.defects else ''
        yield indent + ')' + tail


class WhiteSpaceTokenList(TokenList):
    @property
    def value(self):
        return ' '

    @property
    def comments(self):
        return [tok.content for tok in self if tok.token_type == 'comment']


class UnstructuredTokenList(TokenList):
    token_type = 'unstructured'


class Phrase(TokenList):
    token_type = 'phrase'


class Word(TokenList):
    token_type = 'word'


class CFWSList(WhiteSpaceTokenList):
    token_type = 'cfws'


class Atom(TokenList):
    token_type = 'atom'


class Token(TokenList):
    token_type = 'token'
    encode_as_ew = False


class EncodedWord(TokenList):
    token_type = 'encoded-word'
    cte = None
    charset = None
    lang = None


class QuotedString(TokenList):
    token_type = 'quoted-string'

    def _inner_text(self):
        bare = _first_of_type(self, 'bare-quoted-string')
        return None if bare is None else bare.value

    content = stripped_value = property(_inner_text)

    @property
    def quoted_value(self):
        # the quoted part keeps its quotes, surrounding CFWS collapses
        pieces = []
        for tok in self:
            bare = tok.token_type == 'bare-quoted-string'
            pieces.append(str(tok) if bare else tok.value)
        return ''.join(pieces)


class BareQuotedString(QuotedString):
    token_type = 'bare-quoted-string'

    def __str__(self):
        return quote_string(self.value)

    @property
    def value(self):
        return ''.join(map(str, self))


_COMMENT_ESCAPES = str.maketrans({'\\': '\\\\', '(': '\\(', ')': '\\)'})


class Comment(WhiteSpaceTokenList):
    token_type = 'comment'

    def __str__(self):
        # nested comments are already escaped; other text is escaped here
        body = ''.join(str(tok) if tok.token_type == 'comment'
                       else str(tok).translate(_COMMENT_ESCAPES)
                       for tok in self)
        return f'({body})'

    @property
    def content(self):
        return ''.join(map(str, self))

    @property
    def comments(self):
        return [self.content]


class AddressList(TokenList):
    token_type = 'address-list'

    @property
    def addresses(self):
        return [tok for tok in self if tok.token_type == 'address']

    @property
    def mailboxes(self):
        return [box for addr in self.addresses for box in addr.mailboxes]

    @property
    def all_mailboxes(self):
        return [box for addr in self.addresses for box in addr.all_mailboxes]


class Address(TokenList):
    token_type = 'address'

    display_name = _child_attr(0, 'display_name', ('group',))

    @property
    def mailboxes(self):
        inner = self[0]
        if inner.token_type in _MAILBOX_TYPES:
            return [inner] if inner.token_type == 'mailbox' else []
        return inner.mailboxes

    @property
    def all_mailboxes(self):
        inner = self[0]
        if inner.token_type in _MAILBOX_TYPES:
            return [inner]
        return inner.all_mailboxes


class MailboxList(TokenList):
    token_type = 'mailbox-list'

    @property
    def mailboxes(self):
        return [tok for tok in self if tok.token_type == 'mailbox']

    @property
    def all_mailboxes(self):
        return [tok for tok in self if tok.token_type in _MAILBOX_TYPES]


class GroupList(TokenList):
    token_type = 'group-list'

    mailboxes = _child_boxes(0, 'mailbox-list', 'mailboxes')
    all_mailboxes = _child_boxes(0, 'mailbox-list', 'all_mailboxes')


class Group(TokenList):
    token_type = 'group'

    # children: display-name ':' [group-list] ';' [cfws]
    mailboxes = _child_boxes(2, 'group-list', 'mailboxes')
    all_mailboxes = _child_boxes(2, 'group-list', 'all_mailboxes')
    display_name = _child_attr(0, 'display_name')


class NameAddr(TokenList):
    token_type = 'name-addr'

    # children: [display-name] angle-addr
    @property
    def display_name(self):
        return self[0].display_name if len(self) > 1 else None

    local_part = _child_attr(-1, 'local_part')
    domain = _child_attr(-1, 'domain')
    route = _child_attr(-1, 'route')
    addr_spec = _child_attr(-1, 'addr_spec')


class AngleAddr(TokenList):
    token_type = 'angle-addr'

    def _spec(self):
        return _first_of_type(self, 'addr-spec')

    @property
    def local_part(self):
        spec = self._spec()
        return spec.local_part if spec is not None else None

    @property
    def domain(self):
        spec = self._spec()
        return spec.domain if spec is not None else None

    @property
    def route(self):
        found = _first_of_type(self, 'obs-route')
        return None if found is None else found.domains

    @property
    def addr_spec(self):
        spec = self._spec()
        if spec is None:
            return '<>'
        if spec.local_part:
            return spec.addr_spec
        return quote_string(spec.local_part) + spec.addr_spec


class Mailbox(TokenList):
    token_type = 'mailbox'

    # the single child is a name-addr or an addr-spec
    display_name = _child_attr(0, 'display_name', ('name-addr',))
    local_part = _child_attr(0, 'local_part')
    domain = _child_attr(0, 'domain')
    route = _child_attr(0, 'route', ('name-addr',))
    addr_spec = _child_attr(0, 'addr_spec')


class InvalidMailbox(TokenList):
    token_type = 'invalid-mailbox'

    @property
    def display_name(self):
        return None

    addr_spec = route = domain = local_part = display_name


def _squeezed_value(tokens):
    # the token list's value with all whitespace removed
    return ''.join(TokenList.value.fget(tokens).split())


class Domain(TokenList):
    token_type = 'domain'
    as_ew_allowed = False
    domain = property(_squeezed_value)


class DotAtom(TokenList):
    token_type = 'dot-atom'


class DotAtomText(TokenList):
    token_type = 'dot-atom-text'
    as_ew_allowed = True


class NoFoldLiteral(TokenList):
    token_type = 'no-fold-literal'
    as_ew_allowed = False


class AddrSpec(TokenList):
    token_type = 'addr-spec'
    as_ew_allowed = False

    @property
    def local_part(self):
        return self[0].local_part

    @property
    def domain(self):
        if len(self) < 3:
            return None
        return self[-1].domain

    @property
    def value(self):
        if len(self) < 3:
            return self[0].value
        return self[0].value.rstrip() + self[1].value + self[2].value.lstrip()

    @property
    def addr_spec(self):
        lp = self.local_part
        if not DOT_ATOM_ENDS.isdisjoint(lp):
            lp = quote_string(lp)
        if self.domain is not None:
            return lp + '@' + self.domain
        return lp


def _strip_edge_cfws(tokens):
    # drop CFWS at both ends of a token sequence (one level deep)
    res = TokenList(tokens)
    if not res:
        return res
    if res[0].token_type == 'cfws':
        res.pop(0)
    elif isinstance(res[0], TokenList) and res[0][0].token_type == 'cfws':
        res[0] = TokenList(res[0][1:])
    if not res:
        return res
    if res[-1].token_type == 'cfws':
        res.pop()
    elif isinstance(res[-1], TokenList) and res[-1][-1].token_type == 'cfws':
        res[-1] = TokenList(res[-1][:-1])
    return res


class DisplayName(Phrase):
    token_type = 'display-name'
    ew_combine_allowed = False

    @property
    def display_name(self):
        if len(self) == 0:
            return ''
        return _strip_edge_cfws(self).value

    @property
    def value(self):
        quote = bool(self.defects) or any(
            x.token_type == 'quoted-string' for x in self)
        if len(self) == 0 or not quote:
            return super().value
        def edge(tok, i):
            return (tok.token_type == 'cfws' or isinstance(tok, TokenList)
                    and tok[i].token_type == 'cfws')
        pre = ' ' if edge(self[0], 0) else ''
        post = ' ' if edge(self[-1], -1) else ''
        return pre + quote_string(self.display_name) + post


class LocalPart(TokenList):
    token_type = 'local-part'
    as_ew_allowed = False

    @property
    def value(self):
        if self[0].token_type == 'quoted-string':
            return self[0].quoted_value
        return self[0].value

    @property
    def local_part(self):
        # the value with CFWS next to dots removed
        out = [DOT]
        prev_is_list = False
        for tok in list(self[0]) + [DOT]:
            if tok.token_type == 'cfws':
                continue
            last = out[-1]
            if (prev_is_list and tok.token_type == 'dot'
                    and last[-1].token_type == 'cfws'):
                out[-1] = TokenList(last[:-1])
            is_list = isinstance(tok, TokenList)
            if (is_list and out[-1].token_type == 'dot'
                    and tok[0].token_type == 'cfws'):
                out.append(TokenList(tok[1:]))
            else:
                out.append(tok)
            prev_is_list = is_list
        return TokenList(out[1:-1]).value


class ObsLocalPart(TokenList):
    token_type = 'obs-local-part'
    as_ew_allowed = False


class ObsRoute(TokenList):
    token_type = 'obs-route'

    @property
    def domains(self):
        return [tok.domain for tok in self if tok.token_type == 'domain']


class DomainLiteral(TokenList):
    token_type = 'domain-literal'
    as_ew_allowed = False

    domain = property(_squeezed_value)

    @property
    def ip(self):
        text = _first_of_type(self, 'ptext')
        return None if text is None else text.value


class MIMEVersion(TokenList):
    token_type = 'mime-version'
    major = None
    minor = None


class Parameter(TokenList):
    token_type = 'parameter'
    sectioned = False
    extended = False
    charset = 'us-ascii'


class InvalidParameter(Parameter):
    token_type = 'invalid-parameter'


class Attribute(TokenList):
    token_type = 'attribute'


class Section(TokenList):
    token_type = 'section'
    number = None


class Value(TokenList):
    token_type = 'value'


class MimeParameters(TokenList):
    token_type = 'mime-parameters'
    syntactic_break = False

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self._params = []

    @property
    def params(self):
        return iter(self._params)

    def __str__(self):
        out = []
        for name, value in self._params:
            out.append('{}={}'.format(name, quote_string(value)) if value
                       else name)
        text = '; '.join(out)
        return ' ' + text if text else ''


class ParameterizedHeaderValue(TokenList):
    syntactic_break = False

    @property
    def params(self):
        for tok in reversed(self):
            if tok.token_type == 'mime-parameters':
                return tok.params
        return {}


class ContentType(ParameterizedHeaderValue):
    token_type = 'content-type'
    as_ew_allowed = False
    maintype = 'text'
    subtype = 'plain'


class ContentDisposition(ParameterizedHeaderValue):
    token_type = 'content-disposition'
    as_ew_allowed = False
    content_disposition = None


class ContentTransferEncoding(TokenList):
    token_type = 'content-transfer-encoding'
    as_ew_allowed = False
    cte = '7bit'


class HeaderLabel(TokenList):
    token_type = 'header-label'
    as_ew_allowed = False


class MsgID(TokenList):
    token_type = 'msg-id'
    as_ew_allowed = False

    def fold(self, policy):
        return str(self) + policy.linesep


class MessageID(MsgID):
    token_type = 'message-id'


class InvalidMessageID(MessageID):
    token_type = 'invalid-message-id'


class Header(TokenList):
    token_type = 'header'


class Terminal(str):
    as_ew_allowed = True
    ew_combine_allowed = True
    syntactic_break = True

    def __new__(cls, value, token_type):
        self = super().__new__(cls, value)
        self.token_type = token_type
        self.defects = []
        return self

    def __repr__(self):
        return "{}({})".format(self.__class__.__name__, str.__repr__(self))

    def pprint(self):
        print('{}/{}'.format(type(self).__name__, self.token_type))

    @property
    def all_defects(self):
        return list(self.defects)

    def _pp(self, indent=''):
        return ["{}{}/{}({}){}".format(
            indent, self.__class__.__name__, self.token_type,
            str.__repr__(self),
            ' {}'.format(self.defects) if self.defects else '')]

    def pop_trailing_ws(self):
        return None

    @property
    def comments(self):
        return []

    def __getnewargs__(self):
        return (str(self), self.token_type)


class WhiteSpaceTerminal(Terminal):
    @property
    def value(self):
        return ' '

    def startswith_fws(self):
        return True


class ValueTerminal(Terminal):
    @property
    def value(self):
        return self

    def startswith_fws(self):
        return False


class EWWhiteSpaceTerminal(WhiteSpaceTerminal):
    # whitespace between two encoded words: it vanishes when decoded
    @property
    def value(self):
        return ''

    def __str__(self):
        return ''


class _UndecodableEncodedWord(errors.HeaderParseError):
    """An encoded word that could not be decoded."""


DOT = ValueTerminal('.', 'dot')


def _special_terminal(text, kind, **flags):
    term = ValueTerminal(text, kind)
    for attr, setting in flags.items():
        setattr(term, attr, setting)
    return term


ListSeparator = _special_terminal(',', 'list-separator', as_ew_allowed=False,
                                  syntactic_break=False)
RouteComponentMarker = _special_terminal('@', 'route-component-marker')


def _split_leader(value):
    # (leading CFWS or None, rest of value)
    if value[:1] in CFWS_LEADER:
        return get_cfws(value)
    return None, value


def _prepend(tokens, leader):
    # put a leading CFWS token back in front of what followed it
    if leader is not None:
        tokens[:0] = [leader]


def _put(container, text, kind):
    # append a punctuation terminal
    container.append(ValueTerminal(text, kind))


def _opt_cfws(container, value):
    # consume optional CFWS, appending it to container
    if value[:1] in CFWS_LEADER:
        cfws, value = get_cfws(value)
        container.append(cfws)
    return value


# --------------------------------------------------------------- parsing

_wsp_splitter = re.compile(r'([ \t]+)').split
_control_chars = re.compile('[\\x00-\\x20\\x7f]').findall


def _run_matcher(ends):
    cls = ''.join(re.escape(c) for c in sorted(ends))
    return re.compile('[^' + cls + ']+').match


_non_atom_end_matcher = _run_matcher(ATOM_ENDS)
_non_token_end_matcher = _run_matcher(TOKEN_ENDS)
_non_attribute_end_matcher = _run_matcher(ATTRIBUTE_ENDS)
_non_extended_attribute_end_matcher = _run_matcher(EXTENDED_ATTRIBUTE_ENDS)


def _validate_xtext(xtext):
    bad = _control_chars(xtext)
    if bad:
        _note(xtext, errors.NonPrintableDefect, bad)
    if utils._has_surrogates(xtext):
        _note(xtext, errors.UndecodableBytesDefect,
              "Non-ASCII characters found in header token")


def _get_ptext_to_endchars(value, endchars):
    # read up to the first endchar (or whitespace), undoing quoted pairs
    fragment, *rest = _wsp_splitter(value, 1)
    chars = []
    escape = False
    had_qp = False
    pos = 0
    n = len(fragment)
    while pos < n:
        ch = fragment[pos]
        if ch == '\\' and not escape:
            escape = True
            pos += 1
            continue
        if escape:
            escape = False
            if ch == '\\':
                had_qp = True
        elif ch in endchars:
            break
        chars.append(ch)
        pos += 1
    return ''.join(chars), ''.join([fragment[pos:]] + rest), had_qp


def get_fws(value):
    rest = value.lstrip()
    return WhiteSpaceTerminal(value[:len(value) - len(rest)], 'fws'), rest


def get_encoded_word(value):
    """Parse an RFC 2047 encoded word at the start of value."""
    ew = EncodedWord()
    if not value.startswith('=?'):
        raise _ParseError(f"expected encoded word but found {value}")
    tok, *rest = value[2:].split('?=', 1)
    if tok == value[2:]:
        raise _ParseError(f"expected encoded word but found {value}")
    remstr = ''.join(rest)
    if (len(remstr) > 1 and remstr[0] in hexdigits
            and remstr[1] in hexdigits and tok.count('?') < 2):
        # the '?=' was really part of a q-encoded text
        more, *rest = remstr.split('?=', 1)
        tok = tok + '?=' + more
    if len(tok.split()) > 1:
        _note(ew, _Invalid, "whitespace inside encoded word")
    ew.cte = value
    value = ''.join(rest)
    try:
        decoded = _ew.decode(''.join(('=?', tok, '?=')))
    except (KeyError, ValueError):
        raise _UndecodableEncodedWord(
            f"encoded word format invalid: '{ew.cte}'")
    text, ew.charset, ew.lang, found = decoded
    ew.defects += found
    while text:
        if text[0] in WSP:
            tok, text = get_fws(text)
            ew.append(tok)
            continue
        chars, *rest = _wsp_splitter(text, 1)
        vtext = ValueTerminal(chars, 'vtext')
        _validate_xtext(vtext)
        ew.append(vtext)
        text = ''.join(rest)
    if value and value[0] not in WSP:
        _note(ew, _Invalid, "missing trailing whitespace after encoded-word")
    return ew, value


def get_unstructured(value):
    """Parse unstructured text: words, whitespace and encoded words."""
    result = UnstructuredTokenList()
    while value:
        if value[0] in WSP:
            tok, value = get_fws(value)
            result.append(tok)
            continue
        valid_ew = True
        if value.startswith('=?'):
            try:
                tok, value = get_encoded_word(value)
            except _UndecodableEncodedWord:
                valid_ew = False
            except _ParseError:
                pass
            else:
                have_ws = True
                if len(result) > 0 and result[-1].token_type != 'fws':
                    _note(result, _Invalid,
                          "missing whitespace before encoded word")
                    have_ws = False
                if (have_ws and len(result) > 1
                        and result[-2].token_type == 'encoded-word'):
                    result[-1] = EWWhiteSpaceTerminal(result[-1], 'fws')
                result.append(tok)
                continue
        word, *rest = _wsp_splitter(value, 1)
        if valid_ew and rfc2047_matcher.search(word):
            word, *rest = value.partition('=?')
        vtext = ValueTerminal(word, 'vtext')
        _validate_xtext(vtext)
        result.append(vtext)
        value = ''.join(rest)
    return result


def _ptext_reader(stops, term_class):
    # build a reader for the text run inside a comment or quoted string
    def read(value):
        text, rest, _quoted = _get_ptext_to_endchars(value, stops)
        term = term_class(text, 'ptext')
        _validate_xtext(term)
        return term, rest
    return read


get_qp_ctext = _ptext_reader('()', WhiteSpaceTerminal)
get_qcontent = _ptext_reader('"', ValueTerminal)


def get_atext(value):
    m = _non_atom_end_matcher(value)
    if not m:
        raise _ParseError(f"expected atext but found '{value}'")
    text = m.group()
    atext = ValueTerminal(text, 'atext')
    _validate_xtext(atext)
    return atext, value[len(text):]


def get_bare_quoted_string(value):
    if value[:1] != '"':
        raise _ParseError(f"expected '\"' but found '{value}'")
    bqs = BareQuotedString()
    value = value[1:]
    if value[:1] == '"':
        tok, value = get_qcontent(value)
        bqs.append(tok)
    while value and value[0] != '"':
        if value[0] in WSP:
            tok, value = get_fws(value)
        elif value[:2] == '=?':
            try:
                tok, value = get_encoded_word(value)
                _note(bqs, _Invalid, "encoded word inside quoted string")
            except _ParseError:
                tok, value = get_qcontent(value)
        else:
            tok, value = get_qcontent(value)
        bqs.append(tok)
    if not value:
        _note(bqs, _Invalid, "end of header inside quoted string")
        return bqs, value
    return bqs, value[1:]


def get_comment(value):
    if value and value[0] != '(':
        raise _ParseError(f"expected '(' but found '{value}'")
    comment = Comment()
    value = value[1:]
    while value and value[0] != ")":
        if value[0] in WSP:
            tok, value = get_fws(value)
        elif value[0] == '(':
            tok, value = get_comment(value)
        else:
            tok, value = get_qp_ctext(value)
        comment.append(tok)
    if not value:
        _note(comment, _Invalid, "end of header inside comment")
        return comment, value
    return comment, value[1:]


def get_cfws(value):
    cfws = CFWSList()
    while value[:1] in CFWS_LEADER:
        if value[0] in WSP:
            tok, value = get_fws(value)
        else:
            tok, value = get_comment(value)
        cfws.append(tok)
    return cfws, value


def _with_cfws(container, value, inner):
    # [CFWS] inner [CFWS], appended to container
    value = _opt_cfws(container, value)
    tok, value = inner(value)
    container.append(tok)
    value = _opt_cfws(container, value)
    return container, value


def get_quoted_string(value):
    return _with_cfws(QuotedString(), value, get_bare_quoted_string)


def get_atom(value):
    atom = Atom()
    value = _opt_cfws(atom, value)
    if value[:1] in ATOM_ENDS:
        raise _ParseError(f"expected atom but found '{value}'")
    if value.startswith('=?'):
        try:
            tok, value = get_encoded_word(value)
        except _ParseError:
            tok, value = get_atext(value)
    else:
        tok, value = get_atext(value)
    atom.append(tok)
    value = _opt_cfws(atom, value)
    return atom, value


def get_dot_atom_text(value):
    dat = DotAtomText()
    if not value or value[0] in ATOM_ENDS:
        raise _ParseError(
            "expected atom at a start of dot-atom-text but found "
            f"'{value}'")
    while value and value[0] not in ATOM_ENDS:
        tok, value = get_atext(value)
        dat.append(tok)
        if value[:1] == '.':
            dat.append(DOT)
            value = value[1:]
    if dat[-1] is DOT:
        raise _ParseError(
            "expected atom at end of dot-atom-text but found "
            "'{}'".format('.' + value))
    return dat, value


def get_dot_atom(value):
    dot_atom = DotAtom()
    if value[0] in CFWS_LEADER:
        tok, value = get_cfws(value)
        dot_atom.append(tok)
    if value.startswith('=?'):
        try:
            tok, value = get_encoded_word(value)
        except _ParseError:
            tok, value = get_dot_atom_text(value)
    else:
        tok, value = get_dot_atom_text(value)
    dot_atom.append(tok)
    value = _opt_cfws(dot_atom, value)
    return dot_atom, value


def get_word(value):
    leader = None
    if value[0] in CFWS_LEADER:
        leader, value = get_cfws(value)
    if not value:
        raise _ParseError(
            "Expected 'atom' or 'quoted-string' but found nothing.")
    if value[0] == '"':
        tok, value = get_quoted_string(value)
    elif value[0] in SPECIALS:
        raise _ParseError("Expected 'atom' or 'quoted-string' "
                                      f"but found '{value}'")
    else:
        tok, value = get_atom(value)
    _prepend(tok, leader)
    return tok, value


def get_phrase(value):
    phrase = Phrase()
    try:
        tok, value = get_word(value)
        phrase.append(tok)
    except _ParseError:
        _note(phrase, _Invalid, "phrase does not start with word")
    while value and value[0] not in PHRASE_ENDS:
        if value[0] == '.':
            phrase.append(DOT)
            _note(phrase, _Obsolete, "period in 'phrase'")
            value = value[1:]
            continue
        try:
            tok, value = get_word(value)
        except _ParseError:
            if value[0] not in CFWS_LEADER:
                raise
            tok, value = get_cfws(value)
            _note(phrase, _Obsolete, "comment found without atom")
        phrase.append(tok)
    return phrase, value


def get_local_part(value):
    local_part = LocalPart()
    leader, value = _split_leader(value)
    if not value:
        raise _ParseError(f"expected local-part but found '{value}'")
    try:
        tok, value = get_dot_atom(value)
    except _ParseError:
        try:
            tok, value = get_word(value)
        except _ParseError:
            if value[0] != '\\' and value[0] in PHRASE_ENDS:
                raise
            tok = TokenList()
    _prepend(tok, leader)
    local_part.append(tok)
    if value and (value[0] == '\\' or value[0] not in PHRASE_ENDS):
        obs, value = get_obs_local_part(str(local_part) + value)
        if obs.token_type == 'invalid-obs-local-part':
            _note(local_part, _Invalid,
                "local-part is not dot-atom, quoted-string, or "
                "obs-local-part")
        else:
            _note(local_part, _Obsolete,
                  "local-part is not a dot-atom (contains CFWS)")
        local_part[0] = obs
    try:
        local_part.value.encode('ascii')
    except UnicodeEncodeError:
        _note(local_part, errors.NonASCIILocalPartDefect,
              "local-part contains non-ASCII characters)")
    return local_part, value


def get_dtext(value):
    text, rest, saw_pair = _get_ptext_to_endchars(value, '[]')
    dtext = ValueTerminal(text, 'ptext')
    if saw_pair:
        _note(dtext, _Obsolete, "quoted printable found in domain-literal")
    _validate_xtext(dtext)
    return dtext, rest


def get_obs_local_part(value):
    """Parse an obsolete local part: words and dots, possibly with CFWS."""
    obs = ObsLocalPart()
    after_dot = False
    while value and (value[0] == '\\' or value[0] not in PHRASE_ENDS):
        ch = value[0]
        if ch == '.':
            if after_dot:
                _note(obs, _Invalid, "invalid repeated '.'")
            obs.append(DOT)
            after_dot = True
            value = value[1:]
            continue
        if ch == '\\':
            obs.append(ValueTerminal(ch, 'misplaced-special'))
            value = value[1:]
            _note(obs, _Invalid,
                  "'\\' character outside of quoted-string/ccontent")
            after_dot = False
            continue
        if obs and obs[-1].token_type != 'dot':
            _note(obs, _Invalid, "missing '.' between words")
        try:
            tok, value = get_word(value)
            after_dot = False
        except _ParseError:
            if value[0] not in CFWS_LEADER:
                raise
            tok, value = get_cfws(value)
        obs.append(tok)
    if not obs:
        raise _ParseError(f"expected obs-local-part but found '{value}'")

    def dot_at(i, j):
        return (obs[i].token_type == 'dot'
                or obs[i].token_type == 'cfws' and len(obs) > 1
                and obs[j].token_type == 'dot')
    if dot_at(0, 1):
        _note(obs, _Invalid, "Invalid leading '.' in local part")
    if dot_at(-1, -2):
        _note(obs, _Invalid, "Invalid trailing '.' in local part")
    if obs.defects:
        obs.token_type = 'invalid-obs-local-part'
    return obs, value


def get_obs_route(value):
    """Parse an obsolete source route '@a,@b:' (it is ignored)."""
    route = ObsRoute()
    while value and (value[0] == ',' or value[0] in CFWS_LEADER):
        if value[0] == ',':
            route.append(ListSeparator)
            value = value[1:]
        else:
            tok, value = get_cfws(value)
            route.append(tok)
    if value[:1] != '@':
        raise _ParseError(f"expected obs-route domain but found '{value}'")
    route.append(RouteComponentMarker)
    tok, value = get_domain(value[1:])
    route.append(tok)
    while value[:1] == ',':
        route.append(ListSeparator)
        value = value[1:]
        if not value:
            break
        if value[0] in CFWS_LEADER:
            tok, value = get_cfws(value)
            route.append(tok)
        if not value:
            break
        if value[0] == '@':
            route.append(RouteComponentMarker)
            tok, value = get_domain(value[1:])
            route.append(tok)
    if not value:
        raise _ParseError("end of header while parsing obs-route")
    if value[0] != ':':
        raise _ParseError("expected ':' marking end of "
                                      f"obs-route but found '{value}'")
    _put(route, ':', 'end-of-obs-route-marker')
    return route, value[1:]


def get_domain_literal(value):
    literal = DomainLiteral()
    if value[0] in CFWS_LEADER:
        tok, value = get_cfws(value)
        literal.append(tok)
    if not value:
        raise _ParseError("expected domain-literal")
    if value[0] != '[':
        raise _ParseError("expected '[' at start of domain-literal "
                                      f"but found '{value}'")
    value = value[1:]
    _put(literal, '[', 'domain-literal-start')
    if value[:1] in WSP:
        tok, value = get_fws(value)
        literal.append(tok)
    tok, value = get_dtext(value)
    literal.append(tok)
    if value[:1] in WSP:
        tok, value = get_fws(value)
        literal.append(tok)
    if not value:
        raise _ParseError("expected domain-literal")
    if value[0] != ']':
        raise _ParseError("expected ']' at end of domain-literal "
                                      f"but found '{value}'")
    _put(literal, ']', 'domain-literal-end')
    value = value[1:]
    value = _opt_cfws(literal, value)
    return literal, value


def get_domain(value):
    domain = Domain()
    leader, value = _split_leader(value)
    if not value:
        raise _ParseError(f"expected domain but found '{value}'")
    if value[0] == '[':
        tok, value = get_domain_literal(value)
        _prepend(tok, leader)
        domain.append(tok)
        return domain, value
    try:
        tok, value = get_dot_atom(value)
    except _ParseError:
        tok, value = get_atom(value)
    if value[:1] == '@':
        raise _ParseError('Invalid Domain')
    _prepend(tok, leader)
    domain.append(tok)
    if value[:1] == '.':
        _note(domain, _Obsolete, "domain is not a dot-atom (contains CFWS)")
        if domain[0].token_type == 'dot-atom':
            domain[:] = domain[0]
        while value[:1] == '.':
            domain.append(DOT)
            tok, value = get_atom(value[1:])
            domain.append(tok)
    return domain, value


def get_addr_spec(value):
    spec = AddrSpec()
    tok, value = get_local_part(value)
    spec.append(tok)
    if value[:1] != '@':
        _note(spec, _Invalid, "addr-spec local part with no domain")
        return spec, value
    _put(spec, '@', 'address-at-symbol')
    tok, value = get_domain(value[1:])
    spec.append(tok)
    return spec, value


def get_angle_addr(value):
    angle = AngleAddr()
    value = _opt_cfws(angle, value)
    if value[:1] != '<':
        raise _ParseError(f"expected angle-addr but found '{value}'")
    _put(angle, '<', 'angle-addr-start')
    value = value[1:]
    if value[:1] == '>':
        _put(angle, '>', 'angle-addr-end')
        _note(angle, _Invalid, "null addr-spec in angle-addr")
        return angle, value[1:]
    try:
        tok, value = get_addr_spec(value)
    except _ParseError:
        try:
            tok, value = get_obs_route(value)
            _note(angle, _Obsolete,
                  "obsolete route specification in angle-addr")
        except _ParseError:
            raise _ParseError(
                "expected addr-spec or obs-route but found "
                f"'{value}'")
        angle.append(tok)
        tok, value = get_addr_spec(value)
    angle.append(tok)
    if value[:1] == '>':
        value = value[1:]
    else:
        _note(angle, _Invalid, "missing trailing '>' on angle-addr")
    _put(angle, '>', 'angle-addr-end')
    value = _opt_cfws(angle, value)
    return angle, value


def get_display_name(value):
    name = DisplayName()
    tok, value = get_phrase(value)
    name.extend(tok[:])
    name.defects = tok.defects[:]
    return name, value


def get_name_addr(value):
    name_addr = NameAddr()
    leader = None
    if not value:
        raise _ParseError(f"expected name-addr but found '{value}'")
    if value[0] in CFWS_LEADER:
        leader, value = get_cfws(value)
        if not value:
            raise _ParseError(f"expected name-addr but found '{leader}'")
    if value[0] != '<':
        if value[0] in PHRASE_ENDS:
            raise _ParseError(f"expected name-addr but found '{value}'")
        tok, value = get_display_name(value)
        if not value:
            raise _ParseError(f"expected name-addr but found '{tok}'")
        if leader is not None:
            if isinstance(tok[0], TokenList):
                tok[0][:0] = [leader]
            else:
                tok[:0] = [leader]
            leader = None
        name_addr.append(tok)
    tok, value = get_angle_addr(value)
    _prepend(tok, leader)
    name_addr.append(tok)
    return name_addr, value


def get_mailbox(value):
    mailbox = Mailbox()
    try:
        tok, value = get_name_addr(value)
    except _ParseError:
        try:
            tok, value = get_addr_spec(value)
        except _ParseError:
            raise _ParseError(f"expected mailbox but found '{value}'")
    if any(isinstance(x, errors.InvalidHeaderDefect)
           for x in tok.all_defects):
        mailbox.token_type = 'invalid-mailbox'
    mailbox.append(tok)
    return mailbox, value


def get_invalid_mailbox(value, endchars):
    bad = InvalidMailbox()
    while value and value[0] not in endchars:
        if value[0] in PHRASE_ENDS:
            bad.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            tok, value = get_phrase(value)
            bad.append(tok)
    return bad, value


def get_mailbox_list(value):
    mlist = MailboxList()
    while value and value[0] != ';':
        try:
            tok, value = get_mailbox(value)
            mlist.append(tok)
        except _ParseError:
            leader = None
            if value[0] in CFWS_LEADER:
                leader, value = get_cfws(value)
                if not value or value[0] in ',;':
                    mlist.append(leader)
                    _note(mlist, _Obsolete, "empty element in mailbox-list")
                else:
                    tok, value = get_invalid_mailbox(value, ',;')
                    tok[:0] = [leader]
                    mlist.append(tok)
                    _note(mlist, _Invalid, "invalid mailbox in mailbox-list")
            elif value[0] == ',':
                _note(mlist, _Obsolete, "empty element in mailbox-list")
            else:
                tok, value = get_invalid_mailbox(value, ',;')
                mlist.append(tok)
                _note(mlist, _Invalid, "invalid mailbox in mailbox-list")
        if value and value[0] not in ',;':
            mailbox = mlist[-1]
            mailbox.token_type = 'invalid-mailbox'
            tok, value = get_invalid_mailbox(value, ',;')
            mailbox.extend(tok)
            _note(mlist, _Invalid, "invalid mailbox in mailbox-list")
        if value[:1] == ',':
            mlist.append(ListSeparator)
            value = value[1:]
    return mlist, value


def get_group_list(value):
    glist = GroupList()
    if not value:
        _note(glist, _Invalid, "end of header before group-list")
        return glist, value
    leader, value = _split_leader(value)
    if leader is not None:
        if not value:
            _note(glist, _Invalid, "end of header in group-list")
            glist.append(leader)
            return glist, value
        if value[0] == ';':
            glist.append(leader)
            return glist, value
    tok, value = get_mailbox_list(value)
    if len(tok.all_mailboxes) == 0:
        if leader is not None:
            glist.append(leader)
        glist.extend(tok)
        _note(glist, _Obsolete, "group-list with empty entries")
        return glist, value
    _prepend(tok, leader)
    glist.append(tok)
    return glist, value


def get_group(value):
    group = Group()
    tok, value = get_display_name(value)
    if value[:1] != ':':
        raise _ParseError("expected ':' at end of group "
                                      f"display name but found '{value}'")
    group.append(tok)
    _put(group, ':', 'group-display-name-terminator')
    value = value[1:]
    if value[:1] == ';':
        _put(group, ';', 'group-terminator')
        return group, value[1:]
    tok, value = get_group_list(value)
    group.append(tok)
    if not value:
        _note(group, _Invalid, "end of header in group")
    elif value[0] != ';':
        raise _ParseError(f"expected ';' at end of group but found {value}")
    _put(group, ';', 'group-terminator')
    value = value[1:]
    value = _opt_cfws(group, value)
    return group, value


def get_address(value):
    address = Address()
    try:
        tok, value = get_group(value)
    except _ParseError:
        try:
            tok, value = get_mailbox(value)
        except _ParseError:
            raise _ParseError(f"expected address but found '{value}'")
    address.append(tok)
    return address, value


def get_address_list(value):
    """Parse a comma separated list of addresses (and groups)."""
    alist = AddressList()
    while value:
        try:
            tok, value = get_address(value)
            alist.append(tok)
        except _ParseError:
            leader = None
            if value[0] in CFWS_LEADER:
                leader, value = get_cfws(value)
                if not value or value[0] == ',':
                    alist.append(leader)
                    _note(alist, _Obsolete,
                          "address-list entry with no content")
                else:
                    tok, value = get_invalid_mailbox(value, ',')
                    tok[:0] = [leader]
                    alist.append(Address([tok]))
                    _note(alist, _Invalid, "invalid address in address-list")
            elif value[0] == ',':
                _note(alist, _Obsolete, "empty element in address-list")
            else:
                tok, value = get_invalid_mailbox(value, ',')
                alist.append(Address([tok]))
                _note(alist, _Invalid, "invalid address in address-list")
        if value and value[0] != ',':
            mailbox = alist[-1][0]
            mailbox.token_type = 'invalid-mailbox'
            tok, value = get_invalid_mailbox(value, ',')
            mailbox.extend(tok)
            _note(alist, _Invalid, "invalid address in address-list")
        if value:
            alist.append(ListSeparator)
            value = value[1:]
    return alist, value


def get_no_fold_literal(value):
    literal = NoFoldLiteral()
    if value[:1] != '[':
        raise _ParseError(
            f"expected '[' at the start of no-fold-literal but found '{value}'")
    _put(literal, '[', 'no-fold-literal-start')
    tok, value = get_dtext(value[1:])
    literal.append(tok)
    if value[:1] != ']':
        raise _ParseError(
            f"expected ']' at the end of no-fold-literal but found '{value}'")
    _put(literal, ']', 'no-fold-literal-end')
    return literal, value[1:]


def get_msg_id(value):
    msg_id = MsgID()
    value = _opt_cfws(msg_id, value)
    if value[:1] != '<':
        raise _ParseError(f"expected msg-id but found '{value}'")
    _put(msg_id, '<', 'msg-id-start')
    value = value[1:]
    try:
        tok, value = get_dot_atom_text(value)
    except _ParseError:
        try:
            tok, value = get_obs_local_part(value)
            _note(msg_id, _Obsolete, "obsolete id-left in msg-id")
        except _ParseError:
            raise _ParseError(
                "expected dot-atom-text or obs-id-left"
                f" but found '{value}'")
    msg_id.append(tok)
    if value[:1] != '@':
        _note(msg_id, _Invalid, "msg-id with no id-right")
        if value[:1] == '>':
            _put(msg_id, '>', 'msg-id-end')
            value = value[1:]
        return msg_id, value
    _put(msg_id, '@', 'address-at-symbol')
    value = value[1:]
    try:
        tok, value = get_dot_atom_text(value)
    except _ParseError:
        try:
            tok, value = get_no_fold_literal(value)
        except _ParseError:
            try:
                tok, value = get_domain(value)
                _note(msg_id, _Obsolete, "obsolete id-right in msg-id")
            except _ParseError:
                raise _ParseError(
                    f"expected dot-atom-text, no-fold-literal or "
                    f"obs-id-right but found '{value}'")
    msg_id.append(tok)
    if value[:1] == '>':
        value = value[1:]
    else:
        _note(msg_id, _Invalid, "missing trailing '>' on msg-id")
    _put(msg_id, '>', 'msg-id-end')
    value = _opt_cfws(msg_id, value)
    return msg_id, value


def parse_message_id(value):
    message_id = MessageID()
    try:
        tok, value = get_msg_id(value)
        message_id.append(tok)
    except _ParseError as ex:
        message_id = InvalidMessageID(get_unstructured(value))
        message_id.defects.append(
            errors.InvalidHeaderDefect(f"Invalid msg-id: {ex!r}"))
    else:
        if value:
            _note(message_id, _Invalid, f"Unexpected {value!r}")
    return message_id


def parse_mime_version(value):
    """Parse a MIME-Version value such as '1.0'."""
    mv = MIMEVersion()
    if not value:
        _note(mv, errors.HeaderMissingRequiredValue,
              "Missing MIME version number (eg: 1.0)")
        return mv
    if value[0] in CFWS_LEADER:
        tok, value = get_cfws(value)
        mv.append(tok)
        if not value:
            _note(mv, errors.HeaderMissingRequiredValue,
                  "Expected MIME version number but found only CFWS")
    digits = ''
    while value and value[0] != '.' and value[0] not in CFWS_LEADER:
        digits += value[0]
        value = value[1:]
    if not digits.isdigit():
        _note(mv, _Invalid,
            "Expected MIME major version number but found "
            f"{digits!r}")
        mv.append(ValueTerminal(digits, 'xtext'))
    else:
        mv.major = int(digits)
        mv.append(ValueTerminal(digits, 'digits'))
    value = _opt_cfws(mv, value)
    if value[:1] != '.':
        if mv.major is not None:
            _note(mv, _Invalid,
                  "Incomplete MIME version; found only major number")
        if value:
            mv.append(ValueTerminal(value, 'xtext'))
        return mv
    _put(mv, '.', 'version-separator')
    value = value[1:]
    value = _opt_cfws(mv, value)
    if not value:
        if mv.major is not None:
            _note(mv, _Invalid,
                  "Incomplete MIME version; found only major number")
        return mv
    digits = ''
    while value and value[0] not in CFWS_LEADER:
        digits += value[0]
        value = value[1:]
    if not digits.isdigit():
        _note(mv, _Invalid,
            "Expected MIME minor version number but found "
            f"{digits!r}")
        mv.append(ValueTerminal(digits, 'xtext'))
    else:
        mv.minor = int(digits)
        mv.append(ValueTerminal(digits, 'digits'))
    value = _opt_cfws(mv, value)
    if value:
        _note(mv, _Invalid, "Excess non-CFWS text after MIME version")
        mv.append(ValueTerminal(value, 'xtext'))
    return mv


def get_ttext(value):
    m = _non_token_end_matcher(value)
    if not m:
        raise _ParseError(f"expected ttext but found '{value}'")
    text = m.group()
    ttext = ValueTerminal(text, 'ttext')
    _validate_xtext(ttext)
    return ttext, value[len(text):]


def get_token(value):
    return _with_cfws(Token(), value, get_ttext)


# MIME parameters.  The parameter list is parsed into (name, value) pairs
# held by the MimeParameters token, whose str is the canonical form.

def _split_params(value):
    # split at ';' outside quoted strings and comments
    items = []
    cur = []
    quoted = False
    depth = 0
    i = 0
    n = len(value)
    while i < n:
        ch = value[i]
        if ch == '\\' and (quoted or depth) and i + 1 < n:
            cur.append(value[i:i + 2])
            i += 2
            continue
        if quoted:
            if ch == '"':
                quoted = False
        elif depth:
            if ch == '(':
                depth += 1
            elif ch == ')':
                depth -= 1
        elif ch == '"':
            quoted = True
        elif ch == '(':
            depth = 1
        elif ch == ';':
            items.append(''.join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    items.append(''.join(cur))
    return items


_param_name_re = re.compile(r'^([^*=\s;"()]+)(\*(\d+))?(\*)?$')


def parse_mime_parameters(value):
    """Parse 'a=1; b="x"; c*=utf-8''%E2...' into a MimeParameters token."""
    mp = MimeParameters()
    mp.append(ValueTerminal(value, 'raw-parameters'))
    found = {}
    order = []
    items = _split_params(value)
    for pos, item in enumerate(items):
        raw_item = item
        item = item.strip()
        if not item:
            if pos != len(items) - 1:
                _note(mp, _Invalid, "parameter entry with no content")
            continue
        name, sep, raw = item.partition('=')
        # comments around the name do not count
        name = re.sub(r'\([^)]*\)', '', name).strip()
        raw = raw.strip()
        if not sep:
            if _param_name_re.match(name):
                if name not in found:
                    found[name] = []
                    order.append(name)
                found[name].append((0, False, False, None))
            mp.defects.append(errors.InvalidHeaderDefect(
                "Parameter contains name ({}) but no value".format(
                    raw_item.split('=')[0])))
            continue
        m = _param_name_re.match(name)
        if not m or not raw:
            _note(mp, _Invalid, f"invalid parameter {raw_item!r}")
            continue
        base = m.group(1)
        section = int(m.group(3)) if m.group(3) is not None else None
        extended = m.group(4) is not None
        if raw.startswith('"'):
            tok, rest = get_bare_quoted_string(raw)
            mp.defects.extend(tok.all_defects)
            text = tok.value
            rest = re.sub(r'\([^)]*\)', '', rest).strip()
        else:
            text = re.sub(r'\s*\([^)]*\)\s*', ' ', raw).strip()
            text, _, rest = text.partition(' ')
        if rest.strip():
            _note(mp, _Invalid,
                  f"parameter with invalid trailing text {rest!r}")
        if base not in found:
            found[base] = []
            order.append(base)
        found[base].append((section if section is not None else 0,
                            section is not None, extended, text))
    for base in order:
        parts = sorted(found[base], key=lambda p: p[0])
        first = parts[0]
        if not first[1] and len(parts) > 1 and parts[1][0] == 0:
            _note(mp, _Invalid,
                  'duplicate parameter name; duplicate(s) ignored')
            parts = parts[:1]
        charset = 'us-ascii'
        pieces = []
        expect = 0
        for n, (num, sectioned, extended, text) in enumerate(parts):
            if num != expect:
                if not extended:
                    _note(mp, _Invalid,
                          'duplicate parameter name; duplicate ignored')
                    continue
                _note(mp, _Invalid, "inconsistent RFC2231 parameter numbering")
            expect += 1
            if extended:
                if n == 0 and text.count("'") >= 2:
                    charset, lang, text = text.split("'", 2)
                    charset = charset or 'us-ascii'
                elif n == 0:
                    _note(mp, _Invalid,
                          "Expected RFC2231 char/lang encoding delimiter")
                try:
                    raw = urllib.parse.unquote_to_bytes(text)
                except UnicodeEncodeError:
                    text = urllib.parse.unquote(text, encoding='latin-1')
                else:
                    try:
                        text = raw.decode(charset, 'surrogateescape')
                    except (UnicodeEncodeError, LookupError):
                        text = raw.decode('us-ascii', 'surrogateescape')
                    if utils._has_surrogates(text):
                        _note(mp, errors.UndecodableBytesDefect)
            pieces.append(text or '')
        mp._params.append((base, ''.join(pieces)))
    return mp


def _find_mime_parameters(tokenlist, value):
    # skip junk up to a ';' and parse what follows as parameters
    pos = value.find(';')
    if pos < 0:
        tokenlist.append(ValueTerminal(value, 'invalid-parameter-text'))
        return
    if value[:pos]:
        tokenlist.append(ValueTerminal(value[:pos], 'invalid-parameter-text'))
    _put(tokenlist, ';', 'parameter-separator')
    tokenlist.append(parse_mime_parameters(value[pos + 1:]))


def _params_tail(header, value):
    # value starts with the ';' that introduces the parameter list
    _put(header, value[0], 'parameter-separator')
    header.append(parse_mime_parameters(value[1:]))
    return header


def parse_content_type_header(value):
    """Parse 'maintype/subtype; params'."""
    ctype = ContentType()
    if not value:
        _note(ctype, errors.HeaderMissingRequiredValue,
              "Missing content type specification")
        return ctype
    try:
        tok, value = get_token(value)
    except _ParseError:
        _note(ctype, _Invalid,
              f"Expected content maintype but found {value!r}")
        _find_mime_parameters(ctype, value)
        return ctype
    ctype.append(tok)
    if value[:1] != '/':
        _note(ctype, _Invalid, "Invalid content type")
        if value:
            _find_mime_parameters(ctype, value)
        return ctype
    ctype.maintype = tok.value.strip().lower()
    _put(ctype, '/', 'content-type-separator')
    value = value[1:]
    try:
        tok, value = get_token(value)
    except _ParseError:
        _note(ctype, _Invalid, f"Expected content subtype but found {value!r}")
        _find_mime_parameters(ctype, value)
        return ctype
    ctype.append(tok)
    ctype.subtype = tok.value.strip().lower()
    if not value:
        return ctype
    if value[0] != ';':
        _note(ctype, _Invalid,
            f"Only parameters are valid after content type, but found "
            f"{value!r}")
        del ctype.maintype, ctype.subtype
        _find_mime_parameters(ctype, value)
        return ctype
    return _params_tail(ctype, value)


def parse_content_disposition_header(value):
    """Parse 'inline' / 'attachment; filename=...'."""
    disp = ContentDisposition()
    if not value:
        _note(disp, errors.HeaderMissingRequiredValue,
              "Missing content disposition")
        return disp
    try:
        tok, value = get_token(value)
    except _ParseError:
        _note(disp, _Invalid,
              f"Expected content disposition but found {value!r}")
        _find_mime_parameters(disp, value)
        return disp
    disp.append(tok)
    disp.content_disposition = tok.value.strip().lower()
    if not value:
        return disp
    if value[0] != ';':
        _note(disp, _Invalid,
            f"Only parameters are valid after content disposition, but found "
            f"{value!r}")
        _find_mime_parameters(disp, value)
        return disp
    return _params_tail(disp, value)


def parse_content_transfer_encoding_header(value):
    cte = ContentTransferEncoding()
    if not value:
        _note(cte, errors.HeaderMissingRequiredValue,
              "Missing content transfer encoding")
        return cte
    try:
        tok, value = get_token(value)
    except _ParseError:
        _note(cte, _Invalid,
              f"Expected content transfer encoding but found {value!r}")
    else:
        cte.append(tok)
        cte.cte = tok.value.strip().lower()
    while value:
        _note(cte, _Invalid, "Extra text after content transfer encoding")
        if value[0] in PHRASE_ENDS:
            cte.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            tok, value = get_phrase(value)
            cte.append(tok)
    return cte


# --------------------------------------------------------------- folding

def _pop_trailing_ws(out):
    # detach one trailing blank from the last line and hand it back
    last = out[-1] if out else ''
    if last[-1:] and last[-1] in WSP:
        out[-1] = last[:-1]
        return last[-1]
    return ''


def _cannot_merge(prev_charset, charset):
    # may an encoded word in charset be merged into one in prev_charset?
    if prev_charset == charset:
        return False
    if prev_charset == 'unknown-8bit':
        return True
    return prev_charset == 'utf-8' and charset != 'us-ascii'


def _place_folded(node, out, width, policy):
    # put a node that must not become an encoded word on the output as
    # a unit; False when its own folding spans several lines
    sep = policy.linesep
    folded = node.fold(policy=policy)[:-len(sep)]
    if sep in folded:
        return False
    if width - len(out[-1]) < len(folded):
        out.append(_pop_trailing_ws(out))
    out[-1] += folded
    return True


def _refold_parse_tree(parse_tree, *, policy):
    """Lay out a parse tree as header lines of at most
    policy.max_line_length characters; text that can not be written in
    the policy's charset becomes RFC 2047 encoded words."""
    width = policy.max_line_length or sys.maxsize
    base_charset = policy.utf8 and 'utf-8' or 'us-ascii'
    out = ['']
    carry_ws = ''         # indentation to re-use for the next encoded word
    ew_start = None       # offset of the encoded word ending out[-1]
    prev_charset = None
    no_ew_depth = 0       # nesting of parts that forbid encoded words
    needs_ew = False
    end_of_block = Terminal('', 'wrap_as_ew_blocked')
    todo = list(parse_tree)
    while todo:
        node = todo.pop(0)
        if node is end_of_block:
            no_ew_depth -= 1
            continue
        text = str(node)
        if not needs_ew:
            risky = SPECIALSNL if node.token_type == 'ptext' else NLSET
            needs_ew = any(ch in risky for ch in text)
        try:
            text.encode(base_charset)
        except UnicodeEncodeError:
            needs_ew = True
            raw8 = any(isinstance(d, errors.UndecodableBytesDefect)
                       for d in node.all_defects)
            charset = 'unknown-8bit' if raw8 else 'utf-8'
        else:
            charset = base_charset
        if node.token_type == 'mime-parameters':
            _fold_mime_parameters(node, out, width, base_charset)
            continue
        if needs_ew and not no_ew_depth:
            needs_ew = False
            if not node.as_ew_allowed:
                ew_start = None
                if (node.syntactic_break
                        and _place_folded(node, out, width, policy)):
                    continue
            if not hasattr(node, 'encode'):
                todo[:0] = node
                continue
            if node.as_ew_allowed:
                if ew_start is not None and _cannot_merge(prev_charset,
                                                          charset):
                    ew_start = None
                ew_start = _fold_as_ew(text, out, width, ew_start,
                                       node.ew_combine_allowed, charset,
                                       carry_ws)
                carry_ws = ''
                prev_charset = charset
                continue
            ew_start = None
        if len(text) <= width - len(out[-1]):
            out[-1] += text
            continue
        # no room left on this line
        carry_ws = ''
        if node.syntactic_break and len(text) < width:
            spill = _pop_trailing_ws(out)
            if spill or node.startswith_fws():
                out.append(spill + text)
                line = out[-1]
                carry_ws = line[:len(line) - len(line.lstrip(' \t'))]
                ew_start = None
                continue
        if not hasattr(node, 'encode'):
            children = list(node)
            if not node.as_ew_allowed:
                no_ew_depth += 1
                children.append(end_of_block)
            todo[:0] = children
            continue
        if node.as_ew_allowed and not no_ew_depth:
            todo.insert(0, node)
            needs_ew = True
            continue
        spill = _pop_trailing_ws(out)
        if spill or node.startswith_fws():
            out.append(spill + text)
        else:
            out[-1] += text
    return policy.linesep.join(out) + policy.linesep


def _fold_as_ew(text, out, width, ew_start, may_merge, charset, pending_ws):
    """Write text onto out as one or more encoded words, merged into the
    encoded word at out[-1][ew_start:] when may_merge allows it.  Returns
    the offset of the last encoded word written (None if it must not be
    merged with later text)."""
    if ew_start is not None and may_merge:
        text = str(get_unstructured(out[-1][ew_start:] + text))
        out[-1] = out[-1][:ew_start]
    elif text[0] in WSP:
        # a leading blank is written as is, not encoded
        if len(out[-1]) == width:
            out.append(_pop_trailing_ws(out))
        out[-1] += text[0]
        text = text[1:]
    tail = ''
    if text[-1] in WSP:
        tail, text = text[-1], text[:-1]
    start = len(out[-1]) if ew_start is None else ew_start
    ew_charset = charset if charset != 'us-ascii' else 'utf-8'
    overhead = len(ew_charset) + 7        # '=?' cs '?' q '?' ... '?='
    if overhead >= width - 1:
        raise _ParseError(
            "max_line_length is too small to fit an encoded word")
    while text:
        avail = width - len(out[-1])
        budget = avail - overhead - len(pending_ws)
        if budget <= 0:
            out.append(' ')
            continue
        if pending_ws and len(out) > 1 and len(out[-1]) == 1:
            out[-1] += _ew.encode(pending_ws, charset=ew_charset)
            pending_ws = ''
        take = min(budget, len(text))
        word = _ew.encode(text[:take], charset=ew_charset)
        while len(word) > avail:
            take -= 1
            word = _ew.encode(text[:take], charset=ew_charset)
        out[-1] += word
        text = text[take:]
        pending_ws = ''
        if text:
            out.append(' ')
            start = len(out[-1])
    out[-1] += tail
    return start if may_merge else None


def _param_charset(value, base):
    # (charset, error handler) for a value that needs RFC 2231 encoding;
    # None when it can be written as is
    try:
        value.encode(base)
    except UnicodeEncodeError:
        if utils._has_surrogates(value):
            return 'unknown-8bit', 'surrogateescape'
        return 'utf-8', 'strict'
    return None


def _fold_mime_parameters(part, lines, maxlen, encoding):
    """Write the parameters of part, moving each to its own line when it
    does not fit and splitting over-long ones into RFC 2231 sections."""
    for name, value in part.params:
        if lines[-1].rstrip()[-1:] != ';':
            lines[-1] += ';'
        how = _param_charset(value, encoding)
        if how is None:
            charset, errs = encoding, 'strict'
            item = name + '=' + quote_string(value)
        else:
            charset, errs = how
            item = "%s*=%s''%s" % (name, charset, urllib.parse.quote(
                value, safe='', errors=errs))
        if len(lines[-1]) + 1 + len(item) < maxlen:
            lines[-1] += ' ' + item
        elif len(item) + 2 <= maxlen:
            lines.append(' ' + item)
        else:
            maxlen = _fold_rfc2231_sections(name, value, charset, errs,
                                            lines, maxlen)


def _fold_rfc2231_sections(name, value, charset, errs, lines, width):
    # name*0*=charset''..., name*1*=..., each on a line of its own;
    # returns the width actually used
    index = 0
    prefix = charset + "''"
    while value:
        overhead = len(name) + len(str(index)) + len(prefix) + 3
        if width <= overhead + 3:
            width = 78
        limit = width - overhead - 2
        cut = limit
        encoded = urllib.parse.quote(value[:cut], safe='', errors=errs)
        while len(encoded) > limit:
            cut -= 1
            encoded = urllib.parse.quote(value[:cut], safe='', errors=errs)
        lines.append(' %s*%d*=%s%s' % (name, index, prefix, encoded))
        value = value[cut:]
        prefix = ''
        index += 1
        if value:
            lines[-1] += ';'
    return width
