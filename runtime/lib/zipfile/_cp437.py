"""The upper half of code page 437, the legacy encoding of ZIP member names.

Names without the UTF-8 flag (bit 11) are decoded with it when no cp437 codec is
available; bytes below 0x80 are ASCII.
"""

UPPER = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠'
         '═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def decode(data):
    """Decode bytes as code page 437."""
    return ''.join(chr(b) if b < 0x80 else UPPER[b - 0x80] for b in data)
