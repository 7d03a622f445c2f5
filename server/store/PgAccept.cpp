#include "store/PgAccept.h"

#include "store/InboxRepository.h"
#include "store/PgStatement.h"
#include "store/SqlValues.h"
#include "store/Vocabulary.h"

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

} // namespace

Result<InsertedAndTaken> insertTakingLeases(DbContext &ctx, const std::vector<InboxMessage *> &messages,
                                            const QString &instanceId, qint64 leaseMs)
{
    auto &q = ctx.preparePg(kInsert + LeaseRepository::takeCtes() +
                            QStringLiteral(" SELECT 0, waha_message_id, id FROM"
                                           " stored UNION ALL SELECT 1, c, ") +
                            LeaseRepository::takeState() + QStringLiteral(" FROM want"));
    QVariantList values{InboxRepository::batchRows(messages)};
    values.append(LeaseRepository::takeParameters(instanceId, leaseMs));
    if (Status st = ctx.exec(q, values); !st)
        return st.error();
    InsertedAndTaken out;
    QHash<QString, qint64> ids;
    while (q.next()) {
        const QString key = q.value(1).toString();
        if (q.value(0).toInt() == 0) {
            ids.insert(key, q.value(2).toLongLong());
            continue;
        }
        const int state = q.value(2).toInt();
        out.taken.insert(key, LeaseRepository::takeOf(state));
        if (state == LeaseRepository::kKeptState)
            out.kept.insert(key);
    }
    qint64 newest = 0;
    for (InboxMessage *m : messages) {
        const qint64 id = ids.take(m->wahaMessageId); // taken: a second message with this id is a duplicate
        if (id != 0)
            m->id = id;
        out.inserted.push_back(id != 0);
        newest = qMax(newest, id);
    }
    ctx.replanAsInboxGrows(newest);
    return out;
}

} // namespace concierge::store
