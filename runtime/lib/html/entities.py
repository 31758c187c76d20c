"""HTML character entity references.

name2codepoint maps the HTML 4 entity names to code points, codepoint2name
is its inverse, entitydefs maps the names to the characters, and html5 maps
the HTML5 named character references (with and without their trailing ';'
where the standard allows the short form) to their replacement text.
"""

from html._entitydata import name2codepoint, html5

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

codepoint2name = {cp: name for name, cp in name2codepoint.items()}
entitydefs = {name: chr(cp) for name, cp in name2codepoint.items()}
