#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace concierge::store {
class Database;
class SessionCache;
} // namespace concierge::store

namespace concierge::pipeline {

// A chat's conversation state: {session_id, chat_id, language, flow, history, created_at, updated_at, ...}.
// Read through the cache (Redis or in-process); on a miss, from the sessions table; a session silent for longer
// than the timeout starts afresh. The table is written with the rest of a message's outcome (one transaction),
// so the cache can be lost (Redis down, restart) without losing anything.
class SessionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStore)

public:
    SessionStore(store::SessionCache *cache, store::Database *db, int timeoutMinutes, QObject *parent = nullptr);

    void load(const QString &chatId, QObject *context, std::function<void(QJsonObject session)> done);
    void remember(const QString &chatId, const QJsonObject &session); // into the cache only
    void forget(const QString &chatId);

    QJsonObject fresh(const QString &chatId, qint64 nowMs) const;
    bool expired(const QJsonObject &session, qint64 nowMs) const;
    qint64 expiresAt(const QJsonObject &session) const;
    int ttlSeconds() const { return m_timeoutMinutes * 60; }

    static QString cacheKey(const QString &chatId) { return QStringLiteral("session:") + chatId; }

private:
    void loadFromDatabase(const QString &chatId, QObject *context, std::function<void(QJsonObject)> done);

    store::SessionCache *m_cache;
    store::Database *m_db;
    int m_timeoutMinutes;
};

} // namespace concierge::pipeline
