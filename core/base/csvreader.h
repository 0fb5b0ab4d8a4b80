#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace carbonlabel {

// RFC 4180 CSV: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF
// line ends, UTF-8 with or without a byte-order mark. Malformed input is reported, never guessed.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(carbonlabel::CsvReader)

public:
    struct Row
    {
        int line = 0; // 1-based line on which the row starts
        QStringList fields;
    };

    struct Result
    {
        QList<Row> rows; // on error, the rows before the malformed one
        QString error; // empty when the whole input was read
        int errorLine = 0; // 1-based
        int errorColumn = 0; // 1-based, in characters

        bool ok() const { return error.isEmpty(); }
    };

    // Lines that are completely empty (not even a quoted empty field) are skipped, so a final
    // line break or blank lines between rows do not make rows. A CRLF inside a quoted field
    // becomes LF, so a file reads the same whether it was saved on Windows or not.
    static Result parse(const QByteArray &data);
    static Result readFile(const QString &path);
};

} // namespace carbonlabel
