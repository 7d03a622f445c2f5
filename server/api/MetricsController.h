#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::ops {
class Metrics;
}

namespace concierge::api {

struct ServerContext;

// GET /metrics: the server's figures in Prometheus' text format (ops::Metrics). With METRICS_TOKEN set, only a request
// carrying "Authorization: Bearer <token>" (compared in constant time); without it, only a client on this machine.
class MetricsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsController)

public:
    MetricsController(ServerContext &context, QObject *parent = nullptr);
    static constexpr QByteArrayView kPath = "/metrics";

    void registerRoutes(http::Router &router);

    // Without a token: the client must be this machine. The client is the address the HTTP server resolved (a trusted
    // proxy's request counts as the client it forwards for), and a forwarded request is never local: a proxy on this
    // machine that is not in TRUSTED_PROXIES would otherwise make every outside scrape look like loopback.
    static bool fromThisMachine(const http::HttpRequest &request);

private:
    void scrape(const http::HttpRequest &request, http::Responder respond);

    ServerContext &m_ctx;
};

// Counts every response of the API's handlers by status class (ops::Metrics), around the router.
class CountingHandler final : public http::IRequestHandler
{
public:
    CountingHandler(http::IRequestHandler *inner, ops::Metrics *metrics)
        : m_inner(inner)
        , m_metrics(metrics)
    {
    }
    void handleRequest(const http::HttpRequest &request, http::Responder respond) override;

private:
    http::IRequestHandler *m_inner;
    ops::Metrics *m_metrics;
};

} // namespace concierge::api
