#include "api/MetricsController.h"

#include "api/ApiErrors.h"
#include "api/ServerContext.h"
#include "api/WebhookAuth.h"
#include "ops/Metrics.h"
#include "ops/MetricsScrape.h"

namespace concierge::api {

MetricsController::MetricsController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void MetricsController::registerRoutes(http::Router &router)
{
    router.add("GET", kPath.toByteArray(),
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   scrape(request, std::move(respond));
               });
}

bool MetricsController::fromThisMachine(const http::HttpRequest &request)
{
    for (const char *forwarded : {"x-forwarded-for", "forwarded", "x-real-ip"}) {
        if (!request.header(forwarded).isEmpty())
            return false;
    }
    return http::plainAddress(request.peer).isLoopback();
}

void MetricsController::scrape(const http::HttpRequest &request, http::Responder respond)
{
    const QByteArray token = m_ctx.settings.metricsToken.toUtf8();
    if (!token.isEmpty()) {
        const QByteArray authorization = request.header("authorization");
        const bool bearer = authorization.size() > 7 && authorization.first(7).toLower() == "bearer ";
        if (!bearer || !WebhookAuth::constantTimeEquals(authorization.mid(7).trimmed(), token)) {
            respond(apiError(QStringLiteral("unauthorized"), QStringLiteral("/metrics needs Authorization: Bearer "
                                                                            "<METRICS_TOKEN>")));
            return;
        }
    } else if (!fromThisMachine(request)) {
        respond(apiError(QStringLiteral("metrics_local_only"),
                         QStringLiteral("without METRICS_TOKEN, /metrics answers only on this machine (loopback, not "
                                        "through a proxy); set METRICS_TOKEN to scrape from elsewhere")));
        return;
    }
    ops::scrapeMetrics(*m_ctx.metrics, m_ctx.db, this, [respond](QByteArray body) {
        http::HttpResponse response;
        response.contentType = ops::Metrics::kContentType;
        response.body = std::move(body);
        respond(std::move(response));
    });
}

void CountingHandler::handleRequest(const http::HttpRequest &request, http::Responder respond)
{
    m_inner->handleRequest(request, [metrics = m_metrics, respond = std::move(respond)](http::HttpResponse response) {
        metrics->httpResponse(response.status);
        respond(std::move(response));
    });
}

} // namespace concierge::api
