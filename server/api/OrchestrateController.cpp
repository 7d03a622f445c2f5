#include "api/OrchestrateController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "assistant/Assistant.h"
#include "sessions/SessionService.h"

#include <QDateTime>
#include <QJsonObject>

namespace concierge::api {

using http::HttpResponse;

OrchestrateController::OrchestrateController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void OrchestrateController::registerRoutes(http::Router &router)
{
    router.add("POST", "/api/v1/orchestrate",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (bearer(*m_ctx.jwt, request, respond))
                       orchestrate(request, std::move(respond));
               });
}

void OrchestrateController::orchestrate(const http::HttpRequest &request, http::Responder respond)
{
    const auto body = jsonBody(request, respond);
    if (!body)
        return;
    const QJsonValue textValue = body->value(QLatin1String("text"));
    const QString text = textValue.toString().trimmed();
    if (!textValue.isString() || text.isEmpty() || text.size() > kMaxTextLength) {
        respond(
            apiError(QStringLiteral("invalid_field"),
                     QStringLiteral("text must be a non-empty string of at most %1 characters").arg(kMaxTextLength)));
        return;
    }
    const QString chatId = body->value(QLatin1String("chat_id")).toString().trimmed();
    const QString language = body->value(QLatin1String("language")).toString().trimmed().toLower();
    if (language.size() > 8) {
        respond(apiError(QStringLiteral("invalid_field"), QStringLiteral("language must be a code like fr or en")));
        return;
    }
    if (chatId.isEmpty()) {
        run(text, chatId, language, {}, respond);
        return;
    }
    // With a chat id the assistant sees that chat's context (waiting flow, history), read-only.
    m_ctx.sessions->load(chatId, this, [this, text, chatId, language, respond](domain::Session session) {
        run(text, chatId, language, session, respond);
    });
}

void OrchestrateController::run(const QString &text, const QString &chatId, const QString &language,
                                const domain::Session &session, http::Responder respond)
{
    const assistant::AssistantRequest request{chatId, text, session, language};
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    m_ctx.assistant->handle(request, this, [respond, started](assistant::AssistantReply reply) {
        respond(HttpResponse::json(
            200, {{QStringLiteral("service"), domain::serviceName(reply.routing.service)},
                  {QStringLiteral("intent"), reply.routing.intent},
                  {QStringLiteral("entities"), reply.routing.entities},
                  {QStringLiteral("language"), reply.routing.language},
                  {QStringLiteral("confidence"), reply.routing.confidence},
                  {QStringLiteral("reply"), reply.text},
                  {QStringLiteral("source"), domain::routingSourceName(reply.byLlm ? domain::RoutingSource::Llm
                                                                                   : domain::RoutingSource::Offline)},
                  {QStringLiteral("usage"), QJsonObject{{QStringLiteral("llm_calls"), reply.usage.calls},
                                                        {QStringLiteral("input_tokens"), reply.usage.inputTokens},
                                                        {QStringLiteral("output_tokens"), reply.usage.outputTokens}}},
                  {QStringLiteral("latency_ms"), QDateTime::currentMSecsSinceEpoch() - started}}));
    });
}

} // namespace concierge::api
