// Typed sessions over the cache and the sessions table: a session silent for the timeout starts afresh, measured on
// a ManualClock (no waiting), on SQLite and PostgreSQL.

#include "sessions/SessionService.h"
#include "store/Database.h"
#include "store/MemoryCache.h"
#include "support/ManualClock.h"
#include "support/StoreTestDb.h"

#include <QTest>

using namespace concierge;
using concierge::domain::Session;
using concierge::domain::Speaker;

namespace {

const QString kChat = QStringLiteral("33600000001@c.us");
constexpr int kTimeoutMinutes = 30;

Session loaded(sessions::SessionService &service, const QString &chatId)
{
    std::optional<Session> got;
    QObject context;
    service.load(chatId, &context, [&got](Session s) { got = s; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 5000))
        return Session::fresh(QStringLiteral("timeout"), 0);
    return *got;
}

} // namespace

class TestSessionService : public QObject
{
    Q_OBJECT

private slots:
    void expiresAfterTheTimeout_data() { store::testing::addBackendRows(); }
    void expiresAfterTheTimeout()
    {
        STORE_TEST_DB(testDb);
        store::Database db(testDb.config());
        QVERIFY(db.open().ok());
        store::MemoryCache cache;
        testing::ManualClock clock;
        sessions::SessionService service(&cache, &db, kTimeoutMinutes, clock);

        Session s = loaded(service, kChat);
        QCOMPARE(s.chatId, kChat);
        QVERIFY(s.history.isEmpty());
        QCOMPARE(s.createdAtMs, clock.nowMs());

        s.language = QStringLiteral("fr");
        s.remember(Speaker::User, QStringLiteral("Bonjour"));
        s.updatedAtMs = clock.nowMs();
        service.remember(s);
        QCOMPARE(service.expiresAt(s), clock.nowMs() + kTimeoutMinutes * 60'000);

        clock.advanceMs(kTimeoutMinutes * 60'000 - 1);
        QVERIFY(!service.expired(s));
        Session again = loaded(service, kChat);
        QCOMPARE(again.language, QStringLiteral("fr"));
        QCOMPARE(again.history.size(), 1);

        clock.advanceMs(1); // exactly the timeout: expired
        QVERIFY(service.expired(s));
        again = loaded(service, kChat);
        QVERIFY(again.history.isEmpty());
        QVERIFY(again.language.isEmpty());
        QCOMPARE(again.createdAtMs, clock.nowMs());
    }

    void loadsFromTheTableWhenTheCacheLostIt_data() { store::testing::addBackendRows(); }
    void loadsFromTheTableWhenTheCacheLostIt()
    {
        STORE_TEST_DB(testDb);
        store::Database db(testDb.config());
        QVERIFY(db.open().ok());
        store::MemoryCache cache;
        testing::ManualClock clock;
        sessions::SessionService service(&cache, &db, kTimeoutMinutes, clock);

        Session s = Session::fresh(kChat, clock.nowMs());
        s.remember(Speaker::Assistant, QStringLiteral("Le secrétariat est ouvert."));
        const store::SessionRecord record = service.record(s);
        QCOMPARE(record.expiresAtMs, s.updatedAtMs + kTimeoutMinutes * 60'000);
        std::optional<Result<store::SessionRecord>> merged;
        QObject context;
        service.merge(kChat, record.data, &context, [&merged](Result<store::SessionRecord> r) { merged = r; });
        QTRY_VERIFY(merged.has_value());
        QVERIFY(merged->ok());
        service.forget(kChat);

        clock.advanceMinutes(kTimeoutMinutes - 1);
        Session fromTable = loaded(service, kChat);
        QCOMPARE(fromTable.history.size(), 1);
        QCOMPARE(fromTable.history.first().speaker, Speaker::Assistant);

        service.forget(kChat);
        clock.advanceMinutes(1);
        QVERIFY(loaded(service, kChat).history.isEmpty());
    }

    void apiOperations_data() { store::testing::addBackendRows(); }
    void apiOperations()
    {
        STORE_TEST_DB(testDb);
        store::Database db(testDb.config());
        QVERIFY(db.open().ok());
        store::MemoryCache cache;
        testing::ManualClock clock;
        sessions::SessionService service(&cache, &db, kTimeoutMinutes, clock);
        QObject context;

        std::optional<Result<std::optional<store::SessionRecord>>> found;
        service.find(QStringLiteral("web-1"), &context, [&found](auto r) { found = r; });
        QTRY_VERIFY(found.has_value());
        QVERIFY(found->ok() && !found->value());

        std::optional<Result<store::SessionRecord>> merged;
        service.merge(QStringLiteral("web-1"), {{QStringLiteral("n"), 1}}, &context, [&merged](auto r) { merged = r; });
        QTRY_VERIFY(merged.has_value());
        QVERIFY(merged->ok());
        QCOMPARE(merged->value().data.value(QLatin1String("n")).toInt(), 1);
        QCOMPARE(merged->value().expiresAtMs, clock.nowMs() + kTimeoutMinutes * 60'000);

        std::optional<Result<bool>> removed;
        service.remove(QStringLiteral("web-1"), &context, [&removed](auto r) { removed = r; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok() && removed->value());
        removed.reset();
        service.remove(QStringLiteral("web-1"), &context, [&removed](auto r) { removed = r; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok() && !removed->value());
    }
};

QTEST_GUILESS_MAIN(TestSessionService)
#include "TestSessionService.moc"
