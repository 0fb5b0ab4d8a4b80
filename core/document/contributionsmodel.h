#pragma once

#include "core/document/readonlytablemodel.h"

namespace carbonlabel {

class ProfileDocument;

// Where the emissions come from: one row per input line of the evaluation, largest share
// first (end-of-life credits, which are never netted, are left out). Read only.
class ContributionsModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { Source, Stage, Factor, KgCo2e, Share, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ValueRole };

    explicit ContributionsModel(ProfileDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A line's name as the table shows it: the part, or what the line is ("Assembly energy").
    QString describe(const QString &path) const;

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;

private:
    struct Row
    {
        QString path;
        int stage = 0;
        QString factorId;
        double kg = 0.0;
    };

    void rebuild();

    ProfileDocument *m_document;
    QList<Row> m_rows;
    double m_total = 0.0;
};

} // namespace carbonlabel
