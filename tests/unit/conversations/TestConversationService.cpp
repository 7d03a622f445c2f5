// Conversations: who owns a chat (two agents taking it at once: one wins) and its history, paged by id.

#include "conversations/ConversationService.h"
#include "store/Database.h"
#include "store/InteractionRepository.h"
#include "support/ManualClock.h"
#include "support/StoreTestDb.h"

#include <QTest>

using namespace concierge;
using concierge::conversations::ConversationService;
using concierge::domain::ConversationOwner;

namespace {

const QString kChat = QStringLiteral("33600000002@c.us");

template <typename T, typename Call> Result<T> await(Call call)
{
    std::optional<Result<T>> got;
    QObject context;
    call(&context, [&got](Result<T> r) { got = std::move(r); });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 5000))
        return Error{QStringLiteral("timeout"), QStringLiteral("no answer")};
    return *got;
}

} // namespace

class TestConversationService : public QObject
{
    Q_OBJECT

private slots:
    void ownerChangesAreVersioned_data() { store::testing::addBackendRows(); }
    void ownerChangesAreVersioned()
    {
        STORE_TEST_DB(testDb);
        store::Database db(testDb.config());
        QVERIFY(db.open().ok());
        testing::ManualClock clock;
        ConversationService service(&db, clock);

        auto state =
            await<conversations::OwnerState>([&](QObject *c, auto done) { service.owner(kChat, c, std::move(done)); });
        QVERIFY(state.ok());
        QVERIFY(state->owner.isBot());
        QCOMPARE(state->version, 0);

        auto queued = await<conversations::OwnerChange>([&](QObject *c, auto done) {
            service.changeOwner(kChat, ConversationOwner::queued(), 0, c, std::move(done));
        });
        QVERIFY(queued.ok());
        QVERIFY(queued->applied);
        QCOMPARE(queued->current.owner, ConversationOwner::queued());
        QCOMPARE(queued->current.version, 1);
        QCOMPARE(queued->current.updatedAtMs, clock.nowMs());

        // Two agents saw version 1: the first wins, the second learns who did.
        auto marie = await<conversations::OwnerChange>([&](QObject *c, auto done) {
            service.changeOwner(kChat, ConversationOwner::human(QStringLiteral("marie")), 1, c, std::move(done));
        });
        auto paul = await<conversations::OwnerChange>([&](QObject *c, auto done) {
            service.changeOwner(kChat, ConversationOwner::human(QStringLiteral("paul")), 1, c, std::move(done));
        });
        QVERIFY(marie.ok() && paul.ok());
        QVERIFY(marie->applied);
        QVERIFY(!paul->applied);
        QCOMPARE(paul->current.owner, ConversationOwner::human(QStringLiteral("marie")));
        QCOMPARE(paul->current.version, 2);
    }

    void historyIsPagedOldestFirst_data() { store::testing::addBackendRows(); }
    void historyIsPagedOldestFirst()
    {
        STORE_TEST_DB(testDb);
        store::Database db(testDb.config());
        QVERIFY(db.open().ok());
        auto seeded = db.runSync<bool>([](store::DbContext &ctx) -> Result<bool> {
            for (int i = 1; i <= 5; ++i) {
                store::Interaction in;
                in.chatId = i == 3 ? QStringLiteral("other@c.us") : kChat;
                in.direction = store::Direction::In;
                in.text = QStringLiteral("m%1").arg(i);
                in.status = store::InteractionStatus::Received;
                in.createdAtMs = i;
                if (auto id = store::InteractionRepository::insert(ctx, in); !id)
                    return id.error();
            }
            return true;
        });
        QVERIFY(seeded.ok());
        ConversationService service(&db);

        auto newest = await<conversations::HistoryPage>(
            [&](QObject *c, auto done) { service.history(kChat, 0, 2, c, std::move(done)); });
        QVERIFY(newest.ok());
        QCOMPARE(newest->items.size(), 2);
        QCOMPARE(newest->items.at(0).text, QStringLiteral("m4"));
        QCOMPARE(newest->items.at(1).text, QStringLiteral("m5"));
        QVERIFY(newest->more);

        auto older = await<conversations::HistoryPage>(
            [&](QObject *c, auto done) { service.history(kChat, newest->items.first().id, 2, c, std::move(done)); });
        QVERIFY(older.ok());
        QCOMPARE(older->items.size(), 2);
        QCOMPARE(older->items.at(0).text, QStringLiteral("m1"));
        QCOMPARE(older->items.at(1).text, QStringLiteral("m2"));
        QVERIFY(!older->more);
    }
};

QTEST_GUILESS_MAIN(TestConversationService)
#include "TestConversationService.moc"
