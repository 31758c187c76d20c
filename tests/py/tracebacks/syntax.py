# A SyntaxError raised by compile() and left uncaught shows the source and caret line.
print("before")
compile("x = (1 +\n", "<snippet>", "exec")
