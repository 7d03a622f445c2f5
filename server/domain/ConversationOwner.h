#pragma once

#include <QString>

#include <optional>

namespace concierge::domain {

// Who answers a chat: the assistant, nobody yet (waiting for a person), or a named agent. Stored and sent as
// "bot", "queued" or "human:<agent>".
struct ConversationOwner
{
    enum class Kind { Bot, Queued, Human };

    Kind kind = Kind::Bot;
    QString agent; // the agent's username when kind is Human

    static ConversationOwner bot() { return {}; }
    static ConversationOwner queued() { return {Kind::Queued, {}}; }
    static ConversationOwner human(const QString &agent) { return {Kind::Human, agent}; }
    // nullopt for anything that is not one of the three shapes (or "human:" without a name).
    static std::optional<ConversationOwner> parse(const QString &text);

    QString toString() const;
    bool isBot() const { return kind == Kind::Bot; }
    bool operator==(const ConversationOwner &) const = default;
};

} // namespace concierge::domain
