#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// The local knowledge base (docs/api.md, "Knowledge base"): GET /api/v1/faq (any role); POST, PUT /{id}, DELETE /{id}
// (admin). The assistant answers from a change at once; 409 faq_read_only when the FAQ comes from Baserow.
class FaqController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaqController)

public:
    explicit FaqController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void list(const http::HttpRequest &request, http::Responder respond);
    void add(const QString &agent, const http::HttpRequest &request, http::Responder respond);
    void update(const QString &agent, const QString &id, const http::HttpRequest &request, http::Responder respond);
    void remove(const QString &agent, const QString &id, http::Responder respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
