# break outside a loop, reported by the compiler for the script file.
print("never runs")
if True:
    break
