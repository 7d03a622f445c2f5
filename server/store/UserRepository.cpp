#include "store/UserRepository.h"

#include "store/SqlValues.h"

#include <QHash>

namespace concierge::store {

Status UserRepository::touch(DbContext &ctx, const QString &chatId, const QString &pushName, const QString &language,
                             qint64 nowMs)
{
    auto &q = ctx.prepare(QStringLiteral(
        "INSERT INTO users (chat_id, phone, push_name, language, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (chat_id) DO UPDATE SET last_seen_at = excluded.last_seen_at,"
        // A row an interaction made first (the head of SQLite's chain, migration 18) has neither yet.
        " phone = CASE WHEN users.phone = '' THEN excluded.phone ELSE users.phone END,"
        " first_seen_at = CASE WHEN users.first_seen_at = 0 THEN excluded.first_seen_at ELSE users.first_seen_at END,"
        " push_name = CASE WHEN excluded.push_name <> '' THEN excluded.push_name ELSE users.push_name END,"
        " language = CASE WHEN excluded.language <> '' THEN excluded.language ELSE users.language END"));
    const QString phone = chatId.section(QLatin1Char('@'), 0, 0); // "221771234567@c.us" -> "221771234567"
    return ctx.exec(q, {sql::text(chatId), sql::text(phone), sql::text(pushName), sql::text(language), nowMs, nowMs});
}

Result<std::optional<UserRecord>> UserRepository::get(DbContext &ctx, const QString &chatId)
{
    auto &q = ctx.prepare(QStringLiteral(
        "SELECT chat_id, phone, push_name, language, first_seen_at, last_seen_at FROM users WHERE chat_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(chatId)}); !st)
        return st.error();
    if (!q.next())
        return std::optional<UserRecord>();
    UserRecord u;
    u.chatId = q.value(0).toString();
    u.phone = q.value(1).toString();
    u.pushName = q.value(2).toString();
    u.language = q.value(3).toString();
    u.firstSeenAtMs = q.value(4).toLongLong();
    u.lastSeenAtMs = q.value(5).toLongLong();
    return std::optional<UserRecord>(std::move(u));
}

} // namespace concierge::store
