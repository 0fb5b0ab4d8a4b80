#include "factorsearchtext.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <string>

namespace carbonlabel {

namespace {

constexpr int kMaxQueryLength = 256;
constexpr int kMaxQueryTerms = 16;
const QString kRunSeparator = QStringLiteral("0");

enum class CharKind { Separator, Word, Ideograph };

CharKind kindOf(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return CharKind::Ideograph;
    default:
        break;
    }
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) ? CharKind::Word : CharKind::Separator;
}

struct Run
{
    CharKind kind;
    std::u32string text;
};

// Splits text as unicode61 would, and also at every boundary between Han and other letters.
QList<Run> runsOf(const QString &text)
{
    QList<Run> runs;
    std::u32string current;
    CharKind currentKind = CharKind::Separator;
    for (const uint code : text.toUcs4()) {
        const CharKind kind = kindOf(char32_t(code));
        if (kind != currentKind && !current.empty()) {
            runs.append(Run{currentKind, current});
            current.clear();
        }
        currentKind = kind;
        if (kind != CharKind::Separator)
            current.push_back(char32_t(code));
    }
    if (!current.empty())
        runs.append(Run{currentKind, current});
    return runs;
}

QString fromUcs4(const std::u32string &text, size_t from = 0, size_t length = std::u32string::npos)
{
    const std::u32string part = text.substr(from, length);
    return QString::fromUcs4(part.data(), qsizetype(part.size()));
}

QString bigramsOfRun(const std::u32string &run)
{
    QStringList tokens;
    for (size_t i = 0; i + 1 < run.size(); ++i)
        tokens.append(fromUcs4(run, i, 2));
    return tokens.join(u' ');
}

} // namespace

QString FactorSearchText::unigrams(const QString &nameZh)
{
    QStringList tokens;
    for (const Run &run : runsOf(nameZh)) {
        if (run.kind == CharKind::Word) {
            tokens.append(fromUcs4(run.text));
            continue;
        }
        for (size_t i = 0; i < run.text.size(); ++i)
            tokens.append(fromUcs4(run.text, i, 1));
    }
    return tokens.join(u' ');
}

QString FactorSearchText::bigrams(const QString &nameZh)
{
    QStringList runs;
    for (const Run &run : runsOf(nameZh)) {
        if (run.kind == CharKind::Ideograph && run.text.size() >= 2)
            runs.append(bigramsOfRun(run.text));
    }
    return runs.join(u' ' + kRunSeparator + u' ');
}

QString FactorSearchText::ftsExpression(const QString &query)
{
    QStringList terms;
    for (const Run &run : runsOf(query.left(kMaxQueryLength))) {
        if (terms.size() == kMaxQueryTerms)
            break;
        if (run.kind == CharKind::Word) {
            const QString word = fromUcs4(run.text);
            if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isMark(); }))
                continue; // a lone accent would make an empty phrase, which matches nothing
            terms.append(
                    QStringLiteral("{id category region name_en zh_unigrams} : \"%1\"*").arg(word));
        } else if (run.text.size() == 1) {
            terms.append(QStringLiteral("zh_unigrams : \"%1\"").arg(fromUcs4(run.text)));
        } else {
            terms.append(QStringLiteral("zh_bigrams : \"%1\"").arg(bigramsOfRun(run.text)));
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace carbonlabel
