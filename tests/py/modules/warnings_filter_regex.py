import warnings
warnings.filterwarnings("error", message=r"dep.*thing", category=UserWarning)
for m in ["deprecated thing", "DEP old THING", "a dep thing", "depthing"]:
    try:
        warnings.warn(m)
        print("passed", m)
    except UserWarning as e:
        print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="x[")  if False else None
try:
    warnings.filterwarnings("ignore", message="x[")
except Exception as e:
    print(type(e).__name__)
warnings.resetwarnings()
warnings.filterwarnings("error", module=r"__main__$")
try:
    warnings.warn("in main")
except UserWarning as e:
    print("module filter raised", e)
print(type(warnings.filters[0][1]).__name__, warnings.filters[0][3].pattern)
try:
    warnings.filterwarnings("error", message=5)
except TypeError as e:
    print("TypeError", e)
