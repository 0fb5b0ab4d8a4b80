#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace carbonlabel {

// Collects, on the thread that made it and while it lives, one warning for each text drawn
// through LabelPainter that has characters the label font lacks (LabelFonts::missingCharacters):
// such a character prints as an empty box, and the user must hear of it, since the PDF cannot
// say. LabelRenderer makes one around every document it renders, whichever renderer draws it;
// without one, drawing checks nothing.
class LabelGlyphCheck
{
public:
    LabelGlyphCheck();
    ~LabelGlyphCheck();
    LabelGlyphCheck(const LabelGlyphCheck &) = delete;
    LabelGlyphCheck &operator=(const LabelGlyphCheck &) = delete;

    // Translated, one per text, in drawing order.
    QStringList warnings() const { return m_warnings; }

    // LabelPainter calls this for every text it draws.
    static void drawn(const QString &text);

private:
    LabelGlyphCheck *m_outer;
    QSet<QString> m_checked;
    QStringList m_warnings;
};

} // namespace carbonlabel
