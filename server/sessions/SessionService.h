#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Session.h"
#include "store/Records.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace concierge::store {
class Database;
class SessionCache;
} // namespace concierge::store

namespace concierge::sessions {

// A chat's conversation state, typed (domain::Session). Read through the cache (Redis or in-process); on a miss,
// from the sessions table; a session silent for the timeout or longer starts afresh (expired(), the one place that
// rule lives). The pipeline writes the table with the rest of a message's outcome (one transaction, see record()),
// so the cache can be lost (Redis down, restart) without losing anything.
class SessionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionService)

public:
    SessionService(store::SessionCache *cache, store::Database *db, int timeoutMinutes,
                   const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // The chat's live session, or a fresh one (also when the cache and the database fail: a hiccup must not stop
    // the conversation).
    void load(const QString &chatId, QObject *context, std::function<void(domain::Session session)> done);
    void remember(const domain::Session &session); // into the cache only
    void forget(const QString &chatId);            // from the cache only

    bool expired(const domain::Session &session) const;
    qint64 expiresAt(const domain::Session &session) const;
    int ttlSeconds() const { return m_timeoutMinutes * 60; }
    const Clock &clock() const { return m_clock; }
    // The row to save with a message's outcome.
    store::SessionRecord record(const domain::Session &session) const;

    // The sessions API (raw stored data: a client may keep its own keys in it). Errors are storage errors.
    void find(const QString &id, QObject *context,
              std::function<void(Result<std::optional<store::SessionRecord>>)> done);
    // Merges `data` into the stored session (created if missing), renews it and refreshes the cache.
    void merge(const QString &id, const QJsonObject &data, QObject *context,
               std::function<void(Result<store::SessionRecord>)> done);
    // Ends the session (cache and table); false when there was none in the table.
    void remove(const QString &id, QObject *context, std::function<void(Result<bool>)> done);

    static QString cacheKey(const QString &chatId) { return QStringLiteral("session:") + chatId; }

private:
    void loadFromDatabase(const QString &chatId, QObject *context, std::function<void(domain::Session)> done);
    domain::Session liveOrFresh(const domain::Session &session) const;

    store::SessionCache *m_cache;
    store::Database *m_db;
    int m_timeoutMinutes;
    const Clock &m_clock;
};

} // namespace concierge::sessions
