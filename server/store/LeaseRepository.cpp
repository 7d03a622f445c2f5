#include "store/LeaseRepository.h"

#include "core/Log.h"
#include "store/InboxRepository.h"
#include "store/OutboxRepository.h"
#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace concierge::store {

QString LeaseRepository::nowMsSql()
{
    // clock_timestamp(), not now(): a batch's transaction may have started a while ago.
    return QStringLiteral("(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT");
}

Status LeaseRepository::exclusive(DbContext &ctx, Exclusive work)
{
    if (ctx.dialect() != Dialect::Postgres)
        return Status::success();
    auto &q = ctx.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    return ctx.exec(q, {qint64(work)});
}

namespace {

// A lease is free when it is ours, or expired and its instance's own row expired too (SQL on chat_leases as `l`).
QString freeLeaseSql(const QString &now)
{
    return QStringLiteral("(l.instance_id = ? OR (l.expires_at_ms < %1 AND NOT EXISTS (SELECT 1 FROM instances n"
                          " WHERE n.instance_id = l.instance_id AND n.expires_at_ms >= %1)))")
        .arg(now);
}

// The key space of the advisory locks taken while a chat's lease row is created (two int4 keys: never the same
// lock as LeaseRepository::Exclusive's bigint keys).
constexpr int kCreatingLease = 7215012;

// A lease of ours is written again once less than this is left: by the heartbeat, and by a take (which otherwise only
// locks the row). One rule for both, so that no lease of a live instance runs out between two beats.
qint64 renewalDueWithinMs(qint64 leaseMs)
{
    return leaseMs / 2;
}

} // namespace

Status LeaseRepository::heartbeat(DbContext &ctx, const QString &instanceId, qint64 leaseMs)
{
    const QString now = nowMsSql();
    auto &self = ctx.prepare(QStringLiteral("INSERT INTO instances (instance_id, started_at, expires_at_ms)"
                                            " VALUES (?, %1, %1 + ?) ON CONFLICT (instance_id)"
                                            " DO UPDATE SET expires_at_ms = excluded.expires_at_ms")
                                 .arg(now));
    if (Status st = ctx.exec(self, {instanceId, leaseMs}); !st)
        return st;
    // Only the leases still ours (one taken over after a long silence of ours stays with its new holder), and never
    // waiting: a row another instance's batch holds locked is renewed at the next beat (and stays ours meanwhile:
    // this instance's row is alive). Only those with less than half a lease left: each lease is written every other
    // beat, not at every one (a lease counts as free only once this instance's own row, renewed above, expired too:
    // so the instance row's expiry, not the chat's, bounds how long a dead instance's chats wait).
    // With it, the retention of lease_notes (PostgreSQL round 6): the notes older than a lease of chats that have
    // no lease row any more. Such a chat's next take creates its lease and reads all its pending rows, so the note
    // says nothing more (a note of a chat still held stays: its holder has yet to read the chat). A lease row
    // dropped by a stop (releaseAll) or a chat never written again leaves them behind otherwise. SKIP LOCKED: a
    // take deleting the same notes right now is never waited for.
    auto &chats = ctx.prepare(
        QStringLiteral("WITH stale AS (DELETE FROM lease_notes WHERE ctid = ANY(ARRAY(SELECT n.ctid FROM lease_notes n"
                       " WHERE n.noted_at_ms < %1 - ? AND NOT EXISTS (SELECT 1 FROM chat_leases s"
                       " WHERE s.chat_id = n.chat_id) FOR UPDATE SKIP LOCKED)))"
                       " UPDATE chat_leases SET expires_at_ms = %1 + ? WHERE chat_id IN"
                       " (SELECT chat_id FROM chat_leases WHERE instance_id = ?"
                       " AND expires_at_ms < %1 + ? FOR UPDATE SKIP LOCKED)")
            .arg(now));
    return ctx.exec(chats, {leaseMs, leaseMs, instanceId, renewalDueWithinMs(leaseMs)});
}

QString LeaseRepository::takeCtes()
{
    // No waiting: rows locked elsewhere are skipped (Busy); free rows are ours, written only when taken over or with
    // less than half a lease left (a chat already ours is kept alive by the heartbeat, which renews the same rows:
    // rewriting it at every batch cost 15-20% of the intake statement per row, bench/README); missing rows are
    // created under a try-advisory lock per chat (an INSERT would wait for another transaction creating the same row),
    // so a chat another transaction is creating right now is Busy too. A chat held by another instance, or busy, gets a
    // note (lease_notes: inserts only, never waiting), committed with the row stored here: its holder reads the
    // chat's pending rows at its next take of it, not only at its release, so that its own later messages do not
    // overtake that row. A take deletes the chat's notes.
    const QString now = nowMsSql();
    return QStringLiteral(
               " present AS MATERIALIZED (SELECT chat_id FROM chat_leases WHERE chat_id = ANY(ARRAY(SELECT c FROM "
               "want))),"
               " locked AS MATERIALIZED (SELECT chat_id, instance_id, expires_at_ms FROM chat_leases"
               " WHERE chat_id = ANY(ARRAY(SELECT c FROM want)) FOR UPDATE SKIP LOCKED),"
               " free AS MATERIALIZED (SELECT l.chat_id, l.instance_id = ? AS ours, l.expires_at_ms < %1 + ? AS due"
               " FROM locked l WHERE %2),"
               " renewed AS (UPDATE chat_leases SET instance_id = ?, expires_at_ms = %1 + ?"
               " WHERE chat_id = ANY(ARRAY(SELECT chat_id FROM free WHERE due OR NOT ours))),"
               " fresh AS (INSERT INTO chat_leases (chat_id, instance_id, expires_at_ms) SELECT c, ?, %1 + ? FROM want"
               " WHERE CASE WHEN c IN (SELECT chat_id FROM present) THEN false"
               " ELSE pg_try_advisory_xact_lock(%3, hashtext(c)) END"
               " ON CONFLICT (chat_id) DO NOTHING RETURNING chat_id),"
               " noted AS (DELETE FROM lease_notes WHERE chat_id = ANY(ARRAY(SELECT chat_id FROM free"
               " UNION ALL SELECT chat_id FROM fresh)) RETURNING chat_id),"
               " note AS (INSERT INTO lease_notes (chat_id, noted_at_ms) SELECT c, %1 FROM want"
               " WHERE c NOT IN (SELECT chat_id FROM free) AND c NOT IN (SELECT chat_id FROM fresh))")
        .arg(now, freeLeaseSql(now))
        .arg(kCreatingLease);
}

QString LeaseRepository::takeState()
{
    // 3 (kKeptState): ours already, and no note; 0: ours now; 1: held by another instance; 2: busy.
    return QStringLiteral(
        "CASE WHEN c IN (SELECT chat_id FROM free WHERE ours) AND c NOT IN (SELECT chat_id FROM noted)"
        " THEN 3 WHEN c IN (SELECT chat_id FROM free) OR c IN (SELECT chat_id FROM fresh) THEN 0"
        " WHEN c IN (SELECT chat_id FROM locked) THEN 1 ELSE 2 END");
}

QVariantList LeaseRepository::takeParameters(const QString &instanceId, qint64 leaseMs)
{
    return {instanceId, renewalDueWithinMs(leaseMs), instanceId, instanceId, leaseMs, instanceId, leaseMs};
}

LeaseRepository::Take LeaseRepository::takeOf(int state)
{
    return state == 0 || state == kKeptState ? Take::Mine : state == 1 ? Take::Held : Take::Busy;
}

Result<QHash<QString, LeaseRepository::Take>> LeaseRepository::takeChats(DbContext &ctx, const QStringList &chats,
                                                                         const QString &instanceId, qint64 leaseMs,
                                                                         QSet<QString> *kept)
{
    QHash<QString, Take> taken;
    if (chats.isEmpty())
        return taken;
    // One statement, no waiting: rows locked elsewhere are skipped (Busy); free rows are renewed as ours; missing
    // rows are created under a try-advisory lock per chat (an INSERT would wait for another transaction creating the
    // same row), so a chat another transaction is creating right now is Busy too. A chat held by another instance,
    // or busy, gets a note (lease_notes: inserts only, never waiting), committed with the row stored here: its holder
    // reads the chat's pending rows at its next take of it, not only at its release, so that its own later messages
    // do not overtake that row. A take deletes the chat's notes, its caller reading the pending rows of every chat
    // not "kept" (3: ours already, and no note).
    auto &q = ctx.prepare(QStringLiteral("WITH want AS MATERIALIZED (") + sql::kDistinctOfJson + QStringLiteral("),") +
                          takeCtes() + QStringLiteral(" SELECT c, ") + takeState() + QStringLiteral(" FROM want"));
    QVariantList values{sql::anyOf(chats)};
    values.append(takeParameters(instanceId, leaseMs));
    if (Status st = ctx.exec(q, values); !st)
        return st.error();
    while (q.next()) {
        const int state = q.value(1).toInt();
        const QString chat = q.value(0).toString();
        taken.insert(chat, takeOf(state));
        if (state == kKeptState && kept)
            kept->insert(chat);
    }
    return taken;
}

Result<bool> LeaseRepository::acquireChat(DbContext &ctx, const QString &chatId, const QString &instanceId,
                                          qint64 leaseMs)
{
    auto taken = takeChats(ctx, {chatId}, instanceId, leaseMs);
    if (!taken)
        return taken.error();
    return taken->value(chatId, Take::Busy) == Take::Mine;
}

Result<QHash<QString, LeaseRepository::Released>>
LeaseRepository::releaseChats(DbContext &ctx, const QStringList &chats, const QString &instanceId)
{
    QHash<QString, Released> out;
    if (chats.isEmpty())
        return out;
    // 1. Which are ours, and which of those we could lock (never waiting: another instance's batch storing a
    //    message of the chat holds it; then its row is read after that batch's COMMIT, at the retry). "IS TRUE"
    //    keeps the instance out of the index conditions: rows found by chat (the primary key), never by walking
    //    every lease of this instance through chat_leases_instance (a plan made on a small table: 1 to 8 ms a
    //    release at 5,000 leases).
    auto &q = ctx.prepare(
        QStringLiteral("WITH want AS MATERIALIZED (") + sql::kDistinctOfJson +
        QStringLiteral(
            "),"
            " locked AS MATERIALIZED (SELECT chat_id FROM chat_leases WHERE chat_id = ANY(ARRAY(SELECT c FROM want))"
            " AND (instance_id = ?) IS TRUE FOR UPDATE SKIP LOCKED)"
            " SELECT l.chat_id, l.chat_id IN (SELECT chat_id FROM locked) FROM chat_leases l"
            " WHERE l.chat_id = ANY(ARRAY(SELECT c FROM want)) AND (l.instance_id = ?) IS TRUE"));
    if (Status st = ctx.exec(q, {sql::anyOf(chats), instanceId, instanceId}); !st)
        return st.error();
    QStringList ours;
    QSet<QString> locked;
    while (q.next()) {
        ours.append(q.value(0).toString());
        if (q.value(1).toBool())
            locked.insert(ours.last());
    }
    if (ours.isEmpty())
        return out;
    // 2. After the lock (a new snapshot), in one statement: the pending rows of our chats, and the locked ones
    //    without any given back. Every row stored by a batch that held the lease row before us is seen; a batch
    //    that finds the row locked by us looks again after its COMMIT and takes the free lease.
    QStringList lockedList(locked.cbegin(), locked.cend());
    auto pending = InboxRepository::pendingForChats(
        ctx, ours,
        QStringLiteral("WITH gone AS (DELETE FROM chat_leases l WHERE l.chat_id") + sql::kAnyOfJson +
            QStringLiteral(
                " AND (l.instance_id = ?) IS TRUE"
                // The chats with pending rows found once (a hashed subplan), not once per lease (a plan made on a
                // small inbox read the pending rows through inbox_pending, all of them per lease); each by a probe
                // of its first pending row, not by all of them (51 ms a release at 200,000 pending in one chat).
                " AND l.chat_id NOT IN (SELECT w.c FROM (") +
            sql::kDistinctOfJson +
            QStringLiteral(") AS w WHERE (SELECT i.id FROM inbox i WHERE i.chat_id = w.c AND i.status = 'pending'"
                           " LIMIT 1) IS NOT NULL)),"
                           // The notes of other instances' rows (takeChats): those seen now, their rows are read now.
                           " noted AS (DELETE FROM lease_notes WHERE chat_id") +
            sql::kAnyOfJson + QStringLiteral(")"),
        {sql::anyOf(lockedList), instanceId, sql::anyOf(lockedList), sql::anyOf(ours)});
    if (!pending)
        return pending.error();
    for (const InboxMessage &row : pending.value())
        out[row.chatId].rows.append(row);
    // Not locked and nothing pending: still ours (another instance's batch held the row), released again soon.
    for (const QString &chatId : ours) {
        Released &r = out[chatId];
        r.retry = r.rows.isEmpty() && !locked.contains(chatId);
    }
    return out;
}

Result<QList<InboxMessage>> LeaseRepository::releaseChat(DbContext &ctx, const QString &chatId,
                                                         const QString &instanceId)
{
    auto released = releaseChats(ctx, {chatId}, instanceId);
    if (!released)
        return released.error();
    return released->value(chatId).rows;
}

Status LeaseRepository::releaseAll(DbContext &ctx, const QString &instanceId)
{
    auto &chats = ctx.prepare(QStringLiteral("DELETE FROM chat_leases WHERE instance_id = ?"));
    if (Status st = ctx.exec(chats, {instanceId}); !st)
        return st;
    auto &self = ctx.prepare(QStringLiteral("DELETE FROM instances WHERE instance_id = ?"));
    return ctx.exec(self, {instanceId});
}

Result<QList<InboxMessage>> LeaseRepository::adoptChats(DbContext &ctx, const QString &instanceId, qint64 leaseMs,
                                                        const QSet<QString> &busyChats, int maxChats)
{
    // The chats with pending rows, each with its first, by a skip scan of inbox_pending_by_chat (chat_id, id): one
    // index probe per chat, whatever its backlog. Grouping the pending rows read all of them at every beat (520 to
    // 590 ms at 1M pending over 5,000 chats, against 55 to 80 ms so). Planned at each run: a generic plan made on a
    // small inbox may walk the whole table for each probe.
    const QString now = nowMsSql();
    auto &q = ctx.prepare(
        QStringLiteral(
            "WITH RECURSIVE pending (chat_id, first) AS ("
            "(SELECT chat_id, id FROM inbox WHERE status = 'pending' ORDER BY chat_id, id LIMIT 1)"
            " UNION ALL SELECT n.chat_id, n.id FROM pending p CROSS JOIN LATERAL (SELECT i.chat_id, i.id FROM inbox i"
            " WHERE i.status = 'pending' AND i.chat_id > p.chat_id ORDER BY i.chat_id, i.id LIMIT 1) n)"
            " SELECT p.chat_id, p.first FROM pending p LEFT JOIN chat_leases l ON l.chat_id = p.chat_id"
            " WHERE l.chat_id IS NULL OR %1 ORDER BY p.first LIMIT ?")
            .arg(freeLeaseSql(now)));
    if (Status st = ctx.execPlannedNow(q, {instanceId, maxChats + int(busyChats.size())}); !st)
        return st.error();
    QStringList chats;
    while (q.next() && chats.size() < maxChats) {
        const QString chatId = q.value(0).toString();
        if (!busyChats.contains(chatId))
            chats.append(chatId);
    }
    auto taken = takeChats(ctx, chats, instanceId, leaseMs);
    if (!taken)
        return taken.error();
    QStringList mine; // the others were taken, or are being stored or released, since the read: the next sweep
    for (const QString &chatId : chats) {
        if (taken->value(chatId) == Take::Mine)
            mine.append(chatId);
    }
    return InboxRepository::pendingForChats(ctx, mine);
}

Result<QList<OutboxMessage>> LeaseRepository::adoptOutbox(DbContext &ctx, const QString &instanceId, int maxRows,
                                                          const QStringList &lapsedLongEnough)
{
    // The FOR UPDATE re-reads a row another transaction changed meanwhile (its owner's claim or record): the
    // conditions hold on the row as it is when locked, not as the snapshot saw it.
    auto &q = ctx.prepare(QStringLiteral("UPDATE outbox SET instance_id = ? WHERE id IN (SELECT o.id FROM outbox o"
                                         " WHERE (o.status = 'pending' OR (o.status = 'sending' AND o.instance_id") +
                          sql::kAnyOfJson +
                          QStringLiteral("))"
                                         " AND o.instance_id <> ? AND NOT EXISTS (SELECT 1 FROM instances n"
                                         " WHERE n.instance_id = o.instance_id AND n.expires_at_ms >= %1)"
                                         " ORDER BY o.id LIMIT ? FOR UPDATE OF o SKIP LOCKED) RETURNING id")
                              .arg(nowMsSql()));
    if (Status st = ctx.exec(q, {instanceId, sql::anyOf(lapsedLongEnough), instanceId, maxRows}); !st)
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    QList<OutboxMessage> rows;
    for (const qint64 id : ids) {
        auto row = OutboxRepository::byId(ctx, id);
        if (!row)
            return row.error();
        if (row->has_value())
            rows.append(**row);
    }
    return rows;
}

} // namespace concierge::store

namespace concierge::store {

Result<QStringList> LeaseRepository::lapsedSenders(DbContext &ctx, const QString &instanceId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT DISTINCT o.instance_id FROM outbox o WHERE o.status = 'sending'"
                                         " AND o.instance_id <> ? AND NOT EXISTS (SELECT 1 FROM instances n"
                                         " WHERE n.instance_id = o.instance_id AND n.expires_at_ms >= %1)")
                              .arg(nowMsSql()));
    if (Status st = ctx.exec(q, {instanceId}); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace concierge::store
