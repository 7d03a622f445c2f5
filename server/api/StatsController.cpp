#include "api/StatsController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace concierge::api {

using http::HttpResponse;

namespace {

QJsonValue milliseconds(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

QJsonObject toJson(const ops::DashboardStats &s)
{
    QJsonArray hours;
    int totalIn = 0;
    int totalOut = 0;
    for (const ops::HourStats &h : s.hours) {
        totalIn += h.in;
        totalOut += h.out;
        hours.append(QJsonObject{{QStringLiteral("start"), h.startMs},
                                 {QStringLiteral("in"), h.in},
                                 {QStringLiteral("out"), h.out},
                                 {QStringLiteral("llm_calls"), h.llmCalls},
                                 {QStringLiteral("input_tokens"), h.inputTokens},
                                 {QStringLiteral("output_tokens"), h.outputTokens}});
    }
    const int answered = s.answeredByAssistant + s.answeredByPeople;
    return {{QStringLiteral("from"), s.fromMs},
            {QStringLiteral("to"), s.toMs},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("messages_in"), totalIn},
            {QStringLiteral("messages_out"), totalOut},
            {QStringLiteral("reply_time_ms"), QJsonObject{{QStringLiteral("median"), milliseconds(s.replyMedianMs)},
                                                          {QStringLiteral("p90"), milliseconds(s.replyP90Ms)}}},
            {QStringLiteral("answered"),
             QJsonObject{{QStringLiteral("assistant"), s.answeredByAssistant},
                         {QStringLiteral("people"), s.answeredByPeople},
                         {QStringLiteral("unanswered"), s.unanswered},
                         {QStringLiteral("assistant_share"), answered > 0
                                                                 ? QJsonValue(double(s.answeredByAssistant) / answered)
                                                                 : QJsonValue(QJsonValue::Null)}}},
            {QStringLiteral("handoffs_waiting"), s.handoffsWaiting},
            {QStringLiteral("llm"), QJsonObject{{QStringLiteral("calls"), s.llmCalls},
                                                {QStringLiteral("input_tokens"), s.inputTokens},
                                                {QStringLiteral("output_tokens"), s.outputTokens}}}};
}

} // namespace

StatsController::StatsController(ServerContext &context, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_stats(context.db, clock)
{
}

void StatsController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/stats",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   stats(request, std::move(respond));
               });
}

void StatsController::stats(const http::HttpRequest &request, http::Responder respond)
{
    if (!bearer(*m_ctx.jwt, request, respond))
        return;
    const QString text = QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(QStringLiteral("hours"));
    bool ok = true;
    const int hours = text.isEmpty() ? 24 : text.toInt(&ok);
    if (!ok || hours < 1 || hours > ops::StatsService::kMaxHours) {
        respond(apiError(QStringLiteral("invalid_query"),
                         QStringLiteral("hours: a whole number from 1 to %1").arg(ops::StatsService::kMaxHours)));
        return;
    }
    m_stats.stats(hours, this, [respond](Result<ops::DashboardStats> stats) {
        respond(stats ? HttpResponse::json(200, toJson(stats.value())) : storageUnavailable(stats.error()));
    });
}

} // namespace concierge::api
