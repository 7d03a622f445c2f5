// The lease protocol of several instances on one PostgreSQL (issue 11), instance by instance, on one schema: who may
// take a chat, what a release hands back, what the sweep adopts and what it leaves to a live instance.
#include "support/StoreTestDb.h"

#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/LeaseRepository.h"
#include "store/OutboxRepository.h"

#include <QTest>

using namespace concierge;
using namespace concierge::store;

#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            return Error{QStringLiteral("check"),                                                                      \
                         QStringLiteral("line %1: %2").arg(__LINE__).arg(QLatin1String(#cond))};                       \
    } while (false)

namespace {

const QString kA = QStringLiteral("instance-a");
const QString kB = QStringLiteral("instance-b");
constexpr qint64 kLeaseMs = 30'000;

Result<qint64> storeMessage(DbContext &ctx, const QString &chatId, const QString &wahaId)
{
    InboxMessage m;
    m.chatId = chatId;
    m.wahaMessageId = wahaId;
    m.text = QStringLiteral("Bonjour");
    auto inserted = InboxRepository::insertIfNew(ctx, m);
    if (!inserted)
        return inserted.error();
    return m.id;
}

Status setOutboxOwner(DbContext &ctx, qint64 id, const QString &instanceId)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE outbox SET instance_id = ? WHERE id = ?"));
    return ctx.exec(q, {instanceId, id});
}

Result<qint64> leaseExpiry(DbContext &ctx, const QString &chatId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT expires_at_ms FROM chat_leases WHERE chat_id = ?"));
    if (Status st = ctx.exec(q, {chatId}); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : -1;
}

Status setLeaseExpiry(DbContext &ctx, const QString &chatId, qint64 expiresAtMs)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE chat_leases SET expires_at_ms = ? WHERE chat_id = ?"));
    return ctx.exec(q, {expiresAtMs, chatId});
}

} // namespace

class TestLeaseRepository : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))
            QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: leases are PostgreSQL only");
    }
    void chatLeases_data() { addPostgresRow(); }
    void chatLeases();
    void takeWritesOnlyWhenDue_data() { addPostgresRow(); }
    void takeWritesOnlyWhenDue();
    void releaseHandsBackLateRows_data() { addPostgresRow(); }
    void releaseHandsBackLateRows();
    void sweepAdoptsOnlyOrphans_data() { addPostgresRow(); }
    void sweepAdoptsOnlyOrphans();

private:
    static void addPostgresRow()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("postgres") << qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL");
    }
};

void TestLeaseRepository::chatLeases()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    auto outcome = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
        const QString chat = QStringLiteral("221700000001@c.us");
        CHECK(LeaseRepository::acquireChat(ctx, chat, kA, kLeaseMs).value());
        CHECK(!LeaseRepository::acquireChat(ctx, chat, kB, kLeaseMs).value()); // held by A
        CHECK(LeaseRepository::acquireChat(ctx, chat, kA, kLeaseMs).value());  // A again: still A's
        // A's lease expires (A has no instance row: not alive, so only its chat's expiry holds the lease): B may take
        // it, and A may no longer. A take of a chat already ours leaves its expiry to the heartbeat.
        CHECK(setLeaseExpiry(ctx, chat, 0).ok());
        CHECK(LeaseRepository::acquireChat(ctx, chat, kB, kLeaseMs).value());
        CHECK(!LeaseRepository::acquireChat(ctx, chat, kA, kLeaseMs).value());
        // A clean stop of B frees it at once.
        CHECK(LeaseRepository::releaseAll(ctx, kB).ok());
        CHECK(LeaseRepository::acquireChat(ctx, chat, kA, kLeaseMs).value());
        return true;
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
}

// A take of a chat already ours rewrites its lease only when less than half a lease is left (the heartbeat renews
// the rest): every webhook of a busy chat took it again, and each rewrite is a row version and a log record.
void TestLeaseRepository::takeWritesOnlyWhenDue()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    auto outcome = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
        const QString chat = QStringLiteral("221700000003@c.us");
        CHECK(LeaseRepository::acquireChat(ctx, chat, kA, 1000).value()); // a second left: due
        const qint64 shortLease = leaseExpiry(ctx, chat).value();
        CHECK(LeaseRepository::acquireChat(ctx, chat, kA, kLeaseMs).value());
        const qint64 renewed = leaseExpiry(ctx, chat).value();
        CHECK(renewed >= shortLease + kLeaseMs - 1000 - 5000); // now + a whole lease (5 s of slack for a slow run)
        // More than half left (an hour, as a marker no rewrite would give): not written.
        CHECK(setLeaseExpiry(ctx, chat, renewed + 3'600'000).ok());
        CHECK(LeaseRepository::acquireChat(ctx, chat, kA, kLeaseMs).value());
        CHECK(leaseExpiry(ctx, chat).value() == renewed + 3'600'000);
        return true;
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
}

void TestLeaseRepository::releaseHandsBackLateRows()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    auto outcome = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
        const QString chat = QStringLiteral("221700000002@c.us");
        CHECK(LeaseRepository::acquireChat(ctx, chat, kA, kLeaseMs).value());
        // B stores a message of the chat and finds the lease taken: A's release hands it back to A, still leased.
        const qint64 late = storeMessage(ctx, chat, QStringLiteral("LATE1")).value();
        CHECK(!LeaseRepository::acquireChat(ctx, chat, kB, kLeaseMs).value());
        auto back = LeaseRepository::releaseChat(ctx, chat, kA);
        CHECK(back && back->size() == 1 && back->first().id == late);
        CHECK(!LeaseRepository::acquireChat(ctx, chat, kB, kLeaseMs).value());
        // Handled: the next release frees the chat.
        CHECK(InboxRepository::settle(ctx, late, InboxStatus::Done, 1).value());
        back = LeaseRepository::releaseChat(ctx, chat, kA);
        CHECK(back && back->isEmpty());
        CHECK(LeaseRepository::acquireChat(ctx, chat, kB, kLeaseMs).value());
        return true;
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
}

void TestLeaseRepository::sweepAdoptsOnlyOrphans()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    auto outcome = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
        const QString orphan = QStringLiteral("221700000010@c.us");
        const QString heldByB = QStringLiteral("221700000011@c.us");
        const QString expired = QStringLiteral("221700000012@c.us");
        const qint64 first = storeMessage(ctx, orphan, QStringLiteral("SW1")).value();
        storeMessage(ctx, heldByB, QStringLiteral("SW2")).value();
        const qint64 third = storeMessage(ctx, expired, QStringLiteral("SW3")).value();
        CHECK(LeaseRepository::acquireChat(ctx, heldByB, kB, kLeaseMs).value());
        CHECK(LeaseRepository::acquireChat(ctx, expired, kB, -1000).value());
        auto adopted = LeaseRepository::adoptChats(ctx, kA, kLeaseMs, {}, 100);
        CHECK(adopted && adopted->size() == 2 && adopted->at(0).id == first && adopted->at(1).id == third);
        CHECK(!LeaseRepository::acquireChat(ctx, expired, kB, kLeaseMs).value()); // A's now
        // A chat A is working on is left to that work.
        CHECK(LeaseRepository::adoptChats(ctx, kA, kLeaseMs, {orphan, expired}, 100)->isEmpty());

        // Outbox: B is alive (its heartbeat), the "dead" instance never beat: only the dead one's row is adopted.
        CHECK(LeaseRepository::heartbeat(ctx, kB, kLeaseMs).ok());
        CHECK(LeaseRepository::heartbeat(ctx, kA, kLeaseMs).ok());
        OutboxMessage live, dead;
        live.chatId = heldByB;
        dead.chatId = orphan;
        live.text = dead.text = QStringLiteral("Réponse");
        CHECK(OutboxRepository::insert(ctx, live).ok() && OutboxRepository::insert(ctx, dead).ok());
        CHECK(setOutboxOwner(ctx, live.id, kB).ok() && setOutboxOwner(ctx, dead.id, QStringLiteral("dead")).ok());
        auto rows = LeaseRepository::adoptOutbox(ctx, kA, 100);
        CHECK(rows && rows->size() == 1 && rows->first().id == dead.id);
        CHECK(LeaseRepository::adoptOutbox(ctx, kA, 100)->isEmpty());
        // The adopted row is A's to send, no longer the dead instance's.
        CHECK(OutboxRepository::claim(ctx, dead.id, false, kA).value());
        CHECK(!OutboxRepository::claim(ctx, live.id, false, kA).value());
        return true;
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
}

QTEST_GUILESS_MAIN(TestLeaseRepository)
#include "TestLeaseRepository.moc"
