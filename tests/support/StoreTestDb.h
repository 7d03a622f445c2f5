#pragma once

// A fresh database per test for the store tests, on SQLite (temporary folder) or PostgreSQL (a new schema in
// CONCIERGE_TEST_DATABASE_URL, dropped at the end). Data-driven tests add both rows with addBackendRows().

#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

namespace concierge::store::testing {

inline void addBackendRows()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("sqlite") << QString();
    QTest::newRow("postgres") << qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL", QStringLiteral("unset"));
}

class StoreTestDb
{
public:
    explicit StoreTestDb(const QString &url)
        : m_url(url)
    {
        if (m_url.isEmpty()) {
            m_ready = m_dir.isValid();
            return;
        }
        m_schema = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        m_ready = admin(QStringLiteral("CREATE SCHEMA ") + m_schema);
    }
    ~StoreTestDb()
    {
        if (!m_schema.isEmpty())
            admin(QStringLiteral("DROP SCHEMA ") + m_schema + QStringLiteral(" CASCADE"));
    }

    bool ready() const { return m_ready; }
    QString error() const { return m_error; }
    bool isPostgres() const { return !m_url.isEmpty(); }

    DbConfig config() const
    {
        DbConfig config;
        config.url = m_url;
        config.sqlitePath = m_dir.filePath(QStringLiteral("sub/dir/concierge.db")); // parent folders are created
        config.schema = m_schema;
        return config;
    }

    // Runs one statement on a separate connection of the test thread (schema setup, killing a backend).
    bool admin(const QString &sql)
    {
        const QString name = QStringLiteral("store-test-admin");
        bool ok = false;
        {
            auto url = DatabaseUrl::parse(m_url);
            if (!url) {
                m_error = url.error().message;
                return false;
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url->host);
            db.setPort(url->port);
            db.setDatabaseName(url->database);
            db.setUserName(url->user);
            db.setPassword(url->password);
            ok = db.open();
            if (ok) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SET client_min_messages TO WARNING")); // no NOTICE per dropped table
                ok = query.exec(sql);
                if (!ok)
                    m_error = query.lastError().text();
            } else {
                m_error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_schema;
    QString m_error;
    bool m_ready = false;
};

} // namespace concierge::store::testing

// Fetches the "url" column, skips PostgreSQL when it is not configured, and makes `name` a ready StoreTestDb.
// A store on the test PostgreSQL only (what SQLite does not have: leases, plans), skipped without it; `why` says so.
#define POSTGRES_TEST_DB(name, why)                                                                                    \
    if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))                                                    \
        QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: " why);                                                         \
    concierge::store::testing::StoreTestDb name(qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL"));                  \
    QVERIFY2(name.ready(), qPrintable(name.error()))

#define STORE_TEST_DB(name)                                                                                            \
    QFETCH(QString, url);                                                                                              \
    if (url == QLatin1String("unset"))                                                                                 \
        QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: PostgreSQL not tested");                                        \
    concierge::store::testing::StoreTestDb name(url);                                                                  \
    QVERIFY2(name.ready(), qPrintable(name.error()))
