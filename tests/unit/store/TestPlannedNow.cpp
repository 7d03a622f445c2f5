// PostgreSQL keeps a prepared statement's generic plan after five executions. Made while the inbox was empty (a new
// database, before autovacuum's first ANALYZE), the plan of "the pending rows of these chats" walked every pending
// row through inbox_pending (4 ms a batch at 15,000 pending rows in bench/webhook's acks phase; the acks halved).
// Since migration 20 inbox_pending's condition holds a term only its own readers say (InboxRepository::kPendingById):
// the chats' rows come through inbox_pending_by_chat, whatever plan. Proven by PostgreSQL's own count of the index
// entries each index returned, as is the beat's sweep reading a probe per chat rather than every pending row. With
// them, what a reply's writes cost there (migrations 19 and 20): its outbox row's readers keep to partial indexes, its
// interaction's and its session's updates stay in their page.

#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/LeaseRepository.h"
#include "store/OutboxRepository.h"
#include "store/SessionRepository.h"
#include "support/StoreTestDb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace concierge;
using namespace concierge::store;

namespace {

constexpr int kPending = 20'000;
constexpr int kChats = 5'000;

QStringList someChats()
{
    QStringList chats;
    for (int i = 1; i <= 20; ++i)
        chats.append(QStringLiteral("chat%1@c.us").arg(i));
    return chats;
}

// A count of PostgreSQL's statistics views, after this connection's counts are flushed.
qint64 statistic(Database &db, const QString &sql, const QVariantList &values)
{
    if (!db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
            auto &flush = ctx.prepare(QStringLiteral("SELECT pg_stat_force_next_flush()"));
            return toResult(ctx.exec(flush));
        }))
        return -1;
    auto read = db.runSync<qint64>([sql, values](DbContext &ctx) -> Result<qint64> {
        auto &clear = ctx.prepare(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
        if (Status st = ctx.exec(clear); !st)
            return st.error();
        auto &q = ctx.prepare(sql);
        if (Status st = ctx.exec(q, values); !st)
            return st.error();
        return q.next() ? q.value(0).toLongLong() : qint64(-1);
    });
    return read ? read.value() : -1;
}

// Index entries read through `index` so far, as PostgreSQL counts them.
qint64 entriesRead(Database &db, const QString &index)
{
    return statistic(db,
                     QStringLiteral("SELECT idx_tup_read FROM pg_stat_user_indexes"
                                    " WHERE schemaname = current_schema() AND indexrelname = ?"),
                     {index});
}

// A table's rows and index entries read so far: its sequential scans' rows and every index's entries.
qint64 tableRead(Database &db, const QString &table)
{
    return statistic(db,
                     QStringLiteral("SELECT t.seq_tup_read + (SELECT COALESCE(SUM(i.idx_tup_read), 0) FROM"
                                    " pg_stat_user_indexes i WHERE i.relid = t.relid) FROM pg_stat_user_tables t"
                                    " WHERE t.schemaname = current_schema() AND t.relname = ?"),
                     {table});
}

// A table's row updates so far, and how many of them stayed in their page (HOT: no index entry written).
struct Updates
{
    qint64 all = -1;
    qint64 inPlace = -1;
};

Updates updatesOf(Database &db, const QString &table)
{
    const QString counts = QStringLiteral("SELECT %1 FROM pg_stat_user_tables WHERE schemaname = current_schema()"
                                          " AND relname = ?");
    return {statistic(db, counts.arg(QStringLiteral("n_tup_upd")), {table}),
            statistic(db, counts.arg(QStringLiteral("n_tup_hot_upd")), {table})};
}

qint64 inboxRead(Database &db)
{
    return tableRead(db, QStringLiteral("inbox"));
}

// `rows` pending rows over `chats` chats, named <prefix><n>@c.us, with ids <prefix-initial>w<n>.
Status insertBacklog(Database &db, int rows, int chats, const QString &prefix = QStringLiteral("chat"))
{
    auto inserted = db.runSync<bool>([rows, chats, prefix](DbContext &ctx) -> Result<bool> {
        auto &q = ctx.prepare(QStringLiteral("INSERT INTO inbox (waha_message_id, chat_id, text, status, received_at)"
                                             " SELECT left(?, 1) || 'w' || i, ? || (i % ?) || '@c.us', 'Bonjour',"
                                             " 'pending', i FROM generate_series(1, ?) AS i"));
        return toResult(ctx.exec(q, {prefix, prefix, chats, rows}));
    });
    return inserted ? Status() : Status(inserted.error());
}

// `count` replies with ids after `first`: their outbox rows being sent, their messages' and their own interactions.
Status storeReplies(Database &db, int first, int count)
{
    auto stored = db.runSync<bool>([first, count](DbContext &ctx) -> Result<bool> {
        auto &outbox = ctx.prepare(QStringLiteral(
            "INSERT INTO outbox (id, chat_id, text, status, created_at) SELECT ? + i, 'chat' || i || '@c.us',"
            " 'Voici les horaires de la catéchèse', 'sending', 1 FROM generate_series(1, ?) AS i"));
        if (Status st = ctx.exec(outbox, {first, count}); !st)
            return st.error();
        auto &interactions = ctx.prepare(QStringLiteral(
            "INSERT INTO interactions (chat_id, direction, author, text, status, message_id, created_at)"
            " SELECT 'chat' || i || '@c.us', d, 'bot', 'Voici les horaires de la catéchèse et de la messe',"
            " 'received', CAST(? + i AS text), 1 FROM generate_series(1, ?) AS i, (VALUES ('in'), ('out')) AS v(d)"));
        return toResult(ctx.exec(interactions, {first, count}));
    });
    return stored ? Status() : Status(stored.error());
}

// Those replies marked sent, as the sender does (OutboxRepository::markSentWithInteractions).
Status markSent(Database &db, int first, int count)
{
    std::vector<OutboxRepository::SentMark> marks;
    for (int i = 1; i <= count; ++i)
        marks.push_back({first + i, QStringLiteral("true_w%1").arg(first + i), 2});
    auto marked = db.runSync<bool>([&marks](DbContext &ctx) -> Result<bool> {
        std::vector<OutboxRepository::SentMark *> all;
        for (auto &mark : marks)
            all.push_back(&mark);
        return toResult(OutboxRepository::markSentWithInteractions(ctx, all));
    });
    return marked ? Status() : Status(marked.error());
}

} // namespace

class TestPlannedNow : public QObject
{
    Q_OBJECT

private slots:
    void pendingRowsOfSomeChatsComeThroughTheChatIndex()
    {
        POSTGRES_TEST_DB(testDb, "plans are PostgreSQL's");
        Database db(testDb.config());
        QVERIFY(db.open().ok());

        // Six reads on the empty inbox: PostgreSQL would keep a plan of an empty table from here on.
        for (int i = 0; i < 6; ++i)
            QVERIFY(db.runSync<QList<InboxMessage>>(
                [](DbContext &ctx) { return InboxRepository::pendingForChats(ctx, someChats()); }));
        // Then a backlog: 20,000 pending rows over 5,000 chats, 4 in each (no ANALYZE has run).
        QVERIFY(insertBacklog(db, kPending, kChats).ok());
        const qint64 walkedBefore = entriesRead(db, QStringLiteral("inbox_pending"));
        const qint64 byChatBefore = entriesRead(db, QStringLiteral("inbox_pending_by_chat"));
        QVERIFY(walkedBefore >= 0 && byChatBefore >= 0);

        auto rows = db.runSync<QList<InboxMessage>>(
            [](DbContext &ctx) { return InboxRepository::pendingForChats(ctx, someChats()); });
        QVERIFY(rows);
        QCOMPARE(rows->size(), 20 * (kPending / kChats));
        for (qsizetype i = 1; i < rows->size(); ++i)
            QVERIFY(rows->at(i - 1).id < rows->at(i).id); // oldest first

        const qint64 walked = entriesRead(db, QStringLiteral("inbox_pending")) - walkedBefore;
        const qint64 byChat = entriesRead(db, QStringLiteral("inbox_pending_by_chat")) - byChatBefore;
        QVERIFY2(walked < kPending / 10, qPrintable(QStringLiteral("%1 pending rows walked").arg(walked)));
        QCOMPARE(byChat, qint64(rows->size()));
    }

    // A beat's sweep finds the chats with pending rows and no live lease by one probe of inbox_pending_by_chat per
    // chat: grouping the pending rows read all of them at each beat (520 to 590 ms at 1M pending).
    void sweepReadsAProbePerChatNotEveryPendingRow()
    {
        POSTGRES_TEST_DB(testDb, "plans are PostgreSQL's");
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        const QString me = QStringLiteral("instance-a");
        for (int i = 0; i < 6; ++i) // on the empty inbox first, as in the test above
            QVERIFY(db.runSync<QList<InboxMessage>>(
                [me](DbContext &ctx) { return LeaseRepository::adoptChats(ctx, me, 60'000, {}, 1); }));
        constexpr int kChatsWithBacklog = 200;
        QVERIFY(insertBacklog(db, kPending, kChatsWithBacklog).ok());
        const qint64 before = inboxRead(db);
        QVERIFY(before >= 0);

        auto adopted = db.runSync<QList<InboxMessage>>(
            [me](DbContext &ctx) { return LeaseRepository::adoptChats(ctx, me, 60'000, {}, 1); });
        QVERIFY(adopted);
        // The chat whose pending row is the oldest: a page of its rows (it has 100).
        QCOMPARE(adopted->size(), InboxRepository::kPendingPerChatRead);
        for (const InboxMessage &row : adopted.value())
            QCOMPARE(row.chatId, QStringLiteral("chat1@c.us"));

        const qint64 read = inboxRead(db) - before;
        QVERIFY2(read < kPending / 10, qPrintable(QStringLiteral("%1 inbox rows and entries read").arg(read)));
    }

    // The backlog read back in id order, a window at a time (InboxWindow): through inbox_pending, whose condition the
    // read repeats (kPendingById), with its generic plan too (PostgreSQL's from the sixth execution on); never every
    // pending row sorted, nor the answered rows between them. Once the inbox has statistics (autovacuum's ANALYZE,
    // within a minute of a backlog: without them a few thousand pending rows look like eleven, and are sorted, with or
    // without the `id > 0` term).
    void windowsOfTheBacklogComeThroughTheIdIndex()
    {
        POSTGRES_TEST_DB(testDb, "plans are PostgreSQL's");
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        QVERIFY(db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
            // 20,000 messages, nine of ten answered (the history between the pending ones), then the statistics.
            auto &insert = ctx.prepare(QStringLiteral(
                "INSERT INTO inbox (waha_message_id, chat_id, text, status, received_at) SELECT 'w' || i,"
                " 'chat' || (i % ?) || '@c.us', 'Bonjour', CASE WHEN i % 10 = 0 THEN 'pending' ELSE 'done' END, i"
                " FROM generate_series(1, ?) AS i"));
            if (Status st = ctx.exec(insert, {kChats, kPending}); !st)
                return st.error();
            // Not prepared: PostgreSQL prepares no utility statement. The generic plan at once, whose values are not
            // known (a custom plan can prove that `id > 300` implies the index's `id > 0`; a generic one cannot).
            QSqlQuery utility(ctx.db());
            for (const char *sql : {"ANALYZE inbox", "SET plan_cache_mode = force_generic_plan"}) {
                if (!utility.exec(QLatin1String(sql)))
                    return Error{QStringLiteral("setup"), utility.lastError().text()};
            }
            return true;
        }));
        constexpr int kWindow = 100;
        constexpr int kWindows = 8;
        const qint64 before = inboxRead(db);
        qint64 after = 0;
        for (int w = 0; w < kWindows; ++w) {
            auto rows = db.runSync<QList<InboxMessage>>(
                [after](DbContext &ctx) { return InboxRepository::pendingAfter(ctx, after, kWindow); });
            QVERIFY(rows);
            QCOMPARE(rows->size(), kWindow);
            QVERIFY(rows->first().id > after);
            after = rows->last().id;
        }
        const qint64 read = inboxRead(db) - before;
        QVERIFY2(read <= 2 * kWindows * kWindow,
                 qPrintable(QStringLiteral("%1 inbox rows and entries read").arg(read)));
    }

    // The release of a chat with a long backlog reads a page of it (the lease kept), and probes its first pending
    // row to know the lease must stay: it read all of them, twice (51 ms a release at 200,000 pending in one chat).
    void releaseReadsAPageOfAChatsBacklog()
    {
        POSTGRES_TEST_DB(testDb, "plans are PostgreSQL's");
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        const QString me = QStringLiteral("instance-a");
        const QString chat = QStringLiteral("chat0@c.us");
        constexpr int kBacklog = 2'000;
        // Another chat's rows first (a scan meets them before this chat's), then this one's.
        QVERIFY(insertBacklog(db, kBacklog, 1, QStringLiteral("other")).ok());
        QVERIFY(insertBacklog(db, kBacklog, 1).ok());
        auto taken = db.runSync<QHash<QString, LeaseRepository::Take>>(
            [&](DbContext &ctx) { return LeaseRepository::takeChats(ctx, {chat}, me, 60'000); });
        QVERIFY(taken && taken->value(chat) == LeaseRepository::Take::Mine);
        const qint64 before = inboxRead(db);
        QVERIFY(before >= 0);

        auto released = db.runSync<QHash<QString, LeaseRepository::Released>>(
            [&](DbContext &ctx) { return LeaseRepository::releaseChats(ctx, {chat}, me); });
        QVERIFY(released);
        const QList<InboxMessage> rows = released->value(chat).rows;
        QCOMPARE(rows.size(), InboxRepository::kPendingPerChatRead);
        QCOMPARE(rows.first().wahaMessageId, QStringLiteral("cw1"));
        const qint64 read = inboxRead(db) - before;
        QVERIFY2(read < kBacklog / 10, qPrintable(QStringLiteral("%1 inbox rows and entries read").arg(read)));
        // Still ours: its other rows wait for its next release.
        auto again = db.runSync<QHash<QString, LeaseRepository::Take>>([&](DbContext &ctx) {
            return LeaseRepository::takeChats(ctx, {chat}, QStringLiteral("instance-b"), 60'000);
        });
        QVERIFY(again && again->value(chat) == LeaseRepository::Take::Held);
    }

    // A reply's outbox row is written three times, each a new row version with an entry in every index (migration
    // 19): five indexes, not the status one nor a receipt index holding every unsent row under the empty id. The
    // readers still go by index on a large sent history: a receipt by WAHA's id, the replies a stop interrupted.
    void outboxReadersKeepToItsPartialIndexes()
    {
        POSTGRES_TEST_DB(testDb, "plans are PostgreSQL's");
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        QCOMPARE(statistic(db, QStringLiteral("SELECT COUNT(*) FROM pg_index WHERE indrelid = 'outbox'::regclass"), {}),
                 qint64(5));
        QCOMPARE(statistic(db,
                           QStringLiteral("SELECT COUNT(*) FROM pg_index x JOIN pg_attribute a ON a.attrelid ="
                                          " x.indrelid AND a.attnum = x.indkey[0] WHERE x.indrelid ="
                                          " 'outbox'::regclass AND a.attname IN ('status', 'waha_message_id')"
                                          " AND x.indpred IS NULL"),
                           {}),
                 qint64(0));
        constexpr int kSent = 20'000;
        auto filled = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
            // Every 1,000th row still being sent by instance-a (no WAHA id yet), the others sent.
            auto &q = ctx.prepare(QStringLiteral(
                "INSERT INTO outbox (chat_id, text, status, waha_message_id, created_at, instance_id)"
                " SELECT 'chat' || (i % 500) || '@c.us', 'Bonjour', CASE WHEN i % 1000 = 0 THEN 'sending' ELSE"
                " 'sent' END, CASE WHEN i % 1000 = 0 THEN '' ELSE 'w' || i END, i, 'instance-a'"
                " FROM generate_series(1, ?) AS i"));
            return toResult(ctx.exec(q, {kSent}));
        });
        QVERIFY(filled);
        const qint64 before = tableRead(db, QStringLiteral("outbox"));
        QVERIFY(before >= 0);

        for (int i = 0; i < 7; ++i) { // past the five executions after which PostgreSQL may keep a generic plan
            auto receipt = db.runSync<int>(
                [](DbContext &ctx) { return OutboxRepository::applyAck(ctx, QStringLiteral("w5"), 2); });
            QVERIFY(receipt);
            QCOMPARE(receipt.value(), i == 0 ? 1 : 0); // delivered once; the same receipt again changes nothing
            auto interrupted = db.runSync<QList<OutboxMessage>>(
                [](DbContext &ctx) { return OutboxRepository::interrupted(ctx, QStringLiteral("instance-a")); });
            QVERIFY(interrupted);
            QCOMPARE(interrupted->size(), kSent / 1000);
        }
        const qint64 read = tableRead(db, QStringLiteral("outbox")) - before;
        QVERIFY2(read < kSent / 10, qPrintable(QStringLiteral("%1 outbox rows and entries read").arg(read)));
        // And the receipt's plan is made once: a generic plan can use the partial index only because the statement
        // repeats its condition (otherwise PostgreSQL plans it again at every receipt, for the value given).
        QVERIFY(statistic(db,
                          QStringLiteral("SELECT COALESCE(MAX(generic_plans), -1) FROM pg_prepared_statements WHERE"
                                         " statement LIKE '%UPDATE outbox SET ack%' AND statement NOT LIKE"
                                         " '%pg_prepared_statements%'"),
                          {}) > 0);
    }

    // The status of a reply's interaction follows its outbox row (sent, then WAHA's receipts). Migration 19 leaves a
    // fifth of each new page of interactions free, so that such an update stays in its page with no index entry (a
    // HOT update): 1,470 of these 2,000 did, against 180 with full pages.
    void interactionsStatusUpdatesStayInTheirPage()
    {
        POSTGRES_TEST_DB(testDb, "pages are PostgreSQL's");
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        constexpr int kBatches = 100;
        constexpr int kReplies = 20; // per batch
        // As the server does: the outcomes of a batch of messages stored, and the replies of the batch before marked
        // sent meanwhile (WAHA answered them while these were handled).
        for (int b = 0; b <= kBatches; ++b) {
            if (b < kBatches)
                QVERIFY(storeReplies(db, b * kReplies, kReplies).ok());
            if (b > 0)
                QVERIFY(markSent(db, (b - 1) * kReplies, kReplies).ok());
        }
        const auto [updated, inPlace] = updatesOf(db, QStringLiteral("interactions"));
        QCOMPARE(updated, qint64(kBatches * kReplies));
        QVERIFY2(inPlace * 4 >= updated,
                 qPrintable(QStringLiteral("%1 of %2 status updates in their page").arg(inPlace).arg(updated)));
    }

    // Every message rewrites its chat's session. Since migration 20 no index holds its time, and its pages keep room:
    // the rewrite stays in its page with no index entry (none did before). One rewrite of each session: later ones
    // find room again only once the page is pruned of the versions before, which waits for every older transaction
    // of the server to end (other tests run beside this one).
    void sessionUpdatesStayInTheirPage()
    {
        POSTGRES_TEST_DB(testDb, "pages are PostgreSQL's");
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        constexpr int kChats = 500;
        constexpr int kMessages = 2; // per chat, the first one creating its session
        for (int m = 0; m < kMessages; ++m) {
            auto saved = db.runSync<bool>([m](DbContext &ctx) -> Result<bool> {
                for (int c = 0; c < kChats; ++c) {
                    SessionRecord s;
                    s.sessionId = s.chatId = QStringLiteral("2217700%1@c.us").arg(c, 5, 10, QLatin1Char('0'));
                    s.data = {{QStringLiteral("flow"), QStringLiteral("catechese")},
                              {QStringLiteral("step"), m},
                              {QStringLiteral("parentCode"), QStringLiteral("SA-1937")},
                              {QStringLiteral("language"), QStringLiteral("fr")}};
                    s.createdAtMs = 1;
                    s.updatedAtMs = s.expiresAtMs = 1000 + m;
                    if (Status st = SessionRepository::upsert(ctx, s); !st)
                        return st.error();
                }
                return true;
            });
            QVERIFY(saved);
        }
        const auto [updated, inPlace] = updatesOf(db, QStringLiteral("sessions"));
        QCOMPARE(updated, qint64(kChats * (kMessages - 1)));
        QVERIFY2(inPlace * 3 >= updated,
                 qPrintable(QStringLiteral("%1 of %2 session updates in their page").arg(inPlace).arg(updated)));
    }
};

QTEST_GUILESS_MAIN(TestPlannedNow)
#include "TestPlannedNow.moc"
