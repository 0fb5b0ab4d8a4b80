#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace carbonlabel {

// The part of a product a factor or a materials line stands for ("display", "main_board", ...),
// so that a bill of materials can be checked for the parts a complete one has
// (docs/factors.md, "Component classes"). The ids are the values of the factor CSV's
// component_class column and of a materials line's "component".
class ComponentClass
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::ComponentClass)

public:
    static QStringList ids(); // in the order they are listed to users
    static bool isKnown(const QString &id);
    static QString english(const QString &id); // empty for an unknown id
    static QString chinese(const QString &id);
    static QString inLanguage(const QString &id, const QString &language); // "en" or "zh"
    static QString translated(const QString &id); // through tr(), for the UI and the CLI
};

} // namespace carbonlabel
