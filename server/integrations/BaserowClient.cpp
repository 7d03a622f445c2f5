#include "integrations/BaserowClient.h"

#include "core/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace concierge::integrations {

struct BaserowClient::Listing
{
    int tableId = 0;
    int page = 1;
    bool retried429 = false;
    QPointer<QObject> context;
    bool hadContext = false;
    RowsCallback done;
    QList<QJsonObject> rows;
};

BaserowClient::BaserowClient(CurlClient *http, BaserowConfig config, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_config(std::move(config))
{
}

bool BaserowClient::configured() const
{
    return !m_config.baseUrl.trimmed().isEmpty() && !m_config.token.isEmpty();
}

QUrl BaserowClient::pageUrl(int tableId, int page) const
{
    QString base = m_config.baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Baserow wants the trailing slash on every path.
    QUrl url(base + QStringLiteral("/api/database/rows/table/%1/").arg(tableId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user_field_names"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("size"), QString::number(kPageSize));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    url.setQuery(query);
    return url;
}

void BaserowClient::listAllRows(int tableId, QObject *context, RowsCallback done)
{
    auto listing = std::make_shared<Listing>();
    listing->tableId = tableId;
    listing->context = context;
    listing->hadContext = context != nullptr;
    listing->done = std::move(done);
    if (!configured()) {
        QTimer::singleShot(0, context ? context : this, [listing] {
            listing->done(
                Error{QStringLiteral("baserow_not_configured"), QStringLiteral("BASEROW_URL or token unset")});
        });
        return;
    }
    fetchPage(listing);
}

void BaserowClient::fetchPage(const std::shared_ptr<Listing> &listing)
{
    if (listing->hadContext && !listing->context)
        return;
    OutboundRequest request;
    request.url = pageUrl(listing->tableId, listing->page);
    request.timeoutMs = m_config.timeoutMs;
    request.headers.append({QByteArray("authorization"), QByteArray("Token " + m_config.token.toUtf8())});
    request.headers.append({QByteArray("accept"), QByteArray("application/json")});
    m_http->send(std::move(request), listing->context ? listing->context.data() : this,
                 [self = QPointer(this), listing](const OutboundResponse &response) {
                     if (self)
                         self->onPage(listing, response);
                 });
}

Error BaserowClient::errorFrom(const OutboundResponse &response)
{
    if (response.status == 0)
        return Error{QStringLiteral("baserow_unavailable"), response.error};
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonValue detail = body.value(QLatin1String("detail"));
    QString message = QStringLiteral("HTTP %1").arg(response.status);
    if (detail.isString())
        message = detail.toString();
    else if (detail.isObject()) // field errors: {"field": [{"error": "...", "code": "..."}]}
        message = QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact));
    else if (detail.isArray())
        message = QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
    const QString code = body.value(QLatin1String("error")).toString();
    return Error{code.isEmpty() ? QStringLiteral("baserow_http_%1").arg(response.status) : code, message};
}

void BaserowClient::onPage(const std::shared_ptr<Listing> &listing, const OutboundResponse &response)
{
    if (response.status == 429 && !listing->retried429) {
        // Throttled (BASEROW_MAX_CONCURRENT_USER_REQUESTS): wait as told, once, within a cap.
        listing->retried429 = true;
        bool ok = false;
        const int seconds = response.header("retry-after").trimmed().toInt(&ok);
        const int delay = std::clamp(ok ? seconds * 1000 : 1000, 0, m_config.maxRetryAfterMs);
        qCInfo(lcBaserow) << "Baserow throttled table" << listing->tableId << "- retrying in" << delay << "ms";
        QTimer::singleShot(delay, listing->context ? listing->context.data() : this, [self = QPointer(this), listing] {
            if (self)
                self->fetchPage(listing);
        });
        return;
    }
    if (!response.isSuccess()) {
        const Error error = errorFrom(response);
        qCWarning(lcBaserow).nospace() << "Baserow list of table " << listing->tableId << " page " << listing->page
                                       << " failed: status " << response.status << ", " << error.code << ": "
                                       << error.message.left(200);
        finish(listing, error);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonValue results = body.value(QLatin1String("results"));
    if (!results.isArray()) {
        finish(listing, Error{QStringLiteral("baserow_malformed_response"), QStringLiteral("no results array")});
        return;
    }
    for (const QJsonValue &row : results.toArray()) {
        if (row.isObject())
            listing->rows.append(row.toObject());
    }
    const QJsonValue next = body.value(QLatin1String("next"));
    if (next.isString() && !next.toString().isEmpty() && listing->page < kMaxPages) {
        // We build the next URL ourselves: Baserow's absolute "next" may name an internal host behind a proxy.
        ++listing->page;
        listing->retried429 = false;
        fetchPage(listing);
        return;
    }
    finish(listing, listing->rows);
}

void BaserowClient::finish(const std::shared_ptr<Listing> &listing, Result<QList<QJsonObject>> result)
{
    if (listing->hadContext && !listing->context)
        return;
    listing->done(std::move(result));
}

} // namespace concierge::integrations
