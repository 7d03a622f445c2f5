#pragma once

#include "api/WebhookAuth.h"
#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// POST /api/v1/webhook: authenticate, parse, store durably, answer. Never waits on anything slow: the 200 comes
// once the inbox row is committed (group commit, a few ms at most).
class WebhookController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookController)

public:
    WebhookController(ServerContext &context, WebhookAuth auth, QObject *parent = nullptr);
    static constexpr QByteArrayView kPath = "/api/v1/webhook";

    void registerRoutes(http::Router &router);

    void handle(const http::HttpRequest &request, http::Responder respond);

private:
    ServerContext &m_ctx;
    WebhookAuth m_auth;
};

} // namespace concierge::api
