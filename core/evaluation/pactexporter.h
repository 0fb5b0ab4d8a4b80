#pragma once

#include "core/profile/diagnostic.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QDateTime>

namespace carbonlabel {

struct Evaluation;

// What a PACT ProductFootprint needs beyond a profile: who reports it and for which period.
// Read from a profile's optional top-level "pact" object (docs/exchange.md); the CLI may
// override each field. Nothing here is ever filled in with a guess.
struct PactFields
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::PactFields)

public:
    QString companyName;
    QStringList companyIds; // URNs
    QStringList productIds; // URNs
    QString productCategoryCpc; // UN CPC code; v3 writes it as a classification URN
    QString referencePeriodStart; // ISO 8601 date or date-time
    QString referencePeriodEnd;
    QString geographyCountry; // ISO 3166-1 alpha-2; empty: global
    std::optional<double> fossilCarbonContentKgC; // per piece
    std::optional<double> biogenicCarbonContentKgC; // per piece
    QStringList ipccCharacterizationFactors; // e.g. ["AR5"]; required

    // Reads profile.unknown["pact"]; wrong types are errors at "pact.<field>".
    static PactFields fromProfile(const Profile &profile, Diagnostics *diagnostics);
    // Every field set in `other` replaces this one's.
    void overrideWith(const PactFields &other);
};

struct PactOptions
{
    QString specVersion = QStringLiteral("3.0.0"); // or "2.3.0"
    QString id; // empty: a random UUID v4
    QDateTime created; // invalid: now
    PactFields fields;
};

// A computed profile as a WBCSD PACT ProductFootprint (Technical Specifications v3, or v2.3 for
// partners still on it). PACT footprints are cradle-to-gate, so only the materials and
// manufacturing and the distribution stages are exported; use and end of life are left out.
class PactExporter
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::PactExporter)

public:
    struct Result
    {
        Json footprint;
        Diagnostics diagnostics; // errors name the missing or bad field: nothing was made up

        bool ok() const { return !hasErrors(diagnostics); }
    };

    // "3", "3.0", "3.0.0" -> "3.0.0"; "2.3", "2.3.0" -> "2.3.0"; else empty.
    static QString normalizedSpecVersion(const QString &version);
    // Cradle-to-gate total per piece: materials and manufacturing plus distribution.
    static double cradleToGateKg(const Evaluation &evaluation);
    // The packaging lines' part of it, per piece.
    static double packagingKg(const Evaluation &evaluation);
    // PACT primaryDataShare: the percentage (0..100) of the cradle-to-gate total that comes from
    // the materials and packaging lines marked "data_source": "primary".
    static double primaryDataSharePercent(const Evaluation &evaluation);
    // A pedigree score (1 best .. 5 worst) on PACT 2.3's DQR scale (1 best .. 3 worst):
    // 1 + (score - 1) / 2. PACT 3.0's DQRs are 1..5 and take the score as it is.
    static double dqrV23(double pedigreeScore);
    static Result exportFootprint(const Evaluation &evaluation, const PactOptions &options);
    // A PACT decimal string: plain digits, no exponent, trailing zeros trimmed.
    static QString decimal(double value);
};

} // namespace carbonlabel
