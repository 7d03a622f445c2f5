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

Status PgStatement::execAround(const QVariantList &values, Around around, AroundOutcome *outcome)
{
    finish();
    *outcome = AroundOutcome{};
    // No connection, or one lost (found by the prepare), fails as the BEGIN would: the batch is retried after a
    // reconnect (Database::Private::runBatch), not failed as the statement's own error.
    const bool lost = !m_connection || PQstatus(m_connection) != CONNECTION_OK;
    if (lost && around.begin) {
        outcome->beginFailed = true;
        return Error{QStringLiteral("db_error"),
                     QStringLiteral("BEGIN failed (before %1): no connection").arg(m_description)};
    }
    if (Status prepared = prepareOnce(); !prepared) { // outside the transaction: a prepared statement is the session's
        outcome->beginFailed = around.begin && PQstatus(m_connection) != CONNECTION_OK;
        return prepared;
    }
    if (PQenterPipelineMode(m_connection) != 1) // a connection not idle (or lost): each command alone
        return execAroundOneByOne(values, around, outcome);
    std::vector<QByteArray> texts;
    const std::vector<const char *> pointers = parameters(values, texts);
    const auto sendCommand = [this](const char *command) {
        return PQsendQueryParams(m_connection, command, 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
    };
    const bool sent = (!around.begin || sendCommand("BEGIN")) &&
                      PQsendQueryPrepared(m_connection, m_name.constData(), int(pointers.size()), pointers.data(),
                                          nullptr, nullptr, 0) == 1 &&
                      (!around.commit || sendCommand("COMMIT")) && PQpipelineSync(m_connection) == 1;
    if (!sent) { // nothing reached the server whole: as a failed BEGIN when one was asked, else the statement's error
        outcome->beginFailed = around.begin;
        const Error error =
            pgError(QStringLiteral("SQL not sent (%1)").arg(m_description), PQerrorMessage(m_connection));
        for (PGresult *result : resultsUntilSync(m_connection)) // whatever was sent
            PQclear(result);
        PQexitPipelineMode(m_connection);
        return error;
    }
    std::vector<PGresult *> results = resultsUntilSync(m_connection);
    PQexitPipelineMode(m_connection);
    return readAround(results, around, outcome);
}

Status PgStatement::readAround(std::vector<PGresult *> &results, Around around, AroundOutcome *outcome)
{
    // In order: the BEGIN's, the statement's, the COMMIT's (fewer when the connection dropped).
    size_t next = 0;
    const auto take = [&results, &next]() -> PGresult * { return next < results.size() ? results[next++] : nullptr; };
    if (around.begin) {
        PGresult *begin = take();
        if (PQresultStatus(begin) != PGRES_COMMAND_OK) {
            outcome->beginFailed = true;
            const Error error = pgError(QStringLiteral("BEGIN failed (before %1)").arg(m_description),
                                        begin ? PQresultErrorMessage(begin) : PQerrorMessage(m_connection));
            for (PGresult *result : results)
                PQclear(result);
            return error;
        }
    }
    m_result = take();
    PGresult *commit = around.commit ? take() : nullptr;
    const ExecStatusType statementStatus = PQresultStatus(m_result);
    const bool statementFailed = m_result && statementStatus != PGRES_COMMAND_OK && statementStatus != PGRES_TUPLES_OK;
    if (around.commit && !statementFailed) {
        // The statement did not fail, so the COMMIT was not skipped: whether it reached the disk is its reply's to
        // say. No reply (the connection dropped): the outcome is unknown, as for a COMMIT sent alone.
        outcome->commitSent = true;
        if (PQresultStatus(commit) != PGRES_COMMAND_OK)
            outcome->commitError = pgError(QStringLiteral("COMMIT failed (after %1)").arg(m_description),
                                           commit ? PQresultErrorMessage(commit) : PQerrorMessage(m_connection));
    }
    for (size_t i = 0; i < results.size(); ++i) {
        if (results[i] != m_result)
            PQclear(results[i]);
    }
    return statusOfResult();
}

Status PgStatement::execAroundOneByOne(const QVariantList &values, Around around, AroundOutcome *outcome)
{
    const auto command = [this](const char *sql, const QString &what) -> Status {
        PGresult *result = PQexec(m_connection, sql);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        const Status status =
            ok ? Status::success()
               : Status(pgError(what, result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection)));
        PQclear(result);
        return status;
    };
    if (around.begin) {
        if (Status begun = command("BEGIN", QStringLiteral("BEGIN failed (before %1)").arg(m_description)); !begun) {
            outcome->beginFailed = true;
            return begun;
        }
    }
    Status status = exec(values);
    if (!around.commit || !status)
        return status;
    outcome->commitSent = true;
    if (Status committed = command("COMMIT", QStringLiteral("COMMIT failed (after %1)").arg(m_description)); !committed)
        outcome->commitError = committed.error();
    return status;
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
