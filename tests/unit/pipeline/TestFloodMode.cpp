// FloodMode: under a flood of webhooks (more than kBurstPerTick in a tick) no chat starts, but one tick in
// kTrickleEvery, and everything runs again at the first tick below it (issue 14: acknowledging comes first).
#include "pipeline/FloodMode.h"

#include <QTest>

using concierge::pipeline::FloodMode;

class TestFloodMode : public QObject
{
    Q_OBJECT

private slots:
    void quietTicksRunEveryChat()
    {
        FloodMode flood;
        QCOMPARE(flood.concurrencyAfter(0, 32), 32);
        QCOMPARE(flood.concurrencyAfter(FloodMode::kBurstPerTick, 32), 32);
        QVERIFY(!flood.flooding());
    }

    void aFloodPausesAndTricklesOnceASecond()
    {
        FloodMode flood;
        const int over = FloodMode::kBurstPerTick + 1;
        QList<int> perTick;
        for (int tick = 0; tick < 3 * FloodMode::kTrickleEvery; ++tick)
            perTick.append(flood.concurrencyAfter(over, 32));
        QVERIFY(flood.flooding());
        for (int tick = 0; tick < perTick.size(); ++tick) {
            const bool trickle = (tick + 1) % FloodMode::kTrickleEvery == 0;
            QCOMPARE(perTick.at(tick), trickle ? FloodMode::kTrickleConcurrency : 0);
        }
        QCOMPARE(FloodMode::kTrickleEvery * FloodMode::kTickMs, 1000); // the trickle comes once a second
    }

    void theFirstQuietTickEndsTheFlood()
    {
        FloodMode flood;
        const int over = FloodMode::kBurstPerTick + 1;
        for (int tick = 0; tick < FloodMode::kTrickleEvery - 1; ++tick)
            QCOMPARE(flood.concurrencyAfter(over, 32), 0);
        QCOMPARE(flood.concurrencyAfter(3, 32), 32);
        QVERIFY(!flood.flooding());
        // A new flood counts its ticks afresh: no trickle at its first tick.
        QCOMPARE(flood.concurrencyAfter(over, 32), 0);
    }

    void theTrickleNeverExceedsTheConfiguredChats()
    {
        FloodMode flood;
        for (int tick = 1; tick < FloodMode::kTrickleEvery; ++tick)
            flood.concurrencyAfter(FloodMode::kBurstPerTick + 1, 2);
        QCOMPARE(flood.concurrencyAfter(FloodMode::kBurstPerTick + 1, 2), 2);
    }
};

QTEST_GUILESS_MAIN(TestFloodMode)
#include "TestFloodMode.moc"
