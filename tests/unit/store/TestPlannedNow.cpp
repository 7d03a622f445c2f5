// PostgreSQL keeps a prepared statement's generic plan after five executions. Made while the inbox was empty (a new
// database, before autovacuum's first ANALYZE), the plan of "the pending rows of these chats" walked every pending
// row through inbox_pending (4 ms a batch at 15,000 pending rows in bench/webhook's acks phase; the acks halved).
// DbContext::execPlannedNow plans that statement for each execution, with the table's size then: the chats' rows
// come through inbox_pending_by_chat. Proven by PostgreSQL's own count of the index entries each index returned.

#include "store/Database.h"
#include "store/InboxRepository.h"
#include "support/StoreTestDb.h"

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

// Index entries read through `index` so far, as PostgreSQL counts them (this connection's counts flushed first).
qint64 entriesRead(Database &db, const QString &index)
{
    if (!db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
            auto &flush = ctx.prepare(QStringLiteral("SELECT pg_stat_force_next_flush()"));
            return toResult(ctx.exec(flush));
        }))
        return -1;
    auto read = db.runSync<qint64>([index](DbContext &ctx) -> Result<qint64> {
        auto &clear = ctx.prepare(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
        if (Status st = ctx.exec(clear); !st)
            return st.error();
        auto &q = ctx.prepare(QStringLiteral("SELECT idx_tup_read FROM pg_stat_user_indexes"
                                             " WHERE schemaname = current_schema() AND indexrelname = ?"));
        if (Status st = ctx.exec(q, {index}); !st)
            return st.error();
        return q.next() ? q.value(0).toLongLong() : qint64(-1);
    });
    return read ? read.value() : -1;
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
        QVERIFY(db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
            auto &q =
                ctx.prepare(QStringLiteral("INSERT INTO inbox (waha_message_id, chat_id, text, status, received_at)"
                                           " SELECT 'w' || i, 'chat' || (i % ?) || '@c.us', 'Bonjour', 'pending', i"
                                           " FROM generate_series(1, ?) AS i"));
            return toResult(ctx.exec(q, {kChats, kPending}));
        }));
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
};

QTEST_GUILESS_MAIN(TestPlannedNow)
#include "TestPlannedNow.moc"
