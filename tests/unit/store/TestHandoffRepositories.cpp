// Ownership with versions (two claims at once: one wins), the record of every change, and follow-up tasks, on
// SQLite and PostgreSQL.
#include "support/StoreTestDb.h"

#include "store/Database.h"
#include "store/FollowupRepository.h"
#include "store/HandoffRepository.h"

#include <QTest>

using namespace concierge;
using namespace concierge::store;

namespace {
const QString kChat = QStringLiteral("221770000001@c.us");
}

class TestHandoffRepositories : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T sync(Database &db, std::function<Result<T>(DbContext &)> job)
    {
        auto result = db.runSync<T>(job);
        if (!result)
            qFatal("job failed: %s", qPrintable(result.error().message));
        return result.value();
    }

private slots:
    void aChatWithoutARowBelongsToTheBot_data() { testing::addBackendRows(); }
    void aChatWithoutARowBelongsToTheBot()
    {
        STORE_TEST_DB(testDb);
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        const HandoffRow row = sync<HandoffRow>(db, [](DbContext &ctx) { return HandoffRepository::get(ctx, kChat); });
        QCOMPARE(row.owner, QStringLiteral("bot"));
        QCOMPARE(row.version, 0);
    }

    void ofTwoClaimsOnTheSameVersionOneWins_data() { testing::addBackendRows(); }
    void ofTwoClaimsOnTheSameVersionOneWins()
    {
        STORE_TEST_DB(testDb);
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        HandoffRow queued;
        queued.chatId = kChat;
        queued.owner = QStringLiteral("queued");
        queued.reason = QStringLiteral("asked for a person");
        queued.queuedAtMs = 1000;
        QVERIFY(sync<bool>(db, [&](DbContext &ctx) {
            return HandoffRepository::save(ctx, queued, QStringLiteral("bot"), QStringLiteral("user"), queued.reason,
                                           1000);
        }));
        QCOMPARE(queued.version, 1);

        HandoffRow awa = queued, moussa = queued;
        awa.owner = QStringLiteral("human:awa");
        moussa.owner = QStringLiteral("human:moussa");
        QVERIFY(sync<bool>(db, [&](DbContext &ctx) {
            return HandoffRepository::save(ctx, awa, QStringLiteral("queued"), QStringLiteral("awa"), {}, 2000);
        }));
        QVERIFY(!sync<bool>(db, [&](DbContext &ctx) {
            return HandoffRepository::save(ctx, moussa, QStringLiteral("queued"), QStringLiteral("moussa"), {}, 2001);
        }));

        const HandoffRow stored =
            sync<HandoffRow>(db, [](DbContext &ctx) { return HandoffRepository::get(ctx, kChat); });
        QCOMPARE(stored.owner, QStringLiteral("human:awa"));
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.reason, QStringLiteral("asked for a person"));
        QCOMPARE(stored.queuedAtMs, 1000);

        const auto changes =
            sync<QList<OwnershipChange>>(db, [](DbContext &ctx) { return HandoffRepository::changes(ctx, kChat); });
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toOwner, QStringLiteral("queued"));
        QCOMPARE(changes.at(1).fromOwner, QStringLiteral("queued"));
        QCOMPARE(changes.at(1).toOwner, QStringLiteral("human:awa"));
        QCOMPARE(changes.at(1).actor, QStringLiteral("awa"));
        QCOMPARE(changes.at(1).atMs, 2000);
    }

    void conversationsAreFoundByOwner_data() { testing::addBackendRows(); }
    void conversationsAreFoundByOwner()
    {
        STORE_TEST_DB(testDb);
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        const QList<std::pair<QString, qint64>> rows = {{QStringLiteral("queued"), 300},
                                                        {QStringLiteral("queued"), 100},
                                                        {QStringLiteral("human:awa"), 200},
                                                        {QStringLiteral("bot"), 0}};
        for (qsizetype i = 0; i < rows.size(); ++i) {
            HandoffRow row;
            row.chatId = QStringLiteral("chat%1@c.us").arg(i);
            row.owner = rows.at(i).first;
            row.queuedAtMs = rows.at(i).second;
            QVERIFY(sync<bool>(db, [&](DbContext &ctx) {
                return HandoffRepository::save(ctx, row, QStringLiteral("bot"), {}, {}, 1);
            }));
        }
        const auto queued = sync<QList<HandoffRow>>(
            db, [](DbContext &ctx) { return HandoffRepository::withOwner(ctx, QStringLiteral("queued")); });
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).chatId, QStringLiteral("chat1@c.us")); // the longest wait first
        const auto claimed = sync<QList<HandoffRow>>(
            db, [](DbContext &ctx) { return HandoffRepository::withOwner(ctx, QStringLiteral("human:")); });
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.at(0).owner, QStringLiteral("human:awa"));
    }

    void followupsOpenAndAreDoneOnce_data() { testing::addBackendRows(); }
    void followupsOpenAndAreDoneOnce()
    {
        STORE_TEST_DB(testDb);
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        FollowupRow later{0, kChat, QStringLiteral("nobody answered"), 5000, 1000, 0, {}};
        FollowupRow sooner{0, QStringLiteral("b@c.us"), QStringLiteral("nobody answered"), 3000, 1000, 0, {}};
        QVERIFY(sync<qint64>(db, [&](DbContext &ctx) { return FollowupRepository::create(ctx, later); }) > 0);
        QVERIFY(sync<qint64>(db, [&](DbContext &ctx) { return FollowupRepository::create(ctx, sooner); }) > 0);

        auto open =
            sync<QList<FollowupRow>>(db, [](DbContext &ctx) { return FollowupRepository::list(ctx, false, 10); });
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).id, sooner.id);

        QVERIFY(sync<bool>(db, [&](DbContext &ctx) {
            return FollowupRepository::markDone(ctx, sooner.id, QStringLiteral("awa"), 6000);
        }));
        QVERIFY(!sync<bool>(db, [&](DbContext &ctx) {
            return FollowupRepository::markDone(ctx, sooner.id, QStringLiteral("awa"), 7000);
        }));
        open = sync<QList<FollowupRow>>(db, [](DbContext &ctx) { return FollowupRepository::list(ctx, false, 10); });
        QCOMPARE(open.size(), 1);
        const auto all =
            sync<QList<FollowupRow>>(db, [](DbContext &ctx) { return FollowupRepository::list(ctx, true, 10); });
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).doneBy, QStringLiteral("awa"));
        QCOMPARE(all.at(1).doneAtMs, 6000);
        QVERIFY(!all.at(1).isOpen());
    }
};

QTEST_GUILESS_MAIN(TestHandoffRepositories)
#include "TestHandoffRepositories.moc"
