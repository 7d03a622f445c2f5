#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/JsonRows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>

// Conversions shared by the repositories: every column is NOT NULL, so a null QString must be bound as ''.
namespace concierge::store::sql {

inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QVariant json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// PostgreSQL: "column IN these strings" with the strings bound as ONE parameter (anyOf()), so that one prepared
// statement takes any count; "= ANY(ARRAY(..))", not "IN (SELECT ..)": an index lookup per value on a large table
// (on a small unanalysed one the planner may scan it; for a unique key, rowsWithKeysIn() never does).
inline const QString kAnyOfJson = QStringLiteral(" = ANY(ARRAY(SELECT json_array_elements_text(CAST(? AS json))))");
inline QVariant anyOf(const QStringList &values)
{
    return JsonRows::strings(values);
}
// PostgreSQL: these strings (anyOf()) as a table of one column c, each once: "FROM (" + kDistinctOfJson + ") AS w".
inline const QString kDistinctOfJson =
    QStringLiteral("SELECT DISTINCT c FROM json_array_elements_text(CAST(? AS json)) AS j(c)");

// PostgreSQL: "SELECT columns FROM table WHERE key IN these strings" for a unique key, the strings bound as ONE
// parameter (anyOf()). One index lookup per string (a LATERAL subquery with LIMIT 1 is never flattened into a scan),
// where "key = ANY(..)" leaves the choice to the planner: it takes the array for ten values and, on a table of a few
// thousand rows not analysed yet (a new database's first minute), reads the whole table instead (0.19 ms against 0.02
// for two conversations out of 1,668; bench/README.md, PostgreSQL round 8).
inline QString rowsWithKeysIn(const QString &columns, const QString &table, const QString &key)
{
    return QStringLiteral("SELECT found.* FROM json_array_elements_text(CAST(? AS json)) AS wanted(k) CROSS JOIN"
                          " LATERAL (SELECT ") +
           columns + QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE ") + key +
           QStringLiteral(" = wanted.k LIMIT 1) AS found");
}

// The ids a multi-row INSERT .. SELECT FROM json_to_recordset(..) RETURNING id gave, in the rows' order: the
// sequence is drawn row after row in the array's order, so the ascending ids follow it.
template <typename Query> // QSqlQuery or PgStatement
QList<qint64> returnedIds(Query &q)
{
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

inline QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

inline QVariant list(const QStringList &values)
{
    QStringList cleaned;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty())
            cleaned.append(trimmed);
    }
    return text(cleaned.join(QLatin1Char(',')));
}

inline QStringList splitList(const QVariant &value)
{
    QStringList out;
    const QStringList parts = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

// The first column of the next row as an id (RETURNING id); 0 when there is no row. The statement is closed at
// once: on SQLite a RETURNING statement left open keeps its statement journal open, the statements run after it
// nest theirs inside, and each of them, when closed, cuts that in-memory journal back by walking it from its start.
// Within a batch of a thousand inserts, on a large database (more old pages per insert), that walk was a fifth of
// the server's time (issue 14).
inline qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

// A one-row insert's new id, with " RETURNING id" on PostgreSQL only: on SQLite a RETURNING clause makes the insert
// keep a statement journal (a copy of every page it changes: ~30 more allocations a row, issue 14), and
// sqlite3_last_insert_rowid gives the id anyway. 0 when nothing was inserted (ON CONFLICT DO NOTHING).
inline QString returningId(const DbContext &ctx)
{
    return ctx.dialect() == Dialect::Postgres ? QStringLiteral(" RETURNING id") : QString();
}

inline qint64 insertedId(const DbContext &ctx, QSqlQuery &query)
{
    if (ctx.dialect() == Dialect::Postgres)
        return returnedId(query);
    return query.numRowsAffected() > 0 ? query.lastInsertId().toLongLong() : 0;
}

inline Result<int> countRows(QSqlQuery &query)
{
    if (!query.next())
        return Error{QStringLiteral("db_error"), QStringLiteral("COUNT returned no row")};
    return query.value(0).toInt();
}

// "%text%" for LIKE ... ESCAPE '\\' on a LOWER()ed column, with the user's own % and _ taken literally.
inline QString containsPattern(const QString &search)
{
    QString escaped = search.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace concierge::store::sql
