// libFuzzer target: any bytes opened as the window opens a file (ProfileDocument::openData:
// the reader, the texts of bad values kept as typed, the evaluation, the factor snapshot),
// then what the window does with them: the field texts and messages shown, updating the
// recorded factors, undo and redo, and saving. Nothing may throw or crash; what opens must
// open again from what it saves, and saving that gives the same bytes.
#include "fuzzdatabase.h"

#include "core/document/profiledocument.h"

#include <QUndoStack>

namespace {

void touchFields(const carbonlabel::ProfileDocument &doc)
{
    for (const carbonlabel::Diagnostic &d : doc.evaluation().diagnostics) {
        (void)doc.fieldText(d.path);
        (void)doc.fieldNumber(d.path);
        (void)doc.diagnosticsAt(d.path);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace carbonlabel;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ProfileDocument doc(fuzzDatabase());
    if (!doc.openData(bytes, QStringLiteral("fuzz.clprofile.json"), nullptr))
        return 0;
    touchFields(doc);
    const QByteArray saved = doc.toData();

    // What the window saves, it opens again, and saves the same way.
    ProfileDocument again(fuzzDatabase());
    if (!again.openData(saved, {}, nullptr))
        std::abort();
    if (again.toData() != saved)
        std::abort();

    // The banner's "Update all", then undo and redo.
    const auto differences = doc.snapshotDifferences();
    for (const ProfileDocument::SnapshotDifference &d : differences)
        doc.updateSnapshot(d.factorId);
    if (!doc.snapshotDifferences().isEmpty())
        std::abort();
    touchFields(doc);
    (void)doc.toData();
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    if (doc.toData() != saved)
        std::abort();
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    (void)doc.toData();
    return 0;
}
