#include "api/FollowupsController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "handoff/HandoffService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace concierge::api {

using http::HttpResponse;

namespace {

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QJsonObject followupJson(const store::FollowupRow &row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("chat_id"), row.chatId},
            {QStringLiteral("reason"), row.reason},
            {QStringLiteral("due"), isoTime(row.dueAtMs)},
            {QStringLiteral("created"), isoTime(row.createdAtMs)},
            {QStringLiteral("done"), !row.isOpen()},
            {QStringLiteral("done_at"), isoTime(row.doneAtMs)},
            {QStringLiteral("done_by"), row.doneBy}};
}

} // namespace

FollowupsController::FollowupsController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void FollowupsController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/followups",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (bearer(*m_ctx.jwt, request, respond))
                       list(request, respond);
               });
    router.add("POST", "/api/v1/followups/{id}/done",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   if (const auto claims = bearer(*m_ctx.jwt, request, respond))
                       done(params.value(QStringLiteral("id")), claims->subject, respond);
               });
}

void FollowupsController::list(const http::HttpRequest &request, const http::Responder &respond)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    const QString all = query.queryItemValue(QStringLiteral("all"));
    if (!all.isEmpty() && all != QLatin1String("true") && all != QLatin1String("false")) {
        respond(apiError(QStringLiteral("invalid_query"), QStringLiteral("all must be true or false")));
        return;
    }
    m_ctx.handoff->followups(all == QLatin1String("true"), this, [respond](Result<QList<store::FollowupRow>> rows) {
        if (!rows) {
            respond(storageUnavailable(rows.error()));
            return;
        }
        QJsonArray items;
        for (const store::FollowupRow &row : rows.value())
            items.append(followupJson(row));
        respond(HttpResponse::json(200, {{QStringLiteral("followups"), items}}));
    });
}

void FollowupsController::done(const QString &id, const QString &agent, const http::Responder &respond)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || number <= 0) {
        respond(apiError(QStringLiteral("followup_not_found"), QStringLiteral("no follow-up ") + id));
        return;
    }
    m_ctx.handoff->markFollowupDone(number, agent, this, [respond](Result<store::FollowupRow> row) {
        if (!row)
            respond(row.error().code == QLatin1String("followup_not_found")
                        ? apiError(row.error().code, row.error().message)
                        : storageUnavailable(row.error()));
        else
            respond(HttpResponse::json(200, followupJson(row.value())));
    });
}

} // namespace concierge::api
