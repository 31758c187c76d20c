"""A lightweight element tree for XML: building, parsing, searching and writing.

An Element holds a tag, an attribute dict, the text before its first child,
the tail text after its end tag, and a list of children.  Parsing goes through
the expat-compatible parser in xml.parsers.expat, feeding a TreeBuilder;
serialising walks the tree and writes escaped text, declaring namespaces on the
root element as the tags and attribute names require.
"""

import io
import re
import sys
import warnings
import contextlib

from . import ElementPath

__all__ = ['Comment', 'dump', 'Element', 'ElementTree', 'fromstring',
           'fromstringlist', 'indent', 'iselement', 'iterparse', 'parse',
           'ParseError', 'PI', 'ProcessingInstruction', 'QName', 'SubElement',
           'tostring', 'tostringlist', 'TreeBuilder', 'VERSION', 'XML', 'XMLID',
           'XMLParser', 'XMLPullParser', 'register_namespace', 'canonicalize',
           'C14NWriterTarget']

VERSION = '1.3.0'


class ParseError(SyntaxError):
    """Raised when a document cannot be parsed; has code and position."""


def iselement(element):
    """Return True if element looks like an Element."""
    return hasattr(element, 'tag')


def _type_error(func, argno, value, what='xml.etree.ElementTree.Element'):
    return TypeError('%s() argument %d must be %s, not %s'
                     % (func, argno, what, type(value).__name__))


class Element:
    """An XML element: tag, attrib, text, tail and a list of subelements."""

    def __init__(self, *args, **extra):
        if not args:
            raise TypeError('Element() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('Element() takes at most 2 arguments (%d given)'
                            % len(args))
        tag = args[0]
        attrib = args[1] if len(args) > 1 else extra.pop('attrib', {})
        if not isinstance(attrib, dict):
            raise _type_error('Element', 2, attrib, 'dict')
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return '<%s %r at %#x>' % (type(self).__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """Return a fresh element of this element's own class."""
        return self.__class__(tag, attrib)

    def __copy__(self):
        dup = self.makeelement(self.tag, self.attrib)
        dup.text, dup.tail = self.text, self.tail
        dup[:] = self
        return dup

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(copy.deepcopy(self.tag, memo),
                                copy.deepcopy(self.attrib, memo))
        elem.text = copy.deepcopy(self.text, memo)
        elem.tail = copy.deepcopy(self.tail, memo)
        for child in self._children:
            elem.append(copy.deepcopy(child, memo))
        return elem

    def __getstate__(self):
        return {'tag': self.tag, 'attrib': self.attrib, 'text': self.text,
                'tail': self.tail, '_children': self._children}

    def __setstate__(self, state):
        self.tag = state['tag']
        self.attrib = state['attrib']
        self.text = state['text']
        self.tail = state['tail']
        self._children = list(state['_children'])

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        warnings.warn(
            "Testing an element's truth value will always return True in "
            "future versions.  Use specific 'len(elem)' or 'elem is not None' "
            "test instead.", DeprecationWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError('child index out of range') from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                self._check(e)
            self._children[index] = element
            return
        try:
            self._children[index]
        except IndexError:
            raise IndexError('child assignment index out of range') from None
        self._check(element)
        self._children[index] = element

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError('child assignment index out of range') from None

    def __iter__(self):
        return iter(self._children)

    @staticmethod
    def _check(e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not "%s"' % type(e).__name__)

    def append(self, subelement):
        """Add subelement to the end of this element's children."""
        if not isinstance(subelement, Element):
            raise _type_error('append', 1, subelement)
        self._children.append(subelement)

    def extend(self, elements):
        """Append every element of an iterable."""
        elements = list(elements)
        for e in elements:
            self._check(e)
        self._children.extend(elements)

    def insert(self, index, subelement):
        """Insert subelement at position index."""
        if not isinstance(subelement, Element):
            raise _type_error('insert', 2, subelement)
        children = self._children
        children.insert(index, subelement)

    def remove(self, subelement):
        """Remove the first child that is subelement (compared by identity)."""
        if not isinstance(subelement, Element):
            raise _type_error('remove', 1, subelement)
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        """Return the first matching subelement, or None."""
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Return the text of the first matching subelement."""
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """Return a list of all matching subelements."""
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """Return an iterator over all matching subelements."""
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Remove all children and attributes; text and tail become None."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        """Return the attribute key, or default."""
        return self.attrib.get(key, default)

    def set(self, key, value):
        """Set the attribute key to value."""
        self.attrib[key] = value

    def keys(self):
        """Return the attribute names, in document order."""
        return list(self.attrib.keys())

    def items(self):
        """Return the (name, value) attribute pairs, in document order."""
        return list(self.attrib.items())

    def iter(self, tag=None):
        """Iterate over this element and its descendants, depth first."""
        if tag == '*':
            tag = None
        stack = [self]
        while stack:
            elem = stack.pop()
            if tag is None or elem.tag == tag:
                yield elem
            stack.extend(reversed(elem._children))

    def itertext(self):
        """Iterate over the text of this element and its descendants."""
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element and append it to parent."""
    if not isinstance(parent, Element):
        raise _type_error('SubElement', 1, parent)
    if not isinstance(attrib, dict):
        raise _type_error('SubElement', 3, attrib, 'dict')
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """Create a comment element (its tag is this function)."""
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    """Create a processing-instruction element (its tag is this function)."""
    node = Element(ProcessingInstruction)
    node.text = target
    if text:
        node.text = node.text + ' ' + text
    return node


PI = ProcessingInstruction


class QName:
    """A qualified name: '{uri}local', built from one or two parts."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (type(self).__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


class ElementTree:
    """A wrapper for a whole document, with parse and write methods."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        """Return the root element."""
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Load a document from a file name or file object into this tree."""
        close_source = False
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        """Iterate over all the elements of the tree."""
        return self._root.iter(tag)

    def _abs(self, path):
        if path[:1] == '/':
            path = '.' + path
            warnings.warn(
                'This search is broken in 1.3 and earlier, and will be fixed '
                'in a future version.  If you rely on the current behaviour, '
                'change it to %r' % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        """Like getroot().find(path), with '/' paths read as './'."""
        return self._root.find(self._abs(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Like getroot().findtext(path)."""
        return self._root.findtext(self._abs(path), default, namespaces)

    def findall(self, path, namespaces=None):
        """Like getroot().findall(path)."""
        return self._root.findall(self._abs(path), namespaces)

    def iterfind(self, path, namespaces=None):
        """Like getroot().iterfind(path)."""
        return self._root.iterfind(self._abs(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        """Write the tree to a file name or file object."""
        if not method:
            method = 'xml'
        elif method not in _SERIALIZERS:
            raise ValueError('unknown method %r' % method)
        if not encoding:
            encoding = 'us-ascii'
        parts = []
        write = parts.append
        if method == 'xml' and (xml_declaration or (
                xml_declaration is None and encoding.lower() != 'unicode'
                and encoding.lower() not in ('utf-8', 'us-ascii'))):
            declared = 'utf-8' if encoding.lower() == 'unicode' else encoding
            write("<?xml version='1.0' encoding='%s'?>\n" % declared)
        root = self._root
        if method == 'text':
            _serialize_text(write, root)
        else:
            names, ns_map = _namespaces(root, default_namespace)
            _SERIALIZERS[method](write, root, names, ns_map,
                                 short_empty_elements)
        text = ''.join(parts)
        if encoding.lower() == 'unicode':
            data = text
        else:
            data = text.encode(encoding, 'xmlcharrefreplace')
        if hasattr(file_or_filename, 'write'):
            file_or_filename.write(data)
        else:
            mode = 'w' if isinstance(data, str) else 'wb'
            kwargs = {'encoding': 'utf-8'} if mode == 'w' else {}
            with open(file_or_filename, mode, **kwargs) as f:
                f.write(data)


# -- serialisation ---------------------------------------------------------

_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    """Register a prefix for uri, used when serialising; replaces any other."""
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError('cannot serialize %r (type %s)' % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    # Map every tag and attribute name in the tree to its serialised form,
    # choosing prefixes; returns (qnames, {uri: prefix}).
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def add_qname(qname):
        try:
            if qname[:1] == '{':
                uri, tag = qname[1:].rsplit('}', 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = 'ns%d' % len(namespaces)
                    if prefix != 'xml':
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = '%s:%s' % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError('cannot use non-qualified names with '
                                     'default_namespace option')
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _replace_chars(text, table):
    # Replace in table order ('&' first, so later entities stay intact);
    # the membership test skips a copy for text without the character.
    for char, entity in table:
        if char in text:
            text = text.replace(char, entity)
    return text


_CDATA_ENTITIES = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'))
_ATTRIB_ENTITIES = _CDATA_ENTITIES + (('"', '&quot;'), ('\r', '&#13;'),
                                      ('\n', '&#10;'), ('\t', '&#09;'))
_ATTRIB_HTML_ENTITIES = (('&', '&amp;'), ('>', '&gt;'), ('"', '&quot;'))


def _escape(text, table):
    try:
        return _replace_chars(text, table)
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_cdata(text):
    return _escape(text, _CDATA_ENTITIES)


def _escape_attrib(text):
    return _escape(text, _ATTRIB_ENTITIES)


def _escape_attrib_html(text):
    return _escape(text, _ATTRIB_HTML_ENTITIES)


def _ns_decls(namespaces):
    return ''.join(' xmlns%s="%s"' % (':' + p if p else '', _escape_attrib(uri))
                   for uri, p in sorted(namespaces.items(), key=lambda x: x[1]))


def _attr_text(e, qnames, escape):
    out = []
    for k, v in e.items():
        if isinstance(k, QName):
            k = k.text
        if isinstance(v, QName):
            v = qnames[v.text]
        else:
            v = escape(v)
        out.append(' %s="%s"' % (qnames[k], v))
    return ''.join(out)


def _start_tag(tag, elem, qnames, namespaces, escape):
    # '<tag' with the namespace declarations (given for the root only) and
    # the attributes, escaped as the output method requires.
    decls = _ns_decls(namespaces) if namespaces else ''
    return '<' + tag + decls + _attr_text(elem, qnames, escape)


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % text)
    elif tag is ProcessingInstruction:
        write('<?%s?>' % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            write(_start_tag(tag, elem, qnames, namespaces, _escape_attrib))
            if text or len(elem) or not short_empty_elements:
                write('>')
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write('</' + tag + '>')
            else:
                write(' />')
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {'area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr',
              'img', 'input', 'isindex', 'link', 'meta', 'param', 'source',
              'track', 'wbr'}


def _serialize_html(write, elem, qnames, namespaces, short_empty_elements=None):
    # short_empty_elements is accepted for a uniform signature; HTML output
    # decides empty elements by tag name instead.
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write('<?%s?>' % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            write(_start_tag(tag, elem, qnames, namespaces, _escape_attrib_html))
            write('>')
            ltag = tag.lower()
            if text:
                if ltag in ('script', 'style'):
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write('</' + tag + '>')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {'xml': _serialize_xml, 'html': _serialize_html, 'text': None}


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """Serialise element and its subtree to bytes (or str for 'unicode')."""
    if encoding == 'unicode':
        buf = io.StringIO()
    else:
        buf = io.BytesIO()
    ElementTree(element).write(
        buf, encoding, xml_declaration=xml_declaration, method=method,
        default_namespace=default_namespace, short_empty_elements=short_empty_elements)
    return buf.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """Like tostring(), as a list of pieces."""
    whole = tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace, short_empty_elements=short_empty_elements)
    return [whole]


def dump(elem):
    """Write elem's XML to sys.stdout; for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    """Add whitespace text and tails in place so the tree prints indented."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError('Initial indentation level must be >= 0, got %s' % level)
    if not len(tree):
        return
    prefixes = ['\n' + level * space]

    def walk(elem, depth):
        inner = depth + 1
        if len(prefixes) <= inner:
            prefixes.append(prefixes[-1] + space)
        if not elem.text or not elem.text.strip():
            elem.text = prefixes[inner]
        child = None
        for child in elem:
            if len(child):
                walk(child, inner)
            if not child.tail or not child.tail.strip():
                child.tail = prefixes[inner]
        if not child.tail.strip():
            child.tail = prefixes[depth]

    walk(tree, 0)


# -- parsing ---------------------------------------------------------------

def parse(source, parser=None):
    """Parse a file name or file object into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def _new_parser():
    return XMLParser(target=TreeBuilder())


def XML(text, parser=None):
    """Parse a document from a string or bytes; return the root element."""
    p = parser or _new_parser()
    p.feed(text)
    return p.close()


fromstring = XML


def XMLID(text, parser=None):
    """Parse text; return (root, {id attribute: element})."""
    p = parser or _new_parser()
    p.feed(text)
    root = p.close()
    by_id = {}
    for elem in root.iter():
        ident = elem.get('id')
        if ident:
            by_id[ident] = elem
    return root, by_id


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of pieces."""
    p = parser or _new_parser()
    for piece in sequence:
        p.feed(piece)
    return p.close()


class TreeBuilder:
    """Build an element tree from start/end/data/comment/pi calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._factory = element_factory or Element

    def close(self):
        """Flush and return the root element."""
        self._flush()
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = ''.join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        """Add text to the current element."""
        self._data.append(data)

    def start(self, tag, attrs):
        """Open a new element; returns it."""
        self._flush()
        elem = self._factory(tag, attrs)
        self._last = elem
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        """Close the current element; returns it."""
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        """Create a comment (inserted into the tree if insert_comments)."""
        return self._single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        """Create a processing instruction (inserted if insert_pis)."""
        return self._single(self._pi_factory, self.insert_pis, target, text)

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    """Element structure builder driven by the expat parser."""

    def __init__(self, *, target=None, encoding=None):
        from xml.parsers import expat
        xp = expat.ParserCreate(encoding, '}')
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = xp
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        self.entity = {}
        self._events = None
        xp.DefaultHandlerExpand = self._default
        # Only hook the callbacks the target can take.  Element and namespace
        # events go through this parser (to fix up names); text, comments and
        # PIs go straight to the target's own methods.
        for method, slot, own in (
                ('start', 'StartElementHandler', self._start),
                ('end', 'EndElementHandler', self._end),
                ('start_ns', 'StartNamespaceDeclHandler', self._start_ns),
                ('end_ns', 'EndNamespaceDeclHandler', self._end_ns),
                ('data', 'CharacterDataHandler', None),
                ('comment', 'CommentHandler', None),
                ('pi', 'ProcessingInstructionHandler', None)):
            if hasattr(target, method):
                setattr(xp, slot, own or getattr(target, method))
        xp.StartDoctypeDeclHandler = self._doctype
        xp.ordered_attributes = 1
        self.version = 'Expat %d.%d.%d' % expat.version_info

    def _setevents(self, events_queue, events_to_report):
        # Replace the expat callback of each requested event with one that
        # also queues (event, result) for XMLPullParser.read_events().
        xp = self._parser
        push = events_queue.append
        target = self.target

        def queued(name, produce):
            def callback(*args):
                push((name, produce(*args)))
            return callback

        for event in events_to_report:
            if event == 'start':
                xp.ordered_attributes = 1
                slot, produce = 'StartElementHandler', self._start
            elif event == 'end':
                slot, produce = 'EndElementHandler', self._end
            elif event == 'start-ns':
                slot = 'StartNamespaceDeclHandler'
                if hasattr(target, 'start_ns'):
                    produce = self._start_ns
                else:
                    def produce(prefix, uri):
                        return (prefix or '', uri or '')
            elif event == 'end-ns':
                slot = 'EndNamespaceDeclHandler'
                if hasattr(target, 'end_ns'):
                    produce = self._end_ns
                else:
                    def produce(prefix):
                        return None
            elif event == 'comment':
                slot = 'CommentHandler'

                def produce(text):
                    return target.comment(text)
            elif event == 'pi':
                slot = 'ProcessingInstructionHandler'

                def produce(pi_target, data):
                    return target.pi(pi_target, data)
            else:
                raise ValueError('unknown event %r' % event)
            setattr(xp, slot, queued(event, produce))

    def _raiseerror(self, cause):
        err = ParseError(cause)
        err.code = cause.code
        err.position = (cause.lineno, cause.offset)
        raise err from None

    def _fixname(self, key):
        name = self._names.get(key)
        if name is None:
            name = '{' + key if '}' in key else key
            self._names[key] = name
        return name

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or '', uri or '')

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or '')

    def _start(self, tag, attr_list):
        fixname = self._fixname
        attrib = {}
        for i in range(0, len(attr_list), 2):
            attrib[fixname(attr_list[i])] = attr_list[i + 1]
        return self.target.start(fixname(tag), attrib)

    def _end(self, tag):
        return self.target.end(self._fixname(tag))

    def _doctype(self, name, system, public, has_internal):
        doctype = getattr(self.target, 'doctype', None)
        if doctype is not None:
            doctype(name, public, system)

    def _default(self, text):
        if text[:1] == '&':
            try:
                data_handler = self.target.data
            except AttributeError:
                return
            try:
                data_handler(self.entity[text[1:-1]])
            except KeyError:
                from xml.parsers import expat
                err = expat.error('undefined entity %s: line %d, column %d'
                                  % (text, self.parser.CurrentLineNumber,
                                     self.parser.CurrentColumnNumber))
                err.code = 11
                err.lineno = self.parser.CurrentLineNumber
                err.offset = self.parser.CurrentColumnNumber
                raise err

    def feed(self, data):
        """Feed encoded data to the parser."""
        try:
            self.parser.Parse(data, False)
        except self._error as v:
            self._raiseerror(v)

    def close(self):
        """Finish feeding data; returns the target's close() result."""
        try:
            self.parser.Parse(b'', True)
        except self._error as v:
            self._raiseerror(v)
        try:
            close_handler = self.target.close
        except AttributeError:
            return None
        return close_handler()

    def flush(self):
        """Parse whatever input is pending (a no-op here: nothing is deferred)."""


class XMLPullParser:
    """A non-blocking parser: feed() data, then read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = []
        self._index = 0
        self._parser = _parser or _new_parser()
        self._parser._setevents(self._queue, ('end',) if events is None else events)

    def feed(self, data):
        """Feed encoded data to the parser."""
        if self._parser is None:
            raise ValueError('feed() called after end of stream')
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Finish feeding data; events stay available to read_events()."""
        self._close_and_return_root()

    def flush(self):
        """Parse whatever input is pending."""
        if self._parser is None:
            raise ValueError('flush() called after end of stream')
        self._parser.flush()

    def read_events(self):
        """Yield the (event, element) pairs parsed so far."""
        events = self._queue
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event


class _IterParseIterator:
    """The iterator iterparse() returns; its root is set when it finishes."""

    def __init__(self, source, events, parser):
        self._close_source = not hasattr(source, 'read')
        if self._close_source:
            source = open(source, 'rb')
        self._source = source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._pending = iter(())
        self._done = False
        self.root = None

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            for event in self._pending:
                return event
            if self._done:
                raise StopIteration
            try:
                data = self._source.read(16 * 1024)
                if data:
                    self._pull.feed(data)
                else:
                    self.root = self._pull._close_and_return_root()
                    self._done = True
                self._pending = self._pull.read_events()
            except BaseException:
                self.close()
                raise
            if self._done:
                events = list(self._pending)
                self.close()
                self._pending = iter(events)

    def close(self):
        if self._close_source:
            self._source.close()
            self._close_source = False

    def __del__(self):
        if getattr(self, '_close_source', False):
            self._source.close()


def iterparse(source, events=None, parser=None):
    """Parse source incrementally, yielding (event, element) pairs."""
    if events is not None:
        for event in events:
            if event not in ('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'):
                raise ValueError('unknown event %r' % event)
    return _IterParseIterator(source, events, parser)


# -- canonical XML (C14N 2.0) -----------------------------------------------

def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """Serialise a document as C14N 2.0 canonical XML.

    The input is xml_data (str or bytes) or from_file (a name or file object).
    Returns the text, or writes it to out.write() and returns None.  Options
    are those of C14NWriterTarget.
    """
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided as input")
    sio = None
    if out is None:
        sio = out = io.StringIO()
    target = C14NWriterTarget(out.write, **options)
    parser = XMLParser(target=target)
    if xml_data is not None:
        parser.feed(xml_data)
        parser.close()
    elif from_file is not None:
        parse(from_file, parser=parser)
    return sio.getvalue() if sio is not None else None


# True for text of the form "prefix:local".
_is_prefixed_name = re.compile(r'\w+:\w+$').match
_XML_NS = 'http://www.w3.org/XML/1998/namespace'


_CDATA_C14N_ENTITIES = _CDATA_ENTITIES + (('\r', '&#xD;'),)
_ATTRIB_C14N_ENTITIES = (('&', '&amp;'), ('<', '&lt;'), ('"', '&quot;'),
                         ('\t', '&#x9;'), ('\n', '&#xA;'), ('\r', '&#xD;'))


def _escape_cdata_c14n(text):
    return _replace_chars(text, _CDATA_C14N_ENTITIES)


def _escape_attrib_c14n(text):
    return _replace_chars(text, _ATTRIB_C14N_ENTITIES)


class C14NWriterTarget:
    """A parser target that writes canonical XML (C14N 2.0) through write().

    Namespace declarations are written on the elements that use them, and
    only where the output does not already have them in scope; attributes
    and declarations are sorted; empty elements get end tags.
    """

    def __init__(self, write, *, with_comments=False, strip_text=False,
                 rewrite_prefixes=False, qname_aware_tags=None,
                 qname_aware_attrs=None, exclude_attrs=None, exclude_tags=None):
        self._write = write
        self._data = []
        self._with_comments = with_comments
        self._strip_text = strip_text
        self._rewrite = rewrite_prefixes

        def as_set(names):
            return set(names) if names else None
        self._qname_aware_tags = as_set(qname_aware_tags)
        self._qname_aware_attrs = as_set(qname_aware_attrs)
        self._skip_attrs = as_set(exclude_attrs)
        self._skip_tags = as_set(exclude_tags)
        # Input bindings per open element, as lists of (uri, prefix).
        self._in_scopes = [[(_XML_NS, 'xml')]]
        self._pending_ns = []
        # Output bindings per open element: prefix -> uri.
        self._out_scopes = [{'': '', 'xml': _XML_NS}]
        self._new_decls = []
        self._prefix_map = {}
        self._preserve_space = [False]
        self._pending_start = None
        self._ignored_depth = 0
        self._root_seen = False
        self._root_done = False
        self._tags = []             # the output names of the open elements
        self._resolved_text = None

    # -- names --

    def _prefix_for(self, uri, need_prefix):
        if uri == _XML_NS:
            return 'xml'
        if self._rewrite:
            prefix = self._prefix_map.get(uri)
            if prefix is None:
                prefix = self._prefix_map[uri] = 'n%d' % len(self._prefix_map)
            return prefix
        if not uri:
            return ''
        for scope in reversed(self._in_scopes):
            for u, p in reversed(scope):
                if u == uri and (p or not need_prefix):
                    return p
        raise ValueError('Namespace "%s" is not declared in scope' % uri)

    def _declare(self, prefix, uri):
        if prefix == 'xml':
            return
        scope = self._out_scopes[-1]
        if scope.get(prefix) != uri:
            scope[prefix] = uri
            self._new_decls.append((prefix, uri))

    def _qname(self, clark, is_attr):
        if clark[:1] == '{':
            uri, local = clark[1:].rsplit('}', 1)
        else:
            uri, local = '', clark
        if is_attr and not uri:
            if self._rewrite:
                self._declare(self._prefix_for(uri, False), uri)
            return local
        prefix = self._prefix_for(uri, is_attr)
        self._declare(prefix, uri)
        return prefix + ':' + local if prefix else local

    def _resolve_prefix_name(self, prefixed_name):
        prefix, local = prefixed_name.split(':', 1)
        for scope in reversed(self._in_scopes):
            for u, p in reversed(scope):
                if p == prefix:
                    return '{%s}%s' % (u, local)
        raise ValueError('Prefix %s of QName "%s" is not declared in scope'
                         % (prefix, prefixed_name))

    # -- events --

    def data(self, data):
        if not self._ignored_depth:
            self._data.append(data)

    def _flush(self):
        data = ''.join(self._data)
        self._data = []
        if self._strip_text and not self._preserve_space[-1]:
            data = data.strip()
        if self._pending_start is not None:
            tag, attrs, aware = self._pending_start
            self._pending_start = None
            qname_text = None
            if aware and data and _is_prefixed_name(data):
                qname_text = self._resolve_prefix_name(data)
            self._start(tag, attrs, qname_text)
            if qname_text is not None:
                data = self._resolved_text
        if data:
            self._write(_escape_cdata_c14n(data))

    def start_ns(self, prefix, uri):
        if self._ignored_depth:
            return
        if self._data:
            self._flush()
        self._pending_ns.append((uri, prefix))

    def start(self, tag, attrs):
        if self._skip_tags is not None and (
                self._ignored_depth or tag in self._skip_tags):
            self._ignored_depth += 1
            self._pending_ns = []
            return
        if self._data or self._pending_start is not None:
            self._flush()
        self._in_scopes.append(self._pending_ns)
        self._pending_ns = []
        self._out_scopes.append(dict(self._out_scopes[-1]))
        space = attrs.get('{%s}space' % _XML_NS)
        self._preserve_space.append(
            space == 'preserve' if space is not None else self._preserve_space[-1])
        aware = self._qname_aware_tags is not None and tag in self._qname_aware_tags
        if aware:
            # The text may be a QName whose namespace the start tag declares.
            self._pending_start = (tag, attrs, True)
        else:
            self._start(tag, attrs, None)

    def _start(self, tag, attrs, qname_text):
        if self._skip_attrs is not None:
            attrs = {k: v for k, v in attrs.items() if k not in self._skip_attrs}
        names = [(tag, False)]
        names.extend((k, True) for k in attrs)
        value_qnames = {}
        if self._qname_aware_attrs is not None:
            for k, v in attrs.items():
                if k in self._qname_aware_attrs and _is_prefixed_name(v):
                    value_qnames[k] = self._resolve_prefix_name(v)
                    names.append((value_qnames[k], True))
        if qname_text is not None:
            names.append((qname_text, True))
        resolved = {}
        self._new_decls = []
        for name, is_attr in sorted(names, key=lambda x: x[0]):
            resolved[name, is_attr] = self._qname(name, is_attr)
        if qname_text is not None:
            self._resolved_text = resolved[qname_text, True]
        self._root_seen = True
        out = ['<', resolved[tag, False]]
        for prefix, uri in sorted(self._new_decls, key=lambda x: x[0]):
            if prefix:
                out.append(' xmlns:%s="%s"' % (prefix, _escape_attrib_c14n(uri)))
            else:
                out.append(' xmlns="%s"' % _escape_attrib_c14n(uri))

        def order(item):
            k = item[0]
            if k[:1] == '{':
                uri, local = k[1:].rsplit('}', 1)
                return uri, local
            return '', k
        for k, v in sorted(attrs.items(), key=order):
            if k in value_qnames:
                v = resolved[value_qnames[k], True]
            out.append(' %s="%s"' % (resolved[k, True], _escape_attrib_c14n(v)))
        out.append('>')
        self._write(''.join(out))
        self._tags.append(resolved[tag, False])

    def end(self, tag):
        if self._ignored_depth:
            self._ignored_depth -= 1
            return
        if self._data or self._pending_start is not None:
            self._flush()
        self._write('</%s>' % self._tags.pop())
        self._preserve_space.pop()
        self._out_scopes.pop()
        self._in_scopes.pop()
        if len(self._in_scopes) == 1:
            self._root_done = True

    def _single(self, text):
        if self._ignored_depth:
            return
        if self._data or self._pending_start is not None:
            self._flush()
        if self._root_done:
            self._write('\n' + text)
        elif self._root_seen:
            self._write(text)
        else:
            self._write(text + '\n')

    def comment(self, text):
        if self._with_comments:
            self._single('<!--%s-->' % text)

    def pi(self, target, data):
        self._single('<?%s %s?>' % (target, data) if data else '<?%s?>' % target)
