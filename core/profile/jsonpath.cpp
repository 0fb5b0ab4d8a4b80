#include "core/profile/jsonpath.h"

namespace carbonlabel {

namespace {

// Follows the first `count` tokens from `v`; const and mutable documents alike.
template<typename J> J *walk(J *v, const QStringList &tokens, qsizetype count)
{
    for (qsizetype n = 0; n < count; ++n) {
        const QString &t = tokens[n];
        if (t.startsWith(QLatin1Char('['))) {
            const std::size_t i = t.mid(1, t.size() - 2).toULongLong();
            if (!v->is_array() || i >= v->size())
                return nullptr;
            v = &(*v)[i];
        } else {
            const std::string k = t.toStdString();
            if (!v->is_object() || !v->contains(k))
                return nullptr;
            v = &v->at(k);
        }
    }
    return v;
}

} // namespace

const Json *JsonPath::find(const Json &root, const QStringList &tokens)
{
    return walk(&root, tokens, tokens.size());
}

void JsonPath::patch(Json &root, const QStringList &tokens, const Json &value)
{
    if (tokens.isEmpty())
        return;
    Json *parent = walk(&root, tokens, tokens.size() - 1);
    if (!parent || !parent->is_object())
        return;
    const std::string k = tokens.last().toStdString();
    if (value.is_null())
        parent->erase(k);
    else
        (*parent)[k] = value;
}

} // namespace carbonlabel
