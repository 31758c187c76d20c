# dbm.gnu: the GNU database back end, which Weft does not provide.

raise ImportError("dbm.gnu is not available in Weft: it needs the _gdbm "
                  "extension module", name='_gdbm')
