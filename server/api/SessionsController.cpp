#include "api/SessionsController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "sessions/SessionService.h"

namespace concierge::api {

using http::HttpResponse;

namespace {

QJsonObject toJson(const store::SessionRecord &r)
{
    return {{QStringLiteral("session_id"), r.sessionId},
            {QStringLiteral("chat_id"), r.chatId},
            {QStringLiteral("data"), r.data},
            {QStringLiteral("created_at"), r.createdAtMs},
            {QStringLiteral("updated_at"), r.updatedAtMs},
            {QStringLiteral("expires_at"), r.expiresAtMs}};
}

HttpResponse notFound(const QString &id)
{
    return apiError(QStringLiteral("session_not_found"), QStringLiteral("no session ") + id);
}

} // namespace

SessionsController::SessionsController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void SessionsController::registerRoutes(http::Router &router)
{
    const QByteArray path = "/api/v1/sessions/{session_id}";
    auto guarded = [this](auto handler) {
        return
            [this, handler](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                if (!bearer(*m_ctx.jwt, request, respond))
                    return;
                const QString id = params.value(QStringLiteral("session_id"));
                if (id.isEmpty() || id.size() > 200) {
                    respond(apiError(QStringLiteral("invalid_session_id"), QStringLiteral("bad session id")));
                    return;
                }
                handler(id, request, std::move(respond));
            };
    };
    router.add("GET", path,
               guarded([this](const QString &id, const http::HttpRequest &, http::Responder r) { get(id, r); }));
    router.add("POST", path, guarded([this](const QString &id, const http::HttpRequest &req, http::Responder r) {
                   post(id, req, r);
               }));
    router.add("DELETE", path,
               guarded([this](const QString &id, const http::HttpRequest &, http::Responder r) { remove(id, r); }));
}

void SessionsController::get(const QString &id, http::Responder respond)
{
    m_ctx.sessions->find(id, this, [id, respond](Result<std::optional<store::SessionRecord>> record) {
        if (!record)
            respond(storageUnavailable(record.error()));
        else if (!record.value())
            respond(notFound(id));
        else
            respond(HttpResponse::json(200, toJson(*record.value())));
    });
}

void SessionsController::post(const QString &id, const http::HttpRequest &request, http::Responder respond)
{
    QJsonObject data;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = jsonBody(request, respond);
        if (!body)
            return;
        const QJsonValue d = body->value(QLatin1String("data"));
        if (!d.isUndefined() && !d.isObject()) {
            respond(apiError(QStringLiteral("invalid_field"), QStringLiteral("data must be an object")));
            return;
        }
        data = d.toObject();
    }
    m_ctx.sessions->merge(id, data, this, [respond](Result<store::SessionRecord> record) {
        if (!record)
            respond(storageUnavailable(record.error()));
        else
            respond(HttpResponse::json(200, toJson(record.value())));
    });
}

void SessionsController::remove(const QString &id, http::Responder respond)
{
    m_ctx.sessions->remove(id, this, [id, respond](Result<bool> removed) {
        if (!removed)
            respond(storageUnavailable(removed.error()));
        else if (!removed.value())
            respond(notFound(id));
        else
            respond(HttpResponse::json(200, {{QStringLiteral("deleted"), true}, {QStringLiteral("session_id"), id}}));
    });
}

} // namespace concierge::api
