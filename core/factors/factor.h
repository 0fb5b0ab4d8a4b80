#pragma once

#include "lca/pedigreematrix.h"

#include <QString>

namespace carbonlabel {

// One emission factor or model constant, as in resources/factors/factors.csv (docs/factors.md).
struct Factor
{
    QString id;
    QString category;
    QString nameEn;
    QString nameZh;
    double value = 0.0;
    QString unit; // e.g. "kgCO2e/kg", "kgCO2/kWh", "W", "dimensionless"
    QString region;
    int year = 0; // 0 when the source gives none
    QString source;
    QString sourceDetail;
    // The basic uncertainty (the spread the source itself states), as a geometric standard
    // deviation; 0 when the source gives none. The pedigree scores add to it.
    double uncertaintyGsd = 0.0;
    lca::PedigreeScores pedigree; // all 0 when not scored
    // Why the scores are what they are, and the notes (conversions, ranges, caveats), each in
    // English and in Chinese; the Chinese may be empty (qualityNote(), notes()).
    QString qualityNoteEn;
    QString qualityNoteZh;
    QString notesEn;
    QString notesZh;
    // The part of a product it stands for (ComponentClass); empty where that depends on the
    // use (a material such as aluminium) or where it is no part (a grid, a transport mode).
    QString componentClass;
    // For a grid factor (docs/factors.md, "Grid factors"): basis "lifecycle" or "combustion";
    // method "location", "market" or "residual"; scope "generation" (per kWh generated in
    // the area), "consumption" (per kWh consumed, imports traced), a fragment ("td_losses",
    // "wtt": losses or upstream fuel alone) or "constant" (a model's or a paper's fixed
    // figure). Empty where not stated, and for other factors.
    QString gridBasis;
    QString gridMethod;
    QString gridScope;
    QString datasetVersion; // the shipped dataset's version, or "user" for the user layer
    bool userDefined = false;

    // A fragment of a grid factor: its T&D losses or its upstream fuel (well-to-tank) alone.
    bool isGridFragment() const
    {
        return gridScope == QLatin1String("td_losses") || gridScope == QLatin1String("wtt");
    }
    // A model's or a paper's fixed figure rather than a grid's measured intensity.
    bool isGridConstant() const { return gridScope == QLatin1String("constant"); }
    // Whether a list from which a grid is chosen (the window's grid fields, the settings'
    // default grid, `where`'s default grids) offers it: every factor but a grid fragment or
    // constant. Those stay usable by typing their id.
    bool offeredAsGrid() const { return !isGridFragment() && !isGridConstant(); }

    // Its name in `language` ("zh" or "en"), the other one when that is empty.
    QString name(const QString &language) const
    {
        return language == QLatin1String("zh") && !nameZh.isEmpty() ? nameZh : nameEn;
    }
    // Its notes and its data-quality note in `language`, the English when the Chinese is empty.
    QString notes(const QString &language) const
    {
        return language == QLatin1String("zh") && !notesZh.isEmpty() ? notesZh : notesEn;
    }
    QString qualityNote(const QString &language) const
    {
        return language == QLatin1String("zh") && !qualityNoteZh.isEmpty() ? qualityNoteZh
                                                                           : qualityNoteEn;
    }

    // The GSD of its basic uncertainty and pedigree scores, before a profile adjusts them (1:
    // no spread).
    double gsd() const { return lca::PedigreeMatrix::gsd(pedigree, uncertaintyGsd); }

    bool operator==(const Factor &) const = default;
};

} // namespace carbonlabel
