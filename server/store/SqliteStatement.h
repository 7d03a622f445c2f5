#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace concierge::store {

class DbContext;

// The SQLite connection under the context's QSqlDatabase (QtSql's documented driver()->handle()); nullptr on
// PostgreSQL.
sqlite3 *sqliteHandleOf(DbContext &ctx);

// A statement on the database thread's SQLite connection, run through SQLite's own interface rather than QtSql's:
// for the statements every webhook runs (InboxRepository::insertIfNew). QtSql binds each value as a QVariant, hands
// text over as UTF-16 for SQLite to convert back to UTF-8, and builds its row cache at each execution; here text is
// bound as UTF-8 once and nothing else is allocated. Same connection, so it runs inside the batch's transaction and
// savepoints like any other statement. Made by DbContext::prepareSqlite(), which keeps it for the connection's life.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Placeholders are numbered from 1, as in SQLite. A null QString is bound as '' (every column is NOT NULL).
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    // Runs the statement to its end and resets it (its bindings too): the rows it changed (sqlite3_changes), or the
    // error naming the statement.
    Result<int> run();
    // The rowid of this connection's last insert (sqlite3_last_insert_rowid).
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    QString m_prepareError; // prepare failed: every run() reports it
    // The UTF-8 of the texts bound, one buffer per placeholder, kept until run() (SQLITE_STATIC: SQLite reads them
    // in place, no copy).
    std::vector<QByteArray> m_texts;
};

} // namespace concierge::store
