#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace concierge::store {
class Database;
class SessionCache;
} // namespace concierge::store

namespace concierge::ops {

// A WhatsApp contact's rights over their data (Senegal's personal data law, the GDPR): everything held about them
// read out as JSON, or their messages, sessions, handoffs, follow-ups and cache entries erased. Both leave an audit
// entry (who, which chat, never a message text); certificates and audit entries are the parish's record and stay.
class ContactRights final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactRights)

public:
    struct Dependencies
    {
        store::Database *db = nullptr;
        store::SessionCache *cache = nullptr;
        QString sqlitePath; // empty on PostgreSQL: its files are the database administrator's
        const Clock *clock = &Clock::system();
    };

    explicit ContactRights(Dependencies deps, QObject *parent = nullptr);

    // A chat id as WhatsApp writes them ("221771234567@c.us", "...@g.us", "...@lid"): letters, digits, @ . _ -.
    static bool validChatId(const QString &chatId);

    // What the database and the cache hold about the chat (see store::ContactDataRepository) plus "chat_id",
    // "exported_at" and "cache" ({"session": object or null}). `actor` is recorded in the audit.
    void exportContact(const QString &chatId, const QString &actor, QObject *context,
                       std::function<void(Result<QJsonObject>)> done);
    // Erases the chat's data; `done` gets the rows deleted per table. On SQLite the write-ahead log is then
    // truncated so that the deleted texts are gone from the files too (secure_delete zeroes them in the database).
    void erase(const QString &chatId, const QString &actor, QObject *context,
               std::function<void(Result<QJsonObject>)> done);

private:
    Dependencies m_deps;
};

} // namespace concierge::ops
