#include "store/Vocabulary.h"

#include <array>
#include <utility>

namespace concierge::store {

namespace {

template <typename E, size_t N> using Names = std::array<std::pair<E, const char *>, N>;

constexpr Names<InboxKind, 2> kInboxKinds{{{InboxKind::User, "user"}, {InboxKind::Staff, "staff"}}};
constexpr Names<InboxStatus, 4> kInboxStatuses{{{InboxStatus::Pending, "pending"},
                                                {InboxStatus::Done, "done"},
                                                {InboxStatus::Ignored, "ignored"},
                                                {InboxStatus::Failed, "failed"}}};
constexpr Names<OutboxStatus, 7> kOutboxStatuses{{{OutboxStatus::Pending, "pending"},
                                                  {OutboxStatus::Sent, "sent"},
                                                  {OutboxStatus::Delivered, "delivered"},
                                                  {OutboxStatus::Read, "read"},
                                                  {OutboxStatus::Failed, "failed"},
                                                  {OutboxStatus::Withheld, "withheld"},
                                                  {OutboxStatus::Sending, "sending"}}};
constexpr Names<Direction, 2> kDirections{{{Direction::In, "in"}, {Direction::Out, "out"}}};
constexpr Names<Author, 5> kAuthors{{{Author::User, "user"},
                                     {Author::Bot, "bot"},
                                     {Author::Staff, "staff"},
                                     {Author::Agent, "agent"},
                                     {Author::System, "system"}}};
constexpr Names<InteractionStatus, 8> kInteractionStatuses{{{InteractionStatus::Received, "received"},
                                                            {InteractionStatus::Queued, "queued"},
                                                            {InteractionStatus::Sent, "sent"},
                                                            {InteractionStatus::Delivered, "delivered"},
                                                            {InteractionStatus::Read, "read"},
                                                            {InteractionStatus::Failed, "failed"},
                                                            {InteractionStatus::RateLimited, "rate_limited"},
                                                            {InteractionStatus::Withheld, "withheld"}}};
constexpr Names<InteractionSource, 7> kSources{{{InteractionSource::Unknown, ""},
                                                {InteractionSource::Offline, "offline"},
                                                {InteractionSource::Llm, "llm"},
                                                {InteractionSource::Flow, "flow"},
                                                {InteractionSource::Menu, "menu"},
                                                {InteractionSource::System, "system"},
                                                {InteractionSource::Phone, "phone"}}};

template <typename E, size_t N> QString nameIn(const Names<E, N> &names, E value)
{
    for (const auto &[v, n] : names) {
        if (v == value)
            return QLatin1String(n);
    }
    return {};
}

// The first entry is the fallback.
template <typename E, size_t N> E valueIn(const Names<E, N> &names, const QString &name)
{
    for (const auto &[v, n] : names) {
        if (name == QLatin1String(n))
            return v;
    }
    return names.front().first;
}

} // namespace

QString name(InboxKind value)
{
    return nameIn(kInboxKinds, value);
}
QString name(InboxStatus value)
{
    return nameIn(kInboxStatuses, value);
}
QString name(OutboxStatus value)
{
    return nameIn(kOutboxStatuses, value);
}
QString name(Direction value)
{
    return nameIn(kDirections, value);
}
QString name(Author value)
{
    return nameIn(kAuthors, value);
}
QString name(InteractionStatus value)
{
    return nameIn(kInteractionStatuses, value);
}
QString name(InteractionSource value)
{
    return nameIn(kSources, value);
}

InboxKind inboxKindFromName(const QString &name)
{
    return valueIn(kInboxKinds, name);
}
InboxStatus inboxStatusFromName(const QString &name)
{
    return valueIn(kInboxStatuses, name);
}
OutboxStatus outboxStatusFromName(const QString &name)
{
    return valueIn(kOutboxStatuses, name);
}
Direction directionFromName(const QString &name)
{
    return valueIn(kDirections, name);
}
Author authorFromName(const QString &name)
{
    return valueIn(kAuthors, name);
}
InteractionStatus interactionStatusFromName(const QString &name)
{
    return valueIn(kInteractionStatuses, name);
}
InteractionSource interactionSourceFromName(const QString &name)
{
    return valueIn(kSources, name);
}

InteractionStatus interactionStatusFor(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
    case OutboxStatus::Sending: return InteractionStatus::Queued;
    case OutboxStatus::Sent: return InteractionStatus::Sent;
    case OutboxStatus::Delivered: return InteractionStatus::Delivered;
    case OutboxStatus::Read: return InteractionStatus::Read;
    case OutboxStatus::Failed: return InteractionStatus::Failed;
    case OutboxStatus::Withheld: return InteractionStatus::Withheld;
    }
    return InteractionStatus::Queued;
}

} // namespace concierge::store
