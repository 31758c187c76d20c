"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique."""

import sys
import types

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
           'pickle_by_enum_name', 'EnumDict', 'global_enum_repr', 'global_flag_repr',
           'global_str']


class _AutoNull:
    """Marks an auto() whose value is still to be generated."""

    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder for a member value that _generate_next_value_ fills in."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    """Forces the wrapped value to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps the wrapped value from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(types.DynamicClassAttribute):
    """A property usable on enum members: on the class itself it is absent, so a
    member may share its name (e.g. a member called 'name')."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))
        return self.fget(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("%r cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("%r cannot delete attribute %r" % (self.clsname, self.name))


def _bits(num, max_bits=None):
    # Two's complement binary with the sign bit apart: 8 -> '0b0 1000', -1 -> '0b1 1';
    # max_bits widens the digits by repeating the sign bit.
    width = num.bit_length()
    sign_bit = '1' if num < 0 else '0'
    digits = format(num % (1 << width), '0%db' % width) if width else ''
    if max_bits is not None:
        digits = digits.rjust(max_bits, sign_bit)
    return '0b%s %s' % (sign_bit, digits)


# Replaced by members of the FlagBoundary and EnumCheck enums (equal strings) at the end.
STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'
CONTINUOUS = 'no skipped integer values'
NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
UNIQUE = 'one name per value'


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


# The _sunder_ names an enum class body may define.
_SUNDER_ALLOWED = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_', '_add_alias_',
    '_add_value_alias_'))


def _is_nested_class(cls_name, obj):
    """Whether obj is a class defined inside the body of the enum cls_name (such a
    class stays a plain attribute, not a member)."""
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    inner = f"{cls_name}.{getattr(obj, '__name__', '')}"
    return qualname == inner or qualname.endswith('.' + inner)


class EnumDict(dict):
    """Namespace of an enum class body: records member names in definition order and
rejects a name defined twice."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if (key not in _SUNDER_ALLOWED and not key.startswith('_repr_')
                    and self.get('__module__') != __name__):
                raise ValueError('_sunder_ names, such as %r, are reserved for future '
                                 'Enum use' % (key,))
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
            elif key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        elif _is_nested_class(self._cls_name, value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._auto_value(key, value)
                self._last_values.append(value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                # Each auto() in the tuple counts as a value of its own.
                items = []
                for v in value:
                    if isinstance(v, auto):
                        v = self._auto_value(key, v)
                        self._last_values.append(v)
                    items.append(v)
                value = type(value)(items)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)


    def _auto_value(self, key, item):
        if item.value is _auto_null:
            gen = self._generate_next_value or _generate_next_value_default
            item.value = gen(key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        return item.value


def _generate_next_value_default(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last_value = sorted(last_values).pop()
    except TypeError:
        raise TypeError('unable to sort non-numeric values') from None
    try:
        return last_value + 1
    except TypeError:
        raise TypeError('unable to increment %r' % (last_value,)) from None


class EnumType(type):
    """The type of enum classes: builds the members, and gives the class len(),
iteration, containment and lookup by name (Color['RED']) or value (Color(1))."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = EnumDict()
        enum_dict._cls_name = cls
        for base in bases:
            gen = getattr(base, '_generate_next_value_', None)
            if gen is not None:
                enum_dict._generate_next_value = gen
                break
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        member_names = list(classdict._member_names)
        invalid = [name for name in member_names if name in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(n) for n in invalid))
        members = {name: classdict[name] for name in member_names}
        ns = dict(classdict)
        for name in member_names:
            del ns[name]
        order = ns.pop('_order_', None)
        for name in classdict._ignore:
            ns.pop(name, None)
        ns.pop('_ignore_', None)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        # The data type members are instances of (object if none), and the enum base.
        mixins = metacls._get_mixins_(cls, bases)
        member_type, first_enum = mixins
        ns['_member_type_'] = member_type
        if (member_type is object and ReprEnum is not None
                and any(issubclass(b, ReprEnum) for b in bases if isinstance(b, EnumType))):
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        if '_value_repr_' not in ns and hasattr(member_type, '__dataclass_fields__'):
            ns['_value_repr_'] = _dataclass_repr
        if '_value_repr_' not in ns and member_type is not object:
            # Values are shown the way the data type shows its own instances.
            for klass in member_type.__mro__:
                if klass is object:
                    break
                if '__repr__' in klass.__dict__:
                    ns['_value_repr_'] = klass.__dict__['__repr__']
                    break
        ns.setdefault('_new_member_', None)
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        new = ns.get('__new__')
        if new is None:
            for base in bases:
                for klass in base.__mro__:
                    if '__new_member__' in klass.__dict__:
                        new = klass.__dict__['__new_member__']
                        break
                    if klass is not object and klass is not Enum and '__new__' in klass.__dict__ \
                            and not isinstance(klass, EnumType):
                        new = klass.__dict__['__new__']
                        break
                if new is not None:
                    break
        if new is None:
            new = object.__new__ if member_type is object else member_type.__new__
        if isinstance(new, staticmethod):
            new = new.__func__
        for name, value in members.items():
            enum_class._add_member_(name, value, new, member_type)
        if Enum is not None and '__new__' in ns:
            enum_class.__new_member__ = ns['__new__']
        if Enum is not None:
            enum_class.__new__ = Enum.__dict__['__new__']
            # A data-type mixin (int, str) must not supply repr/str/format: the enum's own
            # methods win unless this class defines them.
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    setattr(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            singles = mask = 0
            for m in enum_class._member_map_.values():
                if _is_single_bit(m._value_):
                    singles |= m._value_
                # Aliases may name bits no single-bit member has; they still count.
                mask |= m._value_
            enum_class._singles_mask_ = singles
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1
            if boundary is not None:
                enum_class._boundary_ = boundary
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if Flag is not None and issubclass(enum_class, Flag):
                # Multi-bit aliases are not iterated, so they drop out of the check.
                order = [name for name in order
                         if name not in enum_class._member_map_
                         or name in enum_class._member_names_]
            if list(order) != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, list(order)))
        return enum_class

    def _add_member_(cls, name, value, new, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new is object.__new__:
            enum_member = new(cls)
        else:
            enum_member = new(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(cls._member_names_)
        init = type(enum_member).__init__
        own_init = init not in (object.__init__, Enum.__init__, member_type.__init__)
        # A mixed-in class built by object.__new__ (a dataclass, say) still needs its
        # own __init__ to set its fields.
        if own_init or (new is object.__new__ and member_type is not object):
            enum_member.__init__(*args)
        # Aliases: the same value as an existing member.
        canonical = None
        for other in cls._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
        if canonical is not None:
            cls._member_map_[name] = canonical
        else:
            # Multi-bit flag members are aliases: reachable by name, not iterated.
            if Flag is None or not issubclass(cls, Flag) or _is_single_bit(value):
                cls._member_names_.append(name)
            cls._member_map_[name] = enum_member
            try:
                cls._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                pass
        for klass in cls.__mro__[1:]:
            shadowed = klass.__dict__.get(name)
            if shadowed is not None:
                break
        if isinstance(shadowed, property):
            # A member named like an enum property ('name', 'value'): the class
            # attribute gives the member, the instance attribute stays the property.
            redirect = property(shadowed.fget, shadowed.fset, shadowed.fdel, shadowed.__doc__)
            redirect.name = name
            redirect.clsname = cls
            redirect.member = cls._member_map_[name]
            type.__setattr__(cls, name, redirect)
        else:
            type.__setattr__(cls, name, cls._member_map_[name])

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        member_type = object
        first_enum = bases[-1]
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if '__new__' in base.__dict__ or '__init__' in base.__dict__ or \
                        base in (int, str, float, tuple, bytes):
                    member_type = base
                    break
        return member_type, first_enum

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif isinstance(names, dict):
            names = list(names.items())
        for item in names:
            # A mapping gives names (look their values up); otherwise (name, value) pairs.
            key, value = (item, names[item]) if isinstance(item, str) else item
            body[key] = value
        if module is None:
            try:
                caller = sys._getframe(2)
            except (AttributeError, ValueError):
                caller = None
            if caller is not None:
                module = caller.f_globals.get('__name__')
        if module is not None:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return any(m._value_ == value for m in cls._member_map_.values())

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @__builtins__['property'] if isinstance(__builtins__, dict) else __builtins__.property
    def __members__(cls):
        return types.MappingProxyType(cls._member_map_)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__',
                 '__qualname__'}
        names.update(cls._member_names_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        if name in vars(cls).get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
ReprEnum = None


def _dataclass_repr(value):
    """How a member mixed with a dataclass shows its value: x=0, y=0."""
    fields = value.__dataclass_fields__
    return ', '.join('%s=%r' % (name, getattr(value, name))
                     for name, f in fields.items() if f.repr)
_EnumDict = EnumDict
Enum = None
Flag = None


def _is_single_bit(num):
    if not isinstance(num, int) or num == 0:
        return False
    num &= num - 1
    return num == 0


class Enum(metaclass=EnumType):
    """Base class of enumerations: each class attribute defined in the body becomes
a member, an instance with a .name and a .value."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        else:
            exc = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        invalid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise invalid
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = invalid
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _generate_next_value_default(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        cls = self.__class__
        show = cls._value_repr_ or repr
        return "<%s.%s: %s>" % (cls.__name__, self._name_, show(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is not object:
            return sorted(object.__dir__(self))
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        members = self.__class__._member_map_
        for klass in self.__class__.__mro__:
            if isinstance(klass, EnumType) and klass is not Enum:
                names.update(k for k in klass.__dict__
                             if k[0] != '_' and k not in members)
        names.update(k for k in self.__dict__ if k[0] != '_')
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name, as written in the class body."""
        return self._name_

    @property
    def value(self):
        """The value the member was defined with."""
        return self._value_


class ReprEnum(Enum):
    """Base for enums mixed with a data type: repr() is the enum's, while str() and
format() are those of the data type."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """An Enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _flag_generate_next_value(name, start, count, last_values):
    if not count:
        return start if start is not None else 1
    last_value = max(last_values)
    try:
        high_bit = last_value.bit_length() - 1
    except Exception:
        raise TypeError('invalid flag value %r' % last_value) from None
    return 2 ** (high_bit + 1)


class Flag(Enum):
    """An Enum of bit values: members combine with |, &, ^ and ~ into other
Flag values."""

    _generate_next_value_ = staticmethod(_flag_generate_next_value)

    _numeric_repr_ = repr

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        # In range means ~all_bits <= value <= all_bits, with no bit that no
        # member defines; outside it the boundary decides.
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary == STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bits(value, max_bits), _bits(flag_mask, max_bits)))
            if boundary == CONFORM:
                value &= flag_mask
            elif boundary == EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            value = all_bits + 1 + value
        extra = value & ~flag_mask
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        data_type = cls._member_type_
        if data_type is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = data_type.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        if names and extra:
            names.append(cls._numeric_repr_(extra))
        pseudo_member._name_ = '|'.join(names) if names else None
        pseudo_member._sort_order_ = -1
        return cls._value2member_map_.setdefault(value, pseudo_member)

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls = self.__class__
        shown = (cls._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (cls.__name__, shown)
        return "<%s.%s: %s>" % (cls.__name__, self._name_, shown)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            return self.__class__(self._value_ | other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            return self.__class__(self._value_ & other)
        return Flag.__and__(self, other)

    def __xor__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            return self.__class__(self._value_ ^ other)
        return Flag.__xor__(self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: raise ValueError if any two members of the enum share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def _check_unique(enumeration):
    aliases = ['%s -> %s' % (name, member.name)
               for name, member in enumeration.__members__.items() if name != member.name]
    if aliases:
        raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))


def _check_continuous(enumeration):
    is_flag = issubclass(enumeration, Flag)
    values = set(m._value_ for m in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if is_flag:
        # Every bit between the lowest and the highest one must be named.
        missing = [2 ** i for i in range(low.bit_length() - 1, high.bit_length() - 1)
                   if 2 ** i not in values]
    else:
        missing = [i for i in range(low + 1, high) if i not in values]
    if missing:
        raise ValueError('invalid %s %r: missing values %s' % (
            'flag' if is_flag else 'enum', enumeration.__name__,
            ', '.join(str(v) for v in missing)))


def _check_named_flags(enumeration):
    named = 0
    for m in enumeration:
        named |= m._value_
    names = []
    missing = 0
    for name, m in enumeration.__members__.items():
        if name in enumeration._member_names_ or name != m._name_:
            continue
        lacking = m._value_ & ~named
        if lacking:
            names.append(name)
            missing |= lacking
    if not names:
        return
    if len(names) == 1:
        alias = 'alias %s is missing' % names[0]
    else:
        alias = 'aliases %s and %s are missing' % (', '.join(names[:-1]), names[-1])
    if _is_single_bit(missing):
        value = 'value 0x%x' % missing
    else:
        value = 'combined values of 0x%x' % missing
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, alias, value))


def verify(*checks):
    """Class decorator checking the given EnumCheck properties of an enumeration."""
    def decorator(enumeration):
        for check in checks:
            if check == UNIQUE:
                _check_unique(enumeration)
            elif check == CONTINUOUS:
                _check_continuous(enumeration)
            elif check == NAMED_FLAGS:
                if issubclass(enumeration, Flag):
                    _check_named_flags(enumeration)
            else:
                raise TypeError('unknown enum check: %r' % (check,))
        return enumeration
    return decorator


def show_flag_values(value):
    """The powers of two whose sum is value (a non-negative int or a flag)."""
    if isinstance(value, Enum):
        value = value.value
    return [1 << i for i in range(value.bit_length()) if value >> i & 1]


def _module_tail(cls):
    return cls.__module__.rsplit('.', 1)[-1]


def global_enum_repr(self):
    """repr() of a member exported to module level: module.NAME."""
    return '%s.%s' % (_module_tail(self.__class__), self._name_)


def global_flag_repr(self):
    """repr() of an exported flag: module.A|module.B, numbers left bare."""
    module = _module_tail(self.__class__)
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    parts = []
    for name in self._name_.split('|'):
        parts.append(name if name[0].isdigit() else '%s.%s' % (module, name))
    return '|'.join(parts)


def global_str(self):
    """str() of an exported member: its bare name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Export the members to the module's namespace and make repr() name them there."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    vars(sys.modules[cls.__module__]).update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """How a Flag treats values with bits no member names."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


globals().update(FlagBoundary.__members__)  # STRICT, CONFORM, EJECT, KEEP


class EnumCheck(StrEnum):
    """Properties verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


globals().update(EnumCheck.__members__)  # CONTINUOUS, NAMED_FLAGS, UNIQUE

Flag._boundary_ = STRICT
IntFlag._boundary_ = KEEP
