# A compile-time error in the script itself: text and carets come from the file.
def f():
    x = 1
    global x
