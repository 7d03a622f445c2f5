#pragma once

#include "domain/Session.h"

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// POST /api/v1/orchestrate (Bearer) {"text", "chat_id"?, "language"?} -> what the assistant would answer:
// {"service","intent","entities","language","confidence","reply","source"}. Nothing is sent to WhatsApp and no
// session is changed.
class OrchestrateController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrchestrateController)

public:
    explicit OrchestrateController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

    static constexpr int kMaxTextLength = 4096;

private:
    void orchestrate(const http::HttpRequest &request, http::Responder respond);
    void run(const QString &text, const QString &chatId, const QString &language, const domain::Session &session,
             http::Responder respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
