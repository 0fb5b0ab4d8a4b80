#pragma once

#include "core/factors/factor.h"
#include "lca/logicdiemodel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace carbonlabel {

class FactorDatabase;

// A logic die by ACT's per-area model (lca/logicdiemodel.h), with its inputs looked up in the
// factor database: the fab electricity, process gases and materials per cm² of the process
// node, the yield, the packages and the fab's grid. Shared by `carbonlabel-cli die` and the
// window's die dialog, so both compute and cite the same.
class LogicDieEstimate
{
    Q_DECLARE_TR_FUNCTIONS(LogicDieEstimate)

public:
    struct Request
    {
        double areaMm2 = 0.0; // more than 0, at most kMaxAreaMm2
        QString node; // "7nm"; "7" is read as "7nm"
        QString gridId = QString::fromLatin1(kDefaultGrid);
        int abatementPercent = 97; // 95, 97 (the mean of 95 and 99, as ACT does) or 99
        std::optional<double> yield; // else the factor kYieldFactor
        int packages = 1; // 0 to kMaxPackages
    };

    struct Result
    {
        QString error; // empty when it worked; else what is wrong, naming the input
        QString field; // the input the error is about: "area", "node", "fab-grid", ...
        lca::LogicDieInputs inputs;
        lca::LogicDieResult carbon;
        QString node; // normalised, "7nm"
        QString gridRegion;
        QStringList factorsUsed;

        bool ok() const { return error.isEmpty(); }
    };

    static constexpr double kMaxAreaMm2 = 100000.0;
    static constexpr int kMaxPackages = 1000;
    static constexpr const char *kDefaultGrid = "grid_tw_ember_2024"; // ACT's default: Taiwan
    static constexpr const char *kYieldFactor = "param_fab_yield_act";

    // The process nodes ACT's logic model has figures for (its Table 1).
    static QStringList nodes();
    static Result estimate(const FactorDatabase &database, const Request &request);
    // The result as a user factor `id` in kg CO2e a piece, for a materials line.
    static Factor asFactor(const Request &request, const Result &result, const QString &id);
};

} // namespace carbonlabel
