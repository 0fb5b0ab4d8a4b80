#pragma once

#include <QString>

namespace carbonlabel {

// The text FactorDatabase indexes and queries with SQLite FTS5 (unicode61 tokenizer).
// unicode61 keeps a run of Han characters as one token, and the trigram tokenizer finds nothing
// under three characters (docs/factors.md), yet 铝, 铜 and 电网 are the usual queries. So the
// Chinese name is also indexed as single characters (unigrams) and as overlapping pairs
// (bigrams): one character matches a unigram, and two or more match as a phrase of consecutive
// bigrams, which is exactly a substring match.
class FactorSearchText
{
public:
    // "铝（通用，市场平均）ABS" -> "铝 通 用 市 场 平 均 ABS": each Han character, and each run of
    // other letters and digits as one word.
    static QString unigrams(const QString &nameZh);
    // "原生铝（通用）" -> "原生 生铝 0 通用": the pairs of each run of Han characters; runs are
    // separated by the token "0" so that a phrase cannot match across punctuation.
    static QString bigrams(const QString &nameZh);
    // The FTS5 MATCH expression for what a user typed, or an empty string when nothing
    // searchable is left. Words (Latin letters, digits) become prefix terms over id, category,
    // region, name_en and the unigrams; one Han character a unigram term; two or more a bigram
    // phrase. Terms are ANDed. Only letters, digits and Han characters survive and every term is
    // a quoted string, so no operator, column filter or quote can reach FTS5.
    static QString ftsExpression(const QString &query);
};

} // namespace carbonlabel
