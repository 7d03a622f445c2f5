#include "api/WebhookController.h"

#include "api/ApiErrors.h"
#include "api/HealthMonitor.h"
#include "api/ServerContext.h"
#include "core/Log.h"
#include "live/EventBus.h"
#include "ops/Metrics.h"
#include "pipeline/Pipeline.h"
#include "pipeline/WebhookEvent.h"

#include <QDateTime>

namespace concierge::api {

using http::HttpResponse;
using pipeline::WebhookEvent;

namespace {

HttpResponse ok(const QString &status, const QString &detail = {})
{
    QJsonObject body{{QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return HttpResponse::json(200, body);
}

// The answers on the hot path, built once (the body is shared, not copied, by every response).
const HttpResponse &acceptedResponse(bool inserted)
{
    static const HttpResponse accepted = ok(QStringLiteral("accepted"));
    static const HttpResponse duplicate = ok(QStringLiteral("duplicate"));
    return inserted ? accepted : duplicate;
}

void count(const ServerContext &ctx, ops::WebhookOutcome outcome)
{
    if (ctx.metrics)
        ctx.metrics->webhook(outcome);
}

HttpResponse retryLater(const Error &error)
{
    // 503 makes WAHA deliver the same event again later: nothing is lost.
    qCWarning(lcWebhook) << "storage unavailable:" << error.message;
    return storageUnavailable(QStringLiteral("the message could not be stored, please retry"));
}

} // namespace

WebhookController::WebhookController(ServerContext &context, WebhookAuth auth, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_auth(std::move(auth))
{
}

void WebhookController::registerRoutes(http::Router &router)
{
    router.add("POST", kPath.toByteArray(),
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   handle(request, std::move(respond));
               });
}

void WebhookController::handle(const http::HttpRequest &request, http::Responder respond)
{
    if (!m_auth.verify(request)) {
        logging::event(lcWebhook(), QtInfoMsg,
                       QStringLiteral("rejected an unauthenticated webhook from ") + request.peer.toString(),
                       {{QStringLiteral("peer"), request.peer.toString()}});
        count(m_ctx, ops::WebhookOutcome::Rejected);
        respond(apiError(QStringLiteral("unauthorized"),
                         QStringLiteral("missing or invalid X-Waha-Token / X-Webhook-Hmac")));
        return;
    }
    auto parsed = pipeline::parseWebhook(request.body, QDateTime::currentMSecsSinceEpoch());
    if (!parsed) {
        count(m_ctx, ops::WebhookOutcome::Malformed);
        respond(apiError(parsed.error().code, parsed.error().message));
        return;
    }
    const WebhookEvent &event = parsed.value();
    switch (event.kind) {
    case WebhookEvent::Kind::Ignored:
        count(m_ctx, ops::WebhookOutcome::Ignored);
        respond(ok(QStringLiteral("ignored"), event.ignoredReason));
        return;
    case WebhookEvent::Kind::SessionStatus:
        count(m_ctx, ops::WebhookOutcome::Recorded);
        m_ctx.health->setWahaStatus(event.sessionStatus);
        m_ctx.events->publish(live::EventKind::SessionStatus, {},
                              live::SessionStatusPayload{event.sessionStatus}.toJson());
        respond(ok(QStringLiteral("recorded")));
        return;
    case WebhookEvent::Kind::Ack:
        m_ctx.pipeline->applyAck(event.ackMessageId, event.ack, this, [this, respond](Result<bool> applied) {
            count(m_ctx, applied ? ops::WebhookOutcome::Recorded : ops::WebhookOutcome::Unavailable);
            if (!applied) {
                respond(retryLater(applied.error()));
                return;
            }
            respond(ok(applied.value() ? QStringLiteral("recorded") : QStringLiteral("unknown_message")));
        });
        return;
    case WebhookEvent::Kind::UserMessage:
    case WebhookEvent::Kind::StaffMessage: break;
    }
    m_ctx.pipeline->accept(event.message, this, [this, respond](Result<bool> inserted) {
        count(m_ctx, !inserted          ? ops::WebhookOutcome::Unavailable
                     : inserted.value() ? ops::WebhookOutcome::Accepted
                                        : ops::WebhookOutcome::Duplicate);
        if (!inserted) {
            respond(retryLater(inserted.error()));
            return;
        }
        respond(acceptedResponse(inserted.value()));
    });
}

} // namespace concierge::api
