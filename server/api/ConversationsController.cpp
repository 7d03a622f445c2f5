#include "api/ConversationsController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "conversations/ConversationService.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

namespace concierge::api {

using http::HttpResponse;

namespace {

const QString kAgentRole = QStringLiteral("agent");

// A positive integer query parameter: the fallback when absent, nullopt when malformed.
std::optional<qint64> positiveParam(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

// The cursor is opaque to clients: "c1:<last interaction id>" in base64url (the list's keyset position).
QString encodeCursor(qint64 beforeLastId)
{
    if (beforeLastId <= 0)
        return {};
    QByteArray raw("c1:");
    raw.append(QByteArray::number(beforeLastId));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    bool ok = false;
    const qint64 id = raw.startsWith("c1:") ? raw.mid(3).toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<store::OwnerFilter> ownerFilter(const QString &owner)
{
    if (owner.isEmpty())
        return store::OwnerFilter::Any;
    if (owner == QLatin1String("bot"))
        return store::OwnerFilter::Bot;
    if (owner == QLatin1String("queued"))
        return store::OwnerFilter::Queued;
    if (owner == QLatin1String("human"))
        return store::OwnerFilter::Human;
    return std::nullopt;
}

// "user", "assistant" (the bot and its notices), "phone" (typed on the paired phone) or "agent" (a console agent,
// named in the message's "agent" field).
QString authorName(const store::Interaction &i)
{
    switch (i.author) {
    case store::Author::User: return QStringLiteral("user");
    case store::Author::Bot:
    case store::Author::System: return QStringLiteral("assistant");
    case store::Author::Agent: return QStringLiteral("agent");
    case store::Author::Staff:
        return i.source == store::InteractionSource::Phone ? QStringLiteral("phone") : QStringLiteral("agent");
    }
    return QStringLiteral("user");
}

QJsonObject summaryJson(const store::ConversationSummary &s)
{
    const auto owner = domain::ConversationOwner::parse(s.owner).value_or(domain::ConversationOwner::bot());
    const store::Interaction &last = s.lastMessage;
    return {{QStringLiteral("chat_id"), s.chatId},
            {QStringLiteral("contact_name"), s.pushName},
            {QStringLiteral("phone"), s.phone},
            {QStringLiteral("owner"), owner.toString()},
            {QStringLiteral("agent"), owner.agent},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("last_message"), QJsonObject{{QStringLiteral("text"), last.text},
                                                         {QStringLiteral("author"), authorName(last)},
                                                         {QStringLiteral("time"), last.createdAtMs}}},
            {QStringLiteral("last_activity"), last.createdAtMs},
            {QStringLiteral("waiting_since"),
             owner.kind == domain::ConversationOwner::Kind::Queued ? QJsonValue(s.queuedAtMs) : QJsonValue()},
            {QStringLiteral("unread"), s.unread}};
}

QJsonObject messageJson(const store::Interaction &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("author"), authorName(i)},
            {QStringLiteral("agent"), i.agent},
            {QStringLiteral("direction"), store::name(i.direction)},
            {QStringLiteral("text"), i.text},
            {QStringLiteral("time"), i.createdAtMs},
            {QStringLiteral("status"), store::name(i.status)},
            {QStringLiteral("service"), i.service},
            {QStringLiteral("intent"), i.intent}};
}

} // namespace

ConversationsController::ConversationsController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void ConversationsController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/conversations",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (bearerWithRole(*m_ctx.jwt, request, respond, kAgentRole))
                       list(request, respond);
               });
    auto guarded = [this](auto handler) {
        return
            [this, handler](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                if (!bearerWithRole(*m_ctx.jwt, request, respond, kAgentRole))
                    return;
                const QString chatId = params.value(QStringLiteral("chat_id"));
                if (chatId.isEmpty() || chatId.size() > 200) {
                    respond(apiError(QStringLiteral("invalid_field"), QStringLiteral("bad chat id")));
                    return;
                }
                handler(chatId, request, respond);
            };
    };
    router.add("GET", "/api/v1/conversations/{chat_id}",
               guarded([this](const QString &id, const http::HttpRequest &, const http::Responder &r) { one(id, r); }));
    router.add("GET", "/api/v1/conversations/{chat_id}/messages",
               guarded([this](const QString &id, const http::HttpRequest &req, const http::Responder &r) {
                   messages(id, req, r);
               }));
    router.add(
        "POST", "/api/v1/conversations/{chat_id}/read",
        guarded([this](const QString &id, const http::HttpRequest &, const http::Responder &r) { markRead(id, r); }));
}

void ConversationsController::list(const http::HttpRequest &request, const http::Responder &respond)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    const auto owner = ownerFilter(query.queryItemValue(QStringLiteral("owner")));
    const auto limit = positiveParam(query, QStringLiteral("limit"), kDefaultLimit);
    const auto cursor = decodeCursor(query.queryItemValue(QStringLiteral("cursor")));
    if (!owner || !limit || !cursor) {
        respond(apiError(QStringLiteral("invalid_query"),
                         QStringLiteral("owner is bot, queued or human; limit an integer >= 1; cursor as returned")));
        return;
    }
    store::ConversationFilter filter;
    filter.owner = *owner;
    filter.search = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    filter.beforeLastId = *cursor;
    filter.limit = int(qMin<qint64>(*limit, kMaxLimit));
    conversations::ConversationService(m_ctx.db).list(
        filter, this, [respond](Result<conversations::ConversationPage> page) {
            if (!page) {
                respond(storageUnavailable(page.error()));
                return;
            }
            QJsonArray items;
            for (const store::ConversationSummary &s : page->items)
                items.append(summaryJson(s));
            const QString next = encodeCursor(page->nextBefore);
            respond(HttpResponse::json(
                200, {{QStringLiteral("items"), items},
                      {QStringLiteral("next_cursor"), next.isEmpty() ? QJsonValue() : QJsonValue(next)}}));
        });
}

void ConversationsController::one(const QString &chatId, const http::Responder &respond)
{
    conversations::ConversationService(m_ctx.db).summary(
        chatId, this, [respond](Result<std::optional<store::ConversationSummary>> summary) {
            if (!summary)
                respond(storageUnavailable(summary.error()));
            else if (!summary.value())
                respond(apiError(QStringLiteral("conversation_not_found"), QStringLiteral("this chat never wrote")));
            else
                respond(HttpResponse::json(200, summaryJson(*summary.value())));
        });
}

void ConversationsController::messages(const QString &chatId, const http::HttpRequest &request,
                                       const http::Responder &respond)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    const auto before = positiveParam(query, QStringLiteral("before"), 0);
    const auto limit = positiveParam(query, QStringLiteral("limit"), kDefaultLimit);
    if (!before || !limit) {
        respond(apiError(QStringLiteral("invalid_query"), QStringLiteral("before and limit must be integers >= 1")));
        return;
    }
    conversations::ConversationService(m_ctx.db).history(
        chatId, *before, int(qMin<qint64>(*limit, kMaxLimit)), this,
        [respond](Result<conversations::HistoryPage> page) {
            if (!page) {
                respond(storageUnavailable(page.error()));
                return;
            }
            QJsonArray items;
            for (const store::Interaction &i : page->items)
                items.append(messageJson(i));
            respond(HttpResponse::json(200, {{QStringLiteral("items"), items}, {QStringLiteral("more"), page->more}}));
        });
}

void ConversationsController::markRead(const QString &chatId, const http::Responder &respond)
{
    conversations::ConversationService(m_ctx.db).markRead(chatId, this, [respond](Result<qint64> upTo) {
        respond(upTo ? HttpResponse::json(200,
                                          {{QStringLiteral("read_up_to"), upTo.value()}, {QStringLiteral("unread"), 0}})
                     : storageUnavailable(upTo.error()));
    });
}

} // namespace concierge::api
