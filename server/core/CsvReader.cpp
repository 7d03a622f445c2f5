#include "core/CsvReader.h"

#include <QFile>

namespace concierge {

namespace {

Error malformed(int line, const QString &why)
{
    return Error{QStringLiteral("csv_malformed"), QStringLiteral("line %1: %2").arg(line).arg(why)};
}

bool isBlank(const QStringList &row)
{
    return row.size() == 1 && row.constFirst().isEmpty();
}

} // namespace

Result<QList<QStringList>> CsvReader::parse(const QString &input, QChar separator, QList<int> *lines)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    int line = 1;
    int rowLine = 1;   // where the current row started
    int quoteLine = 0; // line where the open quote started (for the error)
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field just closed: only a separator or end of line may follow
    const auto endRow = [&] {
        row.append(field);
        field.clear();
        if (!isBlank(row)) {
            rows.append(row);
            if (lines)
                lines->append(rowLine);
        }
        row.clear();
        afterQuote = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
        } else if (c == separator) {
            row.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the row
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endRow();
            ++line;
            rowLine = line;
        } else if (afterQuote) {
            return malformed(line, QStringLiteral("text after a closing quote"));
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            quoteLine = line;
        } else {
            field.append(c); // a quote inside an unquoted field is kept as is (lenient, like most readers)
        }
    }
    if (inQuotes)
        return malformed(quoteLine, QStringLiteral("unterminated quoted field"));
    if (!field.isEmpty() || !row.isEmpty() || afterQuote)
        endRow();
    return rows;
}

Result<QList<CsvReader::Record>> CsvReader::parseRecords(const QString &text, QChar separator)
{
    auto rows = parse(text, separator);
    if (!rows)
        return rows.error();
    QList<Record> out;
    if (rows->isEmpty())
        return out;
    QStringList header = rows->constFirst();
    for (QString &name : header)
        name = name.trimmed();
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList &row = rows->at(r);
        if (row.size() > header.size())
            return Error{
                QStringLiteral("csv_malformed"),
                QStringLiteral("record %1 has %2 fields, the header has %3").arg(r).arg(row.size()).arg(header.size())};
        Record record;
        for (qsizetype c = 0; c < header.size(); ++c)
            record.insert(header.at(c), c < row.size() ? row.at(c) : QString());
        out.append(std::move(record));
    }
    return out;
}

Result<QList<CsvReader::Record>> CsvReader::readRecords(const QString &path, QChar separator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io_error"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    auto records = parseRecords(QString::fromUtf8(file.readAll()), separator);
    if (!records)
        return Error{records.error().code, path + QStringLiteral(": ") + records.error().message};
    return records;
}

} // namespace concierge
