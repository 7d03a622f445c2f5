#include "api/EventsController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "live/EventBus.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

namespace concierge::api {

using http::HttpResponse;

namespace {

// A non-negative integer query parameter: the fallback when absent, nullopt when malformed.
std::optional<qint64> numberParam(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

EventsController::EventsController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void EventsController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/events",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (bearer(*m_ctx.jwt, request, respond))
                       list(request, respond);
               });
}

void EventsController::list(const http::HttpRequest &request, const http::Responder &respond)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    const auto since = numberParam(query, QStringLiteral("since"), 0);
    const auto limit = numberParam(query, QStringLiteral("limit"), kDefaultLimit);
    if (!since || !limit || *limit == 0) {
        respond(apiError(QStringLiteral("invalid_query"),
                         QStringLiteral("since must be an integer >= 0 and limit an integer >= 1")));
        return;
    }
    QJsonArray events;
    qint64 lastId = *since;
    for (const live::LiveEvent &event : m_ctx.events->since(*since, int(qMin<qint64>(*limit, kMaxLimit)))) {
        events.append(event.toJson());
        lastId = event.id;
    }
    respond(HttpResponse::json(200, {{QStringLiteral("events"), events}, {QStringLiteral("last_id"), lastId}}));
}

} // namespace concierge::api
