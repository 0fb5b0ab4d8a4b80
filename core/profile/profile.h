#pragma once

#include "lca/uncertainvalue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>

namespace carbonlabel {

using lca::UncertainValue;
using Json = nlohmann::ordered_json;

// Fields of a JSON object this version does not know: kept and written back on save, so a
// newer file opened here loses nothing (docs/profile-format.md).
using UnknownFields = Json;

struct LocalizedText
{
    QString en;
    QString zh;
    UnknownFields unknown; // other languages, kept on save

    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    // The text in `language` ("en" or "zh"), falling back to the other one.
    QString text(const QString &language) const;
    bool operator==(const LocalizedText &) const = default;
};

struct ProductInfo
{
    QString id;
    LocalizedText name;
    QString category;
    UncertainValue lifetimeYears;
    std::optional<UncertainValue> massKg;
    // The year the footprint stands for; the factors' temporal data-quality scores are taken
    // against it (docs/uncertainty.md). Absent: against the factor dataset's year.
    std::optional<double> referenceYear;
    LocalizedText functionalUnit;
    LocalizedText description; // where a number is an assumption, the profile says so here
    UnknownFields unknown;
};

// A materials or packaging line: quantity (in `unit`) of what `factor` describes.
struct MaterialLine
{
    LocalizedText part;
    QString factor;
    UncertainValue quantity;
    QString unit;
    QString component; // a ComponentClass id; empty to take the factor's own class
    // "(r;c;t;g;f)": how well the factor fits this line, instead of the factor's own scores;
    // the line then has its own draw of the factor (docs/uncertainty.md). Empty: the factor's.
    QString pedigree;
    // "primary" when the line's data were measured for this product (PACT primaryDataShare);
    // empty or "secondary" otherwise.
    QString dataSource;
    UnknownFields unknown;
};

struct Manufacturing
{
    std::optional<UncertainValue> assemblyEnergyKwh;
    QString grid;
    std::optional<UncertainValue> yieldLoss;
    UnknownFields unknown;
};

struct DistributionLeg
{
    QString mode; // a transport factor id (kgCO2e/tkm)
    UncertainValue distanceKm;
    std::optional<UncertainValue> massKg; // else product + packaging mass
    UnknownFields unknown;
};

struct UseMode
{
    QString name;
    UncertainValue powerW;
    UncertainValue hoursPerDay;
    UncertainValue daysPerYear;
    UnknownFields unknown;
};

struct UsePhase
{
    QString grid;
    std::optional<UncertainValue> annualEnergyKwh; // wins over the modes when given
    QList<UseMode> modes;
    UnknownFields unknown;
};

struct NetworkUse
{
    UncertainValue gbPerYear;
    std::optional<UncertainValue> kwhPerGb; // the energy-intensity model
    QString grid;
    QString model; // empty: energy x grid; "swd-v4" or "swd-v3": Sustainable Web Design
    std::optional<double> greenHostingFactor;
    bool green = false; // SWD: a verified green host (v4: hosting factor 1; v3: 50 g/kWh)
    UnknownFields unknown;
};

struct DataCenterUse
{
    UncertainValue kwhPerYear;
    UncertainValue pue;
    QString grid;
    UnknownFields unknown;
};

struct AiUse
{
    UncertainValue queriesPerYear;
    UncertainValue whPerQuery;
    UncertainValue pue;
    QString grid;
    std::optional<UncertainValue> trainingMwh;
    QString trainingGrid;
    std::optional<UncertainValue> trainingAmortisedOverQueries;
    UnknownFields unknown;
};

// A model input given either as a number ("pue": 1.2) or as the id of a factor that holds it
// ("pue_factor": "dc_pue_ccf_aws"); the factor's value then varies in Monte Carlo.
struct NumberOrFactor
{
    std::optional<UncertainValue> number;
    QString factor;

    bool isSet() const { return number.has_value() || !factor.isEmpty(); }
};

// Cloud instances: vcpus x (min + utilisation x (max - min)) W x hours x PUE x grid
// (Cloud Carbon Footprint's compute model).
struct ComputeUse
{
    QString name;
    UncertainValue vcpus;
    UncertainValue hoursPerYear; // per vCPU
    NumberOrFactor utilisation; // 0..1
    NumberOrFactor minW; // W per vCPU at 0 % utilisation
    NumberOrFactor maxW; // W per vCPU at 100 %
    NumberOrFactor pue;
    QString grid;
    UnknownFields unknown;
};

// GPUs or CPUs: count x W x utilisation x hours x PUE x grid from a rated power (Green
// Algorithms), or count x (idle + utilisation x (max - idle)) W x hours x PUE x grid (CCF).
struct AcceleratorUse
{
    QString name;
    UncertainValue count;
    NumberOrFactor powerW; // rated power (TDP); or idleW and maxW
    NumberOrFactor idleW;
    NumberOrFactor maxW;
    UncertainValue hoursPerYear; // per accelerator
    NumberOrFactor utilisation;
    NumberOrFactor pue;
    QString grid;
    UnknownFields unknown;
};

// Stored data: TB x hours x Wh/TB-h x replication / 1000 x PUE x grid (CCF's storage model).
struct StorageUse
{
    QString name;
    UncertainValue tb; // allocated capacity, before replication
    UncertainValue hoursPerYear;
    NumberOrFactor whPerTbH;
    NumberOrFactor replication; // absent: 1
    NumberOrFactor pue;
    QString grid;
    UnknownFields unknown;
};

struct DigitalService
{
    std::optional<NetworkUse> network;
    std::optional<DataCenterUse> dataCenter;
    std::optional<AiUse> ai;
    QList<ComputeUse> compute;
    QList<AcceleratorUse> accelerators;
    QList<StorageUse> storage;
    UnknownFields unknown;

    // The factor ids of compute, accelerators and storage (grids and parameter factors), in
    // order, with repeats; Profile::factorIds() adds them to the snapshot.
    QStringList modelFactorIds() const
    {
        QStringList ids;
        auto add = [&ids](std::initializer_list<const NumberOrFactor *> values,
                          const QString &grid) {
            for (const NumberOrFactor *v : values) {
                if (!v->factor.isEmpty())
                    ids.append(v->factor);
            }
            ids.append(grid);
        };
        for (const ComputeUse &c : compute)
            add({&c.utilisation, &c.minW, &c.maxW, &c.pue}, c.grid);
        for (const AcceleratorUse &a : accelerators)
            add({&a.powerW, &a.idleW, &a.maxW, &a.utilisation, &a.pue}, a.grid);
        for (const StorageUse &s : storage)
            add({&s.whPerTbH, &s.replication, &s.pue}, s.grid);
        return ids;
    }
};

struct EndOfLifeRoute
{
    QString factor;
    UncertainValue share;
    UnknownFields unknown;
};

struct EndOfLife
{
    QList<EndOfLifeRoute> routes;
    UnknownFields unknown;
};

struct Offsets
{
    UncertainValue kgCo2e;
    QString standard;
    QString certificate;
    UnknownFields unknown;
};

// A product profile, format v1 (docs/profile-format.md).
struct Profile
{
    static constexpr const char *kFormat = "carbonlabel-profile";
    static constexpr int kVersion = 1;

    ProductInfo product;
    QList<MaterialLine> materials;
    std::optional<Manufacturing> manufacturing;
    QList<MaterialLine> packaging;
    QList<DistributionLeg> distribution;
    std::optional<UsePhase> use;
    std::optional<DigitalService> digitalService;
    std::optional<EndOfLife> endOfLife;
    std::optional<Offsets> offsets;
    Json factorSnapshot; // as read; rewritten on save from the factor database
    // The optional PACT identifiers (docs/exchange.md), kept as read and written back;
    // PactFields::fromProfile checks them when a PACT footprint is exported.
    Json pact;
    UnknownFields unknown;

    // Every factor id the profile refers to, in order of first use, without repeats.
    QStringList factorIds() const;
};

} // namespace carbonlabel
