#!/usr/bin/env python3
"""Writes the code points the label font subset keeps, one "U+XXXX" a line, for
`pyftsubset --unicodes-file` (python3-fonttools). The build runs it (core/render/CMakeLists.txt);
docs/labels.md says why each range is there.

    scripts/label-font-codepoints.py OUT.txt

No network and nothing but the standard library: GB2312 comes from Python's own codec.
"""

import sys


def gb2312():
    """Every character of GB2312: the symbol rows 0xA1..0xA9 (full-width forms, ℃, ‰, №,
    Ⅰ..Ⅻ, Greek, Cyrillic, kana, box drawing) and the 6,763 hanzi of rows 0xB0..0xF7."""
    chars = set()
    for row in range(0xA1, 0xF8):
        for col in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([row, col]).decode("gb2312")))
            except UnicodeDecodeError:
                pass  # unassigned
    return chars


def ranges():
    """What labels print besides GB2312, as the label font has it."""
    keep = set()
    spans = [
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x017F),  # Latin-1 (µ ° ± × · é ö), Latin Extended-A (names such as Łódź)
        (0x2000, 0x206F),  # General Punctuation: – — ‘ ’ “ ” • … ‰ ′ ″
        (0x2070, 0x209F),  # superscripts and subscripts: CO₂, m³
        (0x20A0, 0x20CF),  # currency: € ¥ £
        (0x2100, 0x218F),  # letterlike and number forms: ℃ № ™ Ⅰ..Ⅻ ⅰ..ⅻ
        (0x2190, 0x21FF),  # arrows
        (0x2200, 0x22FF),  # mathematical operators: − ≤ ≥ ≈
        (0x2460, 0x24FF),  # circled numbers ① ②
        (0x25A0, 0x25FF),  # geometric shapes: ▲ ▼ ■ ●
        (0x3000, 0x303F),  # CJK symbols and punctuation: 、 。 「 」 【 】 〜
        (0xFF00, 0xFFEF),  # full-width forms: （ ） ， ： ； ％ ～
    ]
    for first, last in spans:
        keep.update(range(first, last + 1))
    return keep


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: label-font-codepoints.py OUT.txt")
    # No control characters: Qt draws a tab or a no-break space with the space glyph itself.
    codepoints = sorted(gb2312() | ranges())
    with open(sys.argv[1], "w", encoding="ascii") as out:
        out.write("# The label font subset's code points (scripts/label-font-codepoints.py)\n")
        for cp in codepoints:
            out.write("U+%04X\n" % cp)


if __name__ == "__main__":
    main()
