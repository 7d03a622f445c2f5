#include "api/HandoffController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "handoff/HandoffService.h"

#include <QJsonObject>

#include <optional>

namespace concierge::api {

using http::HttpResponse;

namespace {

QJsonObject ownerJson(const store::HandoffRow &row)
{
    return {{QStringLiteral("chat_id"), row.chatId},
            {QStringLiteral("owner"), row.owner},
            {QStringLiteral("version"), row.version}};
}

// A refusal from the handoff (owner_changed, not_owner, version_conflict) or the storage.
HttpResponse failure(const Error &error)
{
    if (httpStatusFor(error.code) == 500)
        return storageUnavailable(error);
    return apiError(error.code, error.message);
}

bool validChatId(const QString &chatId)
{
    return !chatId.isEmpty() && chatId.size() <= 200 && chatId.contains(u'@');
}

} // namespace

HandoffController::HandoffController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void HandoffController::registerRoutes(http::Router &router)
{
    // Authenticated, with a well-formed chat id; the agent is the token's subject.
    const auto guarded = [this](auto handler) {
        return
            [this, handler](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                const auto claims = bearer(*m_ctx.jwt, request, respond);
                if (!claims)
                    return;
                const QString chatId = params.value(QStringLiteral("chat_id"));
                if (!validChatId(chatId)) {
                    respond(apiError(QStringLiteral("invalid_field"),
                                     QStringLiteral("chat_id must look like 221...@c.us")));
                    return;
                }
                handler(chatId, claims->subject, request, respond);
            };
    };
    const auto action = [this, guarded](Action a) {
        return guarded([this, a](const QString &chatId, const QString &agent, const http::HttpRequest &request,
                                 const http::Responder &respond) { change(a, chatId, agent, request, respond); });
    };
    router.add("POST", "/api/v1/conversations/{chat_id}/claim", action(Action::Claim));
    router.add("POST", "/api/v1/conversations/{chat_id}/release", action(Action::Release));
    router.add("POST", "/api/v1/conversations/{chat_id}/close", action(Action::Close));
    router.add("POST", "/api/v1/conversations/{chat_id}/messages",
               guarded([this](const QString &chatId, const QString &agent, const http::HttpRequest &request,
                              const http::Responder &respond) { send(chatId, agent, request, respond); }));
}

void HandoffController::change(Action action, const QString &chatId, const QString &agent,
                               const http::HttpRequest &request, const http::Responder &respond)
{
    // The body is optional: {} or nothing, or {"expected_version": n}.
    std::optional<int> expected;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = jsonBody(request, respond);
        if (!body)
            return;
        const QJsonValue version = body->value(QStringLiteral("expected_version"));
        if (!version.isUndefined() && !version.isNull()) {
            if (!version.isDouble() || version.toDouble() < 0) {
                respond(apiError(QStringLiteral("invalid_field"),
                                 QStringLiteral("expected_version must be an integer >= 0")));
                return;
            }
            expected = version.toInt();
        }
    }
    auto done = [respond](Result<store::HandoffRow> row) {
        respond(row ? HttpResponse::json(200, ownerJson(row.value())) : failure(row.error()));
    };
    handoff::HandoffService *service = m_ctx.handoff;
    switch (action) {
    case Action::Claim: service->claim(chatId, agent, expected, this, done); break;
    case Action::Release: service->release(chatId, agent, expected, this, done); break;
    case Action::Close: service->close(chatId, agent, expected, this, done); break;
    }
}

void HandoffController::send(const QString &chatId, const QString &agent, const http::HttpRequest &request,
                             const http::Responder &respond)
{
    const auto body = jsonBody(request, respond);
    if (!body)
        return;
    const QString text = body->value(QStringLiteral("text")).toString().trimmed();
    if (text.isEmpty() || text.size() > kMaxText) {
        respond(apiError(text.isEmpty() ? QStringLiteral("missing_field") : QStringLiteral("invalid_field"),
                         QStringLiteral("text must be a non-empty string of at most %1 characters").arg(kMaxText)));
        return;
    }
    m_ctx.handoff->sendAsAgent(chatId, agent, text, this, [respond](Result<store::OutboxMessage> row) {
        if (!row) {
            respond(failure(row.error()));
            return;
        }
        respond(HttpResponse::json(201, {{QStringLiteral("id"), row->id},
                                         {QStringLiteral("chat_id"), row->chatId},
                                         {QStringLiteral("text"), row->text},
                                         {QStringLiteral("status"), store::name(row->status)}}));
    });
}

} // namespace concierge::api
