#include "api/SessionsController.h"

#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "pipeline/SessionStore.h"
#include "store/Database.h"
#include "store/SessionRepository.h"

#include <QDateTime>

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
    return HttpResponse::error(404, QStringLiteral("session_not_found"), QStringLiteral("no session ") + id);
}

HttpResponse storageError(const Error &e)
{
    return HttpResponse::error(503, QStringLiteral("storage_unavailable"), e.message);
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
                    respond(HttpResponse::error(400, QStringLiteral("invalid_session_id"),
                                                QStringLiteral("bad session id")));
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
    m_ctx.db->run<std::optional<store::SessionRecord>>(
        [id](store::DbContext &ctx) { return store::SessionRepository::get(ctx, id); }, this,
        [id, respond](Result<std::optional<store::SessionRecord>> record) {
            if (!record)
                respond(storageError(record.error()));
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
            respond(
                HttpResponse::error(400, QStringLiteral("invalid_field"), QStringLiteral("data must be an object")));
            return;
        }
        data = d.toObject();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 ttlMs = qint64(m_ctx.sessions->ttlSeconds()) * 1000;
    m_ctx.db->run<store::SessionRecord>(
        [id, data, now, ttlMs](store::DbContext &ctx) -> Result<store::SessionRecord> {
            auto existing = store::SessionRepository::get(ctx, id);
            if (!existing)
                return existing.error();
            store::SessionRecord r = existing.value().value_or(store::SessionRecord{id, id, {}, now, now, 0});
            for (auto it = data.begin(); it != data.end(); ++it)
                r.data.insert(it.key(), it.value());
            r.data.insert(QStringLiteral("updated_at"), now);
            if (!r.data.contains(QStringLiteral("created_at")))
                r.data.insert(QStringLiteral("created_at"), r.createdAtMs);
            r.updatedAtMs = now;
            r.expiresAtMs = now + ttlMs;
            if (Status s = store::SessionRepository::upsert(ctx, r); !s)
                return s.error();
            return r;
        },
        this,
        [this, respond](Result<store::SessionRecord> record) {
            if (!record) {
                respond(storageError(record.error()));
                return;
            }
            m_ctx.sessions->remember(record->chatId, record->data);
            respond(HttpResponse::json(200, toJson(record.value())));
        });
}

void SessionsController::remove(const QString &id, http::Responder respond)
{
    m_ctx.sessions->forget(id);
    m_ctx.db->run<bool>([id](store::DbContext &ctx) { return store::SessionRepository::remove(ctx, id); }, this,
                        [id, respond](Result<bool> removed) {
                            if (!removed)
                                respond(storageError(removed.error()));
                            else if (!removed.value())
                                respond(notFound(id));
                            else
                                respond(HttpResponse::json(
                                    200, {{QStringLiteral("deleted"), true}, {QStringLiteral("session_id"), id}}));
                        });
}

} // namespace concierge::api
