#pragma once

#include <QString>

namespace concierge::domain {

// Who said something in a conversation.
enum class Speaker { User, Assistant, Agent };

QString speakerName(Speaker speaker);         // "user" | "assistant" | "agent"
Speaker speakerFromName(const QString &name); // User for anything unknown

// One turn of recent conversation history, oldest first.
struct ChatTurn
{
    Speaker speaker = Speaker::User;
    QString text;

    bool operator==(const ChatTurn &) const = default;
};

} // namespace concierge::domain
