#include "store/Migrations.h"

#include "core/Log.h"
#include "store/InboxRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>

namespace concierge::store {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE users (chat_id TEXT PRIMARY KEY, phone TEXT NOT NULL DEFAULT '',"
                       " push_name TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '',"
                       " first_seen_at BIGINT NOT NULL DEFAULT 0, last_seen_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE sessions (session_id TEXT PRIMARY KEY, chat_id TEXT NOT NULL DEFAULT '',"
                       " data TEXT NOT NULL DEFAULT '{}', created_at BIGINT NOT NULL DEFAULT 0,"
                       " updated_at BIGINT NOT NULL DEFAULT 0, expires_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE interactions (id {ID}, chat_id TEXT NOT NULL, direction TEXT NOT NULL,"
                       " author TEXT NOT NULL DEFAULT 'user', text TEXT NOT NULL DEFAULT '',"
                       " service TEXT NOT NULL DEFAULT '', intent TEXT NOT NULL DEFAULT '',"
                       " language TEXT NOT NULL DEFAULT '', confidence {REAL} NOT NULL DEFAULT 0,"
                       " source TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',"
                       " latency_ms BIGINT NOT NULL DEFAULT 0, tokens_in INTEGER NOT NULL DEFAULT 0,"
                       " tokens_out INTEGER NOT NULL DEFAULT 0, llm_calls INTEGER NOT NULL DEFAULT 0,"
                       " message_id TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX interactions_chat ON interactions (chat_id, id)"),
        QStringLiteral("CREATE INDEX interactions_message ON interactions (message_id)"),
        QStringLiteral("CREATE TABLE services (name TEXT PRIMARY KEY, enabled INTEGER NOT NULL DEFAULT 1,"
                       " display_name TEXT NOT NULL DEFAULT '', system_prompt TEXT NOT NULL DEFAULT '',"
                       " keywords TEXT NOT NULL DEFAULT '', texts TEXT NOT NULL DEFAULT '{}',"
                       " settings TEXT NOT NULL DEFAULT '{}', updated_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE inbox (id {ID}, waha_message_id TEXT NOT NULL UNIQUE,"
                       " event_id TEXT NOT NULL DEFAULT '', chat_id TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'user',"
                       " text TEXT NOT NULL DEFAULT '', push_name TEXT NOT NULL DEFAULT '',"
                       " media TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'pending',"
                       " attempts INTEGER NOT NULL DEFAULT 0, received_at BIGINT NOT NULL DEFAULT 0,"
                       " processed_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX inbox_status ON inbox (status)"),
        QStringLiteral("CREATE TABLE outbox (id {ID}, inbox_id BIGINT NOT NULL DEFAULT 0, chat_id TEXT NOT NULL,"
                       " text TEXT NOT NULL DEFAULT '', reply_to TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at BIGINT NOT NULL DEFAULT 0, waha_message_id TEXT NOT NULL DEFAULT '',"
                       " ack INTEGER NOT NULL DEFAULT -2, last_error TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL DEFAULT 0, sent_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX outbox_status ON outbox (status)"),
        QStringLiteral("CREATE INDEX outbox_waha_message ON outbox (waha_message_id)"),
        QStringLiteral("CREATE TABLE conversations (chat_id TEXT PRIMARY KEY, owner TEXT NOT NULL DEFAULT 'bot',"
                       " version INTEGER NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE agents (id {ID}, username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,"
                       " role TEXT NOT NULL DEFAULT 'agent', display_name TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE faq (id {ID}, question TEXT NOT NULL, answer TEXT NOT NULL,"
                       " keywords TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'fr')"),
        QStringLiteral("CREATE TABLE parents (parent_code TEXT PRIMARY KEY, full_name TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE students (student_id TEXT PRIMARY KEY, parent_code TEXT NOT NULL,"
                       " first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',"
                       " birth_date TEXT NOT NULL DEFAULT '', level TEXT NOT NULL DEFAULT '',"
                       " school_year TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',"
                       " sessions_attended INTEGER NOT NULL DEFAULT 0, sessions_total INTEGER NOT NULL DEFAULT 0,"
                       " sacrament TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX students_parent ON students (parent_code)"),
        QStringLiteral("CREATE TABLE audit_log (id {ID}, at BIGINT NOT NULL, actor TEXT NOT NULL DEFAULT '',"
                       " action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"),
    };
}

// Human handoff: who waits since when and why, who claimed, the agent's last activity, the SLA follow-up; every
// change of owner; follow-up tasks; agents that can be disabled.
QStringList version2()
{
    QStringList statements;
    for (const char *column : {"reason TEXT NOT NULL DEFAULT ''", "summary TEXT NOT NULL DEFAULT ''",
                               "urgent INTEGER NOT NULL DEFAULT 0", "queued_at BIGINT NOT NULL DEFAULT 0",
                               "claimed_at BIGINT NOT NULL DEFAULT 0", "agent_activity_at BIGINT NOT NULL DEFAULT 0",
                               "reminded_at BIGINT NOT NULL DEFAULT 0", "followup_id BIGINT NOT NULL DEFAULT 0"})
        statements.append(QStringLiteral("ALTER TABLE conversations ADD COLUMN ") + QLatin1String(column));
    statements += {
        QStringLiteral("CREATE INDEX conversations_owner ON conversations (owner)"),
        QStringLiteral("CREATE TABLE ownership_changes (id {ID}, chat_id TEXT NOT NULL, from_owner TEXT NOT NULL,"
                       " to_owner TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',"
                       " at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX ownership_changes_chat ON ownership_changes (chat_id, id)"),
        QStringLiteral("CREATE TABLE followups (id {ID}, chat_id TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
                       " due_at BIGINT NOT NULL, created_at BIGINT NOT NULL, done_at BIGINT NOT NULL DEFAULT 0,"
                       " done_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX followups_open ON followups (done_at, due_at)"),
        QStringLiteral("ALTER TABLE agents ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0"),
        // The console's "read up to" marker per chat (an interaction id), behind the unread counts.
        QStringLiteral("CREATE TABLE conversation_reads (chat_id TEXT PRIMARY KEY,"
                       " read_up_to BIGINT NOT NULL DEFAULT 0)"),
        // Who wrote a reply: the bot's are withheld when a person took the chat meanwhile; an agent's name.
        QStringLiteral("ALTER TABLE outbox ADD COLUMN author TEXT NOT NULL DEFAULT 'bot'"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN agent TEXT NOT NULL DEFAULT ''"),
    };
    return statements;
}

// Catechism certificates (what was printed, so that it can be verified and printed again) and the chat of each audit
// entry (the privacy audit of the registry is read per conversation).
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE certificates (id {ID}, number TEXT NOT NULL UNIQUE, student_id TEXT NOT NULL,"
                       " first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',"
                       " birth_date TEXT NOT NULL DEFAULT '', level TEXT NOT NULL DEFAULT '',"
                       " school_year TEXT NOT NULL DEFAULT '', sessions_attended INTEGER NOT NULL DEFAULT 0,"
                       " sessions_total INTEGER NOT NULL DEFAULT 0, chat_id TEXT NOT NULL DEFAULT '',"
                       " issued_by TEXT NOT NULL DEFAULT '', issued_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX certificates_student ON certificates (student_id)"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN chat_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX audit_log_chat ON audit_log (chat_id, id)"),
    };
}

// Parent-code checks, so that wrong codes can be counted per chat and overall (lockouts survive restarts and are
// shared by every server on one database).
QStringList version4()
{
    return {
        QStringLiteral(
            "CREATE TABLE code_checks (id {ID}, chat_id TEXT NOT NULL, result TEXT NOT NULL, at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX code_checks_chat ON code_checks (chat_id, at)"),
        QStringLiteral("CREATE INDEX code_checks_at ON code_checks (result, at)"),
    };
}

// The dashboard's figures read the last hours of the message log: a time-bounded range scan, not the whole table.
QStringList version5()
{
    return {
        QStringLiteral("CREATE INDEX interactions_created ON interactions (created_at)"),
    };
}

// Retention (RETENTION_DAYS) deletes old message texts daily: range deletes on the time of each table's rows.
QStringList version6()
{
    return {
        QStringLiteral("CREATE INDEX inbox_received ON inbox (received_at)"),
        QStringLiteral("CREATE INDEX outbox_created ON outbox (created_at)"),
        QStringLiteral("CREATE INDEX sessions_updated ON sessions (updated_at)"),
        QStringLiteral("CREATE INDEX ownership_changes_at ON ownership_changes (at)"),
        QStringLiteral("CREATE INDEX sessions_chat ON sessions (chat_id)"),
    };
}

// Flat with history (issue 14): every message used to add an entry at a random place of interactions_message (the
// WAHA id of the parent's message), so the pages a batch dirties, hence its log and fsync, grew with the history.
// Only replies are looked up by message_id (their outbox id, for receipts and withholding): index those alone.
QStringList version7()
{
    return {
        QStringLiteral("DROP INDEX interactions_message"),
        QStringLiteral("CREATE INDEX interactions_reply ON interactions (message_id) WHERE direction = 'out'"),
    };
}

// Several instances on one PostgreSQL (issue 11): each instance's heartbeat, the chat each one handles, and the
// instance that sends each outbox row. Tables and a column with a default: a version 7 instance ignores them.
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE instances (instance_id TEXT PRIMARY KEY, started_at BIGINT NOT NULL,"
                       " expires_at_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE chat_leases (chat_id TEXT PRIMARY KEY, instance_id TEXT NOT NULL,"
                       " expires_at_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX chat_leases_instance ON chat_leases (instance_id)"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN instance_id TEXT NOT NULL DEFAULT ''"),
        // The sweeps read the pending rows only: partial indexes stay as small as the backlog.
        QStringLiteral("CREATE INDEX inbox_pending_by_chat ON inbox (chat_id, id) WHERE status = 'pending'"),
        QStringLiteral(
            "CREATE INDEX outbox_unsent_by_instance ON outbox (instance_id) WHERE status IN ('pending', 'sending')"),
    };
}

// Bounded memory (issue 14): the pipeline keeps a window of the backlog in memory and reads the rest back in id
// order, a window at a time; this index finds the next pending rows after a cursor without walking the answered
// history (PostgreSQL's inbox_status does not hold the id). An index only: a version 8 instance ignores it.
QStringList version9()
{
    return {QStringLiteral("CREATE INDEX inbox_pending ON inbox (id) WHERE status = 'pending'")};
}

// Bounded memory (issue 14): OutboxSender holds a window of the unsent replies and reads the rest back in id order
// (OutboxWindow); this index finds the next pending rows after a cursor without walking the sent history (PostgreSQL's
// outbox_status does not hold the id). An index only: a version 9 instance ignores it.
QStringList version10()
{
    return {QStringLiteral("CREATE INDEX outbox_pending ON outbox (id) WHERE status = 'pending'")};
}

// The handoff monitor's look at the queue (at every change of owner) reads only the conversations whose wait ran past
// the SLA and the next one to: an index range, not every queued conversation. An index only: a version 10 instance
// ignores it.
QStringList version12()
{
    return {QStringLiteral("CREATE INDEX conversations_waiting ON conversations (owner, followup_id, queued_at)")};
}

// Flat with history (issue 14): a message is a duplicate if its id is among the recent ones. WAHA redelivers within
// minutes or hours, so the ids of the last days (InboxRepository::kRecentIdsDays) are enough, and this small table's
// pages stay in the cache; the inbox's unique index over the whole history took an entry in a random leaf of a large
// file per message (on 1M messages: 1.3 log frames and 1.3 checkpoint pages per webhook, 9,000 leaves dirtied in 8 s,
// bench/README.md "round 5"). A table and an index only: a version 12 instance ignores them.
QStringList version13()
{
    return {QStringLiteral("CREATE TABLE recent_message_ids (waha_message_id TEXT PRIMARY KEY,"
                           " received_at BIGINT NOT NULL){WITHOUT_ROWID}"),
            QStringLiteral("CREATE INDEX recent_message_ids_received ON recent_message_ids (received_at)")};
}

// The contract step of version13() on SQLite: the inbox without its UNIQUE (waha_message_id), which SQLite removes
// only by rebuilding the table. The same columns, rows and ids (the AUTOINCREMENT counter is carried over, so that an
// id is never given twice), every other index again. A version 12 program would need that index (ON CONFLICT
// (waha_message_id)) but never runs on this file again: it refuses a newer schema, and a second server cannot start
// on a data folder in use (DataFolderLock). PostgreSQL kept its constraint while version 12 instances could run
// (version16Postgres drops it).
QStringList version13Sqlite()
{
    const QString columns = QStringLiteral("id, waha_message_id, event_id, chat_id, kind, text, push_name, media,"
                                           " status, attempts, received_at, processed_at");
    return {
        QStringLiteral("CREATE TABLE inbox_rebuilt (id {ID}, waha_message_id TEXT NOT NULL,"
                       " event_id TEXT NOT NULL DEFAULT '', chat_id TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'user',"
                       " text TEXT NOT NULL DEFAULT '', push_name TEXT NOT NULL DEFAULT '',"
                       " media TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'pending',"
                       " attempts INTEGER NOT NULL DEFAULT 0, received_at BIGINT NOT NULL DEFAULT 0,"
                       " processed_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO inbox_rebuilt (%1) SELECT %1 FROM inbox ORDER BY id").arg(columns),
        QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'inbox_rebuilt'"),
        QStringLiteral("UPDATE sqlite_sequence SET name = 'inbox_rebuilt' WHERE name = 'inbox'"),
        QStringLiteral("DROP TABLE inbox"),
        QStringLiteral("ALTER TABLE inbox_rebuilt RENAME TO inbox"),
        QStringLiteral("CREATE INDEX inbox_status ON inbox (status)"),
        QStringLiteral("CREATE INDEX inbox_received ON inbox (received_at)"),
        QStringLiteral("CREATE INDEX inbox_pending_by_chat ON inbox (chat_id, id) WHERE status = 'pending'"),
        QStringLiteral("CREATE INDEX inbox_pending ON inbox (id) WHERE status = 'pending'"),
        // The ids received within the window, so that a redelivery of a message taken just before the upgrade is
        // still a duplicate (the index that caught it is gone).
        QStringLiteral("INSERT INTO recent_message_ids (waha_message_id, received_at) SELECT waha_message_id,"
                       " received_at FROM inbox WHERE received_at >= CAST(strftime('%s', 'now') AS INTEGER) * 1000"
                       " - %1 ON CONFLICT DO NOTHING")
            .arg(qint64(InboxRepository::kRecentIdsDays) * 24 * 60 * 60 * 1000),
    };
}

// Flat acks (issue 14): each recent id remembers when WhatsApp says the message was sent (payload.timestamp; 0 when
// unknown, and for the ids already stored). A column with a default: a version 13 instance ignores it.
QStringList version14()
{
    return {QStringLiteral("ALTER TABLE recent_message_ids ADD COLUMN sent_at BIGINT NOT NULL DEFAULT 0")};
}

// On SQLite, what a webhook writes besides its inbox row, in pages near the end of each b-tree, not in random ones:
// every random leaf a commit touches is a whole page in the log, then in the database file (bench/webhook-frames:
// 1.72 log frames and 9.2 KB written per webhook before, 0.88 and 4.3 KB after; bench/README.md round 10).
// - recent_message_ids keyed by (sent_at, waha_message_id): messages arrive in about the order they were sent, so
//   each commit's ids land in the last leaves; a redelivery carries the same timestamp, so it finds its row. The
//   received_at index goes: the daily prune reads a range of the key (InboxRepository::pruneRecentIds).
// - inbox_pending_by_chat: one chat's pending rows, read only by the leases of PostgreSQL (several servers).
// - inbox_status: the pending rows are in inbox_pending; no SQLite statement reads the other statuses by status.
// PostgreSQL keeps its tables as they are: version 13 instances may run, and its log holds a row's change, a whole
// page only at its first change after a checkpoint.
QStringList version14Sqlite()
{
    return {
        QStringLiteral("CREATE TABLE recent_message_ids_rebuilt (sent_at BIGINT NOT NULL DEFAULT 0,"
                       " waha_message_id TEXT NOT NULL, received_at BIGINT NOT NULL,"
                       " PRIMARY KEY (sent_at, waha_message_id)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO recent_message_ids_rebuilt (sent_at, waha_message_id, received_at)"
                       " SELECT sent_at, waha_message_id, received_at FROM recent_message_ids"),
        QStringLiteral("DROP TABLE recent_message_ids"),
        QStringLiteral("ALTER TABLE recent_message_ids_rebuilt RENAME TO recent_message_ids"),
        QStringLiteral("DROP INDEX inbox_pending_by_chat"),
        QStringLiteral("DROP INDEX inbox_status"),
    };
}

// PostgreSQL + Redis close to SQLite (issue 14, PostgreSQL round 5): a note per row stored while another instance
// held (or was writing) the chat's lease (LeaseRepository::takeChats), so that the holder reads the chat's pending
// rows back only then, not at every message it accepts. Inserts only: never waiting for another transaction. A
// table and an index: a version 14 instance ignores them (its rows stored under another's lease then wait for the
// holder's release, as before).
QStringList version15()
{
    return {QStringLiteral("CREATE TABLE lease_notes (chat_id TEXT NOT NULL, noted_at_ms BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX lease_notes_chat ON lease_notes (chat_id)")};
}

// PostgreSQL + Redis close to SQLite (issue 14): every webhook's inbox row updated six indexes on PostgreSQL against
// three on SQLite. Two serve nothing since schema 13, as SQLite's version14Sqlite() found:
// - the UNIQUE (waha_message_id) over the whole history: duplicates are caught by recent_message_ids since schema
//   13, whose instances insert with ON CONFLICT DO NOTHING (no target). Only instances of schema 12 and older name it
//   (ON CONFLICT (waha_message_id)): they refuse to start on this schema and must not still run during the roll
//   (docs/deployment.md). A random leaf of a large index per message, as it was on SQLite.
// - inbox_status: every statement reads the pending rows through inbox_pending or inbox_pending_by_chat.
// SQLite dropped both already (version13Sqlite, version14Sqlite). IF EXISTS: a database whose admin dropped one by
// hand still migrates.
QStringList version16Postgres()
{
    return {QStringLiteral("ALTER TABLE inbox DROP CONSTRAINT IF EXISTS inbox_waha_message_id_key"),
            QStringLiteral("DROP INDEX IF EXISTS inbox_status")};
}

Status execSql(DbContext &ctx, const QString &sql)
{
    QSqlQuery query(ctx.db());
    if (query.exec(sql))
        return Status::success();
    return Error{QStringLiteral("db_migration"),
                 QStringLiteral("%1: %2").arg(sql.simplified().left(80), query.lastError().text())};
}

Status runStatements(DbContext &ctx, const Migrations::Step &step)
{
    QStringList statements = step.statements;
    statements += ctx.dialect() == Dialect::Sqlite ? step.sqliteOnly : step.postgresOnly;
    const bool slow = !step.slowNote.isEmpty() && !statements.isEmpty(); // a step of the other database: silent
    if (slow)
        qCInfo(lcStore).noquote() << "schema migration" << step.version << "starts:" << step.slowNote;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (Status st = execSql(ctx, Migrations::translate(statements.at(i), ctx.dialect())); !st)
            return st;
        if (slow)
            qCInfo(lcStore).noquote() << QStringLiteral("schema migration %1: %2 of %3 done after %4 s (%5)")
                                             .arg(step.version)
                                             .arg(i + 1)
                                             .arg(statements.size())
                                             .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                                             .arg(statements.at(i).simplified().left(60));
    }
    return Status::success();
}

Status applyStep(DbContext &ctx, const Migrations::Step &step)
{
    if (auto st = execSql(ctx, QStringLiteral("BEGIN")); !st)
        return st;
    Status status;
    // Two servers starting together on one PostgreSQL must not both migrate.
    if (ctx.dialect() == Dialect::Postgres)
        status = execSql(ctx, QStringLiteral("SELECT pg_advisory_xact_lock(7215001)"));
    bool done = false;
    if (status) {
        auto current = Migrations::currentVersion(ctx);
        status = current ? Status() : Status(current.error());
        done = current && current.value() >= step.version;
    }
    if (status && !done)
        status = runStatements(ctx, step);
    if (status && !done) {
        QSqlQuery query(ctx.db());
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        query.addBindValue(step.version);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            status = Error{QStringLiteral("db_migration"), query.lastError().text()};
    }
    if (status)
        status = execSql(ctx, QStringLiteral("COMMIT"));
    if (!status) {
        execSql(ctx, QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("db_migration"),
                     QStringLiteral("migration %1 failed: %2").arg(step.version).arg(status.error().message)};
    }
    if (!done)
        qCInfo(lcStore) << "applied schema migration" << step.version;
    return status;
}

} // namespace

// The handoff monitor reads the queue at every change of owner, in the order of the wait, ties by chat
// (HandoffRepository::waitingPastSla and nextWaitingForSla): with the chat in conversations_waiting too, the index
// gives that order and the read stops at its limit. Without it PostgreSQL read every queued conversation past the
// cutoff and sorted them: 0.77 ms a call with 3,334 queued (bench/README.md, PostgreSQL round 9). An index only: a
// version 16 instance ignores it.
QStringList version17()
{
    return {QStringLiteral("CREATE INDEX conversations_waiting_by_chat ON conversations (owner, followup_id, queued_at,"
                           " chat_id)"),
            QStringLiteral("DROP INDEX conversations_waiting")};
}

// The same monitor reads the conversations claimed by a person ("human:<agent>", HandoffRepository::withOwner): a
// range of owners in byte order, which SQLite's conversations_owner serves. PostgreSQL's index follows the database's
// collation, in which "human:" owners need not be a range (punctuation may be skipped), so the read was a LIKE over
// every conversation: 0.17 ms a call on 5,000 chats, two calls a check (bench/README.md, PostgreSQL round 9). An
// index only: a version 16 instance ignores it.
QStringList version17Postgres()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS conversations_owner_bytes ON conversations (owner COLLATE \"C\")")};
}

// Flat with history (issue 14), SQLite: a chat's interactions become a chain instead of an index keyed by chat.
// interactions_chat (chat_id, id) put every message's two entries in its chat's own leaf, a random page of an index
// over the whole history: with a million messages stored each commit wrote a log frame per chat it touched, and the
// acks' p99 was 1.2 to 3 times an empty database's; without the index, the same (bench/README.md, "Flat with
// history, round 7"). Now each interaction names the one before it in its chat (prev_id, written by
// InteractionRepository::insert) and the chat's users row, which every message already rewrites, names the newest
// (last_interaction_id, kept by the trigger): the console's thread, last message and unread count walk the chain back
// from there by primary key, and the conversation list reads the newest ids from users instead of grouping the whole
// index. The fill uses the index one last time, then drops it. PostgreSQL keeps its index (its log holds a row's
// change, not a page, and its instances of version 17 still read it during a rolling upgrade) and reads through it.
QStringList version18Sqlite()
{
    return {
        QStringLiteral("ALTER TABLE interactions ADD COLUMN prev_id INTEGER"),
        QStringLiteral("ALTER TABLE users ADD COLUMN last_interaction_id INTEGER"),
        QStringLiteral(
            "UPDATE interactions SET prev_id = w.prev FROM (SELECT id, LAG(id) OVER (PARTITION BY chat_id"
            " ORDER BY id) AS prev FROM interactions) w WHERE w.id = interactions.id AND w.prev IS NOT NULL"),
        QStringLiteral("INSERT INTO users (chat_id, last_interaction_id) SELECT chat_id, MAX(id) FROM interactions"
                       " GROUP BY chat_id ON CONFLICT (chat_id) DO UPDATE SET"
                       " last_interaction_id = excluded.last_interaction_id"),
        // An upsert: a chat whose users row is not written yet gets one (UserRepository::touch completes it).
        QStringLiteral("CREATE TRIGGER interactions_chain AFTER INSERT ON interactions BEGIN"
                       " INSERT INTO users (chat_id, last_interaction_id) VALUES (NEW.chat_id, NEW.id)"
                       " ON CONFLICT (chat_id) DO UPDATE SET last_interaction_id = excluded.last_interaction_id; END"),
        QStringLiteral("DROP INDEX interactions_chat"),
    };
}

// PostgreSQL + Redis close to SQLite (issue 14, round 19): a reply's outbox row is written three times (stored,
// claimed for sending, recorded as sent), each time as a new row version with an entry in every index (its status is
// in partial indexes' conditions: never a HOT update), 15 index entries a reply. Two of the six indexes no reader
// needs on PostgreSQL:
// - outbox_status: every read by status asks for pending or sending rows, which outbox_pending and
//   outbox_unsent_by_instance hold (PostgreSQL proves that `status = 'sending'` falls within their IN list).
// - outbox_waha_message held every unsent row under the empty id. Now only the rows WAHA named: the receipts' reads
//   say `waha_message_id <> ''` too (OutboxRepository's kSentAs), so that the partial index serves them.
// 10 index entries a reply. And the reply's interaction, whose status follows (sent, then WAHA's receipts), is
// updated in place when its page has room (a HOT update: no index entry at all); its pages were filled to the brim, so
// that almost every such update went to another page with an entry in each of its four indexes: interactions now
// leave a fifth of each new page free (TestPlannedNow: 1,470 of 2,000 such updates in place, against 180).
// SQLite keeps both indexes (it rewrites only the indexes whose columns change, and its planner takes a partial index
// only for a WHERE that repeats the index's terms: the interrupted rows' `status = 'sending'` would read the whole
// outbox) and has no free room per page to set. Indexes and a storage setting only: a version 18 instance still
// running during a roll keeps working (its receipts then read the whole outbox).
QStringList version19Postgres()
{
    return {QStringLiteral("DROP INDEX IF EXISTS outbox_status"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_waha_message_named ON outbox (waha_message_id)"
                           " WHERE waha_message_id <> ''"),
            QStringLiteral("DROP INDEX IF EXISTS outbox_waha_message"),
            QStringLiteral("ALTER TABLE interactions SET (fillfactor = 80)")};
}

// PostgreSQL + Redis close to SQLite (issue 14, round 20): every message rewrites its chat's session (the flow's
// state, its time), and sessions_updated made every such update a new row version with an entry in each of the table's
// three indexes on PostgreSQL, and one more b-tree to rewrite on SQLite. Its only reader was the retention's daily
// `DELETE ... WHERE updated_at < ?`, which now reads the table whole: a row per chat, as removeExpired always did. On
// PostgreSQL a session's update then stays in its page when the page has room (HOT: no index entry at all), and
// sessions leave 30% of each page free for it. Every chat's session rewritten three times in a row: 1,003 of 1,500
// updates in place (668 with 20% free, none with the index); once, in one transaction (nothing pruned yet,
// TestPlannedNow): 225 of 500, none with full pages. An index and a storage setting: a version 19 instance still
// running during a roll keeps working.
QStringList version20()
{
    return {QStringLiteral("DROP INDEX IF EXISTS sessions_updated")};
}

// And the read of a chat's pending rows, at every release of a chat, was planned at each execution: two partial
// indexes hold the pending rows, by id (inbox_pending) and by chat (inbox_pending_by_chat), and a generic plan made
// on a new, empty inbox took the first for it, walking every pending row for each chat once a backlog grew (bench
// round 9). inbox_pending now holds `id > 0` too (every row), a condition only its own readers say
// (InboxRepository::kPendingById): the chats' reads can use inbox_pending_by_chat only, with their cached plan. A
// version 19 instance still running during a roll finds its id-ordered reads without their index (slower, not
// wrong).
QStringList version20Postgres()
{
    return {QStringLiteral("ALTER TABLE sessions SET (fillfactor = 70)"),
            QStringLiteral("DROP INDEX IF EXISTS inbox_pending"),
            QStringLiteral("CREATE INDEX inbox_pending ON inbox (id) WHERE status = 'pending' AND id > 0")};
}

// PostgreSQL + Redis close to SQLite (issue 14, round 21): every webhook put an entry in recent_message_ids_received,
// read only by the daily prune of the ids older than 2 days (InboxRepository::pruneRecentIds). That prune now reads
// the table whole: it holds the last 2 or 3 days of ids, not the history. The intake's statement cost 8-10% less a
// row without it (pg_stat_statements, 3 alternating pairs; bench/README.md round 21). SQLite dropped it in
// version14Sqlite(), where the key's first column bounds the prune. An index only: a version 20 instance still
// running during a roll prunes the same way.
QStringList version21Postgres()
{
    return {QStringLiteral("DROP INDEX IF EXISTS recent_message_ids_received")};
}

// PostgreSQL + Redis close to SQLite (issue 14, round 22): the keys every message compares, in byte order. A text
// column follows the database's collation, and every comparison in its b-tree went through the C library's strcoll
// (a copy of both strings, then a locale-aware compare): 7% of the intake backend's time on a C.UTF-8 database
// (perf), more on the fr_FR or en_US databases an admin creates. Ids and phone-numbered chats need no language's
// order: "C" compares their bytes (equality is the same under any deterministic collation). The collation of a column
// is not part of its rows: the tables are not rewritten, only the indexes on these columns are rebuilt (the history's
// interactions_chat: a few seconds per million messages). A version 21 instance still running during a roll compares
// the same (a column's collation wins over the default one of its statements' values).
QStringList version22Postgres()
{
    const QStringList columns{QStringLiteral("recent_message_ids.waha_message_id"),
                              QStringLiteral("inbox.chat_id"),
                              QStringLiteral("chat_leases.chat_id"),
                              QStringLiteral("lease_notes.chat_id"),
                              QStringLiteral("users.chat_id"),
                              QStringLiteral("sessions.session_id"),
                              QStringLiteral("sessions.chat_id"),
                              QStringLiteral("interactions.chat_id")};
    QStringList statements;
    for (const QString &column : columns)
        statements.append(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE TEXT COLLATE \"C\"")
                              .arg(column.section(QLatin1Char('.'), 0, 0), column.section(QLatin1Char('.'), 1)));
    return statements;
}

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all = {
        Step{1, version1()},
        Step{2, version2()},
        Step{3, version3()},
        Step{4, version4()},
        Step{5, version5()},
        Step{6, version6()},
        Step{7, version7()},
        Step{8, version8()},
        Step{9, version9()},
        Step{10, version10()},
        Step{12, version12()},
        Step{.version = 13,
             .statements = version13(),
             .sqliteOnly = version13Sqlite(),
             .slowNote = QStringLiteral("the inbox is rebuilt without its unique index over"
                                        " the whole history (10 to 30 seconds per million"
                                        " messages)")},
        Step{14, version14(), version14Sqlite()},
        Step{15, version15()},
        Step{.version = 16, .statements = {}, .postgresOnly = version16Postgres()},
        Step{.version = 17, .statements = version17(), .postgresOnly = version17Postgres()},
        Step{.version = 18,
             .statements = {},
             .sqliteOnly = version18Sqlite(),
             .slowNote =
                 QStringLiteral("each chat's interactions are chained (20 to 40 seconds per million messages)")},
        Step{.version = 19, .statements = {}, .postgresOnly = version19Postgres()},
        Step{.version = 20, .statements = version20(), .postgresOnly = version20Postgres()},
        Step{.version = 21, .statements = {}, .postgresOnly = version21Postgres()},
        Step{.version = 22,
             .statements = {},
             .postgresOnly = version22Postgres(),
             .slowNote = QStringLiteral("the message keys' indexes are rebuilt in byte order (a few seconds per"
                                        " million messages)")}};
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

QString Migrations::translate(const QString &sql, Dialect dialect)
{
    QString out = sql;
    const bool pg = dialect == Dialect::Postgres;
    out.replace(QLatin1String("{ID}"),
                pg ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    out.replace(QLatin1String("{REAL}"), pg ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
    out.replace(QLatin1String("{WITHOUT_ROWID}"), pg ? QLatin1String("") : QLatin1String(" WITHOUT ROWID"));
    return out;
}

Result<int> Migrations::currentVersion(DbContext &ctx)
{
    QSqlQuery query(ctx.db());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return Error{QStringLiteral("db_migration"), query.lastError().text()};
    return query.value(0).toInt();
}

Status Migrations::apply(DbContext &ctx)
{
    if (auto st =
            execSql(ctx, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                                        " applied_at BIGINT NOT NULL)"));
        !st)
        return st;
    for (const Step &step : steps()) {
        if (auto st = applyStep(ctx, step); !st)
            return st;
    }
    auto current = currentVersion(ctx);
    if (current && current.value() > latestVersion())
        return Error{QStringLiteral("db_migration"),
                     QStringLiteral("the database schema (version %1) is newer than this program (version %2)")
                         .arg(current.value())
                         .arg(latestVersion())};
    return Status::success();
}

} // namespace concierge::store
