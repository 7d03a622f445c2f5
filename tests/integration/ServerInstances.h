#pragma once
// Several real concierge-server processes on one PostgreSQL schema and one Redis (issue 11): each with its own port
// and data folder, all answering through one FakeWaha. Header-only helpers of TestSeveralInstances*.
#include "support/DbPeek.h"
#include "support/FakeWaha.h"
#include "support/PipelineKit.h"
#include "support/PostgresRestart.h"
#include "support/TestRedis.h"
#include "support/TestServer.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace concierge::testing {

inline constexpr auto kInstancesToken = "instances-test-webhook-token-0123456789";
inline constexpr auto kInstancesPassword = "instances-admin-password";

// A Redis database of its own (db 9): other tests running at the same time do not hear our events.
inline QString instancesRedisUrl()
{
    return testRedisUrl(9);
}

class ServerInstance
{
public:
    ServerInstance(const PgSchema &pg, const FakeWaha &waha, int leaseSeconds)
    {
        m_port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = env.keys();
        for (const QString &key : keys)
            if (key.startsWith(QLatin1String("ANTHROPIC_")) || key.startsWith(QLatin1String("BASEROW_")) ||
                key.startsWith(QLatin1String("WAHA_")) || key.startsWith(QLatin1String("WEBHOOK_")))
                env.remove(key);
        const QList<std::pair<const char *, QString>> settings = {
            {"DATABASE_URL", pg.url()},
            {"DATABASE_SCHEMA", pg.name()},
            {"REDIS_URL", instancesRedisUrl()},
            {"INSTANCE_LEASE_SECONDS", QString::number(leaseSeconds)},
            {"DATA_DIR", m_dir.path()},
            {"HOST", QStringLiteral("127.0.0.1")},
            {"PORT", QString::number(m_port)},
            {"WEBHOOK_VERIFY_TOKEN", QString::fromLatin1(kInstancesToken)},
            {"WAHA_BASE_URL", waha.baseUrl()},
            {"WAHA_API_KEY", waha.apiKey()},
            {"ADMIN_PASSWORD", QString::fromLatin1(kInstancesPassword)},
            {"DEMO_DATA", QStringLiteral("true")},
            {"RATE_LIMIT_PER_MINUTE", QStringLiteral("1000")},
            {"LOG_LEVEL", QStringLiteral("warning")},
        };
        for (const auto &[key, value] : settings)
            env.insert(QString::fromLatin1(key), value);
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(m_dir.path());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~ServerInstance()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts the process and waits until /health answers (false: it exited or never answered).
    bool start()
    {
        m_process.start(QStringLiteral(CONCIERGE_BINARY_DIR "/bin/concierge-server"), {});
        if (!m_process.waitForStarted(10000))
            return false;
        // Polling the child's port with a deadline: nothing else says it listens.
        bool answered = false;
        const bool settled = QTest::qWaitFor(
            [this, &answered] {
                answered = httpRequest("GET", url(QStringLiteral("/health")), {}, {}, 1000).status != 0;
                return answered || m_process.state() != QProcess::Running;
            },
            30000);
        return settled && answered;
    }
    void kill() // SIGKILL: no clean stop, leases left to expire
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool terminate() // SIGTERM: the clean stop
    {
        m_process.terminate();
        return m_process.waitForFinished(15000) && m_process.exitStatus() == QProcess::NormalExit;
    }

    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }
    quint16 port() const { return m_port; }
    int postText(const QString &chatId, const QString &text, const QString &shortId) const
    {
        return httpRequest("POST", url(QStringLiteral("/api/v1/webhook")),
                           FakeWaha::textWebhookBody(chatId, text, shortId), {{"X-Waha-Token", kInstancesToken}})
            .status;
    }
    QByteArray login() const
    {
        const HttpResult r =
            httpRequest("POST", url(QStringLiteral("/api/v1/auth/login")),
                        QByteArrayLiteral("{\"username\":\"admin\",\"password\":\"") + kInstancesPassword + "\"}",
                        {{"Content-Type", "application/json"}});
        return r.json().value(u"access_token").toString().toUtf8();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace concierge::testing
