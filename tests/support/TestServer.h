#pragma once

// Runs a real ConciergeServer in the test's thread on 127.0.0.1:<random port>, with a fresh data folder (SQLite)
// or a fresh PostgreSQL schema, and talks HTTP to it like WAHA or a console would.

#include "ConciergeServer.h"
#include "config/Settings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

#include <memory>

namespace concierge::testing {

struct HttpResult
{
    int status = 0; // 0: no answer (connection refused, timeout)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
};

// Synchronous HTTP for tests: runs the event loop until the answer comes (or timeoutMs passes). No sleeping.
HttpResult httpRequest(const QByteArray &method, const QString &url, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);

// A PostgreSQL schema created for one test and dropped afterwards (CONCIERGE_TEST_DATABASE_URL).
class PgSchema
{
public:
    PgSchema();
    ~PgSchema();
    bool ready() const { return m_ready; }
    QString name() const { return m_name; }
    QString url() const { return m_url; }

private:
    bool exec(const QString &sql);
    QString m_url;
    QString m_name;
    bool m_ready = false;
};

class TestServer
{
public:
    static constexpr auto kWebhookToken = "test-webhook-token-0123456789";
    static constexpr auto kAdminPassword = "test-admin-password";

    // Defaults: 127.0.0.1, port 0, fresh DATA_DIR, webhook token kWebhookToken, admin/kAdminPassword, DEMO_DATA on.
    TestServer();
    ~TestServer();

    config::Settings &settings() { return m_settings; }
    // Uses PostgreSQL in this schema instead of SQLite.
    void usePostgres(const PgSchema &schema);
    QString dataDir() const { return m_settings.dataDir; }
    // The server's clock from the next start() on (a ManualClock that outlives the server).
    void setClock(const Clock *clock) { m_clock = clock; }

    Status start();
    void stop();
    ConciergeServer *server() const { return m_server.get(); }
    QString baseUrl() const;

    HttpResult postWebhook(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpResult get(const QString &path, const QByteArray &bearer = {});
    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &bearer = {});
    QByteArray login(); // a Bearer token for admin

private:
    QTemporaryDir m_dir;
    config::Settings m_settings;
    std::unique_ptr<ConciergeServer> m_server;
    const Clock *m_clock = nullptr;
};

// The fixture file's bytes (tests/fixtures/...).
QByteArray fixture(const QString &relativePath);

} // namespace concierge::testing
