#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// GET /api/v1/audit?chat_id=&since=&limit= (Bearer: admin or agent): the privacy audit of the registry, newest
// first: {"entries": [{"id", "at", "actor", "chat_id", "action", "detail"}]}. `since`: milliseconds since the epoch
// or an ISO 8601 time; `limit`: 1..500 (default 100).
class AuditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditController)

public:
    static constexpr int kDefaultLimit = 100;

    explicit AuditController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void list(const http::HttpRequest &request, http::Responder respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
