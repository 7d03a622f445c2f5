#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// GET|POST|DELETE /api/v1/sessions/{session_id} (Bearer): read, create or update (the body's "data" object is
// merged into the session), and end a conversation session. A session id is the chat id for WhatsApp chats.
class SessionsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsController)

public:
    explicit SessionsController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void get(const QString &id, http::Responder respond);
    void post(const QString &id, const http::HttpRequest &request, http::Responder respond);
    void remove(const QString &id, http::Responder respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
