"""A small implementation of the W3C DOM Level 1 Core, with some of Level 2.

Nodes keep plain Python lists of children and explicit sibling links.
parse() and parseString() build a Document from the expat-compatible parser;
namespace information is worked out here from the xmlns attributes, so that
qualified names and attribute order survive exactly as written.
"""

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE,
                     XML_NAMESPACE, Node)

__all__ = ['parse', 'parseString', 'getDOMImplementation', 'Document',
           'Element', 'Text', 'Comment', 'CDATASection', 'Attr',
           'ProcessingInstruction', 'DocumentType', 'DocumentFragment',
           'NamedNodeMap', 'NodeList', 'EmptyNodeList', 'DOMImplementation']


class NodeList(list):
    """A list of nodes with the DOM's item() and length."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


class EmptyNodeList(tuple):
    """The immutable, empty child list of leaf nodes."""
    __slots__ = ()

    def item(self, index):
        return None

    @property
    def length(self):
        return 0


def _write_data(writer, data, attr=False):
    if data:
        data = (data.replace('&', '&amp;').replace('<', '&lt;')
                .replace('>', '&gt;'))
        if attr:
            data = (data.replace('"', '&quot;').replace('\r', '&#13;')
                    .replace('\n', '&#10;').replace('\t', '&#9;'))
        writer.write(data)


def _detach(node):
    # Take node out of its current parent, if it has one; report whether it had.
    parent = node.parentNode
    if parent is None:
        return False
    parent.removeChild(node)
    return True


def _unlink(old, new=None):
    # Fix the sibling links around a child taken out of its parent's list:
    # its neighbours now meet each other, or new where it replaced old.
    before, after = old.previousSibling, old.nextSibling
    if new is None:
        before_next, after_prev = after, before
    else:
        new.previousSibling, new.nextSibling = before, after
        before_next = after_prev = new
    if before is not None:
        before.nextSibling = before_next
    if after is not None:
        after.previousSibling = after_prev
    old.parentNode = old.previousSibling = old.nextSibling = None
    return old


def _value_alias(name):
    # nodeValue reads and writes the attribute that holds the node's content.
    return property(lambda self: getattr(self, name),
                    lambda self, value: setattr(self, name, value))


def _default_repr(self):
    return '<%s.%s object at %#x>' % (type(self).__module__,
                                      type(self).__name__, id(self))


class _Node(xml.dom.Node):
    """Behaviour shared by every node type."""

    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    nodeValue = None
    attributes = None
    childNodes = EmptyNodeList()
    _child_types = ()

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None,
                    standalone=None):
        if encoding is None:
            writer = io.StringIO()
        else:
            writer = io.TextIOWrapper(io.BytesIO(), encoding=encoding,
                                      errors='xmlcharrefreplace', newline='\n')
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, '', indent, newl, encoding, standalone)
        else:
            self.writexml(writer, '', indent, newl)
        if encoding is None:
            return writer.getvalue()
        writer.flush()
        return writer.buffer.getvalue()

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_childNodes(self):
        return self.childNodes

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _get_firstChild(self):
        return self.firstChild

    def _get_lastChild(self):
        return self.lastChild

    @property
    def localName(self):
        return None

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise xml.dom.HierarchyRequestErr(
                '%s cannot be child of %s' % (repr(node), repr(self)))

    def _no_children(self):
        raise xml.dom.HierarchyRequestErr(
            '%s nodes cannot have children' % self.nodeName)

    def insertBefore(self, newChild, refChild):
        if not self._child_types:
            self._no_children()
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        _detach(newChild)
        if refChild is None:
            self._append(newChild)
            return newChild
        index = self._index(refChild)
        self.childNodes.insert(index, newChild)
        newChild.nextSibling = refChild
        refChild.previousSibling = newChild
        prev = self.childNodes[index - 1] if index else None
        newChild.previousSibling = prev
        if prev is not None:
            prev.nextSibling = newChild
        newChild.parentNode = self
        return newChild

    def _index(self, child):
        for i, c in enumerate(self.childNodes):
            if c is child:
                return i
        raise xml.dom.NotFoundErr()

    def _append(self, node):
        children = self.childNodes
        if children:
            last = children[-1]
            node.previousSibling = last
            last.nextSibling = node
        else:
            node.previousSibling = None
        node.nextSibling = None
        children.append(node)
        node.parentNode = self

    def appendChild(self, node):
        if not self._child_types:
            self._no_children()
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        _detach(node)
        self._append(node)
        return node

    def replaceChild(self, newChild, oldChild):
        if not self._child_types:
            self._no_children()
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            ref = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, ref)
        self._check_child(newChild)
        if newChild is oldChild:
            return None
        index = self._index(oldChild)
        if _detach(newChild):
            # Removing newChild may have shifted oldChild's position.
            index = self._index(oldChild)
        self.childNodes[index] = newChild
        newChild.parentNode = self
        return _unlink(oldChild, newChild)

    def removeChild(self, oldChild):
        if not self._child_types:
            raise xml.dom.NotFoundErr()
        del self.childNodes[self._index(oldChild)]
        return _unlink(oldChild)

    def normalize(self):
        children = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if children and children[-1].nodeType == Node.TEXT_NODE:
                    children[-1].data = children[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            children.append(child)
        prev = None
        for child in children:
            child.previousSibling = prev
            if prev is not None:
                prev.nextSibling = child
            prev = child
        if prev is not None:
            prev.nextSibling = None
        self.childNodes[:] = children

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument)

    def isSupported(self, feature, version):
        return feature.lower() in ('core', 'xml') and version in (None, '', '1.0', '2.0')

    def isSameNode(self, other):
        return self is other

    def getUserData(self, key):
        return getattr(self, '_user_data', {}).get(key, (None, None))[0]

    def setUserData(self, key, data, handler):
        d = self.__dict__.setdefault('_user_data', {})
        old = d.get(key, (None, None))[0]
        if data is None:
            d.pop(key, None)
        else:
            d[key] = (data, handler)
        return old

    def unlink(self):
        # Break the reference cycles of the subtree so it can be freed early.
        self.parentNode = None
        self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        if self.childNodes:
            self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


def _clone(node, deep, doc):
    # A copy of node belonging to doc, with its subtree if deep.
    t = node.nodeType
    if t == Node.ELEMENT_NODE:
        clone = doc.createElementNS(node.namespaceURI, node.nodeName)
        for attr in node._attrs.values():
            uri = attr.namespaceURI
            clone.setAttributeNS(uri, attr.nodeName, attr.value)
            copied = clone.getAttributeNodeNS(uri, attr.localName)
            copied.specified = attr.specified
    elif t == Node.TEXT_NODE:
        clone = doc.createTextNode(node.data)
    elif t == Node.CDATA_SECTION_NODE:
        clone = doc.createCDATASection(node.data)
    elif t == Node.COMMENT_NODE:
        clone = doc.createComment(node.data)
    elif t == Node.PROCESSING_INSTRUCTION_NODE:
        clone = doc.createProcessingInstruction(node.target, node.data)
    elif t == Node.DOCUMENT_FRAGMENT_NODE:
        clone = doc.createDocumentFragment()
    elif t == Node.ATTRIBUTE_NODE:
        clone = doc.createAttributeNS(node.namespaceURI, node.nodeName)
        clone.value = node.value
        clone.specified = True
        return clone
    elif t == Node.DOCUMENT_TYPE_NODE:
        clone = DocumentType(node.name)
        clone.publicId = node.publicId
        clone.systemId = node.systemId
        clone.internalSubset = node.internalSubset
        clone.ownerDocument = doc
    elif t == Node.DOCUMENT_NODE:
        clone = Document()
        for child in node.childNodes:
            clone.appendChild(_clone(child, True, clone)) if deep else None
        return clone
    else:
        raise xml.dom.NotSupportedErr('Cannot clone node %s' % repr(node))
    if deep and t in (Node.ELEMENT_NODE, Node.DOCUMENT_FRAGMENT_NODE):
        for child in node.childNodes:
            clone.appendChild(_clone(child, True, doc))
    return clone


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'
    _child_types = (Node.ELEMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                    Node.ENTITY_REFERENCE_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                    Node.COMMENT_NODE, Node.NOTATION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(_Node):
    """An attribute node; its value is a plain string."""
    nodeType = Node.ATTRIBUTE_NODE
    specified = False
    ownerElement = None
    _is_id = False

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self._local = localName
        self.value = ''

    nodeValue = _value_alias('value')

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.nodeName.split(':', 1)[-1]

    @property
    def prefix(self):
        return self._prefix

    @property
    def isId(self):
        return self._is_id

    @property
    def schemaType(self):
        return None

    __repr__ = _default_repr


class NamedNodeMap:
    """The attributes of an element, by qualified name and by namespace."""
    __slots__ = ('_attrs', '_ownerElement')

    def __init__(self, attrs, ownerElement):
        self._attrs = attrs
        self._ownerElement = ownerElement

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(a.nodeName, a.value) for a in self._attrs.values()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value)
                for a in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return [(a.namespaceURI, a.localName) for a in self._attrs.values()]

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._attrs
        return any((a.namespaceURI, a.localName) == key
                   for a in self._attrs.values())

    def __getitem__(self, name):
        if isinstance(name, tuple):
            for a in self._attrs.values():
                if (a.namespaceURI, a.localName) == name:
                    return a
            raise KeyError(name)
        return self._attrs[name]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._ownerElement.setAttribute(name, value)
        else:
            self.setNamedItem(value)

    def __delitem__(self, name):
        self.removeNamedItem(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if (a.namespaceURI, a.localName) == (namespaceURI, localName):
                return a
        return None

    def _remove(self, attr):
        if attr is None:
            raise xml.dom.NotFoundErr()
        self._ownerElement.removeAttributeNode(attr)
        return attr

    def removeNamedItem(self, name):
        return self._remove(self._attrs.get(name))

    def removeNamedItemNS(self, namespaceURI, localName):
        return self._remove(self.getNamedItemNS(namespaceURI, localName))

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise xml.dom.HierarchyRequestErr(
                '%s cannot be child of %s' % (repr(node), repr(self)))
        return self._ownerElement.setAttributeNode(node)

    setNamedItemNS = setNamedItem


AttributeList = NamedNodeMap


class Element(_Node):
    """An element node with attributes and children."""
    nodeType = Node.ELEMENT_NODE
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                    Node.COMMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                    Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self._local = localName
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def prefix(self):
        return self._prefix

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.tagName.split(':', 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self)

    def _get_attributes(self):
        return self.attributes

    def _get_tagName(self):
        return self.tagName

    def _get_localName(self):
        return self.localName

    def __repr__(self):
        return '<DOM Element: %s at %#x>' % (self.tagName, id(self))

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ''

    def getAttributeNS(self, namespaceURI, localName):
        attr = self.getAttributeNodeNS(namespaceURI, localName)
        return attr.value if attr is not None else ''

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = self._adopt_new(Attr(attname))
        attr.value = value
        attr.specified = True

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        attr = self.getAttributeNodeNS(namespaceURI, local)
        if attr is None:
            attr = self._adopt_new(Attr(qualifiedName, namespaceURI, local, prefix))
        else:
            if attr.nodeName != qualifiedName:
                del self._attrs[attr.nodeName]
                attr.name = attr.nodeName = qualifiedName
                attr._prefix = prefix
                self._attrs[qualifiedName] = attr
        attr.value = value
        attr.specified = True

    def _adopt_new(self, attr):
        # Give a freshly made Attr to this element, under its qualified name.
        attr.ownerDocument = self.ownerDocument
        attr.ownerElement = self
        self._attrs[attr.name] = attr
        return attr

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a
        return None

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr('attribute node already owned')
        old = self._attrs.get(attr.name)
        if old is attr:
            return None
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        if old is not None:
            old.ownerElement = None
        return old

    setAttributeNodeNS = setAttributeNode

    # removeAttributeNode() raises NotFoundErr for a missing (None) node.
    def removeAttribute(self, name):
        self.removeAttributeNode(self._attrs.get(name))

    def removeAttributeNS(self, namespaceURI, localName):
        self.removeAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise xml.dom.NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self.getAttributeNodeNS(namespaceURI, localName) is not None

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or self._attrs.get(idAttr.name) is not idAttr:
            raise xml.dom.NotFoundErr()
        idAttr._is_id = True

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, attr.value, True)
            writer.write('"')
        children = self.childNodes
        if children:
            writer.write('>')
            if len(children) == 1 and children[0].nodeType in (
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
                children[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in children:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write('</%s>%s' % (self.tagName, newl))
        else:
            writer.write('/>%s' % newl)


def _split_qname(name):
    if ':' in name:
        prefix, local = name.split(':', 1)
        return prefix, local
    return None, name


def _elements_matching(parent, match, out):
    # Append the descendant elements for which match(node) holds, in
    # document order.
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if match(node):
                out.append(node)
            _elements_matching(node, match, out)
    return out


def _elements_by_tag(parent, name, out):
    return _elements_matching(
        parent, lambda node: name == '*' or node.tagName == name, out)


def _elements_by_tag_ns(parent, nsURI, localName, out):
    return _elements_matching(
        parent, lambda node: ((localName == '*' or node.localName == localName)
                              and (nsURI == '*' or node.namespaceURI == nsURI)),
        out)


class _CharacterData(_Node):
    """Text-like nodes: data, length and the DOM's string editing methods."""

    def __init__(self, data=''):
        self.data = data

    nodeValue = _value_alias('data')

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = '...' if len(data) > 10 else ''
        return '<DOM %s node "%r%s">' % (type(self).__name__, data[0:10], dots)

    def _check_offset(self, offset, count=0):
        if offset < 0:
            raise xml.dom.IndexSizeErr('offset cannot be negative')
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr('offset cannot be beyond end of data')
        if count < 0:
            raise xml.dom.IndexSizeErr('count cannot be negative')

    def substringData(self, offset, count):
        self._check_offset(offset, count)
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self._check_offset(offset)
        if arg:
            self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        self._check_offset(offset, count)
        if count:
            self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_offset(offset, count)
        if count:
            self.data = self.data[:offset] + arg + self.data[offset + count:]


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = '#text'

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr('illegal offset value')
        tail = self.__class__()
        tail.data = self.data[offset:]
        tail.ownerDocument = self.ownerDocument
        if self.parentNode is not None:
            self.parentNode.insertBefore(tail, self.nextSibling)
        self.data = self.data[:offset]
        return tail

    def writexml(self, writer, indent='', addindent='', newl=''):
        _write_data(writer, '%s%s%s' % (indent, self.data, newl))

    def _adjacent_text(self, direction):
        # The run of text and CDATA siblings on one side, nearest first; the
        # next one is looked up before yielding, so callers may remove each.
        n = getattr(self, direction)
        while n is not None and n.nodeType in (Node.TEXT_NODE,
                                               Node.CDATA_SECTION_NODE):
            following = getattr(n, direction)
            yield n
            n = following

    @property
    def wholeText(self):
        before = [n.data for n in self._adjacent_text('previousSibling')]
        after = [n.data for n in self._adjacent_text('nextSibling')]
        return ''.join(before[::-1] + [self.data] + after)

    def replaceWholeText(self, content):
        parent = self.parentNode
        for direction in ('previousSibling', 'nextSibling'):
            for n in self._adjacent_text(direction):
                parent.removeChild(n)
        self.data = content
        if not content:
            parent.removeChild(self)
            return None
        return self

    @property
    def isWhitespaceInElementContent(self):
        return False


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if ']]>' in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write('<![CDATA[%s]]>' % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = '#comment'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write('%s<!--%s-->%s' % (indent, self.data, newl))


class ProcessingInstruction(_Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    nodeValue = _value_alias('data')

    __repr__ = _default_repr

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('%s<?%s %s?>%s' % (indent, self.target, self.data, newl))


class DocumentType(_Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = NamedNodeMap({}, self)
        self.notations = NamedNodeMap({}, self)
        if qualifiedName:
            prefix, local = _split_qname(qualifiedName)
            self.name = local if prefix is None else qualifiedName
        self.nodeName = self.name

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('<!DOCTYPE ')
        writer.write(self.name)
        if self.publicId:
            writer.write("{0}  PUBLIC '{1}'{0}  '{2}'".format(
                newl, self.publicId, self.systemId))
        elif self.systemId:
            writer.write("{}  SYSTEM '{}'".format(newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(' [')
            writer.write(self.internalSubset)
            writer.write(']')
        writer.write('>' + newl)

    __repr__ = _default_repr


class DOMImplementation:
    """Factory for documents and document types."""

    _features = [('core', '1.0'), ('core', '2.0'), ('core', None),
                 ('xml', '1.0'), ('xml', '2.0'), ('xml', None),
                 ('ls-load', '3.0'), ('ls-load', None)]

    def hasFeature(self, feature, version):
        if version == '':
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr(
                'doctype object owned by another DOM tree')
        doc = Document()
        add_root_element = not (namespaceURI is None and qualifiedName is None
                                and doctype is None)
        if not qualifiedName and add_root_element:
            raise xml.dom.InvalidCharacterErr('Element with no name')
        if add_root_element:
            prefix, local = _split_qname(qualifiedName)
            if prefix == 'xml' and namespaceURI != XML_NAMESPACE:
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise xml.dom.NamespaceErr(
                    'illegal use of prefix without namespaces')
            root = doc.createElementNS(namespaceURI, qualifiedName)
            if doctype:
                doc.appendChild(doctype)
            doc.appendChild(root)
        if doctype:
            doctype.ownerDocument = doc
            doctype.parentNode = doc
        doc.doctype = doctype
        doc.implementation = self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(_Node):
    """The root of a DOM tree; also the factory for its nodes."""
    nodeType = Node.DOCUMENT_NODE
    nodeName = '#document'
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    documentURI = None
    doctype = None
    _child_types = (Node.ELEMENT_NODE, Node.COMMENT_NODE,
                    Node.PROCESSING_INSTRUCTION_NODE, Node.DOCUMENT_TYPE_NODE)
    implementation = DOMImplementation()

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def _get_documentElement(self):
        return self.documentElement

    def appendChild(self, node):
        self._check_child(node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr('two document elements disallowed')
        return _Node.appendChild(self, node)

    def insertBefore(self, newChild, refChild):
        self._check_child(newChild)
        if newChild.nodeType == Node.ELEMENT_NODE and \
                self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr('two document elements disallowed')
        return _Node.insertBefore(self, newChild, refChild)

    def removeChild(self, oldChild):
        _Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def _own_text(self, cls, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        return self._own(cls(data))

    def createTextNode(self, data):
        return self._own_text(Text, data)

    def createCDATASection(self, data):
        return self._own_text(CDATASection, data)

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix, local))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Attr(qualifiedName, namespaceURI, local, prefix))

    def getElementById(self, id):
        for elem in _elements_by_tag(self, '*', []):
            for attr in elem._attrs.values():
                if attr._is_id and attr.value == id:
                    return elem
        return None

    def getElementsByTagName(self, name):
        return _elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def importNode(self, node, deep):
        if node.nodeType in (Node.DOCUMENT_NODE, Node.DOCUMENT_TYPE_NODE):
            raise xml.dom.NotSupportedErr('cannot import document nodes')
        return _clone(node, deep, self)

    def cloneNode(self, deep):
        return _clone(self, deep, None)

    def unlink(self):
        self.doctype = None
        _Node.unlink(self)

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None,
                 standalone=None):
        declaration = ''
        if encoding is not None:
            declaration += ' encoding="%s"' % encoding
        if standalone is not None:
            declaration += ' standalone="%s"' % ('yes' if standalone else 'no')
        writer.write('<?xml version="1.0"%s?>%s'
                     % (declaration or ' ', newl))
        for child in self.childNodes:
            child.writexml(writer, indent, addindent, newl)

    def renameNode(self, n, namespaceURI, name):
        raise NotImplementedError('xml.dom.minidom.Document.renameNode is not '
                                  'supported')


def getDOMImplementation(features=None):
    """Return the minidom DOMImplementation."""
    if features:
        if isinstance(features, str):
            features = [tuple(f.split()) + (None,) for f in features.split(',')]
        for f in features:
            if not Document.implementation.hasFeature(f[0], f[1]):
                return None
    return Document.implementation


class _Builder:
    """Builds a Document from the events of an expat parser."""

    def __init__(self):
        from xml.parsers import expat
        self.document = doc = Document()
        self.current = doc
        self.ns_stack = [{'xml': XML_NAMESPACE}]
        p = self.parser = expat.ParserCreate()
        p.buffer_text = True
        p.ordered_attributes = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.chars
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata
        p.StartDoctypeDeclHandler = self.start_doctype
        p.EndDoctypeDeclHandler = self.end_doctype
        p.XmlDeclHandler = self.xml_decl
        self.in_cdata = False
        self.in_dtd = False

    def xml_decl(self, version, encoding, standalone):
        doc = self.document
        doc.version = version
        doc.encoding = encoding
        doc.standalone = None if standalone < 0 else bool(standalone)

    def start_doctype(self, name, system, public, has_internal):
        dt = self.document.implementation.createDocumentType(name, public, system)
        dt.ownerDocument = self.document
        self.document.appendChild(dt)
        self.document.doctype = dt
        self.in_dtd = True

    def end_doctype(self):
        self.document.doctype.internalSubset = self.parser._internal_subset
        self.in_dtd = False

    def start(self, name, attrs):
        scope = self.ns_stack[-1]
        pairs = [(attrs[i], attrs[i + 1]) for i in range(0, len(attrs), 2)]
        for aname, value in pairs:
            if aname == 'xmlns' or aname.startswith('xmlns:'):
                if scope is self.ns_stack[-1]:
                    scope = dict(scope)
                scope[aname[6:] or None] = value or None
        self.ns_stack.append(scope)
        prefix, local = _split_qname(name)
        uri = scope.get(prefix)
        elem = Element(name, uri, prefix, local)
        elem.ownerDocument = self.document
        for aname, value in pairs:
            aprefix, alocal = _split_qname(aname)
            if aname == 'xmlns':
                auri, alocal = XMLNS_NAMESPACE, 'xmlns'
            elif aprefix == 'xmlns':
                auri = XMLNS_NAMESPACE
            elif aprefix is not None:
                auri = scope.get(aprefix)
            else:
                auri = None
            attr = elem._adopt_new(Attr(aname, auri, alocal, aprefix))
            attr.value = value
            attr.specified = True
        self.current._append(elem)
        self.current = elem

    def end(self, name):
        self.ns_stack.pop()
        self.current = self.current.parentNode

    def chars(self, data):
        node = (CDATASection if self.in_cdata else Text)(data)
        self.current._append(self.document._own(node))

    def start_cdata(self):
        self.in_cdata = True

    def end_cdata(self):
        self.in_cdata = False

    def _misc(self, node):
        # Comments and PIs inside the DTD are not part of the tree.
        self.document._own(node)
        if not self.in_dtd:
            self.current._append(node)

    def comment(self, data):
        self._misc(Comment(data))

    def pi(self, target, data):
        self._misc(ProcessingInstruction(target, data))


def parse(file, parser=None, bufsize=None):
    """Parse a file name or file object into a Document."""
    if parser is not None:
        raise NotImplementedError('xml.dom.minidom.parse with a SAX parser '
                                  'is not supported')
    builder = _Builder()
    if isinstance(file, str) or hasattr(file, '__fspath__'):
        with open(file, 'rb') as f:
            builder.parser.ParseFile(f)
    else:
        builder.parser.ParseFile(file)
    return builder.document


def parseString(string, parser=None):
    """Parse a document held in a string or bytes into a Document."""
    if parser is not None:
        raise NotImplementedError('xml.dom.minidom.parseString with a SAX '
                                  'parser is not supported')
    builder = _Builder()
    builder.parser.Parse(string, True)
    return builder.document
