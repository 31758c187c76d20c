# Traceback positions (carets) of a failing expression.
def m(o):
    return o.method(1, 2).chained()
class C:
    def method(self, a, b):
        return None
m(C())
