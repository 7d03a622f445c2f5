#pragma once

#include <QString>

// The words of the message log, typed. They become strings only at the storage boundary (the repositories) and in
// JSON builders, through the name functions below; fromName functions take what the schema's CHECKs allow and
// fall back to the default for anything else.
namespace concierge::store {

enum class InboxKind { User, Staff }; // from a parishioner | typed on the paired phone (fromMe)
enum class InboxStatus { Pending, Done, Ignored, Failed };
// Withheld: written by the bot, not sent because a person owns the chat by the time it could leave.
// Sending: claimed for a WAHA call (durably, before the call); a row is sent again only from pending, and from
// sending only at a restart (the call's outcome is then unknown: see docs/resilience.md).
enum class OutboxStatus { Pending, Sent, Delivered, Read, Failed, Withheld, Sending };
enum class Direction { In, Out };
// Agent: typed in the console (its name in Interaction::agent); System: a handoff notice (sent whoever owns the chat).
enum class Author { User, Bot, Staff, Agent, System };
enum class InteractionStatus { Received, Queued, Sent, Delivered, Read, Failed, RateLimited, Withheld };
// Who produced the interaction's content: the routing of an incoming message (offline, llm, flow, menu), an
// answer (llm, offline), a system notice, or the phone (staff); Unknown stores as "".
enum class InteractionSource { Unknown, Offline, Llm, Flow, Menu, System, Phone };

QString name(InboxKind value);
QString name(InboxStatus value);
QString name(OutboxStatus value);
QString name(Direction value);
QString name(Author value);
QString name(InteractionStatus value);
QString name(InteractionSource value);

InboxKind inboxKindFromName(const QString &name);
InboxStatus inboxStatusFromName(const QString &name);
OutboxStatus outboxStatusFromName(const QString &name);
Direction directionFromName(const QString &name);
Author authorFromName(const QString &name);
InteractionStatus interactionStatusFromName(const QString &name);
InteractionSource interactionSourceFromName(const QString &name);

// A reply's interaction follows its outbox row (sent -> delivered -> read, or failed).
InteractionStatus interactionStatusFor(OutboxStatus status);

} // namespace concierge::store
