// Flat with history and the p99 (issue 14, round 11): an acknowledgement (an urgent job) does not wait for more than
// a millisecond of processing (normal jobs) in its batch; the normal jobs past that budget run in the next batch, in
// their order, and without urgent jobs a batch keeps all the normal jobs it took.
#include "store/Database.h"
#include "support/DatabaseBlocker.h"

#include <QList>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>

using namespace concierge;
using namespace concierge::store;

namespace {

// What a job saw on the database thread: the transactions committed before its own, and its place in the run order.
struct Seen
{
    quint64 commitsBefore = 0;
    int order = -1;
    bool delivered = false;
};

class Recorder
{
public:
    explicit Recorder(Database &db)
        : m_db(db)
    {
    }
    // A job of `cost` (the time it keeps the database thread: a read on a large database), recorded into `seen`.
    void queue(Seen &seen, Database::Priority priority, std::chrono::microseconds cost = {})
    {
        m_db.run<bool>(
            [this, &seen, cost](DbContext &) -> Result<bool> {
                seen.commitsBefore = m_db.counters().transactions;
                seen.order = m_ran++;
                const auto until = std::chrono::steady_clock::now() + cost;
                while (std::chrono::steady_clock::now() < until) {
                }
                return true;
            },
            &m_context,
            [this, &seen](Result<bool> done) {
                seen.delivered = done.ok();
                m_deliveries.append(&seen);
            },
            priority);
    }
    const QList<Seen *> &deliveries() const { return m_deliveries; }

private:
    Database &m_db;
    QObject m_context;
    std::atomic<int> m_ran{0};
    QList<Seen *> m_deliveries;
};

constexpr auto kSlowRead = std::chrono::microseconds(5000); // over the 1 ms budget beside urgent jobs

} // namespace

class TestAckPriority : public QObject
{
    Q_OBJECT

private slots:
    void processingPastItsBudgetWaitsForTheNextCommit()
    {
        QTemporaryDir dir;
        Database db(DbConfig{QString(), dir.filePath(QStringLiteral("priority.db")), QString()});
        QVERIFY(db.open().ok());
        Recorder recorder(db);
        Seen slow, ack;
        QList<Seen> quick(5);
        {
            testing::DatabaseBlocker blocker(db); // the jobs below wait together, as under load
            recorder.queue(slow, Database::Priority::Normal, kSlowRead);
            for (Seen &seen : quick)
                recorder.queue(seen, Database::Priority::Normal);
            recorder.queue(ack, Database::Priority::Urgent);
            blocker.release();
        }
        QTRY_COMPARE(recorder.deliveries().size(), 7);
        for (const Seen *seen : recorder.deliveries())
            QVERIFY(seen->delivered);
        // The ack ran first and committed with the slow job only; the quick ones went to the next transaction.
        QCOMPARE(ack.order, 0);
        QCOMPARE(slow.order, 1);
        QCOMPARE(slow.commitsBefore, ack.commitsBefore);
        for (int i = 0; i < quick.size(); ++i) {
            QCOMPARE(quick[i].order, 2 + i); // their own order kept
            QVERIFY(quick[i].commitsBefore > ack.commitsBefore);
        }
        QCOMPARE(recorder.deliveries().constFirst(), &ack); // the 200 goes out before they are run
    }

    void withoutUrgentJobsABatchKeepsItsSlowJobsTogether()
    {
        QTemporaryDir dir;
        Database db(DbConfig{QString(), dir.filePath(QStringLiteral("normal.db")), QString()});
        QVERIFY(db.open().ok());
        Recorder recorder(db);
        QList<Seen> jobs(4);
        {
            testing::DatabaseBlocker blocker(db);
            for (Seen &seen : jobs)
                recorder.queue(seen, Database::Priority::Normal, kSlowRead);
            blocker.release();
        }
        QTRY_COMPARE(recorder.deliveries().size(), 4);
        for (const Seen &seen : jobs) {
            QVERIFY(seen.delivered);
            QCOMPARE(seen.commitsBefore, jobs.constFirst().commitsBefore); // one transaction: one fsync
        }
    }

    void aFloodOfAcksStillLetsProcessingMove()
    {
        // Each batch beside urgent jobs runs one normal job at least, however slow: processing is not starved.
        QTemporaryDir dir;
        Database db(DbConfig{QString(), dir.filePath(QStringLiteral("flood.db")), QString()});
        QVERIFY(db.open().ok());
        Recorder recorder(db);
        QList<Seen> slowJobs(3), acks(3);
        {
            testing::DatabaseBlocker blocker(db);
            for (Seen &seen : slowJobs)
                recorder.queue(seen, Database::Priority::Normal, kSlowRead);
            for (Seen &seen : acks)
                recorder.queue(seen, Database::Priority::Urgent);
            blocker.release();
        }
        QTRY_COMPARE(recorder.deliveries().size(), 6);
        QCOMPARE(slowJobs[0].commitsBefore, acks[0].commitsBefore);     // beside the acks
        QVERIFY(slowJobs[1].commitsBefore > acks[0].commitsBefore);     // the rest after their commit
        QCOMPARE(slowJobs[1].commitsBefore, slowJobs[2].commitsBefore); // then together (no urgent job left)
    }
};

QTEST_GUILESS_MAIN(TestAckPriority)
#include "TestAckPriority.moc"
