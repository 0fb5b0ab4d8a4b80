#pragma once

// The shipped examples for tests: the factor database the build made, with a user layer in a
// temporary folder (so a test never touches the user's own), the examples evaluated, and the
// mouse example changed and saved for a test. Needs CARBONLABEL_SOURCE_DIR and
// CARBONLABEL_FACTOR_DB, which tests/CMakeLists.txt defines.

#include "core/evaluation/profileevaluator.h"
#include "core/factors/factordatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <functional>

namespace carbonlabel::test {

class ExampleProfiles
{
public:
    // The path of resources/examples/NAME.clprofile.json.
    static QString path(const QString &name)
    {
        return QStringLiteral(CARBONLABEL_SOURCE_DIR "/resources/examples/") + name
                + QStringLiteral(".clprofile.json");
    }
    static QString mouse() { return path(QStringLiteral("wireless-mouse")); }

    // Opens the database; false (with `error`) when it cannot.
    bool open(QString *error = nullptr)
    {
        const bool ok = m_dir.isValid()
                && m_db.open(QStringLiteral(CARBONLABEL_FACTOR_DB),
                             m_dir.filePath(QStringLiteral("user.sqlite")));
        if (!ok && error)
            *error = m_dir.isValid() ? m_db.errorString() : m_dir.errorString();
        return ok;
    }

    FactorDatabase &database() { return m_db; }
    // A file name in the temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    Evaluation evaluate(const QString &file) const
    {
        return ProfileEvaluator::evaluateFile(file, m_db);
    }
    Evaluation example(const QString &name) const { return evaluate(path(name)); }

    // The mouse example with `change` applied, saved as NAME.clprofile.json in the temporary
    // folder, evaluated.
    Evaluation mouseWith(const QString &name, const std::function<void(nlohmann::json &)> &change)
    {
        QFile in(mouse());
        if (!in.open(QIODevice::ReadOnly))
            return {};
        nlohmann::json json = nlohmann::json::parse(in.readAll().toStdString());
        change(json);
        const QString file = filePath(name + QStringLiteral(".clprofile.json"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QByteArray::fromStdString(json.dump(2)));
        out.close();
        return evaluate(file);
    }

private:
    QTemporaryDir m_dir;
    FactorDatabase m_db;
};

} // namespace carbonlabel::test
