# dbm.ndbm: the ndbm database back end, which Weft does not provide.

raise ImportError("dbm.ndbm is not available in Weft: it needs the _dbm "
                  "extension module", name='_dbm')
