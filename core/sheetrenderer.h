#pragma once

#include "core/labeloptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace carbonlabel {

struct Evaluation;

// The A4 product sheet (DESIGN §6).
class SheetRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SheetRenderer)

public:
    static QByteArray render(const Evaluation &evaluation, const LabelOptions &options,
                             QString *error);
};

} // namespace carbonlabel
