#!/usr/bin/env python3
"""Makes the label font subset quick for Qt 6.4's PDF engine to embed, glyphs unchanged.

    scripts/label-font-tune.py IN.ttf OUT.ttf

IN is what pyftsubset made (core/render/CMakeLists.txt); docs/labels.md has the measurements.
Two things, both about what Qt does once for every PDF it writes:

1. A character map that is looked up in constant time. Qt builds each PDF's ToUnicode map by
   asking FreeType for the glyph of every one of the 65,536 BMP code points. GB2312's hanzi
   are scattered over the CJK block, so the format 4 map pyftsubset writes has about 3,700
   segments, and FreeType's binary search over them took a third of a badge's time. A format
   10 subtable (a trimmed array: the glyph of every code point from the first mapped to the
   last, 0 where there is none) is added as platform 3, encoding 10, which FreeType and so Qt
   prefer to the format 4 ones: a lookup is one subtraction and one read. The format 4
   subtables stay for any program that wants them; the new one maps every code point to the
   same glyph (checked after saving).

2. A one-instruction 'prep' table. Qt reads the outlines it embeds with hinting on, at the
   size of the em square; FreeType runs the auto-hinter over every glyph of a TrueType font
   that has no hinting programs at all (what pyftsubset --no-hinting leaves), which costs more
   than the bytecode it replaced. With a 'prep' of one SVTCA[y] (set the vectors to the y
   axis, which nothing then uses) the font counts as hinted and no glyph has instructions, so
   FreeType hands the outlines back as they are.

Needs python3-fonttools (Debian), nothing else.
"""

import struct
import sys

from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables import ttProgram
from fontTools.ttLib.tables._c_m_a_p import cmap_format_unknown


def format10(mapping):
    """A format 10 subtable (OpenType 'cmap', "Format 10: Trimmed array") for `mapping`,
    code point -> glyph id, all in the BMP here."""
    first, last = min(mapping), max(mapping)
    glyphs = [mapping.get(cp, 0) for cp in range(first, last + 1)]
    body = struct.pack(">%dH" % len(glyphs), *glyphs)
    header = struct.pack(">HHIIII", 10, 0, 20 + len(body), 0, first, len(glyphs))
    return header + body


def read_format10(path):
    """The (3, 10) subtable of the font at `path`, read from its bytes."""
    data = TTFont(path).reader["cmap"]
    count = struct.unpack(">H", data[2:4])[0]
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHI", data[4 + 8 * i : 12 + 8 * i])
        if (platform, encoding) == (3, 10):
            fmt = struct.unpack(">H", data[offset : offset + 2])[0]
            first, n = struct.unpack(">II", data[offset + 12 : offset + 20])
            glyphs = struct.unpack(">%dH" % n, data[offset + 20 : offset + 20 + 2 * n])
            return fmt, {first + k: g for k, g in enumerate(glyphs) if g}
    return None, {}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: label-font-tune.py IN.ttf OUT.ttf")
    source, target = sys.argv[1], sys.argv[2]
    font = TTFont(source, recalcTimestamp=False)  # the same bytes from every build
    cmap = font["cmap"]
    if cmap.getcmap(3, 10) is not None or "prep" in font or "fpgm" in font:
        sys.exit("label-font-tune.py: %s is not what pyftsubset --no-hinting writes" % source)

    mapping = {cp: font.getGlyphID(name) for cp, name in cmap.getcmap(3, 1).cmap.items()}
    table = cmap_format_unknown(10)
    table.platformID, table.platEncID, table.language = 3, 10, 0
    table.cmap = {}  # cmap.compile() tells subtables apart by this object
    table.data = format10(mapping)
    cmap.tables.append(table)

    prep = newTable("prep")
    prep.program = ttProgram.Program()
    prep.program.fromBytecode(b"\x00")  # SVTCA[y]
    font["prep"] = prep
    font.save(target)

    fmt, saved = read_format10(target)
    if fmt != 10 or saved != mapping:
        sys.exit("label-font-tune.py: the format 10 subtable does not read back")


if __name__ == "__main__":
    main()
