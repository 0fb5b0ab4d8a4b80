#include "core/render/labelpalette.h"

#include <iterator>

namespace carbonlabel {

QColor LabelPalette::stage(lca::Stage stage)
{
    switch (stage) {
    case lca::Stage::MaterialsManufacturing:
        return accent();
    case lca::Stage::Distribution:
        return QColor(0x4f, 0x93, 0x8f);
    case lca::Stage::UseDevice:
        return QColor(0xe0, 0xa4, 0x58);
    case lca::Stage::UseDigital:
        return QColor(0x9a, 0x7f, 0xb8);
    case lca::Stage::EndOfLife:
        return QColor(0xa8, 0xa2, 0x96);
    }
    return Qt::gray;
}

QColor LabelPalette::series(std::size_t index)
{
    static const QColor colors[]
            = {QColor(0xb2, 0x2b, 0x2b), QColor(0xd9, 0x6c, 0x1e), QColor(0xc4, 0x9a, 0x13),
               QColor(0x6a, 0x99, 0x2e), QColor(0x2f, 0x8a, 0x6e), QColor(0x1d, 0x6f, 0x9c),
               QColor(0x3b, 0x4a, 0x9e), QColor(0x6b, 0x3f, 0x8e), QColor(0x9c, 0x3f, 0x73),
               QColor(0x7a, 0x5c, 0x3a), QColor(0x4a, 0x4a, 0x4a)};
    return colors[index % std::size(colors)];
}

} // namespace carbonlabel
