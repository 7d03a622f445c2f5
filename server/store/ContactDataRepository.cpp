#include "store/ContactDataRepository.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Vocabulary.h"

#include <QJsonArray>
#include <QSqlRecord>

namespace concierge::store {

namespace {

// The tables read for an export, under the key they get, with the condition that picks the chat's rows. Table and
// column names are constants of this file, never input.
struct Source
{
    const char *key;
    const char *table;
    const char *where;
    const char *order;
};

constexpr Source kExported[] = {
    {"messages", "interactions", "chat_id = ?", "id"},
    {"inbox", "inbox", "chat_id = ?", "id"},
    {"outbox", "outbox", "chat_id = ?", "id"},
    {"sessions", "sessions", "chat_id = ? OR session_id = ?", "created_at"},
    {"handoffs", "ownership_changes", "chat_id = ?", "id"},
    {"followups", "followups", "chat_id = ?", "id"},
    {"code_checks", "code_checks", "chat_id = ?", "id"},
    {"certificates", "certificates", "chat_id = ?", "id"},
    {"audit", "audit_log", "chat_id = ?", "id"},
};

// What an erasure deletes; certificates, audit entries and code checks (the lockout counters) stay.
constexpr Source kErased[] = {
    // First, while the inbox still names them: WhatsApp's message ids hold the phone number.
    {"recent_message_ids", "recent_message_ids",
     "waha_message_id IN (SELECT waha_message_id FROM inbox WHERE chat_id = ?)", nullptr},
    {"interactions", "interactions", "chat_id = ?", nullptr},
    {"inbox", "inbox", "chat_id = ?", nullptr},
    {"outbox", "outbox", "chat_id = ?", nullptr},
    {"sessions", "sessions", "chat_id = ? OR session_id = ?", nullptr},
    {"ownership_changes", "ownership_changes", "chat_id = ?", nullptr},
    {"followups", "followups", "chat_id = ?", nullptr},
    {"conversation_reads", "conversation_reads", "chat_id = ?", nullptr},
    {"conversations", "conversations", "chat_id = ?", nullptr},
    {"users", "users", "chat_id = ?", nullptr},
    {"lease_notes", "lease_notes", "chat_id = ?", nullptr}, // several servers: rows stored under another's lease
};

QVariantList chatValues(const Source &source, const QString &chatId)
{
    QVariantList values{sql::text(chatId)};
    if (QByteArrayView(source.where).contains("OR"))
        values.append(sql::text(chatId));
    return values;
}

QJsonObject rowObject(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    QJsonObject row;
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
    return row;
}

Result<QJsonArray> selectRows(DbContext &ctx, const Source &source, const QString &chatId)
{
    auto &q =
        ctx.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3")
                        .arg(QLatin1String(source.table), QLatin1String(source.where), QLatin1String(source.order)));
    if (auto st = ctx.exec(q, chatValues(source, chatId)); !st)
        return st.error();
    QJsonArray rows;
    while (q.next())
        rows.append(rowObject(q));
    return rows;
}

Result<QJsonValue> singleRow(DbContext &ctx, const char *table, const QString &chatId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT * FROM %1 WHERE chat_id = ?").arg(QLatin1String(table)));
    if (auto st = ctx.exec(q, {sql::text(chatId)}); !st)
        return st.error();
    if (!q.next())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(rowObject(q));
}

Result<int> deleteWhere(DbContext &ctx, const QString &sql, const QVariantList &values)
{
    auto &q = ctx.prepare(sql);
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    return q.numRowsAffected();
}

} // namespace

Result<QJsonObject> ContactDataRepository::exportContact(DbContext &ctx, const QString &chatId)
{
    QJsonObject out;
    for (const char *table : {"users", "conversations"}) {
        auto row = singleRow(ctx, table, chatId);
        if (!row)
            return row.error();
        out.insert(QLatin1String(table) == QLatin1String("users") ? QStringLiteral("contact")
                                                                  : QStringLiteral("conversation"),
                   row.value());
    }
    for (const Source &source : kExported) {
        auto rows = selectRows(ctx, source, chatId);
        if (!rows)
            return rows.error();
        out.insert(QLatin1String(source.key), rows.value());
    }
    return out;
}

Result<QJsonObject> ContactDataRepository::eraseContact(DbContext &ctx, const QString &chatId)
{
    QJsonObject counts;
    for (const Source &source : kErased) {
        auto removed = deleteWhere(
            ctx,
            QStringLiteral("DELETE FROM %1 WHERE %2").arg(QLatin1String(source.table), QLatin1String(source.where)),
            chatValues(source, chatId));
        if (!removed)
            return removed.error();
        counts.insert(QLatin1String(source.key), removed.value());
    }
    return counts;
}

Result<QJsonObject> ContactDataRepository::removeOlderThan(DbContext &ctx, qint64 cutoffMs)
{
    // Each condition starts with the indexed time column (a range scan), but the sessions' (a row per chat, read whole
    // since migration 20: an index would be rewritten at every message); rows still waiting to be handled stay.
    const QString pendingIn = name(InboxStatus::Pending);
    const QString pendingOut = name(OutboxStatus::Pending);
    const QString sending = name(OutboxStatus::Sending);
    const struct
    {
        const char *key;
        QString sql;
        QVariantList values;
    } steps[] = {
        {"interactions", QStringLiteral("DELETE FROM interactions WHERE created_at < ?"), {cutoffMs}},
        {"inbox", QStringLiteral("DELETE FROM inbox WHERE received_at < ? AND status <> ?"), {cutoffMs, pendingIn}},
        {"outbox",
         QStringLiteral("DELETE FROM outbox WHERE created_at < ? AND status <> ? AND status <> ?"),
         {cutoffMs, pendingOut, sending}},
        {"sessions", QStringLiteral("DELETE FROM sessions WHERE updated_at < ?"), {cutoffMs}},
        {"ownership_changes", QStringLiteral("DELETE FROM ownership_changes WHERE at < ?"), {cutoffMs}},
        {"followups", QStringLiteral("DELETE FROM followups WHERE done_at > 0 AND done_at < ?"), {cutoffMs}},
    };
    QJsonObject counts;
    for (const auto &step : steps) {
        auto removed = deleteWhere(ctx, step.sql, step.values);
        if (!removed)
            return removed.error();
        counts.insert(QLatin1String(step.key), removed.value());
    }
    return counts;
}

} // namespace concierge::store
