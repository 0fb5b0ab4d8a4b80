#pragma once

#include "core/profile/diagnostic.h"

#include "core/document/readonlytablemodel.h"

namespace carbonlabel {

class ProfileDocument;

// The problems of the open profile, errors first, each with where it is ("Materials, line 3 ·
// quantity") and the message; PathRole lets the window jump to the field.
class DiagnosticsModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    // Summary: "Materials, line 3 · quantity: expected a number", for a one-column list.
    enum Column { Location, Message, Summary, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SeverityRole };

    explicit DiagnosticsModel(ProfileDocument *document, QObject *parent = nullptr);

    int errorCount() const { return m_errors; }
    int warningCount() const { return static_cast<int>(m_rows.size()) - m_errors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;

private:
    void rebuild();

    ProfileDocument *m_document;
    Diagnostics m_rows;
    int m_errors = 0;
};

} // namespace carbonlabel
