"""unittest.mock is not provided by Weft."""

raise ImportError('unittest.mock is not implemented in Weft', name='unittest.mock')
