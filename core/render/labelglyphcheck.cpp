#include "core/render/labelglyphcheck.h"

#include "core/render/labelfonts.h"

namespace carbonlabel {

namespace {

// The innermost check of this thread: batch renders on several threads at once.
thread_local LabelGlyphCheck *t_current = nullptr;

} // namespace

LabelGlyphCheck::LabelGlyphCheck()
    : m_outer(t_current)
{
    t_current = this;
}

LabelGlyphCheck::~LabelGlyphCheck()
{
    t_current = m_outer;
}

void LabelGlyphCheck::drawn(const QString &text)
{
    LabelGlyphCheck *check = t_current;
    if (!check || check->m_checked.contains(text))
        return;
    check->m_checked.insert(text);
    const QString missing = LabelFonts::missingCharacters(text);
    if (!missing.isEmpty())
        check->m_warnings << LabelFonts::missingWarning(text, missing);
}

} // namespace carbonlabel
