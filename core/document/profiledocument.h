#pragma once

#include "core/evaluation/profileevaluator.h"
#include "core/profile/factorsnapshot.h"
#include "core/profile/profilefields.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace carbonlabel {

class FactorDatabase;

// One open profile: the Profile, its file, its undo stack and its evaluation. Everything that
// edits it goes through an undo command (core/*command.h), which calls the apply* functions
// below; the models and the window listen to the signals.
//
// What the user types is never thrown away: a number field that does not hold a number keeps
// the text as typed ("raw"), shown in the field and written into the file as it is, and the
// reader, run over the profile with those texts in place, names the problem at the field's
// JSON path, exactly as it would for the saved file.
class ProfileDocument : public QObject
{
    Q_OBJECT

public:
    // A field as an undo command saves and restores it: the profile's value, and the raw JSON
    // value that stands in its place when what was typed is not a valid value.
    struct FieldState
    {
        ProfileFields::Value value;
        std::optional<Json> raw; // null: the member is left out (a required field emptied)
    };

    // A factor whose value recorded in the profile's factor_snapshot is not the database's.
    using SnapshotDifference = FactorSnapshot::Difference;

    explicit ProfileDocument(const FactorDatabase *database, QObject *parent = nullptr);
    ~ProfileDocument() override;

    const FactorDatabase *database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // --- The file -----------------------------------------------------------------------
    // A blank profile to start from: one product, use and manufacturing on `defaultGrid`.
    static Profile blankProfile(const QString &defaultGrid);
    // Reads a profile; a file with errors is still opened (the errors are shown at their
    // fields). Fails only when the file cannot be read or is not a JSON object.
    bool open(const QString &fileName, QString *errorString);
    // The same from bytes; `fileName` becomes the document's file (may be empty).
    bool openData(const QByteArray &data, const QString &fileName, QString *errorString);
    void reset(const Profile &profile, const QString &fileName = {});
    // Atomic; the snapshot records the database's value of every factor used, except the
    // recorded values the user has not chosen to update (see updateSnapshot()).
    bool save(const QString &fileName, QString *errorString);
    // What save() writes.
    QByteArray toData() const;
    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    // The file's name without folder, or "Untitled" (translated).
    QString displayName() const;
    bool isModified() const;
    void setClean();
    // Marks the document as changed since its file was saved, e.g. after recovering work.
    void markModified();

    // --- Content ------------------------------------------------------------------------
    const Profile &profile() const { return m_profile; }
    const Evaluation &evaluation() const { return m_evaluation; }
    // The last evaluation without errors: what the footprint panel keeps showing, marked as
    // not up to date, while the user is in the middle of fixing a value.
    const Evaluation &lastValidEvaluation() const { return m_lastValid; }
    bool isStale() const { return !m_evaluation.ok(); }
    const Diagnostics &diagnostics() const { return m_evaluation.diagnostics; }
    // The messages that belong to the field or row at `path`: its own, its children's
    // ("materials[0].quantity.min") and its parents' ("materials[0]", "end_of_life.routes"),
    // but never the document's as a whole.
    Diagnostics diagnosticsAt(const QString &path) const;
    int errorCount() const;
    // How long the last evaluation took, in nanoseconds.
    qint64 evaluationNanoseconds() const { return m_evaluationNs; }

    // A factor from the database, cached until the next evaluation (views ask often).
    std::optional<Factor> factor(const QString &id) const;

    QString defaultGrid() const { return m_defaultGrid; }
    void setDefaultGrid(const QString &grid) { m_defaultGrid = grid; }

    // --- Editing (each pushes one undo command) -------------------------------------------
    // The text a field shows in an editor: what was typed when it is not valid, else its
    // value in the locale's form; empty for an absent optional number.
    QString fieldText(const QString &path) const;
    bool hasRawText(const QString &path) const { return m_raw.contains(path); }
    // Typing into a field: consecutive calls for the same field merge into one undo step
    // until closeEditing(). Does nothing when the text would not change the field.
    void setFieldText(const QString &path, const QString &text);
    // A number with its distribution (triangular, lognormal, uniform), as one undo
    // step; the reader checks it (min <= value <= max, gsd >= 1) like any other value.
    void setFieldNumber(const QString &path, const UncertainValue &value);
    // The number at `path`, when the field holds one.
    std::optional<UncertainValue> fieldNumber(const QString &path) const;
    // The editor lost focus or the user pressed Enter: the next edit is a new undo step.
    void closeEditing();
    int editingGeneration() const { return m_editingGeneration; }

    int rowCount(ProfileList list) const { return ProfileFields::rowCount(m_profile, list); }
    void insertRow(ProfileList list, int row);
    // A line with its content, as one undo step.
    void insertRow(ProfileList list, int row, const ProfileRow &data);
    void removeRow(ProfileList list, int row);
    void moveRow(ProfileList list, int from, int to);

    bool hasSection(const QString &section) const;
    void setSection(const QString &section, bool present);

    QList<SnapshotDifference> snapshotDifferences() const { return m_snapshotDifferences; }
    std::optional<SnapshotDifference> snapshotDifference(const QString &factorId) const;
    // Records the database's current value of `factorId` in the snapshot (one undo step).
    void updateSnapshot(const QString &factorId);

    // --- For the undo commands --------------------------------------------------------------
    FieldState fieldState(const QString &path) const;
    // The state typing `text` into the field gives; nullopt when the path is not a field.
    std::optional<FieldState> stateForText(const QString &path, const QString &text) const;
    void applyFieldState(const QString &path, const FieldState &state);
    // Raw texts of a row, by path, as removed with it and restored on undo.
    using RawTexts = QHash<QString, Json>;
    void applyInsertRow(ProfileList list, int row, const ProfileRow &data, const RawTexts &raw);
    ProfileRow applyRemoveRow(ProfileList list, int row, RawTexts *raw);
    void applyProfile(const Profile &profile, const RawTexts &raw);
    RawTexts rawTexts() const { return m_raw; }
    void applySnapshotEntry(const QString &factorId, const Json &entry); // null removes

public slots:
    // Evaluates again, e.g. after the factor database changed.
    void reevaluate();

signals:
    void fieldChanged(const QString &path);
    void rowsAboutToBeInserted(carbonlabel::ProfileList list, int first, int last);
    void rowsInserted(carbonlabel::ProfileList list);
    void rowsAboutToBeRemoved(carbonlabel::ProfileList list, int first, int last);
    void rowsRemoved(carbonlabel::ProfileList list);
    void profileAboutToBeReset();
    void profileReset();
    void snapshotChanged();
    // The evaluation and its diagnostics are new.
    void evaluated();
    // Any change of content, undo and redo included (autosave listens).
    void contentChanged();
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    Json jsonWithRawTexts(const Profile &profile) const;
    void recoverRawTexts(const Json &root, const Diagnostics &diagnostics);
    // What only the file can say, which no edit in the window changes: the reader's messages on
    // the cloud models (not edited here), the factor snapshot and the PACT identifiers.
    static Diagnostics fileOnlyDiagnostics(const Diagnostics &read);
    void shiftRawTexts(ProfileList list, int fromRow, int delta);
    void changed();

    const FactorDatabase *m_database;
    QUndoStack *m_undoStack;
    Profile m_profile;
    RawTexts m_raw;
    Diagnostics m_fileDiagnostics;
    QString m_fileName;
    QString m_defaultGrid;
    Evaluation m_evaluation;
    Evaluation m_lastValid;
    QList<SnapshotDifference> m_snapshotDifferences;
    qint64 m_evaluationNs = 0;
    mutable QHash<QString, std::optional<Factor>> m_factorCache;
    int m_editingGeneration = 0;
};

} // namespace carbonlabel
