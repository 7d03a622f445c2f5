#include "events/LiveEvent.h"

#include <array>
#include <utility>

namespace concierge::live {

namespace {

constexpr std::array<std::pair<EventKind, const char *>, 12> kNames{{
    {EventKind::MessageReceived, "message.received"},
    {EventKind::MessageQueued, "message.queued"},
    {EventKind::MessageSent, "message.sent"},
    {EventKind::MessageFailed, "message.failed"},
    {EventKind::MessageAck, "message.ack"},
    {EventKind::SessionStatus, "session.status"},
    {EventKind::HealthChanged, "health.changed"},
    {EventKind::OwnerChanged, "conversation.owner"},
    {EventKind::HandoffRequested, "handoff.requested"},
    {EventKind::FollowupChanged, "followup.changed"},
    {EventKind::HandoffReminder, "handoff.reminder"},
    {EventKind::CodeLockout, "catechese.lockout"},
}};

const QLatin1String kId("id");
const QLatin1String kType("type");
const QLatin1String kTime("time");
const QLatin1String kChatId("chat_id");

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &json, const char *key)
{
    return qint64(json.value(QLatin1String(key)).toDouble());
}

} // namespace

QString eventKindName(EventKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<EventKind> eventKindFromName(const QString &name)
{
    for (const auto &[k, n] : kNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QJsonObject LiveEvent::toJson() const
{
    QJsonObject json = payload;
    json.insert(kId, id);
    json.insert(kType, eventKindName(kind));
    json.insert(kTime, timeMs);
    json.insert(kChatId, chatId);
    return json;
}

std::optional<LiveEvent> LiveEvent::fromJson(const QJsonObject &json)
{
    const auto kind = eventKindFromName(json.value(kType).toString());
    if (!kind)
        return std::nullopt;
    LiveEvent event;
    event.id = qint64(json.value(kId).toDouble());
    event.kind = *kind;
    event.timeMs = qint64(json.value(kTime).toDouble());
    event.chatId = json.value(kChatId).toString();
    event.payload = json;
    for (const QLatin1String &key : {kId, kType, kTime, kChatId})
        event.payload.remove(key);
    return event;
}

QJsonObject MessageReceivedPayload::toJson() const
{
    return {{QLatin1String("author"), author},      {QLatin1String("text"), text},
            {QLatin1String("push_name"), pushName}, {QLatin1String("service"), service},
            {QLatin1String("intent"), intent},      {QLatin1String("status"), status}};
}

MessageReceivedPayload MessageReceivedPayload::fromJson(const QJsonObject &json)
{
    return {str(json, "author"),  str(json, "text"),   str(json, "push_name"),
            str(json, "service"), str(json, "intent"), str(json, "status")};
}

QJsonObject MessageQueuedPayload::toJson() const
{
    return {{QLatin1String("text"), text}, {QLatin1String("latency_ms"), latencyMs}};
}

MessageQueuedPayload MessageQueuedPayload::fromJson(const QJsonObject &json)
{
    return {str(json, "text"), qint64(json.value(QLatin1String("latency_ms")).toDouble())};
}

QJsonObject MessageSentPayload::toJson() const
{
    QJsonObject json{{QLatin1String("outbox_id"), outboxId}};
    if (!text.isEmpty())
        json.insert(QLatin1String("text"), text);
    if (!wahaMessageId.isEmpty())
        json.insert(QLatin1String("waha_message_id"), wahaMessageId);
    if (!error.isEmpty())
        json.insert(QLatin1String("error"), error);
    return json;
}

MessageSentPayload MessageSentPayload::fromJson(const QJsonObject &json)
{
    return {qint64(json.value(QLatin1String("outbox_id")).toDouble()), str(json, "text"), str(json, "waha_message_id"),
            str(json, "error")};
}

QJsonObject MessageAckPayload::toJson() const
{
    return {{QLatin1String("waha_message_id"), wahaMessageId}, {QLatin1String("ack"), ack}};
}

MessageAckPayload MessageAckPayload::fromJson(const QJsonObject &json)
{
    return {str(json, "waha_message_id"), json.value(QLatin1String("ack")).toInt()};
}

QJsonObject SessionStatusPayload::toJson() const
{
    return {{QLatin1String("status"), status}};
}

SessionStatusPayload SessionStatusPayload::fromJson(const QJsonObject &json)
{
    return {str(json, "status")};
}

QJsonObject OwnerChangedPayload::toJson() const
{
    return {{QLatin1String("owner"), owner},
            {QLatin1String("version"), version},
            {QLatin1String("actor"), actor},
            {QLatin1String("reason"), reason}};
}

OwnerChangedPayload OwnerChangedPayload::fromJson(const QJsonObject &json)
{
    return {str(json, "owner"), int(num(json, "version")), str(json, "actor"), str(json, "reason")};
}

QJsonObject HandoffRequestedPayload::toJson() const
{
    return {{QLatin1String("reason"), reason},
            {QLatin1String("summary"), summary},
            {QLatin1String("urgent"), urgent},
            {QLatin1String("waiting_since"), waitingSinceMs}};
}

HandoffRequestedPayload HandoffRequestedPayload::fromJson(const QJsonObject &json)
{
    return {str(json, "reason"), str(json, "summary"), json.value(QLatin1String("urgent")).toBool(),
            num(json, "waiting_since")};
}

QJsonObject FollowupChangedPayload::toJson() const
{
    return {{QLatin1String("followup_id"), id},
            {QLatin1String("reason"), reason},
            {QLatin1String("due"), dueMs},
            {QLatin1String("done"), done}};
}

FollowupChangedPayload FollowupChangedPayload::fromJson(const QJsonObject &json)
{
    return {num(json, "followup_id"), str(json, "reason"), num(json, "due"),
            json.value(QLatin1String("done")).toBool()};
}

QJsonObject CodeLockoutPayload::toJson() const
{
    return {{QLatin1String("until"), untilMs}};
}

CodeLockoutPayload CodeLockoutPayload::fromJson(const QJsonObject &json)
{
    return {qint64(json.value(QLatin1String("until")).toDouble())};
}

QJsonObject HandoffReminderPayload::toJson() const
{
    return {{QLatin1String("owner"), owner},
            {QLatin1String("silent_since"), silentSinceMs},
            {QLatin1String("returned_to_queue"), returnedToQueue}};
}

HandoffReminderPayload HandoffReminderPayload::fromJson(const QJsonObject &json)
{
    return {str(json, "owner"), num(json, "silent_since"), json.value(QLatin1String("returned_to_queue")).toBool()};
}

} // namespace concierge::live
