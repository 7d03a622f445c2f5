#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::ops {
class ContactRights;
}

namespace concierge::api {

struct ServerContext;

// A contact's rights (admin only): GET /api/v1/contacts/{chat_id}/export returns everything held about the WhatsApp
// contact as JSON; DELETE /api/v1/contacts/{chat_id} erases their messages, sessions, handoffs, follow-ups and cache
// entries (the audit keeps that it happened).
class ContactsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsController)

public:
    ContactsController(ServerContext &context, ops::ContactRights *rights, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    using Handler = std::function<void(const QString &chatId, const QString &actor, http::Responder respond)>;
    http::RouteHandler guarded(Handler handler);

    ServerContext &m_ctx;
    ops::ContactRights *m_rights;
};

} // namespace concierge::api
