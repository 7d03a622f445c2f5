#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace concierge {

// RFC 4180 CSV: quoted fields with "" escapes, separators and line breaks inside quotes, CRLF or LF, a UTF-8 BOM.
// Blank lines are skipped. Malformed input (an unterminated quote, text after a closing quote) is an Error that
// names the line.
class CsvReader
{
public:
    using Record = QHash<QString, QString>;

    // `lines` (may be null) receives the line each returned row starts on (1-based), for messages about a row.
    static Result<QList<QStringList>> parse(const QString &text, QChar separator = QLatin1Char(','),
                                            QList<int> *lines = nullptr);
    // The first row names the columns; each following row maps name -> value (missing trailing fields are empty).
    // A row with more fields than the header is an error.
    static Result<QList<Record>> parseRecords(const QString &text, QChar separator = QLatin1Char(','));
    // Reads a UTF-8 file (or a Qt resource, ":/...") then parseRecords().
    static Result<QList<Record>> readRecords(const QString &path, QChar separator = QLatin1Char(','));
};

} // namespace concierge
