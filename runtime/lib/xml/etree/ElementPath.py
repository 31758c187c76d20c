"""The limited XPath dialect of Element.find(), findall(), iterfind() and findtext().

A path is split into tokens, each token pair (operator, name) is turned into a
selector (a function from a list of context elements to an iterator of
matches), and the selectors run one after another.  Compiled paths are cached.
"""

import re

# Operators, quoted strings and names (with an optional {uri} part) in a path;
# whitespace yields an empty token, and any other character is dropped.
_token_re = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])"
    r"|((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)"
    r"|\s+")


def xpath_tokenizer(pattern, namespaces=None):
    """Yield (operator, name) pairs, resolving prefixes from namespaces."""
    default = namespaces.get('') if namespaces else None
    parsing_attribute = False
    for m in _token_re.finditer(pattern):
        op, name = m.group(1) or '', m.group(2) or ''
        if name and name[0] != '{':
            if ':' in name and namespaces:
                prefix, local = name.split(':', 1)
                try:
                    yield op, '{%s}%s' % (namespaces[prefix], local)
                except KeyError:
                    raise SyntaxError('prefix %r not found in prefix map'
                                      % prefix) from None
            elif default and not parsing_attribute:
                yield op, '{%s}%s' % (default, name)
            else:
                yield op, name
            parsing_attribute = False
        else:
            yield op, name
            parsing_attribute = op == '@'


def _parent_map(context):
    parents = context.get('parents')
    if parents is None:
        parents = {}
        for p in context['root'].iter():
            for child in p:
                parents[child] = p
        context['parents'] = parents
    return parents


def _tag_matcher(tag):
    # A predicate on element tags for a name step, honouring {*} and {} forms.
    if tag == '*':
        return lambda t: True
    if tag[:3] == '{*}':
        local = tag[3:]
        if local == '*':
            return lambda t: isinstance(t, str)
        return lambda t: (isinstance(t, str)
                          and (t == local or t.endswith('}' + local)))
    if tag[:2] == '{}':
        local = tag[2:]
        if local == '*':
            return lambda t: isinstance(t, str) and t[:1] != '{'
        return lambda t: t == local
    if tag[-2:] == '}*':
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns)
    return lambda t: t == tag


def _select_children(tag):
    match = _tag_matcher(tag)

    def select(context, result):
        for elem in result:
            for child in elem:
                if match(child.tag):
                    yield child
    return select


def _prepare_child(next, token):
    return _select_children(token[1])


def _prepare_star(next, token):
    def select(context, result):
        for elem in result:
            yield from elem
    return select


def _prepare_self(next, token):
    def select(context, result):
        yield from result
    return select


def _prepare_descendant(next, token):
    token = next()
    if token[0] == '*':
        tag = '*'
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError('invalid descendant')
    match = _tag_matcher(tag)

    def select(context, result):
        seen = set()
        for elem in result:
            for e in elem.iter():
                if e is not elem and match(e.tag) and id(e) not in seen:
                    seen.add(id(e))
                    yield e
    return select


def _prepare_parent(next, token):
    def select(context, result):
        parents = _parent_map(context)
        seen = set()
        for elem in result:
            parent = parents.get(elem)
            if parent is not None and id(parent) not in seen:
                seen.add(id(parent))
                yield parent
    return select


def _prepare_predicate(next, token):
    signature = []
    predicate = []
    while True:
        token = next()
        if token[0] == ']':
            break
        if token == ('', ''):
            continue
        if token[0] and token[0][:1] in '\'"':
            token = "'", token[0][1:-1]
        signature.append(token[0] or '-')
        predicate.append(token[1])
    signature = ''.join(signature)
    if signature == '@-':
        key = predicate[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select
    if signature in ("@-='", "@-!='"):
        key, value = predicate[1], predicate[-1]
        if signature == "@-='":
            def select(context, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        else:
            def select(context, result):
                for elem in result:
                    found = elem.get(key)
                    if found is not None and found != value:
                        yield elem
        return select
    if signature == '-' and not re.match(r'-?\d+$', predicate[0]):
        match = _tag_matcher(predicate[0])

        def select(context, result):
            for elem in result:
                for child in elem:
                    if match(child.tag):
                        yield elem
                        break
        return select
    if signature in (".='", ".!='", "-='", "-!='"):
        tag, value = predicate[0], predicate[-1]
        want = '!' not in signature
        if tag == '.' or signature[0] == '.':
            def select(context, result):
                for elem in result:
                    if (''.join(elem.itertext()) == value) == want:
                        yield elem
            return select
        match = _tag_matcher(tag)

        def select(context, result):
            for elem in result:
                for child in elem:
                    if match(child.tag) and \
                            (''.join(child.itertext()) == value) == want:
                        yield elem
                        break
        return select
    if signature in ('-', '-()', '-()-'):
        if signature == '-':
            index = int(predicate[0]) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if predicate[0] != 'last':
                raise SyntaxError('unsupported function')
            if signature == '-()-':
                try:
                    index = int(predicate[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if index > -2:
                    raise SyntaxError('XPath offset from last() must be negative')
            else:
                index = -1

        def select(context, result):
            parents = _parent_map(context)
            for elem in result:
                parent = parents.get(elem)
                if parent is None:
                    continue
                siblings = [e for e in parent if e.tag == elem.tag]
                try:
                    if siblings[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return select
    raise SyntaxError('invalid predicate')


ops = {
    '': _prepare_child,
    '*': _prepare_star,
    '.': _prepare_self,
    '..': _prepare_parent,
    '//': _prepare_descendant,
    '[': _prepare_predicate,
}

_cache = {}


def _compile(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    selector = _cache.get(key)
    if selector is not None:
        return selector
    if path[-1:] == '/':
        path = path + '*'
    tokens = iter(xpath_tokenizer(path, namespaces))
    next_token = tokens.__next__
    selector = []
    try:
        token = next_token()
    except StopIteration:
        return None
    if token[0][:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    while True:
        if token[0] == '/':
            raise SyntaxError('cannot use absolute path on element')
        selector.append(ops[token[0]](next_token, token))
        try:
            token = next_token()
            if token[0] == '/':
                token = next_token()
        except StopIteration:
            break
    if len(_cache) > 100:
        _cache.clear()
    _cache[key] = selector
    return selector


def iterfind(elem, path, namespaces=None):
    """Yield the elements under elem that match path, in document order."""
    selector = _compile(path, namespaces)
    if selector is None:
        return iter(())
    result = [elem]
    context = {'root': elem}
    for select in selector:
        result = select(context, result)
    return result


def find(elem, path, namespaces=None):
    """Return the first element that matches path, or None."""
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    """Return a list of all the elements that match path."""
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    """Return the text of the first match (or '' if it has none), else default."""
    for match in iterfind(elem, path, namespaces):
        return match.text or ''
    return default
