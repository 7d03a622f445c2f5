#include "api/ContactsController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "ops/ContactRights.h"

namespace concierge::api {

using http::HttpResponse;

ContactsController::ContactsController(ServerContext &context, ops::ContactRights *rights, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_rights(rights)
{
}

http::RouteHandler ContactsController::guarded(Handler handler)
{
    return [this, handler](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
        const auto claims = bearerWithRole(*m_ctx.jwt, request, respond, QStringLiteral("admin"));
        if (!claims)
            return;
        const QString chatId = params.value(QStringLiteral("chat_id"));
        if (!ops::ContactRights::validChatId(chatId)) {
            respond(apiError(QStringLiteral("invalid_field"),
                             QStringLiteral("chat_id: a WhatsApp chat id such as 221771234567@c.us")));
            return;
        }
        handler(chatId, claims->subject, std::move(respond));
    };
}

void ContactsController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/contacts/{chat_id}/export",
               guarded([this](const QString &chatId, const QString &actor, http::Responder respond) {
                   m_rights->exportContact(chatId, actor, this, [respond](Result<QJsonObject> data) {
                       respond(data ? HttpResponse::json(200, data.value()) : errorResponse(data.error()));
                   });
               }));
    router.add("DELETE", "/api/v1/contacts/{chat_id}",
               guarded([this](const QString &chatId, const QString &actor, http::Responder respond) {
                   m_rights->erase(chatId, actor, this, [chatId, respond](Result<QJsonObject> counts) {
                       if (!counts) {
                           respond(errorResponse(counts.error()));
                           return;
                       }
                       respond(HttpResponse::json(200, {{QStringLiteral("chat_id"), chatId},
                                                        {QStringLiteral("erased"), true},
                                                        {QStringLiteral("rows"), counts.value()}}));
                   });
               }));
}

} // namespace concierge::api
