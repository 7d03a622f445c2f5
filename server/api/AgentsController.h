#pragma once

#include "http/Router.h"

#include <QObject>

#include <functional>

namespace concierge::store {
struct AgentRecord;
}

namespace concierge::api {

struct ServerContext;

// The console's accounts (roles "admin" and "agent"):
//   POST /api/v1/agents {"username","password","role","display_name"?} (admin) -> 201 the agent
//   GET  /api/v1/agents (any role) -> {"items": [{id, username, role, display_name, disabled, created_at}]}
//   POST /api/v1/agents/{username}/disable | /enable (admin; nobody disables themself)
//   POST /api/v1/agents/me/password {"current_password","new_password"}
// A disabled agent cannot log in and its tokens are refused at the next request (JwtService's disabled set, loaded
// at start and kept current here). Hashing (Argon2id) runs on the global thread pool, never in the event loop.
class AgentsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsController)

public:
    static constexpr int kMinPasswordLength = 8;

    explicit AgentsController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void create(const http::HttpRequest &request, const http::Responder &respond);
    void list(const http::Responder &respond);
    void setDisabled(const QString &caller, const QString &username, bool disabled, const http::Responder &respond);
    void changePassword(const QString &caller, const http::HttpRequest &request, const http::Responder &respond);
    // Hashes on the thread pool and calls `then` back in this object's thread (not at all once it is gone).
    void hashOffThread(const QString &password, std::function<void(QString)> then);

    ServerContext &m_ctx;
};

} // namespace concierge::api
