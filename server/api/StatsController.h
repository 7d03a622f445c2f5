#pragma once

#include "http/Router.h"
#include "ops/DashboardStats.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// GET /api/v1/stats?hours=24 (Bearer, any role): the dashboard's figures over the last hours (docs/api.md).
class StatsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsController)

public:
    StatsController(ServerContext &context, const Clock &clock, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void stats(const http::HttpRequest &request, http::Responder respond);

    ServerContext &m_ctx;
    ops::StatsService m_stats;
};

} // namespace concierge::api
