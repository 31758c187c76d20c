# Traceback positions (carets) of a failing expression.
class A:
    pass
a = A()
value = (a.missing_attribute
         .other)
