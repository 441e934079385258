#!/usr/bin/env python3
"""Writes fold-table.txt: every code point whose compatibility decomposition (NFKD), with its
combining marks removed, differs from itself, and that result, as hexadecimal code points.

The program runs with .NET's invariant globalization, in which string.Normalize leaves non-ASCII
text unchanged, so the name search carries the Unicode Character Database's decompositions itself.
Hangul syllables are left out: they decompose into jamo, which have neither case nor accents.
Run: python3 make_fold_table.py > fold-table.txt (the Unicode version is Python's, written in the first line).
"""
import sys
import unicodedata

print(f"# NFKD without combining marks, Unicode {unicodedata.unidata_version}: code point, then its folded code points (empty: removed)")
for code in range(sys.maxunicode + 1):
    if 0xD800 <= code <= 0xDFFF or 0xAC00 <= code <= 0xD7A3:
        continue
    char = chr(code)
    if unicodedata.category(char) in ("Mn", "Me"):
        continue  # marks on their own are dropped by category at run time
    folded = "".join(c for c in unicodedata.normalize("NFKD", char) if unicodedata.category(c) not in ("Mn", "Me"))
    if folded != char:
        print(f"{code:X} " + " ".join(f"{ord(c):X}" for c in folded))
