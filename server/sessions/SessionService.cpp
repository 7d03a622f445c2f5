#include "sessions/SessionService.h"

#include "store/Database.h"
#include "store/SessionCache.h"
#include "store/SessionRepository.h"

#include <QJsonDocument>
#include <QPointer>

namespace concierge::sessions {

using domain::Session;

SessionService::SessionService(store::SessionCache *cache, store::Database *db, int timeoutMinutes, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_db(db)
    , m_timeoutMinutes(timeoutMinutes)
    , m_clock(clock)
{
}

qint64 SessionService::expiresAt(const Session &session) const
{
    return session.updatedAtMs + qint64(m_timeoutMinutes) * 60'000;
}

bool SessionService::expired(const Session &session) const
{
    return expiresAt(session) <= m_clock.nowMs();
}

Session SessionService::liveOrFresh(const Session &session) const
{
    return expired(session) ? Session::fresh(session.chatId, m_clock.nowMs()) : session;
}

void SessionService::load(const QString &chatId, QObject *context, std::function<void(Session)> done)
{
    QPointer<QObject> guard(context);
    m_cache->get(cacheKey(chatId), this, [this, chatId, guard, done](std::optional<QByteArray> cached) {
        if (!guard)
            return;
        if (cached) {
            done(liveOrFresh(Session::fromJson(QJsonDocument::fromJson(*cached).object(), chatId)));
            return;
        }
        loadFromDatabase(chatId, guard, done);
    });
}

namespace {

// The sessions whose reads were queued next to each other (PostgreSQL: one statement for all of them).
Result<std::vector<std::optional<store::SessionRecord>>> readSessions(store::DbContext &ctx,
                                                                      const std::vector<QString *> &chatIds)
{
    QStringList ids;
    for (const QString *chatId : chatIds)
        ids.append(*chatId);
    return store::SessionRepository::getMany(ctx, ids);
}

} // namespace

void SessionService::loadFromDatabase(const QString &chatId, QObject *context, std::function<void(Session)> done)
{
    // Grouped: a chat the cache does not hold (a new one, or Redis flushed) is read from the database; the reads
    // queued together in a batch are one round trip on PostgreSQL.
    m_db->runGrouped<QString, std::optional<store::SessionRecord>>(
        &readSessions, std::make_shared<QString>(chatId), context,
        [this, chatId, done](Result<std::optional<store::SessionRecord>> record) {
            if (!record || !record.value()) {
                done(Session::fresh(chatId, m_clock.nowMs()));
                return;
            }
            done(liveOrFresh(Session::fromJson(record.value()->data, chatId)));
        });
}

void SessionService::remember(const Session &session)
{
    m_cache->set(cacheKey(session.chatId), QJsonDocument(session.toJson()).toJson(QJsonDocument::Compact),
                 ttlSeconds());
}

void SessionService::forget(const QString &chatId)
{
    m_cache->remove(cacheKey(chatId));
}

store::SessionRecord SessionService::record(const Session &session) const
{
    store::SessionRecord r;
    r.sessionId = session.chatId;
    r.chatId = session.chatId;
    r.data = session.toJson();
    r.createdAtMs = session.createdAtMs;
    r.updatedAtMs = m_clock.nowMs();
    r.expiresAtMs = expiresAt(session);
    return r;
}

void SessionService::find(const QString &id, QObject *context,
                          std::function<void(Result<std::optional<store::SessionRecord>>)> done)
{
    m_db->run<std::optional<store::SessionRecord>>(
        [id](store::DbContext &ctx) { return store::SessionRepository::get(ctx, id); }, context, std::move(done));
}

namespace {

Result<store::SessionRecord> mergeJob(store::DbContext &ctx, const QString &id, const QJsonObject &data, qint64 now,
                                      qint64 ttlMs)
{
    auto existing = store::SessionRepository::get(ctx, id);
    if (!existing)
        return existing.error();
    store::SessionRecord r = existing.value().value_or(store::SessionRecord{id, id, {}, now, now, 0});
    for (auto it = data.begin(); it != data.end(); ++it)
        r.data.insert(it.key(), it.value());
    // Renewed like a session the pipeline saved: the stamps Session::toJson writes.
    Session stamps = Session::fresh(id, now);
    stamps.createdAtMs = r.createdAtMs;
    const QJsonObject typed = stamps.toJson();
    const QLatin1String updatedAt("updated_at"), createdAt("created_at");
    r.data.insert(updatedAt, typed.value(updatedAt));
    if (!r.data.contains(createdAt))
        r.data.insert(createdAt, typed.value(createdAt));
    r.updatedAtMs = now;
    r.expiresAtMs = now + ttlMs;
    if (Status s = store::SessionRepository::upsert(ctx, r); !s)
        return s.error();
    return r;
}

} // namespace

void SessionService::merge(const QString &id, const QJsonObject &data, QObject *context,
                           std::function<void(Result<store::SessionRecord>)> done)
{
    const qint64 now = m_clock.nowMs();
    const qint64 ttlMs = qint64(ttlSeconds()) * 1000;
    m_db->run<store::SessionRecord>(
        [id, data, now, ttlMs](store::DbContext &ctx) { return mergeJob(ctx, id, data, now, ttlMs); }, context,
        [this, done](Result<store::SessionRecord> record) {
            if (record)
                remember(Session::fromJson(record->data, record->chatId));
            done(std::move(record));
        });
}

void SessionService::remove(const QString &id, QObject *context, std::function<void(Result<bool>)> done)
{
    forget(id);
    m_db->run<bool>([id](store::DbContext &ctx) { return store::SessionRepository::remove(ctx, id); }, context,
                    std::move(done));
}

} // namespace concierge::sessions
