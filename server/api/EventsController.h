#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// GET /api/v1/events?since=<id>&limit=<n> (Bearer, any role): the live events published after id `since`, oldest
// first, from the bus's memory of recent events. Consoles poll it (until the live WebSocket) and use it to catch up.
class EventsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsController)

public:
    static constexpr int kDefaultLimit = 200;
    static constexpr int kMaxLimit = 1000;

    explicit EventsController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void list(const http::HttpRequest &request, const http::Responder &respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
