class A(dict):
    def __getitem__(self, x): return dir
    def keys(self): return [6, 5]
print(eval("dir()", {}, A()))
