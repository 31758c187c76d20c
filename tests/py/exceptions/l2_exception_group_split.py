# ExceptionGroup: split()/subgroup() exist, and groups derived by except*/split keep
# the list form of their exceptions argument in repr.
orig = ExceptionGroup("g", [ValueError(1)])
try:
    raise orig
except* ValueError as eg:
    print("whole group matched, same object:", eg is orig, repr(eg))
inner = ExceptionGroup("inner", [KeyError("k")])
outer = ExceptionGroup("outer", [TypeError("t"), inner])
try:
    raise outer
except* TypeError as eg:
    print("t part:", repr(eg))
except* KeyError as eg:
    print("k part:", repr(eg), "inner kept:", eg.exceptions[0] is inner)
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
print(repr(eg))
m, rest = eg.split(ValueError)
print(repr(m), repr(rest), type(m.args[1]).__name__)
print(repr(eg.subgroup(TypeError)))
print(repr(eg.derive([KeyError(3)])))
eg2 = ExceptionGroup("t", (ValueError(1),))
print(repr(eg2), type(eg2.args[1]).__name__)
try:
    try:
        raise ExceptionGroup("h", [ValueError(1), OSError(2)])
    except* ValueError as e:
        print(repr(e))
except ExceptionGroup as rest:
    print("rest", repr(rest))
