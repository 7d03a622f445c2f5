// PostgreSQL + Redis close to SQLite (issue 14, PostgreSQL round 5): OutboxSender's claim waves themselves. With one
// claim job at a time (Options::claimJobs), the replies whose heads became ready while it ran are claimed together by
// the next job: six replies of six chats submitted while the database is busy cost two claim jobs, not six, and every
// one of them leaves. A return to a claim per head fails here.

#include "support/AnsweredMessage.h"
#include "support/DatabaseBlocker.h"
#include "support/FakeWaha.h"
#include "support/StoreTestDb.h"

#include "integrations/CurlClient.h"
#include "integrations/WahaClient.h"
#include "live/EventBus.h"
#include "pipeline/OutboxSender.h"
#include "store/Database.h"
#include "store/MessageLog.h"
#include "store/OutboxRepository.h"

#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::store;
using concierge::store::testing::StoreTestDb;

class TestOutboxWaves final : public QObject
{
    Q_OBJECT

private slots:
    void headsReadyTogetherAreClaimedTogether_data() { store::testing::addBackendRows(); }
    void headsReadyTogetherAreClaimedTogether()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);
        QList<OutboxMessage> replies;
        for (int i = 0; i < 6; ++i) {
            auto answered = store::testing::commitAnswer(db, log, this, QStringLiteral("22177300000%1@c.us").arg(i), i);
            QVERIFY2(answered.ok(), "answered");
            auto row = db.runSync<std::optional<OutboxMessage>>(
                [id = answered.value()](DbContext &ctx) { return OutboxRepository::byId(ctx, id); });
            QVERIFY(row.ok() && row->has_value());
            replies.append(**row);
        }

        concierge::testing::FakeWaha waha;
        QVERIFY(waha.start());
        waha.setDelayMs(3000); // the answers come after the count below: no "sent" mark in it
        integrations::CurlClient curl;
        integrations::WahaClient client(&curl, integrations::WahaConfig{waha.baseUrl(), waha.apiKey()});
        live::EventBus events;
        pipeline::OutboxSender::Options options;
        options.claimJobs = 1;
        pipeline::OutboxSender sender(&db, &client, &events, options);

        const Database::Counters before = db.counters();
        auto blocker = std::make_unique<store::testing::DatabaseBlocker>(db);
        for (const OutboxMessage &reply : replies)
            sender.submit(reply); // the first head's claim job waits behind the blocker; the others gather
        blocker->release();
        QTRY_COMPARE(waha.sentTexts().size(), 6);
        // The blocker's job, then two claim jobs: the first head alone, the five others together.
        QCOMPARE(db.counters().jobs - before.jobs, quint64(3));
        QTRY_COMPARE_WITH_TIMEOUT(sender.pendingCount() + sender.inFlightCount() + sender.unrecordedCount(), 0, 10000);
    }
};

QTEST_MAIN(TestOutboxWaves)
#include "TestOutboxWaves.moc"
