#include "api/AuditController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "audit/AuditLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

namespace concierge::api {

using http::HttpResponse;

namespace {

// Milliseconds since the epoch or an ISO 8601 time; nullopt when it is neither.
std::optional<qint64> sinceParam(const QString &text)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms >= 0 ? std::optional<qint64>(ms) : std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

QJsonObject toJson(const store::AuditEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("at_ms"), e.atMs},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("chat_id"), e.chatId},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("detail"), e.detail}};
}

} // namespace

AuditController::AuditController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void AuditController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/audit",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   list(request, std::move(respond));
               });
}

void AuditController::list(const http::HttpRequest &request, http::Responder respond)
{
    // Every account is an admin or an agent, and both may read the audit.
    if (!bearer(*m_ctx.jwt, request, respond))
        return;
    const QUrlQuery query(QString::fromUtf8(request.query));
    const auto since = sinceParam(query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
    bool limitOk = true;
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? kDefaultLimit : limitText.toInt(&limitOk);
    if (!since || !limitOk || limit < 1) {
        respond(apiError(QStringLiteral("invalid_query"),
                         QStringLiteral("since: milliseconds or ISO 8601 time; limit: a positive number")));
        return;
    }
    const QString chatId = query.queryItemValue(QStringLiteral("chat_id"), QUrl::FullyDecoded);
    m_ctx.audit->query(chatId, *since, limit, this, [respond](Result<QList<store::AuditEntry>> entries) {
        if (!entries) {
            respond(storageUnavailable(entries.error()));
            return;
        }
        QJsonArray out;
        for (const store::AuditEntry &e : entries.value())
            out.append(toJson(e));
        respond(HttpResponse::json(200, {{QStringLiteral("entries"), out}}));
    });
}

} // namespace concierge::api
