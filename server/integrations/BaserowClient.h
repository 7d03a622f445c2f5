#pragma once

#include "core/Result.h"
#include "integrations/CurlClient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace concierge::integrations {

struct BaserowConfig
{
    QString baseUrl; // e.g. "https://api.baserow.io" (BASEROW_URL)
    QString token;   // database token (BASEROW_AUTH_KEY), sent as "Authorization: Token <token>"
    int timeoutMs = 15'000;
    int maxRetryAfterMs = 10'000; // cap on the one wait after a 429
};

// Reads Baserow tables through the REST API (user field names, 200 rows per page). Lives in one thread, never
// blocks. Errors carry Baserow's own code ("ERROR_TABLE_DOES_NOT_EXIST", ...) or "baserow_unavailable" /
// "baserow_malformed_response" / "baserow_http_<status>".
class BaserowClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaserowClient)

public:
    using RowsCallback = std::function<void(Result<QList<QJsonObject>>)>;
    static constexpr int kPageSize = 200; // Baserow's maximum
    static constexpr int kMaxPages = 500; // a safety stop against a server that never ends its paging

    BaserowClient(CurlClient *http, BaserowConfig config, QObject *parent = nullptr);

    bool configured() const;
    const BaserowConfig &config() const { return m_config; }

    // Every row of the table, page after page. `done` runs later, once, unless `context` is destroyed first.
    void listAllRows(int tableId, QObject *context, RowsCallback done);

    // Baserow's error body ({"error","detail"} with detail a string or an object, or DRF's {"detail"}) as an Error.
    static Error errorFrom(const OutboundResponse &response);

private:
    struct Listing;
    void fetchPage(const std::shared_ptr<Listing> &listing);
    void onPage(const std::shared_ptr<Listing> &listing, const OutboundResponse &response);
    void finish(const std::shared_ptr<Listing> &listing, Result<QList<QJsonObject>> result);
    QUrl pageUrl(int tableId, int page) const;

    CurlClient *m_http;
    BaserowConfig m_config;
};

} // namespace concierge::integrations
