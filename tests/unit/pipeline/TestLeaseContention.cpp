// Chat leases under contention (issue 14, PostgreSQL leases round 2): two instances (two Database connections, two
// LeaseCoordinators) accepting interleaved batches for the same chats never wait for each other's transactions, and
// every message is still handled once, in its chat's order. Before, a batch took lease rows with blocking row locks:
// two instances' batches locking them in opposite orders deadlocked until PostgreSQL's deadlock_timeout (1 s).
// Here deadlock_timeout is set to 60 s on both connections, so a deadlock would stall the test past its deadlines.

#include "support/StoreTestDb.h"

#include "pipeline/LeaseCoordinator.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/InboxRepository.h"
#include "store/LeaseLog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::store;
using concierge::store::testing::StoreTestDb;

namespace {

constexpr qint64 kLeaseMs = 30'000; // no lease expires during a test: what is handled is handled by the protocol

// What the handling of every message recorded, per chat, in the order the inbox rows were settled.
using Handled = QHash<QString, QList<QString>>; // chat -> WhatsApp message ids

// One instance: its own connection, the real LeaseCoordinator, and a dispatcher reduced to what the leases rely on
// (per chat one message at a time, in queue order; chatIdle when a chat's queue runs dry). "Handling" a message
// settles its inbox row, as a commit would: a row settled already (a stale list) is not handled twice.
class Instance final : public QObject
{
public:
    Instance(const DbConfig &config, const QString &id, Handled *handled)
        : m_db(config)
        , m_handled(handled)
    {
        m_opened = m_db.open().ok();
        pipeline::LeaseCoordinator::Hooks hooks;
        hooks.busyChats = [this] {
            QSet<QString> chats = m_running;
            for (auto it = m_queues.cbegin(); it != m_queues.cend(); ++it)
                chats.insert(it.key());
            return chats;
        };
        hooks.inbox = [this](const QList<InboxMessage> &rows) {
            for (const InboxMessage &row : rows)
                enqueue(row);
        };
        hooks.outbox = [](const QList<OutboxMessage> &) {};
        m_leases = std::make_unique<pipeline::LeaseCoordinator>(LeaseLog(&m_db, id, kLeaseMs), hooks);
    }

    bool opened() const { return m_opened; }
    Database &db() { return m_db; }

    void accept(const QString &chatId, const QString &wahaId)
    {
        auto row = std::make_shared<InboxMessage>();
        row->chatId = chatId;
        row->wahaMessageId = wahaId;
        row->text = QStringLiteral("Bonjour");
        QElapsedTimer timer;
        timer.start();
        m_leases->accept(row, this, [this, row, timer](Result<LeaseLog::Accepted> accepted) {
            maxAckMs = qMax(maxAckMs, timer.elapsed());
            if (!accepted) {
                ++failures;
                return;
            }
            ++accepts;
            busy += accepted->busy;
            if (accepted->inserted && accepted->leased) {
                for (const InboxMessage &earlier : accepted->earlier)
                    enqueue(earlier);
                enqueue(*row);
                for (const InboxMessage &later : accepted->later) // as Pipeline::accept does
                    enqueue(later);
            }
        });
    }

    int accepts = 0;
    int failures = 0;
    int busy = 0;
    qint64 maxAckMs = 0;

private:
    void enqueue(const InboxMessage &row)
    {
        if (m_known.contains(row.id))
            return;
        m_known.insert(row.id);
        m_queues[row.chatId].append(row);
        if (!m_running.contains(row.chatId))
            next(row.chatId);
    }

    void next(const QString &chatId)
    {
        if (m_queues.value(chatId).isEmpty()) {
            m_queues.remove(chatId);
            m_running.remove(chatId);
            m_leases->chatIdle(chatId);
            return;
        }
        m_running.insert(chatId);
        const InboxMessage row = m_queues[chatId].takeFirst();
        m_db.run<bool>([id = row.id](DbContext &ctx) { return InboxRepository::settle(ctx, id, InboxStatus::Done, 1); },
                       this,
                       [this, row](Result<bool> settled) {
                           m_known.remove(row.id);
                           if (settled && settled.value())
                               (*m_handled)[row.chatId].append(row.wahaMessageId);
                           next(row.chatId);
                       });
    }

    Database m_db;
    bool m_opened = false;
    Handled *m_handled;
    std::unique_ptr<pipeline::LeaseCoordinator> m_leases;
    QHash<QString, QList<InboxMessage>> m_queues;
    QSet<QString> m_running;
    QSet<qint64> m_known;
};

// A deadlock would wait this long before PostgreSQL breaks it: far beyond every deadline below.
void slowDeadlockDetection(Database &db)
{
    auto set = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
        auto &q = ctx.prepare(QStringLiteral("SELECT set_config('deadlock_timeout', '60s', false)"));
        if (Status st = ctx.exec(q); !st)
            return st.error();
        return true;
    });
    if (!set)
        qWarning("deadlock_timeout stays as it is (not a superuser?): %s", qPrintable(set.error().message));
}

// "A3x7": round 7.
int round(const QString &wahaId)
{
    return wahaId.mid(wahaId.indexOf(QLatin1Char('x')) + 1).toInt();
}

QString chat(int i)
{
    return QStringLiteral("22177%1@c.us").arg(i, 7, 10, QLatin1Char('0'));
}

// A plain connection of the test thread in the test's schema: another instance's transaction held open.
class Holder
{
public:
    Holder(const QString &url, const QString &schema)
    {
        auto parsed = DatabaseUrl::parse(url);
        if (!parsed)
            return;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("lease-holder"));
        m_db.setHostName(parsed->host);
        m_db.setPort(parsed->port);
        m_db.setDatabaseName(parsed->database);
        m_db.setUserName(parsed->user);
        m_db.setPassword(parsed->password);
        m_ok = m_db.open() && exec(QStringLiteral("SET search_path TO ") + schema);
    }
    ~Holder()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("lease-holder"));
    }
    bool ok() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
};

} // namespace

class TestLeaseContention : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))
            QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: leases are PostgreSQL only");
    }
    void interleavedBatchesNeverWaitAndLoseNothing_data() { addPostgresRow(); }
    void interleavedBatchesNeverWaitAndLoseNothing();
    void lockedLeaseRowIsSkippedThenLookedAtAgain_data() { addPostgresRow(); }
    void lockedLeaseRowIsSkippedThenLookedAtAgain();

private:
    static void addPostgresRow()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("postgres") << qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL");
    }
};

void TestLeaseContention::interleavedBatchesNeverWaitAndLoseNothing()
{
    STORE_TEST_DB(testDb);
    Handled handled;
    Instance a(testDb.config(), QStringLiteral("instance-a"), &handled);
    Instance b(testDb.config(), QStringLiteral("instance-b"), &handled);
    QVERIFY(a.opened() && b.opened());
    slowDeadlockDetection(a.db());
    slowDeadlockDetection(b.db());

    // Round r: two messages of every chat at once, one through A and one through B, A submitting its chats in
    // ascending order and B in descending order: their batches take the same chats' lease rows in opposite orders
    // (what deadlocked before), while each instance still handles the previous round's messages.
    constexpr int kChats = 40;
    constexpr int kRounds = 10;
    for (int r = 0; r < kRounds; ++r) {
        for (int i = 0; i < kChats; ++i) {
            a.accept(chat(i), QStringLiteral("A%1x%2").arg(i).arg(r));
            b.accept(chat(kChats - 1 - i), QStringLiteral("B%1x%2").arg(kChats - 1 - i).arg(r));
        }
        const int expected = (r + 1) * kChats * 2;
        QTRY_COMPARE_WITH_TIMEOUT(a.accepts + a.failures + b.accepts + b.failures, expected, 20000);
    }
    QCOMPARE(a.failures + b.failures, 0);
    // Every batch finished far below the 60 s a deadlock would have waited (and below the usual 1 s).
    QVERIFY2(qMax(a.maxAckMs, b.maxAckMs) < 5000, qPrintable(QString::number(qMax(a.maxAckMs, b.maxAckMs))));

    auto total = [&handled] {
        int n = 0;
        for (const QList<QString> &ids : std::as_const(handled))
            n += int(ids.size());
        return n;
    };
    // All handled through takes, releases and looks again: no sweep runs in this test (no beat).
    QTRY_COMPARE_WITH_TIMEOUT(total(), kChats * kRounds * 2, 20000);
    for (int i = 0; i < kChats; ++i) {
        // Each message once; a round's messages (acknowledged before the next round was sent) before the next
        // round's. The two of one round arrived together: either order is their arrival order.
        const QList<QString> ids = handled.value(chat(i));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kRounds * 2);
        for (int k = 1; k < ids.size(); ++k)
            QVERIFY2(round(ids.at(k - 1)) <= round(ids.at(k)),
                     qPrintable(chat(i) + QLatin1Char(' ') + ids.join(QLatin1Char(','))));
    }
    auto pending = a.db().runSync<QList<InboxMessage>>([](DbContext &ctx) { return InboxRepository::pending(ctx); });
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 0);
    qInfo("accepts that found a lease row locked by the other instance: %d", a.busy + b.busy);
}

void TestLeaseContention::lockedLeaseRowIsSkippedThenLookedAtAgain()
{
    STORE_TEST_DB(testDb);
    Handled handled;
    Instance a(testDb.config(), QStringLiteral("instance-a"), &handled);
    Instance b(testDb.config(), QStringLiteral("instance-b"), &handled);
    QVERIFY(a.opened() && b.opened());
    slowDeadlockDetection(b.db());
    Holder other(testDb.config().url, testDb.config().schema);
    QVERIFY(other.ok());

    // A chat held by a third instance, whose transaction (a batch in flight) holds its lease row locked.
    const QString held = chat(1);
    QVERIFY(other.exec(QStringLiteral("INSERT INTO chat_leases (chat_id, instance_id, expires_at_ms) VALUES ('%1',"
                                      " 'instance-c', (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT + 60000)")
                           .arg(held)));
    QVERIFY(other.exec(QStringLiteral("BEGIN")));
    QVERIFY(other.exec(QStringLiteral("SELECT 1 FROM chat_leases WHERE chat_id = '%1' FOR UPDATE").arg(held)));
    // A chat whose lease row the third instance is creating (under the advisory lock every creator takes).
    const QString creating = chat(2);
    QVERIFY(other.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7215012, hashtext('%1'))").arg(creating)));
    QVERIFY(other.exec(QStringLiteral("INSERT INTO chat_leases (chat_id, instance_id, expires_at_ms) VALUES ('%1',"
                                      " 'instance-c', (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT + 60000)")
                           .arg(creating)));

    // B is acknowledged at once (the old blocking take waited here for the third instance's COMMIT).
    b.accept(held, QStringLiteral("LOCK1"));
    b.accept(creating, QStringLiteral("LOCK2"));
    b.accept(chat(3), QStringLiteral("FREE1"));
    QTRY_COMPARE_WITH_TIMEOUT(b.accepts, 3, 5000);
    QCOMPARE(b.busy, 2);
    QTRY_COMPARE_WITH_TIMEOUT(handled.value(chat(3)).size(), 1, 5000); // a free chat is taken and handled
    QVERIFY(handled.value(held).isEmpty() && handled.value(creating).isEmpty());

    // The third instance rolls its creation back and commits nothing else: B looks again, finds the created chat
    // free and the held one still held (its holder reads B's row when it gives the lease back).
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QTRY_COMPARE_WITH_TIMEOUT(handled.value(creating).size(), 1, 5000);
    QVERIFY(handled.value(held).isEmpty());

    // The holder is A now (as if instance-c had handed it over): A's next message of the chat takes it and handles
    // B's older row first.
    QVERIFY(
        other.exec(QStringLiteral("UPDATE chat_leases SET instance_id = 'instance-a' WHERE chat_id = '%1'").arg(held)));
    a.accept(held, QStringLiteral("LOCK3"));
    QTRY_COMPARE_WITH_TIMEOUT(handled.value(held).size(), 2, 5000);
    QCOMPARE(handled.value(held), (QList<QString>{QStringLiteral("LOCK1"), QStringLiteral("LOCK3")})); // B's first
    QCOMPARE(handled.value(creating).size(), 1);
    QCOMPARE(a.failures + b.failures, 0);
}

QTEST_GUILESS_MAIN(TestLeaseContention)
#include "TestLeaseContention.moc"
