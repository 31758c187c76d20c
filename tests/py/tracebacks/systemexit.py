# sys.exit with a message prints it to stderr; exit status 1.
import sys
print("working")
sys.exit("fatal: giving up")
