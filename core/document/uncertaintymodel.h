#pragma once

#include "lca/montecarlo.h"

#include "core/document/readonlytablemodel.h"

namespace carbonlabel {

class ProfileDocument;

// Monte Carlo over the document's last valid evaluation (docs/uncertainty.md: fixed seed, 10,000
// samples unless chosen): the percentiles of the total and, as rows, the inputs that matter most
// (squared Spearman correlation, normalised to 100 %). Run on demand: the window runs it when
// the view is shown and the profile has changed.
class UncertaintyModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { Input, Share, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ValueRole };

    struct Histogram
    {
        double min = 0.0;
        double max = 0.0;
        QList<int> counts;
    };

    explicit UncertaintyModel(ProfileDocument *document, QObject *parent = nullptr);

    void setSamples(int samples) { m_options.samples = samples; }
    void setSeed(quint64 seed) { m_options.seed = seed; }
    void setFactorUncertainty(bool on) { m_options.factorUncertainty = on; }
    const lca::MonteCarloOptions &options() const { return m_options; }

    void run();
    bool hasResult() const { return m_hasResult; }
    const lca::MonteCarloResult &result() const { return m_result; }
    // The total varies at all: some number or factor carries a distribution.
    bool varies() const;
    // The sampled totals in `bins` equal bins from the smallest to the largest.
    Histogram histogram(int bins) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;

private:
    QString inputName(const QString &path) const;

    ProfileDocument *m_document;
    lca::MonteCarloOptions m_options;
    lca::MonteCarloResult m_result;
    bool m_hasResult = false;
};

} // namespace carbonlabel
