#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace concierge::store {

class DbContext;

// The libpq connection under the context's QSqlDatabase (QtSql's documented driver()->handle()); nullptr on SQLite.
pg_conn *pgHandleOf(DbContext &ctx);

// A statement on the database thread's PostgreSQL connection, run through libpq's own interface rather than QtSql's:
// for the grouped statements of the message path (PgAccept, PgCommit, the outbox's marks). QPSQL runs a prepared
// statement as the text "EXECUTE name (values)", every value quoted into it: the rows of a batch, bound as one JSON
// text, were escaped by Qt, then lexed again by PostgreSQL's SQL parser before its JSON parser read them. Here the
// statement is prepared once per connection (PQprepare) and run with its values as parameters (PQexecPrepared):
// nothing is quoted nor parsed twice. Same connection, so it runs inside the batch's transaction like any other
// statement. Made by DbContext::preparePg(), which keeps it until the connection is replaced.
//
// The interface mirrors QSqlQuery's (exec, next, value) so that a repository reads its rows the same way on both.
class PgStatement
{
public:
    PgStatement(pg_conn *connection, QByteArray name, const QString &sql);
    ~PgStatement();
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    // Runs the statement with `values` for its placeholders ("?" in the SQL, in order): a QString or number as its
    // text, a bool as true/false, a null QVariant as NULL. The error names the statement. The rows answered are
    // read with next() and value() until the next exec() or finish().
    Status exec(const QVariantList &values);
    // exec(values) in the same round trip as the transaction's BEGIN before it and/or its COMMIT after it (libpq's
    // pipeline mode: the commands and a sync point sent at once; an explicit transaction block stays open past the
    // sync). The COMMIT's reply is read before this returns: with it, the rows are durable here, as after a COMMIT
    // sent alone. A failed statement makes PostgreSQL skip the COMMIT: the transaction stays open, aborted.
    struct Around
    {
        bool begin = false;
        bool commit = false;
    };
    struct AroundOutcome
    {
        bool beginFailed = false;         // the BEGIN's own error (a dropped connection): nothing ran
        bool commitSent = false;          // the COMMIT went with a statement that did not fail: the batch is over
        std::optional<Error> commitError; // when sent: it failed, or its outcome is unknown (the connection dropped)
    };
    Status execAround(const QVariantList &values, Around around, AroundOutcome *outcome);
    bool next();
    // The current row's column as text (PostgreSQL's text output: toInt(), toLongLong() read numbers, but a boolean
    // is "t" or "f", which toBool() reads as true both: compare the text); a NULL is a null QVariant.
    QVariant value(int column) const;
    int rowsAffected() const;
    void finish();

    // "?" placeholders as PostgreSQL's "$1", "$2", ... (outside quoted literals and identifiers).
    static QByteArray numberedPlaceholders(const QString &sql);

private:
    Status prepareOnce();
    // The parameters' texts (kept alive in `texts` while libpq reads them) and their pointers (nullptr: NULL).
    static std::vector<const char *> parameters(const QVariantList &values, std::vector<QByteArray> &texts);
    Status statusOfResult();
    // execAround's parts: the pipeline's results read (and freed, but for the statement's); without pipeline mode.
    Status readAround(std::vector<pg_result *> &results, Around around, AroundOutcome *outcome);
    Status execAroundOneByOne(const QVariantList &values, Around around, AroundOutcome *outcome);

    pg_conn *m_connection;
    QByteArray m_name;
    QByteArray m_sql;
    QString m_description; // the statement's start, for errors
    bool m_prepared = false;
    pg_result *m_result = nullptr;
    int m_row = -1;
};

} // namespace concierge::store
