eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), KeyError(4)])])
eg.add_note("n1")
m, r = eg.split(ValueError)
print(repr(m), repr(r), m.__notes__, r.__notes__ is not eg.__notes__)
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(lambda e: True) is eg, eg.split(lambda e: False))
print(repr(eg.split((KeyError, TypeError))))
for bad in [1, int, "x"]:
    try: eg.split(bad)
    except TypeError as e: print("TypeError", e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
print(repr(MyEG("m", [ValueError(1), OSError(2)]).split(OSError)))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("caught", repr(e))
except ExceptionGroup as e:
    print("rest", repr(e))
be = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(repr(be.split(Exception)), type(be.subgroup(KeyboardInterrupt)).__name__)
