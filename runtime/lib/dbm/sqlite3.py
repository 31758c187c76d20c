# dbm.sqlite3: the SQLite database back end, which Weft does not provide.

raise ImportError("dbm.sqlite3 is not available in Weft: it needs the sqlite3 "
                  "module", name='sqlite3')
