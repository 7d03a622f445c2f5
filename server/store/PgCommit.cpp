#include "store/PgCommit.h"

#include "store/JsonRows.h"
#include "store/LeaseLog.h"
#include "store/MessageLog.h"
#include "store/PgStatement.h"
#include "store/SqlValues.h"
#include "store/Vocabulary.h"

#include <QHash>

#include <algorithm>

namespace concierge::store {

namespace {

// `live`: the ordinals (the outcome's place in the batch) whose inbox row this statement settled; a row given twice
// is settled for its first ordinal only. Every insert reads only the rows of live ordinals. The
// settle finds its rows by primary key (`= ANY(ARRAY(..))`; the plan made again as the inbox grows:
// DbContext::replanAsInboxGrows), never by hashing every pending row.
const QString kSettle = QStringLiteral(
    "WITH x AS MATERIALIZED (SELECT * FROM json_to_recordset(CAST(? AS json)) AS x(o integer, i bigint, s text,"
    " d bigint)),"
    " settled AS (UPDATE inbox SET status = x.s, processed_at = x.d FROM x"
    " WHERE inbox.id = ANY(ARRAY(SELECT i FROM x)) AND inbox.id = x.i"
    " AND (inbox.status = 'pending') IS TRUE RETURNING inbox.id),"
    " live AS MATERIALIZED (SELECT min(x.o) AS o FROM x JOIN settled ON settled.id = x.i GROUP BY x.i),");
// The incoming interaction (q = 0) and, for an outcome with a reply, the reply's (q = 1), whose row also carries the
// outbox row (its fields start with `b`). Only live ordinals; sorted by (o, q): the history's order, as one by one.
// The ids are drawn here, in that order (PostgreSQL evaluates a volatile output column after the ORDER BY), and
// written explicitly: the reply's interaction names its outbox id, and the answer maps ids to ordinals, with no join
// (a join of RETURNING rows back to their ordinals was planned as a nested loop: quadratic in the batch).
const QString kRows = QStringLiteral(
    " j AS MATERIALIZED (SELECT *, nextval('interactions_id_seq') AS id,"
    " CASE WHEN q = 1 THEN nextval('outbox_id_seq') END AS b"
    " FROM json_to_recordset(CAST(? AS json)) AS j(o integer, q integer, c text, dr text, a text, t text, sv text,"
    " it text, l text, f double precision, so text, st text, y bigint, ti integer, tt integer, lc integer, m text,"
    " at bigint, ag text, bi bigint, bc text, bt text, brt text, bs text, ba integer, bn bigint, bw text, bk integer,"
    " be text, bd bigint, bsa bigint, bu text) WHERE o IN (SELECT o FROM live) ORDER BY o, q),"
    " ob AS (INSERT INTO outbox (id, inbox_id, chat_id, text, reply_to, status, attempts, next_attempt_at,"
    " waha_message_id, ack, last_error, created_at, sent_at, author, instance_id)"
    " SELECT b, bi, bc, bt, brt, bs, ba, bn, bw, bk, be, bd, bsa, bu, CAST(? AS text) FROM j WHERE q = 1),"
    " ins AS (INSERT INTO interactions (id, chat_id, direction, author, text, service, intent, language, confidence,"
    " source, status, latency_ms, tokens_in, tokens_out, llm_calls, message_id, created_at, agent)"
    " SELECT id, c, dr, a, t, sv, it, l, f, so, st, y, ti, tt, lc, CASE WHEN q = 1 THEN CAST(b AS text) ELSE m END,"
    " at, ag FROM j),");
// ON CONFLICT DO UPDATE may not touch a row twice in one statement: one row per session (the last outcome's, with
// the first one's creation time) and per user (first and last time seen, the last name and language given).
const QString kSessionsUsers = QStringLiteral(
    " ss AS (INSERT INTO sessions (session_id, chat_id, data, created_at, updated_at, expires_at)"
    " SELECT DISTINCT ON (i) i, c, d, first_value(cr) OVER (PARTITION BY i ORDER BY o), u, e"
    " FROM json_to_recordset(CAST(? AS json)) AS s(o integer, i text, c text, d text, cr bigint, u bigint, e bigint)"
    " WHERE o IN (SELECT o FROM live) ORDER BY i, o DESC"
    " ON CONFLICT (session_id) DO UPDATE SET chat_id = excluded.chat_id, data = excluded.data,"
    " updated_at = excluded.updated_at, expires_at = excluded.expires_at),"
    " us AS (INSERT INTO users (chat_id, phone, push_name, language, first_seen_at, last_seen_at)"
    " SELECT c, min(p), COALESCE((array_agg(n ORDER BY o DESC) FILTER (WHERE n <> ''))[1], ''),"
    " COALESCE((array_agg(l ORDER BY o DESC) FILTER (WHERE l <> ''))[1], ''), min(s), max(s)"
    " FROM json_to_recordset(CAST(? AS json)) AS u(o integer, c text, p text, n text, l text, s bigint)"
    " WHERE o IN (SELECT o FROM live) GROUP BY c"
    " ON CONFLICT (chat_id) DO UPDATE SET last_seen_at = excluded.last_seen_at,"
    " push_name = CASE WHEN excluded.push_name <> '' THEN excluded.push_name ELSE users.push_name END,"
    " language = CASE WHEN excluded.language <> '' THEN excluded.language ELSE users.language END)"
    " SELECT 0, o, 0 FROM live UNION ALL SELECT 1, o, b FROM j WHERE q = 1 UNION ALL SELECT 2 + q, o, id FROM j");

// The reply's outbox fields, added to its interaction's row (kRows).
void addOutboxFields(sql::JsonRows &rows, const OutboxMessage &m)
{
    rows.field("bi", m.inboxId)
        .field("bc", m.chatId)
        .field("bt", m.text)
        .field("brt", m.replyTo)
        .field("bs", name(m.status))
        .field("ba", m.attempts)
        .field("bn", m.nextAttemptAtMs)
        .field("bw", m.wahaMessageId)
        .field("bk", m.ack)
        .field("be", m.lastError)
        .field("bd", m.createdAtMs)
        .field("bsa", m.sentAtMs)
        .field("bu", name(m.author));
}

void addInteractionRow(sql::JsonRows &rows, int ordinal, int step, const Interaction &i)
{
    rows.row()
        .field("o", ordinal)
        .field("q", step)
        .field("c", i.chatId)
        .field("dr", name(i.direction))
        .field("a", name(i.author))
        .field("t", i.text)
        .field("sv", i.service)
        .field("it", i.intent)
        .field("l", i.language)
        .field("f", i.confidence)
        .field("so", name(i.source))
        .field("st", name(i.status))
        .field("y", i.latencyMs)
        .field("ti", i.tokensIn)
        .field("tt", i.tokensOut)
        .field("lc", i.llmCalls)
        .field("m", i.messageId)
        .field("at", i.createdAtMs)
        .field("ag", i.agent);
}

void addSessionRow(sql::JsonRows &rows, int ordinal, const SessionRecord &s)
{
    rows.row()
        .field("o", ordinal)
        .field("i", s.sessionId)
        .field("c", s.chatId)
        .field("d", sql::json(s.data).toString())
        .field("cr", s.createdAtMs)
        .field("u", s.updatedAtMs)
        .field("e", s.expiresAtMs);
}

void addUserRow(sql::JsonRows &rows, int ordinal, const MessageOutcome &o)
{
    const InboxMessage &m = o.message;
    rows.row()
        .field("o", ordinal)
        .field("c", m.chatId)
        .field("p", m.chatId.section(QLatin1Char('@'), 0, 0))
        .field("n", m.pushName)
        .field("l", o.incoming.language)
        .field("s", m.receivedAtMs);
}

// The statement's parameters, in the order of its placeholders.
QVariantList parameters(const std::vector<MessageOutcome *> &outcomes)
{
    sql::JsonRows settles, interactions, sessions, users;
    for (size_t k = 0; k < outcomes.size(); ++k) {
        const MessageOutcome &o = *outcomes[k];
        const int ordinal = int(k);
        settles.row()
            .field("o", ordinal)
            .field("i", o.message.id)
            .field("s", name(o.inboxStatus))
            .field("d", o.processedAtMs);
        addInteractionRow(interactions, ordinal, 0, o.incoming);
        if (o.reply) {
            addInteractionRow(interactions, ordinal, 1, *o.outgoing);
            addOutboxFields(interactions, *o.reply);
        }
        if (o.session)
            addSessionRow(sessions, ordinal, *o.session);
        addUserRow(users, ordinal, o);
    }
    return {settles.bound(), interactions.bound(), processInstanceId(), sessions.bound(), users.bound()};
}

} // namespace

Result<std::vector<bool>> commitInOneStatement(DbContext &ctx, const std::vector<MessageOutcome *> &outcomes)
{
    auto &q = ctx.preparePg(kSettle + kRows + kSessionsUsers);
    // The batch's COMMIT may go with it (execLast) unless an outcome has more to write after it.
    const bool last = std::none_of(outcomes.cbegin(), outcomes.cend(),
                                   [](const MessageOutcome *o) { return bool(o->alsoInTransaction); });
    const QVariantList values = parameters(outcomes);
    if (Status st = last ? ctx.execLast(q, values) : ctx.exec(q, values); !st)
        return st.error();
    std::vector<bool> recorded(outcomes.size(), false);
    while (q.next()) {
        const int kind = q.value(0).toInt();
        const auto ordinal = size_t(q.value(1).toInt());
        const qint64 id = q.value(2).toLongLong();
        if (ordinal >= outcomes.size())
            return Error{QStringLiteral("db_error"), QStringLiteral("commit: a row of no outcome")};
        MessageOutcome &o = *outcomes[ordinal];
        if (kind == 0) {
            recorded[ordinal] = true;
        } else if (kind == 1 && o.reply) {
            o.reply->id = id;
            o.outgoing->messageId = QString::number(id);
        } else if (kind == 2) {
            o.incoming.id = id;
        } else if (kind == 3 && o.outgoing) {
            o.outgoing->id = id;
        }
    }
    // The rows settled tell the inbox's growth too: an instance that stores few webhooks (another one behind the same
    // proxy takes them) still has its plans follow it.
    qint64 newestInboxId = 0;
    for (const MessageOutcome *o : outcomes)
        newestInboxId = qMax(newestInboxId, o->message.id);
    ctx.replanAsInboxGrows(newestInboxId);
    for (size_t k = 0; k < outcomes.size(); ++k) {
        if (recorded[k] && outcomes[k]->alsoInTransaction) {
            if (Status s = outcomes[k]->alsoInTransaction(ctx); !s)
                return s.error();
        }
    }
    return recorded;
}

} // namespace concierge::store
