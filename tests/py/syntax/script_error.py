# A script whose second statement has a syntax error: the interpreter reports it with
# the offending line and carets before running anything.
print("never printed")
x = [1, 2 3]
