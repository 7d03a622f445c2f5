#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QByteArray>
#include <QString>

namespace concierge::pipeline {

// What one webhook body means for us, decided before anything is stored.
struct WebhookEvent
{
    enum class Kind {
        UserMessage,   // a parishioner wrote: store in the inbox, answer
        StaffMessage,  // typed on the paired phone (message.any, fromMe, source app): record, do not answer
        Ack,           // delivery/read receipt of one of our messages
        SessionStatus, // the WhatsApp session changed state (e.g. a QR code must be scanned)
        Ignored,       // groups, status, channels, broadcasts, our own API echoes, other events
    };

    Kind kind = Kind::Ignored;
    QString ignoredReason;
    store::InboxMessage message; // UserMessage, StaffMessage
    QString ackMessageId;        // Ack: short WhatsApp id (last part of the serialized id)
    int ack = 0;
    QString sessionStatus; // SessionStatus: STOPPED | STARTING | SCAN_QR_CODE | WORKING | FAILED
};

// Parses a WAHA envelope (every event of WAHA 2026.x) or the simplified shape of the original description
// ({"session", "message": {"from", "text", "timestamp"}}). Malformed JSON or missing fields -> Error (HTTP 400).
Result<WebhookEvent> parseWebhook(const QByteArray &body, qint64 nowMs);

// "false_221771234567@c.us_3EB0C4A1..." -> "3EB0C4A1..."; a short id is returned as is.
QString shortMessageId(const QString &serializedId);

// "221771234567" -> "221771234567@c.us"; "...@s.whatsapp.net" -> "...@c.us"; other ids unchanged.
QString normalizeChatId(const QString &chatId);

// True for the chats a bot answers: people by phone (@c.us) or by privacy id (@lid).
bool isPersonChat(const QString &chatId);

} // namespace concierge::pipeline
