#include "store/PgStatement.h"

#include "store/Database.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <vector>

namespace concierge::store {

namespace {

Error pgError(const QString &what, const char *message)
{
    return Error{QStringLiteral("db_error"), what + QStringLiteral(": ") + QString::fromUtf8(message).trimmed()};
}

QByteArray parameterText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return value.toString().toUtf8(); // a text, or a number's digits
}

} // namespace

pg_conn *pgHandleOf(DbContext &ctx)
{
    const QVariant handle = ctx.db().driver()->handle();
    // Qt's documentation names it "PGconn*"; Qt 6 registers the type under its struct's name.
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

PgStatement::PgStatement(pg_conn *connection, QByteArray name, const QString &sql)
    : m_connection(connection)
    , m_name(std::move(name))
    , m_sql(numberedPlaceholders(sql))
    , m_description(sql.simplified().left(60))
{
}

PgStatement::~PgStatement()
{
    finish();
}

QByteArray PgStatement::numberedPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int next = 1;
    QChar quote; // inside '..' or ".." while set
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
        } else if (c == u'?') {
            out += QLatin1Char('$') + QString::number(next++);
        } else {
            out += c;
        }
    }
    return out.toUtf8();
}

Status PgStatement::prepareOnce()
{
    if (m_prepared)
        return Status::success();
    if (!m_connection)
        return Error{QStringLiteral("db_error"), QStringLiteral("no PostgreSQL connection for ") + m_description};
    PGresult *prepared = PQprepare(m_connection, m_name.constData(), m_sql.constData(), 0, nullptr);
    const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
    const Status status =
        ok ? Status::success()
           : Status(pgError(QStringLiteral("prepare failed (%1)").arg(m_description), PQresultErrorMessage(prepared)));
    PQclear(prepared);
    m_prepared = ok;
    return status;
}

std::vector<const char *> PgStatement::parameters(const QVariantList &values, std::vector<QByteArray> &texts)
{
    // The texts stay in place (reserved: never moved) until the statement ran: libpq reads them there.
    std::vector<const char *> pointers;
    texts.reserve(size_t(values.size()));
    pointers.reserve(size_t(values.size()));
    for (const QVariant &value : values) {
        if (value.isNull()) {
            pointers.push_back(nullptr);
            continue;
        }
        texts.push_back(parameterText(value));
        pointers.push_back(texts.back().constData());
    }
    return pointers;
}

Status PgStatement::statusOfResult()
{
    const ExecStatusType status = PQresultStatus(m_result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return Status::success();
    const Error error = pgError(QStringLiteral("SQL failed (%1)").arg(m_description),
                                m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(m_connection));
    finish();
    return error;
}

Status PgStatement::exec(const QVariantList &values)
{
    finish();
    if (Status prepared = prepareOnce(); !prepared)
        return prepared;
    std::vector<QByteArray> texts;
    const std::vector<const char *> pointers = parameters(values, texts);
    m_result =
        PQexecPrepared(m_connection, m_name.constData(), int(pointers.size()), pointers.data(), nullptr, nullptr, 0);
    return statusOfResult();
}

namespace {

// The results of a pipeline, up to its sync point, in order; nullptr-separated per query in libpq, collected here.
// Stops early when the connection is lost (no sync will come).
std::vector<PGresult *> resultsUntilSync(PGconn *connection)
{
    std::vector<PGresult *> results;
    int emptyInARow = 0;
    while (emptyInARow < 3) {
        PGresult *result = PQgetResult(connection);
        if (!result) {
            if (PQstatus(connection) == CONNECTION_BAD)
                break;
            ++emptyInARow;
            continue;
        }
        emptyInARow = 0;
        if (PQresultStatus(result) == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            break;
        }
        results.push_back(result);
    }
    return results;
}

} // namespace

Status PgStatement::execAfterBegin(const QVariantList &values, bool *beginFailed)
{
    finish();
    // No connection, or one lost (found by the prepare), fails as the BEGIN would: the batch is retried after a
    // reconnect (Database::Private::runBatch), not failed as the statement's own error.
    *beginFailed = !m_connection || PQstatus(m_connection) != CONNECTION_OK;
    if (*beginFailed)
        return Error{QStringLiteral("db_error"),
                     QStringLiteral("BEGIN failed (before %1): no connection").arg(m_description)};
    if (Status prepared = prepareOnce(); !prepared) { // outside the transaction: a prepared statement is the session's
        *beginFailed = PQstatus(m_connection) != CONNECTION_OK;
        return prepared;
    }
    if (PQenterPipelineMode(m_connection) != 1) { // a connection not idle (or lost): BEGIN alone, then the statement
        PGresult *begin = PQexec(m_connection, "BEGIN");
        const bool begun = PQresultStatus(begin) == PGRES_COMMAND_OK;
        const Error error = begun ? Error{} : pgError(QStringLiteral("BEGIN failed"), PQerrorMessage(m_connection));
        PQclear(begin);
        *beginFailed = !begun;
        return begun ? exec(values) : Status(error);
    }
    std::vector<QByteArray> texts;
    const std::vector<const char *> pointers = parameters(values, texts);
    if (PQsendQueryParams(m_connection, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0) != 1 ||
        PQsendQueryPrepared(m_connection, m_name.constData(), int(pointers.size()), pointers.data(), nullptr, nullptr,
                            0) != 1 ||
        PQpipelineSync(m_connection) != 1) {
        *beginFailed = true;
        const Error error = pgError(QStringLiteral("BEGIN with (%1)").arg(m_description), PQerrorMessage(m_connection));
        for (PGresult *result : resultsUntilSync(m_connection)) // whatever was sent
            PQclear(result);
        PQexitPipelineMode(m_connection);
        return error;
    }
    std::vector<PGresult *> results = resultsUntilSync(m_connection);
    PQexitPipelineMode(m_connection);
    const bool begun = !results.empty() && PQresultStatus(results.front()) == PGRES_COMMAND_OK;
    if (!begun) {
        *beginFailed = true;
        const Error error =
            pgError(QStringLiteral("BEGIN failed (before %1)").arg(m_description),
                    results.empty() ? PQerrorMessage(m_connection) : PQresultErrorMessage(results.front()));
        for (PGresult *result : results)
            PQclear(result);
        return error;
    }
    PQclear(results.front());
    m_result = results.size() > 1 ? results[1] : nullptr;
    for (size_t i = 2; i < results.size(); ++i)
        PQclear(results[i]);
    return statusOfResult();
}

bool PgStatement::next()
{
    if (!m_result || m_row + 1 >= PQntuples(m_result))
        return false;
    ++m_row;
    return true;
}

QVariant PgStatement::value(int column) const
{
    if (!m_result || m_row < 0 || PQgetisnull(m_result, m_row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

int PgStatement::rowsAffected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toInt() : 0;
}

void PgStatement::finish()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
}

} // namespace concierge::store
