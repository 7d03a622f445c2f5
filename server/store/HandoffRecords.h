#pragma once

#include <QString>

namespace concierge::store {

// A conversation's ownership row with what the handoff needs (conversations table).
struct HandoffRow
{
    QString chatId;
    QString owner = QStringLiteral("bot"); // bot | queued | human:<agent> (domain::ConversationOwner)
    int version = 0;                       // 0: no row yet
    QString reason;                        // why a person was asked for
    QString summary;                       // what the user asked so far, for the agent
    bool urgent = false;
    qint64 queuedAtMs = 0;
    qint64 claimedAtMs = 0;
    qint64 agentActivityAtMs = 0; // the owning agent's last message or claim
    qint64 remindedAtMs = 0;      // when the owning agent was last reminded
    qint64 followupId = 0;        // the SLA follow-up opened for this wait, if any
    qint64 updatedAtMs = 0;
};

// One change of owner, for the record: who moved the conversation from what to what, and why.
struct OwnershipChange
{
    qint64 id = 0;
    QString chatId;
    QString fromOwner;
    QString toOwner;
    QString actor; // an agent's username, "system", "phone" or "user"
    QString reason;
    qint64 atMs = 0;
};

// A task for the staff: call this person back.
struct FollowupRow
{
    qint64 id = 0;
    QString chatId;
    QString reason;
    qint64 dueAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 doneAtMs = 0; // 0 while open
    QString doneBy;

    bool isOpen() const { return doneAtMs == 0; }
};

} // namespace concierge::store
