// ReadBack: rows beyond the window wait on disk and are read back in id order, never more held than the window, and a
// read asked while an answer's rows are handed on waits until they all are (issue 14: CI saw 7 held in a window of 6).
#include "pipeline/ReadBack.h"

#include <QTest>

using concierge::pipeline::ReadBack;

namespace {

struct Query
{
    qint64 after;
    int limit;
};

// The owner's side: how many rows it holds, and the reads it was asked to start.
struct Owner
{
    int held = 0;
    QList<Query> queries;
    ReadBack readBack;

    explicit Owner(int size)
        : readBack(
              size, [this] { return held; },
              [this](qint64 after, int limit) {
                  queries.append({after, limit});
              },
              QStringLiteral("rows"))
    {
    }

    // Fills the window with live rows 1..size, then offers one more: it waits on disk.
    void overflow()
    {
        for (qint64 id = 1; id <= readBack.size(); ++id) {
            QVERIFY(readBack.admits(id));
            ++held;
        }
        QVERIFY(!readBack.admits(readBack.size() + 1));
        QVERIFY(readBack.onDisk());
        QCOMPARE(readBack.cursor(), qint64(readBack.size()));
    }

    // The window filled, then every row went: the first read of those waiting on disk is asked.
    void emptiedWhileRowsWait()
    {
        overflow();
        held = 0;
        readBack.more();
        QCOMPARE(queries.size(), 1);
    }
};

} // namespace

class TestReadBack : public QObject
{
    Q_OBJECT

private slots:
    void rowsBeyondTheWindowAreReadBackWhenHalfIsFree()
    {
        Owner owner(6);
        owner.overflow();
        owner.readBack.more();
        QVERIFY(owner.queries.isEmpty()); // the window is full: nothing read yet
        owner.held = 3;
        owner.readBack.more();
        QCOMPARE(owner.queries.size(), 1);
        QCOMPARE(owner.queries[0].after, qint64(6));
        QCOMPARE(owner.queries[0].limit, 3);
    }

    void aReadAskedWhileRowsAreHandedOnWaitsForThem()
    {
        Owner owner(6);
        owner.overflow();
        owner.held = 3;
        owner.readBack.more();
        QCOMPARE(owner.queries.size(), 1);

        // Three rows come back. Handing the first on starts it at once (its chat was idle): one held goes, and the
        // owner asks for more, as the dispatcher's queueLow does.
        QVERIFY(owner.readBack.answered(std::nullopt, 3, 9));
        for (int row = 0; row < 3; ++row) {
            ++owner.held;
            if (row == 0) {
                --owner.held;
                owner.readBack.more();
            }
        }
        QCOMPARE(owner.queries.size(), 1); // not while the answer's rows are handed on
        owner.readBack.handed(3, 3);
        // The whole answer is held now (5): the next read fits what is left, after the rows just read.
        QCOMPARE(owner.held, 5);
        QCOMPARE(owner.queries.size(), 1); // 1 free: under half the window, wait for the rows to go
        owner.held = 2;
        owner.readBack.more();
        QCOMPARE(owner.queries.size(), 2);
        QCOMPARE(owner.queries[1].after, qint64(9));
        QVERIFY(owner.held + owner.queries[1].limit <= owner.readBack.size());
    }

    void aRescanAskedWhileRowsAreHandedOnStartsFromTheFirstRow()
    {
        Owner owner(6);
        owner.emptiedWhileRowsWait();
        QVERIFY(owner.readBack.answered(std::nullopt, 6, 12));
        owner.readBack.rescan(); // a database error's sweep, while the rows are handed on
        QCOMPARE(owner.queries.size(), 1);
        owner.readBack.handed(6, 6);
        QCOMPARE(owner.queries.size(), 2);
        QCOMPARE(owner.queries[1].after, qint64(0));
    }

    void fewerRowsThanAskedEndsTheReadingBack()
    {
        Owner owner(6);
        owner.emptiedWhileRowsWait();
        QVERIFY(owner.readBack.answered(std::nullopt, 2, 8));
        owner.held = 2;
        owner.readBack.handed(2, 6);
        QVERIFY(!owner.readBack.onDisk());
        QCOMPARE(owner.readBack.readBack(), quint64(2));
        QVERIFY(owner.readBack.admits(9)); // a live row is held again
    }

    void aFailedReadDropsItsAnswerAndIsTriedAgain()
    {
        Owner owner(4);
        owner.emptiedWhileRowsWait();
        QVERIFY(!owner.readBack.answered(QStringLiteral("database is away"), 0, 0));
        owner.readBack.more();
        QCOMPARE(owner.queries.size(), 1); // not at once: after the retry delay
        QTRY_COMPARE_WITH_TIMEOUT(owner.queries.size(), 2, 5000);
        QCOMPARE(owner.queries[1].after, qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestReadBack)
#include "TestReadBack.moc"
