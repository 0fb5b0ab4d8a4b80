#include "csvreader.h"

#include <QFile>
#include <QStringDecoder>

namespace carbonlabel {

namespace {

// Walks the bytes. Every structural character (quote, comma, CR, LF) is ASCII and never part of
// a UTF-8 multi-byte sequence, so splitting bytes first and decoding each field afterwards is safe.
class Parser
{
public:
    explicit Parser(const QByteArray &data)
        : m_data(data)
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = m_lineStart = 3;
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_data.size() ? m_data.at(m_pos + ahead) : '\0';
    }
    // Length of the line break at the cursor: 2 for CRLF, 1 for LF or a lone CR, 0 otherwise.
    int lineBreakLength() const
    {
        if (peek() == '\r')
            return peek(1) == '\n' ? 2 : 1;
        return peek() == '\n' ? 1 : 0;
    }
    void skipLineBreak(int length)
    {
        m_pos += length;
        m_lineStart = m_pos;
        ++m_line;
    }
    // 1-based column, in characters, of byte offset `pos` on the current line.
    int columnOf(qsizetype pos, qsizetype lineStart) const
    {
        int column = 1;
        for (qsizetype i = lineStart; i < pos && i < m_data.size(); ++i) {
            if ((static_cast<unsigned char>(m_data.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        return column;
    }

    CsvReader::Result run();

private:
    bool readField(QByteArray *field, CsvReader::Result *result);
    void fail(CsvReader::Result *result, const QString &message, int line, int column)
    {
        result->error = message;
        result->errorLine = line;
        result->errorColumn = column;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

bool Parser::readField(QByteArray *field, CsvReader::Result *result)
{
    field->clear();
    if (peek() != '"') {
        while (!atEnd() && peek() != ',' && lineBreakLength() == 0) {
            if (peek() == '"') {
                fail(result,
                     CsvReader::tr("a quote inside an unquoted field (quote the whole field and "
                                   "double the quote)"),
                     m_line, columnOf(m_pos, m_lineStart));
                return false;
            }
            field->append(peek());
            ++m_pos;
        }
        return true;
    }

    const int openLine = m_line;
    const int openColumn = columnOf(m_pos, m_lineStart);
    ++m_pos; // the opening quote
    for (;;) {
        if (atEnd()) {
            fail(result, CsvReader::tr("the quote opened here is never closed"), openLine,
                 openColumn);
            return false;
        }
        if (peek() == '"') {
            if (peek(1) == '"') {
                field->append('"');
                m_pos += 2;
                continue;
            }
            ++m_pos; // the closing quote
            break;
        }
        if (const int length = lineBreakLength()) {
            field->append('\n');
            skipLineBreak(length);
            continue;
        }
        field->append(peek());
        ++m_pos;
    }
    if (!atEnd() && peek() != ',' && lineBreakLength() == 0) {
        fail(result, CsvReader::tr("unexpected character after a closing quote"), m_line,
             columnOf(m_pos, m_lineStart));
        return false;
    }
    return true;
}

CsvReader::Result Parser::run()
{
    CsvReader::Result result;
    QByteArray bytes;
    while (!atEnd()) {
        if (const int length = lineBreakLength()) {
            skipLineBreak(length); // an empty line is not a row
            continue;
        }
        CsvReader::Row row;
        row.line = m_line;
        for (;;) {
            const int fieldLine = m_line;
            const qsizetype fieldStart = m_pos;
            const qsizetype fieldLineStart = m_lineStart;
            if (!readField(&bytes, &result))
                return result;
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            QString text = decoder.decode(bytes);
            if (decoder.hasError()) {
                fail(&result, CsvReader::tr("the field is not valid UTF-8 text"), fieldLine,
                     columnOf(fieldStart, fieldLineStart));
                return result;
            }
            row.fields.append(std::move(text));
            if (peek() == ',' && !atEnd()) {
                ++m_pos;
                continue;
            }
            if (const int length = lineBreakLength())
                skipLineBreak(length);
            break;
        }
        result.rows.append(std::move(row));
    }
    return result;
}

} // namespace

CsvReader::Result CsvReader::parse(const QByteArray &data)
{
    return Parser(data).run();
}

CsvReader::Result CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return parse(file.readAll());
}

} // namespace carbonlabel
