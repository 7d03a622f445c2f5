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

Status PgStatement::exec(const QVariantList &values)
{
    finish();
    if (Status prepared = prepareOnce(); !prepared)
        return prepared;
    // The texts stay alive, and in place (reserved: never moved), until the statement ran: libpq reads them there.
    std::vector<QByteArray> texts;
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
    m_result =
        PQexecPrepared(m_connection, m_name.constData(), int(pointers.size()), pointers.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return Status::success();
    const Error error = pgError(QStringLiteral("SQL failed (%1)").arg(m_description),
                                m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(m_connection));
    finish();
    return error;
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
