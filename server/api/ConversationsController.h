#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// The console's read side of conversations (Bearer, any role):
//   GET  /api/v1/conversations?owner=bot|queued|human&q=&limit=&cursor= -> {"items": [...], "next_cursor"}
//   GET  /api/v1/conversations/{chat_id} -> one item (404 conversation_not_found if the chat never wrote)
//   GET  /api/v1/conversations/{chat_id}/messages?before=&limit= -> {"items": [...], "more"} (oldest first)
//   POST /api/v1/conversations/{chat_id}/read -> the unread count back to 0
// The queries are ConversationService's (application layer); this controller only parses and shapes JSON.
class ConversationsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationsController)

public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 200;

    explicit ConversationsController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void list(const http::HttpRequest &request, const http::Responder &respond);
    void one(const QString &chatId, const http::Responder &respond);
    void messages(const QString &chatId, const http::HttpRequest &request, const http::Responder &respond);
    void markRead(const QString &chatId, const http::Responder &respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
