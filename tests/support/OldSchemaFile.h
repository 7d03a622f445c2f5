#pragma once

// An SQLite file as a server of an older schema leaves it, for the upgrade tests: the migrations up to `version`
// (SQLite's own steps included), then the test's rows by plain SQL, as that server's statements wrote them. The
// file is closed when this goes, before the newer server opens it.

#include "store/Migrations.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace concierge::testing {

class OldSchemaFile
{
public:
    OldSchemaFile(const QString &path, int version)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
            db.setDatabaseName(path);
            m_ok = db.open();
            m_query.emplace(db);
        }
        run(QStringLiteral("PRAGMA journal_mode=WAL"));
        run(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
        for (const store::Migrations::Step &step : store::Migrations::steps()) {
            if (step.version > version)
                break;
            for (const QString &sql : step.statements + step.sqliteOnly)
                run(store::Migrations::translate(sql, store::Dialect::Sqlite));
            run(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 0)").arg(step.version));
        }
    }
    ~OldSchemaFile()
    {
        m_query.reset();
        QSqlDatabase::database(kConnection, false).close();
        QSqlDatabase::removeDatabase(kConnection);
    }
    OldSchemaFile(const OldSchemaFile &) = delete;
    OldSchemaFile &operator=(const OldSchemaFile &) = delete;

    // False from the first statement that failed on (each failure is logged with its statement).
    bool ok() const { return m_ok; }
    bool run(const QString &sql)
    {
        if (m_ok && !m_query->exec(sql)) {
            qWarning() << sql << m_query->lastError().text();
            m_ok = false;
        }
        return m_ok;
    }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }

private:
    static inline const QString kConnection = QStringLiteral("old-schema-file");
    std::optional<QSqlQuery> m_query;
    bool m_ok = false;
};

} // namespace concierge::testing
