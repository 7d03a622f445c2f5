#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/Records.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace concierge::store {
class Database;
class DbContext;
} // namespace concierge::store

namespace concierge::audit {

// What the privacy audit records about the registry. Names ("code_checked", ...) exist only at the edges.
enum class AuditAction {
    CodeChecked,
    CodeWrong,
    Lockout,
    Disclosure,
    CertificateIssued,
    CertificateRefused,   // the pupil's status allows none
    CertificateRequested, // left to the secretariat
    // The console's own actions (actor: the agent's username).
    ServiceChanged,   // a service's configuration saved
    FaqAdded,         // a knowledge base row
    FaqChanged,       //
    FaqDeleted,       //
    RegistryViewed,   // the parents' or pupils' list read (children's data)
    RegistryImported, // a CSV file imported from the console
    // A contact's rights (actor: the admin): what was held about a chat was exported, or erased.
    ContactExported,
    ContactErased,
};

QString auditActionName(AuditAction action);
std::optional<AuditAction> auditActionFromName(const QString &name);

struct AuditRecord
{
    QString actor;  // "bot", an agent's username, or the parent code that was verified
    QString chatId; // the conversation concerned; may be empty (console actions)
    AuditAction action = AuditAction::CodeChecked;
    QString detail; // who/what was shown, in a sentence: never a birth date sent to the LLM, just for the staff
};

// The audit log of registry access (wrong codes, lockouts, disclosures of a child's data, certificates). Asynchronous:
// callbacks run in `context`'s thread, and not at all once it is destroyed.
class AuditLog
{
public:
    static constexpr int kMaxLimit = 500;

    explicit AuditLog(store::Database *db, const Clock &clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    // `done` may be empty: fire and forget (a failure is logged).
    void append(const AuditRecord &record, QObject *context = nullptr,
                std::function<void(Result<qint64>)> done = {}) const;
    // Newest first; chatId empty: every chat; sinceMs 0: from the start; limit clamped to 1..kMaxLimit.
    void query(const QString &chatId, qint64 sinceMs, int limit, QObject *context,
               std::function<void(Result<QList<store::AuditEntry>>)> done) const;

    // For code that already runs inside a database job (a certificate recorded with its audit line, atomically).
    static Result<qint64> appendIn(store::DbContext &ctx, const AuditRecord &record, qint64 nowMs);

private:
    store::Database *m_db;
    const Clock &m_clock;
};

} // namespace concierge::audit
