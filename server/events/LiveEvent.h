#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace concierge::live {

// Every kind of event the server publishes to the consoles. Names ("message.received", ...) exist only in JSON.
enum class EventKind {
    MessageReceived,  // a user's (or the paired phone's) message was recorded
    MessageQueued,    // a reply is in the outbox
    MessageSent,      // WAHA accepted a reply
    MessageFailed,    // a reply could not be sent
    MessageAck,       // WhatsApp delivery status of a sent message
    SessionStatus,    // the WhatsApp session's state (WORKING, SCAN_QR_CODE, ...)
    HealthChanged,    // a component's health changed
    OwnerChanged,     // a conversation's owner changed (bot / queued / human:<agent>)
    HandoffRequested, // a user asked for a person: the conversation waits in the queue
    FollowupChanged,  // a call-back task was opened or done
    HandoffReminder,  // the agent owning a conversation has been silent too long
    CodeLockout,      // a chat tried too many wrong parent codes: code checks refused for a while
};

QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(const QString &name);

// One published event: an increasing id (for catching up after a reconnect), its kind, when, which chat (may be
// empty), and the kind's payload. JSON: {"id", "type", "time", "chat_id", ...payload fields}.
struct LiveEvent
{
    qint64 id = 0;
    EventKind kind = EventKind::MessageReceived;
    qint64 timeMs = 0;
    QString chatId;
    QJsonObject payload;

    QJsonObject toJson() const;
    // nullopt when the object has no known "type".
    static std::optional<LiveEvent> fromJson(const QJsonObject &json);
};

// Payloads, one struct per kind that carries more than a chat id. Each converts to and from the payload object.
struct MessageReceivedPayload
{
    QString author; // "user" | "staff"
    QString text;
    QString pushName;
    QString service;
    QString intent;
    QString status;

    QJsonObject toJson() const;
    static MessageReceivedPayload fromJson(const QJsonObject &json);
};

struct MessageQueuedPayload
{
    QString text;
    qint64 latencyMs = 0;

    QJsonObject toJson() const;
    static MessageQueuedPayload fromJson(const QJsonObject &json);
};

struct MessageSentPayload // MessageSent and MessageFailed
{
    qint64 outboxId = 0;
    QString text;          // sent only
    QString wahaMessageId; // sent only
    QString error;         // failed only

    QJsonObject toJson() const;
    static MessageSentPayload fromJson(const QJsonObject &json);
};

struct MessageAckPayload
{
    QString wahaMessageId;
    int ack = 0; // WAHA's ack level: -1 error, 0 pending, 1 server, 2 device, 3 read, 4 played

    QJsonObject toJson() const;
    static MessageAckPayload fromJson(const QJsonObject &json);
};

struct SessionStatusPayload
{
    QString status;

    QJsonObject toJson() const;
    static SessionStatusPayload fromJson(const QJsonObject &json);
};

struct OwnerChangedPayload
{
    QString owner; // "bot" | "queued" | "human:<agent>"
    int version = 0;
    QString actor; // an agent's username, "user", "phone" or "system"
    QString reason;

    QJsonObject toJson() const;
    static OwnerChangedPayload fromJson(const QJsonObject &json);
};

struct HandoffRequestedPayload
{
    QString reason;
    QString summary; // what the user asked so far, which service, verified parent or not
    bool urgent = false;
    qint64 waitingSinceMs = 0;

    QJsonObject toJson() const;
    static HandoffRequestedPayload fromJson(const QJsonObject &json);
};

struct FollowupChangedPayload
{
    qint64 id = 0;
    QString reason;
    qint64 dueMs = 0;
    bool done = false;

    QJsonObject toJson() const;
    static FollowupChangedPayload fromJson(const QJsonObject &json);
};

struct CodeLockoutPayload
{
    qint64 untilMs = 0; // code checks are refused for this chat until then

    QJsonObject toJson() const;
    static CodeLockoutPayload fromJson(const QJsonObject &json);
};

struct HandoffReminderPayload
{
    QString owner;                // "human:<agent>"
    qint64 silentSinceMs = 0;     // the agent's last activity
    bool returnedToQueue = false; // past the second limit: the conversation waits again

    QJsonObject toJson() const;
    static HandoffReminderPayload fromJson(const QJsonObject &json);
};

} // namespace concierge::live
