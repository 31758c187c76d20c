# The attributes of the __main__ module of a script.
import sys
main = sys.modules['__main__']
print(main.__name__, main.__cached__, main.__spec__, main.__package__, main.__file__.endswith('main_module_attrs.py'))
print(main is sys.modules[__name__], sorted(k for k in vars(main) if k.startswith('__') and k != '__annotations__'))
