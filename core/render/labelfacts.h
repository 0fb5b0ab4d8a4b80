#pragma once

#include "core/factors/factor.h"
#include "core/profile/profile.h"
#include "lca/stage.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>

namespace carbonlabel {

struct Evaluation;

// The facts a badge prints, taken once from an evaluated profile, with the label's fixed
// phrases in English and Chinese. The phrases do not go through tr(): a label's language is
// chosen per document (--lang), not by the language the program runs in.
class LabelFacts
{
public:
    LocalizedText productName;
    double totalKg = 0.0;
    std::array<double, lca::kStageCount> stageKg{};
    double lifetimeYears = 0.0;
    LocalizedText useRegion; // the use grid's region, e.g. "United States" / "美国"; may be empty
    double offsetsKg = 0.0;
    QString offsetStandard;
    QString offsetCertificate;
    bool carbonNeutral = false;
    QString datasetVersion;
    QDate date;

    // `evaluation` must be ok().
    static LabelFacts from(const Evaluation &evaluation, const QDate &date);

    // The region a grid factor stands for, from its name ("Grid electricity, United States
    // (...)" / "电网电力碳强度，美国（...）"), else from its region code.
    static LocalizedText regionName(const Factor &grid);

    // Fixed phrases, `language` "en" or "zh".
    static QString title(const QString &language); // "Carbon impact" / "碳足迹"
    static QString unit() { return QStringLiteral("kg CO2e"); }
    static QString standard() { return QStringLiteral("ISO 14067 / GB/T 24067"); }
    static QString neutralMark(const QString &language); // "Carbon neutral" / "碳中和"
    QString years(const QString &language) const; // "3 years" / "3年"
    QString assumption(const QString &language) const; // lifetime and use region
    QString offsetsLine(const QString &language) const; // empty without offsets
    // The badge's range under the big figure (--range), in the figure's three significant digits:
    // "90% range (P5–P95): 59.0–71.9 kg CO2e", "90%区间（P5–P95）：…", or one line for both.
    static QString rangeLine(const QStringList &languages, double p5, double p95);
    QString neutralCoverage(const QString &language) const; // what earns the neutral mark
    QString datasetLine(const QString &language) const; // "2026-03-01 · Dataset 2026.1"
};

} // namespace carbonlabel
