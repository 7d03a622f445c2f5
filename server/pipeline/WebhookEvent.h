#pragma once

#include "core/Result.h"
#include "integrations/WahaIds.h"
#include "store/Records.h"

#include <QByteArray>
#include <QString>

namespace concierge::pipeline {

// WhatsApp's maximum message length: longer texts are cut to it when the webhook is read.
inline constexpr qsizetype kMaxMessageChars = 65'536;

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

// The id helpers live in integrations/WahaIds.h; these names stay for the parser's callers.
using integrations::isPersonChat;
using integrations::normalizeChatId;
using integrations::shortMessageId;

} // namespace concierge::pipeline
