#pragma once

#include "core/evaluation/refreshprofilevalues.h"
#include "lca/refreshcycleanalysis.h"

#include "core/document/readonlytablemodel.h"

namespace carbonlabel {

class ProfileDocument;

// Refresh cycles for the document's device (docs/uncertainty.md): one row per cycle length k with
// the devices bought, embodied and use emissions over the horizon and the annualised footprint; the
// best cycle is marked. The inputs (horizon, cycles, rates, the old device's energy) are set
// by the view; e0, a0 and g0 come from the profile's last valid evaluation.
class RefreshCycleModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { Cycle, Devices, Embodied, Use, PerYear, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, BestRole };

    explicit RefreshCycleModel(ProfileDocument *document, QObject *parent = nullptr);

    lca::RefreshCycleInputs inputs() const { return m_inputs; }
    // The rates, horizon and cycles; e0, a0, g0 are taken from the profile on run().
    void setInputs(const lca::RefreshCycleInputs &inputs) { m_inputs = inputs; }
    // The old device's annual energy for the replace-now question; 0 leaves it out.
    void setOldAnnualEnergyKwh(double kwh) { m_oldAnnualKwh = kwh; }

    void run();
    bool hasResult() const { return m_result.has_value(); }
    // Why there is no result (translated), when there is none.
    QString problem() const { return m_problem; }
    const std::optional<lca::RefreshCycleResult> &result() const { return m_result; }
    const RefreshProfileValues &values() const { return m_values; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;

private:
    ProfileDocument *m_document;
    lca::RefreshCycleInputs m_inputs;
    double m_oldAnnualKwh = 0.0;
    RefreshProfileValues m_values;
    std::optional<lca::RefreshCycleResult> m_result;
    QString m_problem;
};

} // namespace carbonlabel
