# AttributeError on None inside a method chain: carets under the attribute access.
class Config:
    def __init__(self):
        self.settings = None

    def get(self, key):
        return self.settings.get(key)

cfg = Config()
print(cfg.get("debug"))
