# Unterminated triple-quoted string in a script.
print("a")
s = """abc

