#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "store/Vocabulary.h"

// Plain rows of the schema (see docs/ARCHITECTURE.md, "Data"). Times are Unix milliseconds (UTC).
namespace concierge::store {

struct InboxMessage
{
    qint64 id = 0;
    QString wahaMessageId; // payload.id (unique: a redelivery is ignored)
    QString eventId;       // envelope id, may be empty (simplified shape)
    QString chatId;        // where a reply goes
    InboxKind kind = InboxKind::User;
    QString text;
    QString pushName;
    QJsonObject media; // {url, mimetype, filename} or empty
    InboxStatus status = InboxStatus::Pending;
    int attempts = 0;
    qint64 receivedAtMs = 0;
    qint64 processedAtMs = 0;
    qint64 sentAtMs = 0; // payload.timestamp: when WhatsApp says it was sent (0: not given); kept in recent ids only
};

struct OutboxMessage
{
    qint64 id = 0;
    qint64 inboxId = 0; // the message this answers (0 for none)
    QString chatId;
    QString text;
    QString replyTo;             // serialized WAHA message id to mark seen / quote, may be empty
    Author author = Author::Bot; // Bot rows are checked against the chat's owner just before they leave
    OutboxStatus status = OutboxStatus::Pending;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString wahaMessageId; // short id returned by WAHA (the last part of the serialized id)
    int ack = -2;          // last WAHA ack (-1 error .. 4 played), -2 none yet
    QString lastError;
    qint64 createdAtMs = 0;
    qint64 sentAtMs = 0;
};

struct Interaction
{
    qint64 id = 0;
    QString chatId;
    Direction direction = Direction::In;
    Author author = Author::User;
    QString agent; // the agent's username when author is Agent
    QString text;
    QString service; // renseignement | catechese | contact_humain | "" (unknown)
    QString intent;
    QString language;
    double confidence = 0;
    InteractionSource source = InteractionSource::Unknown;
    InteractionStatus status = InteractionStatus::Received;
    qint64 latencyMs = 0;
    int tokensIn = 0;
    int tokensOut = 0;
    int llmCalls = 0;
    QString messageId; // WAHA id (in) or outbox id as text (out)
    qint64 createdAtMs = 0;
};

struct SessionRecord
{
    QString sessionId; // = chat id for WhatsApp conversations
    QString chatId;
    QJsonObject data;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 expiresAtMs = 0;
};

struct ServiceRecord
{
    QString name; // renseignement | catechese | contact_humain | system
    bool enabled = true;
    QString displayName;
    QString systemPrompt;
    QStringList keywords;
    QJsonObject texts; // {"fr": {"welcome": "...", ...}, "en": {...}}
    QJsonObject settings;
    qint64 updatedAtMs = 0;
};

struct FaqRow
{
    qint64 id = 0;
    QString question;
    QString answer;
    QStringList keywords;
    QString language = QStringLiteral("fr");
};

struct UserRecord
{
    QString chatId;
    QString phone;
    QString pushName;
    QString language;
    qint64 firstSeenAtMs = 0;
    qint64 lastSeenAtMs = 0;
};

struct AgentRecord
{
    qint64 id = 0;
    QString username;
    QString passwordHash;
    QString role = QStringLiteral("agent"); // admin | agent
    QString displayName;
    qint64 createdAtMs = 0;
    bool disabled = false; // cannot log in; existing tokens are refused
};

struct ConversationRecord
{
    QString chatId;
    QString owner = QStringLiteral("bot"); // bot | queued | human:<agent>
    int version = 0;                       // 0: no row yet
    qint64 updatedAtMs = 0;
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString detail;
    QString chatId; // the conversation concerned; empty for console actions
};

struct ParentRecord
{
    QString parentCode;
    QString fullName;
    QString phone;
    QString email;
};

struct StudentRecord
{
    QString studentId;
    QString parentCode;
    QString firstName;
    QString lastName;
    QString birthDate;
    QString level;
    QString schoolYear;
    QString status;
    int sessionsAttended = 0;
    int sessionsTotal = 0;
    QString sacrament;
};

} // namespace concierge::store
