#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace concierge::store {

class DbContext;

// What the database holds about one WhatsApp contact (a chat id), for the contact's rights: everything read out as
// JSON, or their messages erased. Certificates and audit entries are exported but kept: they are the parish's record
// (a certificate can be verified; the audit says who saw a child's data).
class ContactDataRepository
{
public:
    // {"contact", "conversation", "messages", "inbox", "outbox", "sessions", "handoffs", "followups",
    // "code_checks", "certificates", "audit"}: every row (all columns) that names the chat; contact and
    // conversation are an object or null.
    static Result<QJsonObject> exportContact(DbContext &ctx, const QString &chatId);
    // Deletes the chat's messages (interactions, inbox, outbox), sessions, handoff state and history, follow-ups,
    // read marker and contact row. Returns the number of rows deleted per table ({"interactions": 12, ...}).
    static Result<QJsonObject> eraseContact(DbContext &ctx, const QString &chatId);

    // Retention: deletes the message texts older than cutoffMs (interactions; inbox and outbox rows no longer
    // waiting; sessions not updated since; handoff history and done follow-ups). Range deletes on created-at
    // indexes. Returns the rows deleted per table.
    static Result<QJsonObject> removeOlderThan(DbContext &ctx, qint64 cutoffMs);
};

} // namespace concierge::store
