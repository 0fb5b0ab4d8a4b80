#pragma once

#include "core/document/readonlytablemodel.h"
#include "core/evaluation/dataqualitysummary.h"

namespace carbonlabel {

class ProfileDocument;

// The data quality of the document's last valid evaluation (DataQualitySummary): a row per
// factor carrying part of the total, largest first, with its five pedigree scores and GSD.
class DataQualityModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column {
        Factor,
        Share,
        Reliability,
        Completeness,
        Temporal,
        Geographical,
        Technological,
        Gsd,
        ColumnCount
    };

    explicit DataQualityModel(ProfileDocument *document, QObject *parent = nullptr);

    void refresh();
    const DataQualitySummary &summary() const { return m_summary; }
    // "Data quality 1.6 of 5: good (contribution-weighted; 100 % of the total scored)".
    QString overallText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;

private:
    ProfileDocument *m_document;
    DataQualitySummary m_summary;
};

} // namespace carbonlabel
