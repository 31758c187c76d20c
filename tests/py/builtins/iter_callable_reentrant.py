# iter(callable, sentinel) whose callable exhausts the same iterator while it runs.
def spam():
    if spam.rec:
        return 2
    spam.rec = True
    list(spam.it)
    return 1
spam.rec = False
spam.it = iter(spam, 2)
try:
    print(next(spam.it))
except StopIteration:
    print("StopIteration")
