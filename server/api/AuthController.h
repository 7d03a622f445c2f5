#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// POST /api/v1/auth/login {"username","password"} -> {"access_token","token_type":"bearer","expires_in"}.
// Password checks (Argon2id, ~50 ms of CPU) run on the thread pool, never in the server's event loop; failed
// attempts are limited per username and address.
class AuthController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthController)

public:
    explicit AuthController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

    static constexpr int kMaxAttemptsPerMinute = 10;

private:
    void login(const http::HttpRequest &request, http::Responder respond);
    void verify(const QString &username, const QString &password, http::Responder respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
