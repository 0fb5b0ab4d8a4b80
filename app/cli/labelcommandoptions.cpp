#include "app/cli/labelcommandoptions.h"

#include "core/render/labelformat.h"
#include "core/render/labeluncertainty.h"

namespace carbonlabel {

void LabelCommandOptions::add(QCommandLineParser &parser, bool withSize)
{
    parser.addOption(QCommandLineOption(
            QStringLiteral("kind"),
            tr("What to print: badge (the box label, default), sheet (A4 product sheet) or "
               "refresh (refresh-cycle report)."),
            tr("KIND"), QStringLiteral("badge")));
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        tr("Language: en, zh or both (default)."), tr("LANG"),
                                        QStringLiteral("both")));
    if (withSize) {
        parser.addOption(QCommandLineOption(
                QStringLiteral("size"),
                tr("Badge size in millimetres, WIDTHxHEIGHT, from 40x60 to 105x148 (A6); "
                   "default 60x90."),
                tr("WxH")));
        parser.addOption(QCommandLineOption(
                QStringLiteral("range"),
                tr("Badges: print the 90% range under the total (P5–P95 of %1 Monte Carlo "
                   "samples, seed %2, as on the product sheet).")
                        .arg(LabelFormat::count(LabelUncertainty::kSamples),
                             LabelFormat::identifier(LabelUncertainty::kSeed))));
    }
    parser.addOption(QCommandLineOption(
            QStringLiteral("date"),
            tr("The date printed on the document and written as its creation date "
               "(default: $SOURCE_DATE_EPOCH if set, else today)."),
            tr("YYYY-MM-DD")));
}

std::optional<LabelOptions> LabelCommandOptions::read(const QCommandLineParser &parser,
                                                      QString *error)
{
    LabelOptions options;
    const auto kind = LabelOptions::parseKind(parser.value(QStringLiteral("kind")), error);
    const auto language = LabelOptions::parseLanguage(parser.value(QStringLiteral("lang")), error);
    if (!kind || !language)
        return std::nullopt;
    options.kind = *kind;
    options.language = *language;
    const bool hasSize = parser.optionNames().contains(QStringLiteral("size"))
            && parser.isSet(QStringLiteral("size"));
    if (hasSize) {
        if (options.kind != LabelOptions::Kind::Badge) {
            *error = tr("--size is for badges; the %1 is always A4")
                             .arg(LabelOptions::kindName(options.kind));
            return std::nullopt;
        }
        const auto size = LabelOptions::parseSize(parser.value(QStringLiteral("size")), error);
        if (!size)
            return std::nullopt;
        options.sizeMm = *size;
    }
    if (parser.optionNames().contains(QStringLiteral("range"))
        && parser.isSet(QStringLiteral("range"))) {
        if (options.kind != LabelOptions::Kind::Badge) {
            *error = tr("--range is for badges; the product sheet always shows the range");
            return std::nullopt;
        }
        options.range = true;
    }
    if (parser.isSet(QStringLiteral("date"))) {
        const auto date = LabelOptions::parseDate(parser.value(QStringLiteral("date")), error);
        if (!date)
            return std::nullopt;
        options.date = *date;
    }
    return options;
}

} // namespace carbonlabel
