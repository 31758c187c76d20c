import sys
print('before')
sys.stdout.flush()
sys.exit(3)
