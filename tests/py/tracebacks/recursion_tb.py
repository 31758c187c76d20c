# Deep recursion: repeated frames are folded into "[Previous line repeated N more times]".
import sys
sys.setrecursionlimit(60)

def walk(n):
    if n == 1000:
        return n
    return walk(n + 1)

walk(0)
