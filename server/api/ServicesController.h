#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// The services' configuration (docs/api.md, "Services"): GET /api/v1/services[/{id}] (any role), PUT
// /api/v1/services/{id} (admin): checked, stored, and used from the next message on.
class ServicesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesController)

public:
    explicit ServicesController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void list(const http::Responder &respond) const;
    void one(const QString &id, const http::Responder &respond) const;
    void save(const QString &agent, const QString &id, const http::HttpRequest &request, http::Responder respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
