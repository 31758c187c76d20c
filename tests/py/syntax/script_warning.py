# SyntaxWarnings for invalid escapes are printed when the script is compiled.
print("\d" == "\\d")
print(1 if 1else 2)
