#pragma once

#include "http/Router.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace concierge::api {

struct ServerContext;

// GET /health: overall status and each component (database, cache, WAHA session, LLM, knowledge base).
// "ok" when all is well, "degraded" when the service still answers with something missing (Redis down, WAHA not
// WORKING), "down" (503) when the database is unusable.
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

signals:
    void changed(const QJsonObject &snapshot);

private:
    void pollWaha();

    ServerContext &m_ctx;
    QTimer m_poll;
    QString m_wahaStatus = QStringLiteral("unknown");
    QString m_wahaError;
};

} // namespace concierge::api
