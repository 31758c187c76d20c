"""Other names of the standard codecs: normalised alias -> codec name.

`unavailable` lists the standard codec names this build knows of but does not
provide (see encodings)."""

aliases = {
    # utf_8
    'u8': 'utf_8', 'utf': 'utf_8', 'utf8': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8',
    # ascii
    '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii',
    'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii',
    'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii', 'us': 'ascii',
    'us_ascii': 'ascii',
    # latin_1
    '8859': 'latin_1', 'cp819': 'latin_1', 'csisolatin1': 'latin_1', 'ibm819': 'latin_1',
    'iso8859': 'latin_1', 'iso8859_1': 'latin_1', 'iso_8859_1': 'latin_1',
    'iso_8859_1_1987': 'latin_1', 'iso_ir_100': 'latin_1', 'l1': 'latin_1',
    'latin': 'latin_1', 'latin1': 'latin_1',
    # UTF-16 and UTF-32
    'u16': 'utf_16', 'utf16': 'utf_16', 'unicodebigunmarked': 'utf_16_be',
    'utf_16be': 'utf_16_be', 'unicodelittleunmarked': 'utf_16_le', 'utf_16le': 'utf_16_le',
    'u32': 'utf_32', 'utf32': 'utf_32', 'utf_32be': 'utf_32_be', 'utf_32le': 'utf_32_le',
    # bytes-to-bytes and str-to-str codecs
    'hex': 'hex_codec', 'base64': 'base64_codec', 'base_64': 'base64_codec',
    'zip': 'zlib_codec', 'zlib': 'zlib_codec', 'rot13': 'rot_13', 'bz2': 'bz2_codec',
    'quopri': 'quopri_codec', 'quoted_printable': 'quopri_codec',
    'quotedprintable': 'quopri_codec', 'uu': 'uu_codec',
    # codecs that are not available, under their common other names
    'u7': 'utf_7', 'utf7': 'utf_7', 'unicode_1_1_utf_7': 'utf_7',
    'windows_1250': 'cp1250', 'windows_1251': 'cp1251', 'windows_1252': 'cp1252',
    'windows_1253': 'cp1253', 'windows_1254': 'cp1254', 'windows_1255': 'cp1255',
    'windows_1256': 'cp1256', 'windows_1257': 'cp1257', 'windows_1258': 'cp1258',
    'latin2': 'iso8859_2', 'latin3': 'iso8859_3', 'latin4': 'iso8859_4',
    'latin5': 'iso8859_9', 'latin6': 'iso8859_10', 'latin7': 'iso8859_13',
    'latin8': 'iso8859_14', 'latin9': 'iso8859_15', 'latin10': 'iso8859_16',
    'cyrillic': 'iso8859_5', 'greek': 'iso8859_7', 'hebrew': 'iso8859_8',
    'arabic': 'iso8859_6', 'thai': 'iso8859_11', 'sjis': 'shift_jis',
    's_jis': 'shift_jis', 'eucjp': 'euc_jp', 'euckr': 'euc_kr', 'macroman': 'mac_roman',
    'ibm437': 'cp437', '437': 'cp437', 'ibm850': 'cp850', '850': 'cp850',
}
for _n in range(2, 17):
    aliases[f'iso_8859_{_n}'] = f'iso8859_{_n}'
del _n

unavailable = frozenset('''
    big5 big5hkscs bz2_codec cp037 cp1006 cp1026 cp1125 cp1140 cp1250 cp1251
    cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 cp273 cp424 cp437 cp500 cp720 cp737
    cp775 cp850 cp852 cp855 cp856 cp857 cp858 cp860 cp861 cp862 cp863 cp864 cp865 cp866
    cp869 cp874 cp875 cp932 cp949 cp950 euc_jis_2004 euc_jisx0213 euc_jp euc_kr gb18030
    gb2312 gbk hp_roman8 hz idna iso2022_jp iso2022_jp_1 iso2022_jp_2 iso2022_jp_2004
    iso2022_jp_3 iso2022_jp_ext iso2022_kr iso8859_10 iso8859_11 iso8859_13 iso8859_14
    iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7
    iso8859_8 iso8859_9 johab koi8_r koi8_t koi8_u kz1048 mac_arabic mac_croatian
    mac_cyrillic mac_farsi mac_greek mac_iceland mac_latin2 mac_roman mac_romanian
    mac_turkish palmos ptcp154 punycode quopri_codec shift_jis shift_jis_2004
    shift_jisx0213 tis_620 utf_7 uu_codec
'''.split())
