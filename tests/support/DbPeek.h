#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace concierge::testing {

class PgSchema;

// The test's own connection to the database a server under test writes, to look at rows the way a person with psql
// or sqlite3 would. It reconnects when the database went away (a restart under way) and answers nothing meanwhile.
class DbPeek
{
public:
    explicit DbPeek(const QString &sqlitePath);
    explicit DbPeek(const PgSchema &pg);
    ~DbPeek();
    DbPeek(const DbPeek &) = delete;
    DbPeek &operator=(const DbPeek &) = delete;

    // The first column of every row; empty when the database does not answer.
    QList<QVariant> column(const QString &sql);
    // The first column of the first row as a number, or -1 when the database does not answer.
    qint64 count(const QString &sql);

private:
    bool ready();

    QString m_name;
    QString m_schema; // PostgreSQL: the test's schema, put on the search path at each (re)connection
    QSqlDatabase m_db;
};

} // namespace concierge::testing
