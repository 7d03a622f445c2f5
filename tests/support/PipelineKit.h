#pragma once

// Shared helpers of the message-path integration tests (TestWebhookIntake, TestMessagePath, TestResilience,
// TestCrashRestart): a server wired to a FakeWaha on SQLite or PostgreSQL, SQL peeks into its database, concurrent
// and raw HTTP, a private redis-server process.

#include "support/FakeWaha.h"
#include "support/TestServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

namespace concierge::store {
class Database;
}

namespace concierge::testing {

// QTest data rows "sqlite" and "postgresql" on a QString column "backend".
void addBackendRows();

// Points `server` at SQLite (nothing to do) or at a fresh PostgreSQL schema kept in `pg` (declare `pg` before the
// server so that the schema outlives it). Skips the row when CONCIERGE_TEST_DATABASE_URL is unset.
#define PIPELINE_USE_BACKEND(server, pg)                                                                               \
    do {                                                                                                               \
        QFETCH(QString, backend);                                                                                      \
        if (backend == QLatin1String("postgresql")) {                                                                  \
            if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))                                            \
                QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: PostgreSQL row skipped");                               \
            pg = std::make_unique<PgSchema>();                                                                         \
            QVERIFY2(pg->ready(), "cannot create a PostgreSQL schema");                                                \
            (server).usePostgres(*pg);                                                                                 \
        }                                                                                                              \
    } while (false)

// Starts the rig's server (after the settings were adjusted) or fails the test function.
#define PIPELINE_START(rig)                                                                                            \
    do {                                                                                                               \
        QVERIFY((rig).wahaStarted);                                                                                    \
        const concierge::Status started_ = (rig).server.start();                                                       \
        QVERIFY2(started_.ok(), started_.ok() ? "" : qPrintable(started_.error().message));                            \
    } while (false)

// A server answering through a FakeWaha (started, key configured). Call server.start() after adjusting settings.
struct PipelineRig
{
    PipelineRig();
    std::unique_ptr<PgSchema> pg; // first: outlives the server
    FakeWaha waha;
    TestServer server;
    bool wahaStarted = false;

    store::Database *db() const;
    // Rows of a SELECT run on the server's own database thread ('?' placeholders).
    QList<QVariantMap> rows(const QString &sql, const QVariantList &values = {}) const;
    qint64 count(const QString &sql, const QVariantList &values = {}) const; // first column of the first row
    // Posts a fake WAHA text message from chatId and returns the HTTP status.
    int postText(const QString &chatId, const QString &text, const QString &shortId);
    int repliesTo(const QString &chatId) const;
    // One component of GET /health ("database", "backlog", ...).
    QJsonObject healthComponent(const char *name);
};

// Sends every body at once and returns the statuses in order. One QNetworkAccessManager opens at most six
// connections to a host; with `connectionEach`, every body gets a connection of its own (a manager per six bodies).
QList<int> postConcurrently(const QString &url, const QList<QByteArray> &bodies,
                            const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs = 15000,
                            bool connectionEach = false);

// Posts the bodies to the webhook until each got its 200, like WAHA delivering refused ones again: after a round
// with refusals it waits until the server's store can take writes again (Database::healthy(), and the SQLite log
// under its limit) before the next one. Returns how many rounds had refusals, or -1 if some body was still refused
// after timeoutMs.
int postUntilAcknowledged(PipelineRig &rig, const QList<QByteArray> &bodies, int timeoutMs = 60000);

// Writes raw bytes on a fresh TCP connection and returns what came back until the server closed or timeoutMs.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 5000);

quint16 freePort();

// A private redis-server on a port of ours, so that it can be killed and restarted.
class RedisProcess
{
public:
    static QString executable(); // empty when redis-server is not installed
    bool start(quint16 port);    // returns once it answers PING (bounded)
    void kill();
    ~RedisProcess() { kill(); }
    QString url() const { return QStringLiteral("redis://127.0.0.1:%1/0").arg(m_port); }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace concierge::testing
