#include "support/DbPeek.h"

#include "support/TestServer.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QUrl>

namespace concierge::testing {

namespace {
QString uniqueName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("test-peek-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

DbPeek::DbPeek(const QString &sqlitePath)
    : m_name(uniqueName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(sqlitePath);
}

DbPeek::DbPeek(const PgSchema &pg)
    : m_name(uniqueName())
    , m_schema(pg.name())
{
    const QUrl url(pg.url());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(url.host());
    m_db.setPort(url.port(5432));
    m_db.setUserName(url.userName());
    m_db.setPassword(url.password());
    m_db.setDatabaseName(url.path().mid(1));
}

DbPeek::~DbPeek()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool DbPeek::ready()
{
    if (m_db.isOpen() && QSqlQuery(m_db).exec(QStringLiteral("SELECT 1")))
        return true;
    m_db.close();
    if (!m_db.open())
        return false;
    if (!m_schema.isEmpty())
        QSqlQuery(m_db).exec(QStringLiteral("SET search_path TO ") + m_schema);
    return true;
}

QList<QVariant> DbPeek::column(const QString &sql)
{
    QList<QVariant> out;
    if (!ready())
        return out;
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return out;
    while (query.next())
        out.append(query.value(0));
    return out;
}

qint64 DbPeek::count(const QString &sql)
{
    const QList<QVariant> values = column(sql);
    return values.isEmpty() ? -1 : values.first().toLongLong();
}

} // namespace concierge::testing
