# Indentation error in a script.
if True:
    x = 1
  y = 2
