#include "store/InboxRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

namespace {

const QString kColumns = QStringLiteral("id, waha_message_id, event_id, chat_id, kind, text, push_name, media, status,"
                                        " attempts, received_at, processed_at");

InboxMessage readRow(const QSqlQuery &q)
{
    InboxMessage m;
    m.id = q.value(0).toLongLong();
    m.wahaMessageId = q.value(1).toString();
    m.eventId = q.value(2).toString();
    m.chatId = q.value(3).toString();
    m.kind = inboxKindFromName(q.value(4).toString());
    m.text = q.value(5).toString();
    m.pushName = q.value(6).toString();
    m.media = sql::jsonObject(q.value(7));
    m.status = inboxStatusFromName(q.value(8).toString());
    m.attempts = q.value(9).toInt();
    m.receivedAtMs = q.value(10).toLongLong();
    m.processedAtMs = q.value(11).toLongLong();
    return m;
}

} // namespace

Result<bool> InboxRepository::insertIfNew(DbContext &ctx, InboxMessage &m)
{
    auto &q = ctx.prepare(QStringLiteral(
        "INSERT INTO inbox (waha_message_id, event_id, chat_id, kind, text, push_name, media, status, attempts,"
        " received_at, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (waha_message_id) DO NOTHING RETURNING id"));
    const QVariant media = m.media.isEmpty() ? QVariant(QStringLiteral("")) : sql::json(m.media);
    if (auto st = ctx.exec(q, {sql::text(m.wahaMessageId), sql::text(m.eventId), sql::text(m.chatId), name(m.kind),
                               sql::text(m.text), sql::text(m.pushName), media, name(m.status), m.attempts,
                               m.receivedAtMs, m.processedAtMs});
        !st)
        return st.error();
    const qint64 id = sql::returnedId(q);
    if (id == 0)
        return false;
    m.id = id;
    return true;
}

Status InboxRepository::setStatus(DbContext &ctx, qint64 id, InboxStatus status, qint64 processedAtMs)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE inbox SET status = ?, processed_at = ? WHERE id = ?"));
    return ctx.exec(q, {name(status), processedAtMs, id});
}

Result<bool> InboxRepository::settle(DbContext &ctx, qint64 id, InboxStatus status, qint64 processedAtMs)
{
    auto &q = ctx.prepare(
        QStringLiteral("UPDATE inbox SET status = ?, processed_at = ? WHERE id = ? AND status = 'pending'"));
    if (auto st = ctx.exec(q, {name(status), processedAtMs, id}); !st)
        return st.error();
    return q.numRowsAffected() > 0;
}

Result<bool> InboxRepository::isPending(DbContext &ctx, qint64 id)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT 1 FROM inbox WHERE id = ? AND status = 'pending'"));
    if (auto st = ctx.exec(q, {id}); !st)
        return st.error();
    return q.next();
}

Status InboxRepository::incrementAttempts(DbContext &ctx, qint64 id)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE inbox SET attempts = attempts + 1 WHERE id = ?"));
    return ctx.exec(q, {id});
}

Result<QList<InboxMessage>> InboxRepository::pending(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM inbox WHERE status = 'pending' ORDER BY id"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    QList<InboxMessage> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<QList<InboxMessage>> InboxRepository::pendingForChat(DbContext &ctx, const QString &chatId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM inbox WHERE chat_id = ? AND status = 'pending' ORDER BY id"));
    if (auto st = ctx.exec(q, {sql::text(chatId)}); !st)
        return st.error();
    QList<InboxMessage> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<std::optional<InboxMessage>> InboxRepository::byWahaId(DbContext &ctx, const QString &wahaMessageId)
{
    auto &q =
        ctx.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM inbox WHERE waha_message_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(wahaMessageId)}); !st)
        return st.error();
    if (!q.next())
        return std::optional<InboxMessage>();
    return std::optional<InboxMessage>(readRow(q));
}

Result<int> InboxRepository::count(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM inbox"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    return sql::countRows(q);
}

} // namespace concierge::store
