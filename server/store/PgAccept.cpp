#include "store/PgAccept.h"

#include "store/InboxRepository.h"
#include "store/PgStatement.h"
#include "store/SqlValues.h"
#include "store/Vocabulary.h"

#include <algorithm>

namespace concierge::store {

namespace {

// InboxRepository::insertNew's statement, its rows' chats then taken as in LeaseRepository::takeChats (whose CTEs
// read the chats from `want`). The ids new to recent_message_ids (`novel`) go into the inbox; `stored` names the rows
// inserted, with their chats. The statement answers the rows stored (0) and each chat's take state (1). The inbox
// insert has no ON CONFLICT: since schema 16 its only unique index is the id's, drawn from the sequence, and
// batchRows() gives each message id once; the clause checked that index before every row all the same (5% of the
// statement, bench/README.md round 22).
const QString kInsert = QStringLiteral(
    "WITH x AS (SELECT * FROM json_to_recordset(CAST(? AS json)) AS x(w text, e text, c text, k text, t text,"
    " p text, m text, s text, a integer, r bigint, d bigint, ts bigint)),"
    " novel AS (INSERT INTO recent_message_ids (waha_message_id, received_at, sent_at) SELECT w, r, ts FROM x"
    " ON CONFLICT DO NOTHING RETURNING waha_message_id),"
    " stored AS (INSERT INTO inbox (waha_message_id, event_id, chat_id, kind, text, push_name, media, status,"
    " attempts, received_at, processed_at) SELECT w, e, c, k, t, p, m, s, a, r, d FROM x"
    " JOIN novel ON novel.waha_message_id = x.w RETURNING id, waha_message_id, chat_id),"
    " want AS MATERIALIZED (SELECT DISTINCT chat_id AS c FROM stored),");

// The statement's answer, one row each: a message stored (0, its message id, its row id), a chat's take state (1,
// the chat, the state), a pending row of a chat taken and not kept, read from the statement's snapshot (2, the row's
// columns from column 3 on). The snapshot does not hold the rows this statement stores: those are added from the
// batch itself (withOwnRows).
enum class AnswerKind { Stored = 0, Take = 1, Pending = 2 };
constexpr int kPendingFirstColumn = 3;

QString answerSql()
{
    QStringList nulls;
    for (int i = 0; i < InboxRepository::kColumnCount; ++i)
        nulls.append(QStringLiteral("NULL"));
    const QString noRow = nulls.join(QLatin1String(", "));
    return QStringLiteral(", state AS MATERIALIZED (SELECT c, %1 AS s FROM want),"
                          " unread AS (SELECT r.* FROM state CROSS JOIN LATERAL (SELECT * FROM inbox i"
                          " WHERE i.chat_id = state.c AND i.status = 'pending' ORDER BY i.id LIMIT ?) AS r"
                          " WHERE state.s = 0)"
                          " SELECT 0, waha_message_id, id, %2 FROM stored"
                          " UNION ALL SELECT 1, c, s, %2 FROM state"
                          " UNION ALL SELECT 2, NULL, NULL, %3 FROM unread AS u")
        .arg(LeaseRepository::takeState(), noRow, InboxRepository::columnsAsText(QStringLiteral("u")));
}

// The pending rows read, with the batch's own rows of the same chats (pending, stored by this statement), oldest
// first, at most kPendingPerChatRead a chat: what a read after the insert would have answered.
QList<InboxMessage> withOwnRows(QList<InboxMessage> pending, const std::vector<InboxMessage *> &messages,
                                const std::vector<bool> &inserted, const QSet<QString> &chatsRead)
{
    for (size_t i = 0; i < messages.size(); ++i) {
        const InboxMessage &m = *messages[i];
        if (inserted[i] && m.status == InboxStatus::Pending && chatsRead.contains(m.chatId))
            pending.append(m);
    }
    std::sort(pending.begin(), pending.end(), [](const InboxMessage &a, const InboxMessage &b) { return a.id < b.id; });
    QHash<QString, int> perChat;
    QList<InboxMessage> out;
    for (InboxMessage &row : pending) {
        if (++perChat[row.chatId] <= InboxRepository::kPendingPerChatRead)
            out.append(std::move(row));
    }
    return out;
}

} // namespace

Result<InsertedAndTaken> insertTakingLeases(DbContext &ctx, const std::vector<InboxMessage *> &messages,
                                            const QString &instanceId, qint64 leaseMs)
{
    static const QString sql = kInsert + LeaseRepository::takeCtes() + answerSql();
    auto &q = ctx.preparePg(sql);
    QVariantList values{InboxRepository::batchRows(messages)};
    values.append(LeaseRepository::takeParameters(instanceId, leaseMs));
    values.append(InboxRepository::kPendingPerChatRead);
    if (Status st = ctx.execLast(q, values); !st)
        return st.error();
    InsertedAndTaken out;
    QHash<QString, qint64> ids;
    QSet<QString> chatsRead;
    QList<InboxMessage> read;
    while (q.next()) {
        const auto kind = AnswerKind(q.value(0).toInt());
        if (kind == AnswerKind::Pending) {
            read.append(InboxRepository::pgRow(q, kPendingFirstColumn));
            continue;
        }
        const QString key = q.value(1).toString();
        if (kind == AnswerKind::Stored) {
            ids.insert(key, q.value(2).toLongLong());
            continue;
        }
        const int state = q.value(2).toInt();
        out.taken.insert(key, LeaseRepository::takeOf(state));
        if (state == LeaseRepository::kKeptState)
            out.kept.insert(key);
        else if (out.taken.value(key) == LeaseRepository::Take::Mine)
            chatsRead.insert(key);
    }
    qint64 newest = 0;
    for (InboxMessage *m : messages) {
        const qint64 id = ids.take(m->wahaMessageId); // taken: a second message with this id is a duplicate
        if (id != 0)
            m->id = id;
        out.inserted.push_back(id != 0);
        newest = qMax(newest, id);
    }
    out.pending = withOwnRows(std::move(read), messages, out.inserted, chatsRead);
    ctx.replanAsInboxGrows(newest);
    return out;
}

} // namespace concierge::store
