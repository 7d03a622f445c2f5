#pragma once

#include "http/Router.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace concierge::api {

struct ServerContext;

// GET /health: overall status and each component (database, cache, WAHA session, LLM, knowledge base).
// Every status change (a component's "status", or the overall one) is published as health.changed, checked every
// few seconds and at once when WAHA reports. "ok" when all is well, "degraded" when the service still answers with
// something missing (Redis down, WAHA not WORKING), "down" (503) when the database is unusable.
class HealthMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    explicit HealthMonitor(ServerContext &context, QObject *parent = nullptr);

    void registerRoutes(http::Router &router);
    void start(); // polls the WAHA session status now and every 30 s
    void setWahaStatus(const QString &status);
    QJsonObject snapshot() const;
    // Every connection the server writes through answers: on PostgreSQL the webhooks' own (intake) one too, or
    // webhooks would be refused while /health said ok.
    static bool databaseUp(const ServerContext &context);
    QString wahaStatus() const { return m_wahaStatus; } // WAHA's session status, "not_configured", "unreachable"
    // components.live.clients: the number of consoles on the live WebSocket.
    void setLiveClients(std::function<int()> count) { m_liveClients = std::move(count); }

signals:
    void changed(const QJsonObject &snapshot);

private:
    void pollWaha();
    // components.backlog: acknowledged messages not answered yet and the oldest one's age (docs/resilience.md).
    QJsonObject backlogComponent() const;
    // Publishes health.changed on the event bus when a component's status differs from the last check.
    void publishChanges();

    ServerContext &m_ctx;
    QTimer m_poll;
    QString m_wahaStatus = QStringLiteral("unknown");
    QString m_wahaError;
    std::function<int()> m_liveClients;
    QTimer m_watch;
    QJsonObject m_lastStatuses; // component -> status, as last published
};

} // namespace concierge::api
