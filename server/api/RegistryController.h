#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// The catechism registry for the console (docs/api.md, "Registry"), admin only (children's data): GET
// /api/v1/registry/parents and /students (paged, searched, audited), POST /api/v1/registry/import/{kind} (a CSV body,
// the importer of `concierge-server import`; answers the report).
class RegistryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryController)

public:
    explicit RegistryController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void parents(const QString &agent, const http::HttpRequest &request, http::Responder respond);
    void students(const QString &agent, const http::HttpRequest &request, http::Responder respond);
    void import(const QString &agent, const QString &kind, const http::HttpRequest &request, http::Responder respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
