#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// The handoff, for the consoles (Bearer, the agent is the token's subject):
//   POST /api/v1/conversations/{chat_id}/claim|release|close   {"expected_version"?}
//   POST /api/v1/conversations/{chat_id}/messages              {"text"}  (only by the owning agent)
// 409 owner_changed / not_owner / version_conflict when the conversation moved meanwhile.
class HandoffController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffController)

public:
    static constexpr int kMaxText = 4096;

    explicit HandoffController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    enum class Action { Claim, Release, Close };
    void change(Action action, const QString &chatId, const QString &agent, const http::HttpRequest &request,
                const http::Responder &respond);
    void send(const QString &chatId, const QString &agent, const http::HttpRequest &request,
              const http::Responder &respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
