#pragma once

#include "core/evaluation/peerbenchmark.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace carbonlabel {

// The footprint panel's peer bands (docs/benchmark.md): for the total and for materials and
// manufacturing, the published P10–P90 band of the product's group with the product's mark,
// a line saying where it lands, and the attribution. Hidden without a group.
class PeerBandView : public QWidget
{
    Q_OBJECT

public:
    explicit PeerBandView(QWidget *parent = nullptr);

    void setComparison(const std::optional<BenchmarkComparison> &comparison, bool stale);
    void retranslateUi();

private:
    std::optional<BenchmarkComparison> m_comparison;
    QLabel *m_title;
    QLabel *m_totalText;
    QWidget *m_totalBand;
    QLabel *m_manufacturingText;
    QWidget *m_manufacturingBand;
    QLabel *m_attribution;
};

} // namespace carbonlabel
