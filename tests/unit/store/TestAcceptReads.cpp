// PostgreSQL + Redis close to SQLite (issue 14, PostgreSQL round 5): a batch of webhooks whose chats this instance
// holds already reads no pending row back (their rows are queued here): the insert, the lease take and COMMIT. The
// chats newly taken are read back (once for the batch), and so is a chat held here under whose lease another
// instance stored a row meanwhile (its note), once: the holder answers that row before its own later messages. A
// return to a read at every batch fails here.

#include "support/DatabaseBlocker.h"
#include "support/StoreTestDb.h"

#include "store/Database.h"
#include "store/LeaseLog.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace concierge;
using namespace concierge::store;

namespace {

constexpr qint64 kLeaseMs = 30'000;

QString chatOf(int i)
{
    return QStringLiteral("22177200000%1@c.us").arg(i);
}

std::shared_ptr<InboxMessage> messageOf(int chat, const QString &id)
{
    auto m = std::make_shared<InboxMessage>();
    m->chatId = chatOf(chat);
    m->wahaMessageId = id;
    m->text = QStringLiteral("bonjour");
    m->receivedAtMs = 1000;
    return m;
}

struct Batch
{
    QList<LeaseLog::Accepted> accepted;
    quint64 statements = 0; // the batch's own (the blocker's BEGIN and COMMIT left out)
};

} // namespace

class TestAcceptReads final : public QObject
{
    Q_OBJECT

    // Accepts the messages as one batch (queued behind a blocker), on `log`.
    std::optional<Batch> acceptTogether(Database &db, LeaseLog &log,
                                        const QList<std::shared_ptr<InboxMessage>> &messages)
    {
        auto blocker = std::make_unique<testing::DatabaseBlocker>(db);
        const Database::Counters before = db.counters();
        auto answers = std::make_shared<QList<std::optional<Result<LeaseLog::Accepted>>>>(messages.size());
        for (int i = 0; i < messages.size(); ++i)
            log.accept(messages.at(i), this, [answers, i](Result<LeaseLog::Accepted> r) { (*answers)[i] = r; });
        blocker->release();
        const auto allIn = [answers] {
            for (const auto &answer : *answers) {
                if (!answer)
                    return false;
            }
            return true;
        };
        if (!QTest::qWaitFor(allIn, 5000))
            return std::nullopt;
        Batch out;
        out.statements = db.counters().statements - before.statements - testing::DatabaseBlocker::ownStatements(db);
        for (const auto &answer : *answers) {
            if (!answer->ok())
                return std::nullopt;
            out.accepted.append(answer->value());
        }
        return out;
    }

    static qint64 notes(Database &db)
    {
        auto n = db.runSync<qint64>([](DbContext &ctx) -> Result<qint64> {
            auto &q = ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM lease_notes"));
            if (Status st = ctx.exec(q); !st)
                return st.error();
            return q.next() ? q.value(0).toLongLong() : qint64(-1);
        });
        return n ? n.value() : -1;
    }

private slots:
    void chatsHeldHereAreNotReadBack()
    {
        POSTGRES_TEST_DB(store, "leases are PostgreSQL only");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        LeaseLog here(&db, QStringLiteral("instance-a"), kLeaseMs);
        LeaseLog other(&db, QStringLiteral("instance-b"), kLeaseMs);

        // Two new chats: taken, and their pending rows read once for the batch. The insert, the take and the read are
        // one statement (PgAccept: the take since round 6, the read since round 23) with the batch's BEGIN and COMMIT
        // in its round trip (round 22, round 23): one round trip for the batch.
        auto first = acceptTogether(db, here, {messageOf(0, QStringLiteral("m1")), messageOf(1, QStringLiteral("m2"))});
        QVERIFY(first);
        for (const LeaseLog::Accepted &a : first->accepted) {
            QVERIFY(a.inserted && a.leased);
            QVERIFY(a.earlier.isEmpty() && a.later.isEmpty());
        }
        QCOMPARE(first->statements, quint64(1));

        // The same chats again, held here and nobody else storing: no rows read back. One round trip still.
        auto second =
            acceptTogether(db, here, {messageOf(0, QStringLiteral("m3")), messageOf(1, QStringLiteral("m4"))});
        QVERIFY(second);
        for (const LeaseLog::Accepted &a : second->accepted) {
            QVERIFY(a.inserted && a.leased);
            QVERIFY(a.earlier.isEmpty());
        }
        QCOMPARE(second->statements, quint64(1));

        // Another instance stores a message of chat 0: the lease is held (ours), the row left to us.
        auto foreign =
            acceptTogether(db, other, {messageOf(0, QStringLiteral("b1")), messageOf(2, QStringLiteral("b2"))});
        QVERIFY(foreign);
        QVERIFY(foreign->accepted.at(0).inserted && !foreign->accepted.at(0).leased && !foreign->accepted.at(0).busy);
        QVERIFY(foreign->accepted.at(1).leased); // a chat nobody held: its own

        // Our next message of chat 0 comes after that row: the chat is read back (its rows, ours queued here and the
        // other instance's, are earlier; the ones queued here are left out by the pipeline as known), chat 1 not.
        auto third = acceptTogether(db, here, {messageOf(0, QStringLiteral("m5")), messageOf(1, QStringLiteral("m6"))});
        QVERIFY(third);
        QStringList earlier;
        for (const InboxMessage &row : third->accepted.at(0).earlier)
            earlier.append(row.wahaMessageId);
        QCOMPARE(earlier, (QStringList{QStringLiteral("m1"), QStringLiteral("m3"), QStringLiteral("b1")}));
        QVERIFY(third->accepted.at(1).earlier.isEmpty());
        // The read of chat 0 in the same statement: one round trip.
        QCOMPARE(third->statements, quint64(1));

        // The note is gone: the next batch of the same chats reads nothing again.
        auto fourth =
            acceptTogether(db, here, {messageOf(0, QStringLiteral("m7")), messageOf(1, QStringLiteral("m8"))});
        QVERIFY(fourth);
        QVERIFY(fourth->accepted.at(0).earlier.isEmpty());
        QCOMPARE(fourth->statements, quint64(1));

        // A release reads the chat's rows and deletes the notes it has seen: none is left behind.
        auto another =
            acceptTogether(db, other, {messageOf(0, QStringLiteral("b3")), messageOf(3, QStringLiteral("b4"))});
        QVERIFY(another && !another->accepted.at(0).leased);
        QCOMPARE(notes(db), qint64(1));
        std::optional<Result<QHash<QString, LeaseRepository::Released>>> released;
        here.release({chatOf(0)}, this, [&released](auto r) { released = std::move(r); });
        QTRY_VERIFY(released.has_value());
        QVERIFY(released->ok());
        QVERIFY(!released->value().value(chatOf(0)).rows.isEmpty()); // pending here: the lease is kept for them
        QCOMPARE(notes(db), qint64(0));
    }
};

QTEST_MAIN(TestAcceptReads)
#include "TestAcceptReads.moc"
