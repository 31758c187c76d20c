"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique."""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
           'pickle_by_enum_name']

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


class property(__builtins__['property'] if isinstance(__builtins__, dict)
               else __builtins__.property):
    """A property usable on enum members (names and values shadow class attributes)."""

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
    # Two's complement binary with the sign bit apart: 8 -> '0b0 1000', -1 -> '0b1 1'.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = __builtins_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = __builtins_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


__builtins_bin = bin


class FlagBoundary:
    pass


STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'
CONTINUOUS = 'no skipped integer values'
NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
UNIQUE = 'one name per value'
EnumCheck = str


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class _EnumDict(dict):
    """Track enum member order and refuse duplicate names."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
            elif key == '_generate_next_value_':
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
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = self._generate_next_value or _generate_next_value_default
                    value.value = gen(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if isinstance(v, auto) else v for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


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
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
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
        members = {name: classdict[name] for name in member_names}
        ns = dict(classdict)
        for name in member_names:
            del ns[name]
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ns['_member_type_'] = member_type
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
            enum_class._flag_mask_ = 0
            for m in enum_class._member_map_.values():
                enum_class._flag_mask_ |= m._value_
            enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1
        return enum_class

    def _add_member_(cls, name, value, new, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if member_type is object:
            enum_member = new(cls) if new is object.__new__ else new(cls, *args)
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
        if '__init__' in cls.__dict__ or any('__init__' in b.__dict__ for b in cls.__mro__[1:]
                                              if isinstance(b, EnumType) and b is not Enum):
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
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
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
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

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
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Enum = None
Flag = None


def _is_single_bit(num):
    if not isinstance(num, int) or num == 0:
        return False
    num &= num - 1
    return num == 0


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

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
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
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
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name',
                           'value'] + [m for m in self.__class__.__dict__ if m[0] != '_']))

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
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

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
    """Support for flags: members combine with |, &, ^ and ~."""

    _generate_next_value_ = staticmethod(_flag_generate_next_value)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        if value < 0:
            value = max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
        if value & ~flag_mask and not issubclass(cls, int):
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, value, _bits(value, max_bits), _bits(flag_mask, max_bits)))
        pseudo_member = (cls._member_type_.__new__(cls, value) if cls._member_type_ is not object
                         else object.__new__(cls))
        pseudo_member._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        if value and value & ~flag_mask:
            pseudo_member._name_ = None
        else:
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
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

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
        return self.__class__(self._flag_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

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

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator


def global_enum(cls, update_str=False):
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
