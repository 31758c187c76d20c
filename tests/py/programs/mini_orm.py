"""A miniature ORM: metaclass with __prepare__, field descriptors, __set_name__,
__class_getitem__, query building with operator overloading, __missing__, __format__."""
import itertools
import operator
from collections import OrderedDict


class Field:
    _counter = itertools.count()
    py_type = object

    def __init__(self, *, default=None, nullable=True, primary=False):
        self.default = default
        self.nullable = nullable
        self.primary = primary
        self.order = next(Field._counter)

    def __set_name__(self, owner, name):
        self.name = name
        self.column = name.lower()

    def __get__(self, obj, cls=None):
        if obj is None:
            return Column(self)
        return obj._values.get(self.name, self.default)

    def __set__(self, obj, value):
        if value is None and not self.nullable:
            raise ValueError(f"{self.name} cannot be NULL")
        if value is not None and not isinstance(value, self.py_type):
            raise TypeError(f"{self.name} expects {self.py_type.__name__}, got {type(value).__name__}")
        obj._values[self.name] = value

    def sql_type(self):
        return type(self).__name__.replace("Field", "").upper()


class IntField(Field):
    py_type = int


class TextField(Field):
    py_type = str


class RealField(Field):
    py_type = (int, float)

    def sql_type(self):
        return "REAL"


class Column:
    def __init__(self, field):
        self.field = field

    def _cmp(self, op, value):
        return Condition(self.field.column, op, value)

    def __eq__(self, v): return self._cmp("=", v)
    def __ne__(self, v): return self._cmp("!=", v)
    def __lt__(self, v): return self._cmp("<", v)
    def __le__(self, v): return self._cmp("<=", v)
    def __gt__(self, v): return self._cmp(">", v)
    def __ge__(self, v): return self._cmp(">=", v)
    __hash__ = None


PY_OPS = {"=": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
          ">": operator.gt, ">=": operator.ge}


class Condition:
    def __init__(self, column, op, value, children=None):
        self.column, self.op, self.value, self.children = column, op, value, children

    def __and__(self, other): return Condition(None, "AND", None, (self, other))
    def __or__(self, other): return Condition(None, "OR", None, (self, other))
    def __invert__(self): return Condition(None, "NOT", None, (self,))

    def sql(self):
        if self.op == "NOT":
            return f"NOT ({self.children[0].sql()})"
        if self.children:
            return "(" + f" {self.op} ".join(c.sql() for c in self.children) + ")"
        return f"{self.column} {self.op} {self.value!r}"

    def matches(self, row):
        if self.op == "NOT":
            return not self.children[0].matches(row)
        if self.op == "AND":
            return all(c.matches(row) for c in self.children)
        if self.op == "OR":
            return any(c.matches(row) for c in self.children)
        v = row.get(self.column)
        return v is not None and PY_OPS[self.op](v, self.value)


class ModelMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return OrderedDict()

    def __new__(mcls, name, bases, ns, table=None, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns), **kwargs)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "_fields", {}))
        fields.update((k, v) for k, v in ns.items() if isinstance(v, Field))
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        cls._table = table or name.lower() + "s"
        cls._rows = []
        if name != "Model":
            mcls.registry[cls._table] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"

    def __len__(cls):
        return len(cls._rows)


class Model(metaclass=ModelMeta):
    id = IntField(primary=True, nullable=False)

    def __init__(self, **values):
        self._values = {}
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown field(s) for {type(self).__name__}: {', '.join(sorted(unknown))}")
        for name, field in self._fields.items():
            setattr(self, name, values.get(name, field.default))

    def __class_getitem__(cls, pk):
        for row in cls._rows:
            if row["id"] == pk:
                return cls(**{f.name: row[f.column] for f in cls._fields.values()})
        raise KeyError(f"{cls.__name__} #{pk} not found")

    @classmethod
    def create_sql(cls):
        cols = [f"{f.column} {f.sql_type()}{' PRIMARY KEY' if f.primary else ''}{'' if f.nullable else ' NOT NULL'}"
                for f in cls._fields.values()]
        return f"CREATE TABLE {cls._table} ({', '.join(cols)});"

    def save(self):
        row = {f.column: getattr(self, n) for n, f in self._fields.items()}
        type(self)._rows.append(row)
        return self

    @classmethod
    def where(cls, cond):
        rows = [r for r in cls._rows if cond.matches(r)]
        return f"SELECT * FROM {cls._table} WHERE {cond.sql()};", rows

    def __format__(self, spec):
        if spec == "short":
            return f"{type(self).__name__}#{self.id}"
        return format(str(self), spec)

    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"


class Person(Model, table="people"):
    name = TextField(nullable=False)
    age = IntField()
    email = TextField(default="n/a")


class Employee(Person):
    salary = RealField(default=0.0)
    team = TextField()


class Defaults(dict):
    def __missing__(self, key):
        value = self[key] = f"<{key}>"
        return value


print(Person, Employee, len(Person))
print(list(Person._fields), list(Employee._fields))
print(Person.create_sql())
print(Employee.create_sql())
print(ModelMeta.registry)
print(type(Person.__dict__["name"]).__name__, type(Person.name).__name__, Person.__prepare__("X", ()))

for kw in [dict(id=1, name="Ada", age=36, email="ada@example.org"), dict(id=2, name="Linus", age=28),
           dict(id=3, name="Grace"), dict(id=4, name=None), dict(id="5", name="Bad"), dict(id=6, name="X", shoe=42)]:
    try:
        print("saved", Person(**kw).save())
    except (TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
Employee(id=10, name="Barbara", age=41, salary=120000, team="core").save()
Employee(id=11, name="Ken", age=55, salary=99000.5).save()
print(len(Person), len(Employee), len(Model))

queries = [
    Person.age > 30,
    (Person.age >= 28) & (Person.email != "n/a"),
    (Person.name == "Grace") | ~(Person.age < 40),
    Employee.salary > 100000.0,
]
for q in queries:
    model = Employee if "salary" in q.sql() else Person
    sql, rows = model.where(q)
    print(sql, "->", [r["name"] for r in rows])
print(Person[2], f"{Person[1]:short}", f"[{Employee[11]:short}]")
try:
    Person[99]
except KeyError as exc:
    print("KeyError:", exc)
try:
    {Person.age: 1}
except TypeError as exc:
    print("TypeError:", exc)
d = Defaults(host="localhost")
print("{host}:{port}/{db}".format_map(d), sorted(d))
p = Person[1]
p.age += 1
print(p.age, Person[1].age, p == Person[1], isinstance(Employee[10], Person), type(Employee).__name__)
