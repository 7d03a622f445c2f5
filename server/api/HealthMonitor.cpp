#include "api/HealthMonitor.h"

#include "ai/LlmClient.h"
#include "api/ServerContext.h"
#include "integrations/WahaClient.h"
#include "live/EventBus.h"
#include "pipeline/Pipeline.h"
#include "store/Database.h"
#include "store/SessionCache.h"

#include <QCoreApplication>
#include <QDateTime>

namespace concierge::api {

HealthMonitor::HealthMonitor(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
    m_poll.setInterval(30'000);
    connect(&m_poll, &QTimer::timeout, this, &HealthMonitor::pollWaha);
    m_watch.setInterval(5'000);
    connect(&m_watch, &QTimer::timeout, this, &HealthMonitor::publishChanges);
}

void HealthMonitor::registerRoutes(http::Router &router)
{
    router.add("GET", "/health", [this](const http::HttpRequest &, const http::PathParams &, http::Responder respond) {
        const QJsonObject body = snapshot();
        respond(http::HttpResponse::json(
            body.value(QLatin1String("status")).toString() == QLatin1String("down") ? 503 : 200, body));
    });
}

void HealthMonitor::start()
{
    publishChanges(); // the baseline: the first check publishes nothing
    m_watch.start();
    if (!m_ctx.waha->configured()) {
        m_wahaStatus = QStringLiteral("not_configured");
        return;
    }
    pollWaha();
    m_poll.start();
}

void HealthMonitor::setWahaStatus(const QString &status)
{
    if (status == m_wahaStatus)
        return;
    m_wahaStatus = status;
    m_wahaError.clear();
    emit changed(snapshot());
    publishChanges();
}

void HealthMonitor::publishChanges()
{
    const QJsonObject now = snapshot();
    QJsonObject statuses{{QStringLiteral("overall"), now.value(QLatin1String("status"))}};
    const QJsonObject components = now.value(QLatin1String("components")).toObject();
    for (auto it = components.begin(); it != components.end(); ++it) {
        const QJsonValue status = it.value().toObject().value(QLatin1String("status"));
        if (!status.isUndefined())
            statuses.insert(it.key(), status);
    }
    const bool first = m_lastStatuses.isEmpty();
    if (statuses == m_lastStatuses)
        return;
    m_lastStatuses = statuses;
    if (!first && m_ctx.events)
        m_ctx.events->publish(live::EventKind::HealthChanged, {}, statuses);
}

void HealthMonitor::pollWaha()
{
    m_ctx.waha->sessionStatus(this, [this](Result<QString> status) {
        if (status) {
            setWahaStatus(status.value());
            return;
        }
        m_wahaError = status.error().message;
        setWahaStatus(QStringLiteral("unreachable"));
    });
}

QJsonObject HealthMonitor::backlogComponent() const
{
    if (!m_ctx.pipeline)
        return {{QStringLiteral("status"), QStringLiteral("ok")}};
    const pipeline::Pipeline::Backlog b = m_ctx.pipeline->backlog();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 oldestAge = b.oldestUnansweredMs > 0 ? qMax<qint64>(0, (now - b.oldestUnansweredMs) / 1000) : 0;
    const bool late = oldestAge > m_ctx.settings.backlogDegradedSeconds;
    QJsonObject out{{QStringLiteral("status"), late ? QStringLiteral("degraded") : QStringLiteral("ok")},
                    {QStringLiteral("unanswered"), b.inboxPending},
                    {QStringLiteral("outbox_unsent"), b.outboxUnsent},
                    {QStringLiteral("oldest_unanswered_seconds"), oldestAge},
                    {QStringLiteral("unrecorded"), b.unrecorded},
                    {QStringLiteral("degraded_after_seconds"), m_ctx.settings.backlogDegradedSeconds}};
    if (b.countedAtMs > 0)
        out.insert(QStringLiteral("counted_seconds_ago"), (now - b.countedAtMs) / 1000);
    return out;
}

bool HealthMonitor::databaseUp(const ServerContext &context)
{
    return context.db->healthy() && (!context.intakeDb || context.intakeDb->healthy());
}

QJsonObject HealthMonitor::snapshot() const
{
    const bool dbOk = databaseUp(m_ctx);
    const bool cacheDegraded = m_ctx.cache->degraded();
    const bool wahaOk = m_wahaStatus == QLatin1String("WORKING");

    QJsonObject components;
    components.insert(QStringLiteral("database"),
                      QJsonObject{{QStringLiteral("status"), dbOk ? QStringLiteral("ok") : QStringLiteral("down")},
                                  {QStringLiteral("backend"), m_ctx.db->dialect() == store::Dialect::Sqlite
                                                                  ? QStringLiteral("sqlite")
                                                                  : QStringLiteral("postgresql")}});
    components.insert(
        QStringLiteral("cache"),
        QJsonObject{{QStringLiteral("status"), cacheDegraded ? QStringLiteral("degraded") : QStringLiteral("ok")},
                    {QStringLiteral("backend"), m_ctx.cache->backendName()}});
    QJsonObject waha{{QStringLiteral("status"), m_wahaStatus}, {QStringLiteral("session"), m_ctx.settings.sessionName}};
    if (!m_wahaError.isEmpty())
        waha.insert(QStringLiteral("error"), m_wahaError);
    components.insert(QStringLiteral("waha"), waha);
    components.insert(
        QStringLiteral("llm"),
        QJsonObject{{QStringLiteral("status"),
                     m_ctx.settings.llmConfigured() ? QStringLiteral("configured") : QStringLiteral("not_configured")},
                    {QStringLiteral("model"), m_ctx.settings.anthropicModel},
                    {QStringLiteral("fallback"), QStringLiteral("offline router")}});
    components.insert(
        QStringLiteral("knowledge_base"),
        QJsonObject{{QStringLiteral("source"),
                     m_ctx.settings.baserowConfigured() ? QStringLiteral("baserow") : QStringLiteral("local")}});

    if (m_liveClients)
        components.insert(QStringLiteral("live"), QJsonObject{{QStringLiteral("clients"), m_liveClients()}});

    const QJsonObject backlog = backlogComponent();
    components.insert(QStringLiteral("backlog"), backlog);
    const bool backlogLate = backlog.value(QLatin1String("status")).toString() != QLatin1String("ok");

    QString overall = QStringLiteral("ok");
    if (!dbOk)
        overall = QStringLiteral("down");
    else if (cacheDegraded || (m_ctx.waha->configured() && !wahaOk) || backlogLate)
        overall = QStringLiteral("degraded");
    return {{QStringLiteral("status"), overall},
            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("components"), components}};
}

} // namespace concierge::api
