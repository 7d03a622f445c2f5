#pragma once

#include <QString>

namespace concierge::integrations {

// WhatsApp ids as WAHA spells them, in one place (the webhook parser and the WAHA client both use these).

// "false_221771234567@c.us_3EB0C4A1..." -> "3EB0C4A1..." (a group's participant suffix is skipped); a short id is
// returned as is.
QString shortMessageId(const QString &serializedId);

// "221771234567" or "+221771234567" -> "221771234567@c.us"; "...[:device]@s.whatsapp.net" -> "...@c.us"; other ids
// (@lid, @g.us, ...) unchanged.
QString normalizeChatId(const QString &chatId);

// True for the chats a bot answers: people by phone (@c.us) or by privacy id (@lid).
bool isPersonChat(const QString &chatId);

// A stable id for a message that came without one (the simplified webhook shape): the same sender, time and text
// give the same id, so a redelivery is recognised. Such ids are not WhatsApp's: a reply cannot quote them.
QString syntheticMessageId(const QString &from, const QString &timestamp, const QString &text);
bool isSyntheticMessageId(const QString &messageId);

} // namespace concierge::integrations
