# Carets under lines containing wide (CJK) characters and tabs.
名前 = {"キー": 1}

def lookup(d):
	return d["キー"] + d["値"]

print(lookup(名前))
