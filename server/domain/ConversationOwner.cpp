#include "domain/ConversationOwner.h"

namespace concierge::domain {

namespace {
const QLatin1String kBot("bot");
const QLatin1String kQueued("queued");
const QLatin1String kHumanPrefix("human:");
} // namespace

std::optional<ConversationOwner> ConversationOwner::parse(const QString &text)
{
    if (text == kBot)
        return bot();
    if (text == kQueued)
        return queued();
    if (text.startsWith(kHumanPrefix) && text.size() > kHumanPrefix.size())
        return human(text.mid(kHumanPrefix.size()));
    return std::nullopt;
}

QString ConversationOwner::toString() const
{
    switch (kind) {
    case Kind::Bot: break;
    case Kind::Queued: return kQueued;
    case Kind::Human: return kHumanPrefix + agent;
    }
    return kBot;
}

} // namespace concierge::domain
