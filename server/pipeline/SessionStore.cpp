#include "pipeline/SessionStore.h"

#include "store/Database.h"
#include "store/SessionCache.h"
#include "store/SessionRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace concierge::pipeline {

SessionStore::SessionStore(store::SessionCache *cache, store::Database *db, int timeoutMinutes, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_db(db)
    , m_timeoutMinutes(timeoutMinutes)
{
}

QJsonObject SessionStore::fresh(const QString &chatId, qint64 nowMs) const
{
    return {{QStringLiteral("session_id"), chatId},
            {QStringLiteral("chat_id"), chatId},
            {QStringLiteral("created_at"), nowMs},
            {QStringLiteral("updated_at"), nowMs},
            {QStringLiteral("history"), QJsonArray()}};
}

qint64 SessionStore::expiresAt(const QJsonObject &session) const
{
    return qint64(session.value(QStringLiteral("updated_at")).toDouble()) + qint64(m_timeoutMinutes) * 60'000;
}

bool SessionStore::expired(const QJsonObject &session, qint64 nowMs) const
{
    return session.isEmpty() || expiresAt(session) <= nowMs;
}

void SessionStore::load(const QString &chatId, QObject *context, std::function<void(QJsonObject)> done)
{
    QPointer<QObject> guard(context);
    m_cache->get(cacheKey(chatId), this, [this, chatId, guard, done](std::optional<QByteArray> cached) {
        if (!guard)
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (cached) {
            const QJsonObject session = QJsonDocument::fromJson(*cached).object();
            done(expired(session, now) ? fresh(chatId, now) : session);
            return;
        }
        loadFromDatabase(chatId, guard, done);
    });
}

void SessionStore::loadFromDatabase(const QString &chatId, QObject *context, std::function<void(QJsonObject)> done)
{
    m_db->run<std::optional<store::SessionRecord>>(
        [chatId](store::DbContext &ctx) { return store::SessionRepository::get(ctx, chatId); }, context,
        [this, chatId, done](Result<std::optional<store::SessionRecord>> record) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // A database hiccup must not stop the conversation: start a fresh session.
            if (!record || !record.value() || record.value()->expiresAtMs <= now) {
                done(fresh(chatId, now));
                return;
            }
            QJsonObject session = record.value()->data;
            session.insert(QStringLiteral("session_id"), record.value()->sessionId);
            session.insert(QStringLiteral("chat_id"), chatId);
            done(expired(session, now) ? fresh(chatId, now) : session);
        });
}

void SessionStore::remember(const QString &chatId, const QJsonObject &session)
{
    m_cache->set(cacheKey(chatId), QJsonDocument(session).toJson(QJsonDocument::Compact), ttlSeconds());
}

void SessionStore::forget(const QString &chatId)
{
    m_cache->remove(cacheKey(chatId));
}

} // namespace concierge::pipeline
