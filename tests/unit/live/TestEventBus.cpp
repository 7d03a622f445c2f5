// The live event bus: typed events with increasing ids and the clock's time, the newest kKeep kept for catching up.

#include "live/EventBus.h"
#include "support/ManualClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace concierge;
using namespace concierge::live;

class TestEventBus : public QObject
{
    Q_OBJECT

private slots:
    void stampsAndEmits()
    {
        testing::ManualClock clock;
        EventBus bus(clock);
        QSignalSpy spy(&bus, &EventBus::published);
        const LiveEvent first =
            bus.publish(EventKind::MessageAck, {}, MessageAckPayload{QStringLiteral("m1"), 3}.toJson());
        clock.advanceMs(500);
        const LiveEvent second = bus.publish(EventKind::MessageFailed, QStringLiteral("c@c.us"));
        QCOMPARE(first.id, 1);
        QCOMPARE(second.id, 2);
        QCOMPARE(first.timeMs, clock.nowMs() - 500);
        QCOMPARE(second.timeMs, clock.nowMs());
        QCOMPARE(spy.count(), 2);
        const auto emitted = spy.at(0).at(0).value<LiveEvent>();
        QCOMPARE(emitted.kind, EventKind::MessageAck);
        QCOMPARE(MessageAckPayload::fromJson(emitted.payload).ack, 3);
        QCOMPARE(bus.lastId(), 2);
    }

    void sinceIsOldestFirstAndLimited()
    {
        EventBus bus;
        QVERIFY(bus.since(0, 10).isEmpty());
        for (int i = 0; i < 5; ++i)
            bus.publish(EventKind::SessionStatus, {});
        QList<LiveEvent> events = bus.since(2, 10);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.first().id, 3);
        QCOMPARE(events.last().id, 5);
        QCOMPARE(bus.since(0, 2).size(), 2);
        QCOMPARE(bus.since(0, 2).first().id, 1);
        QVERIFY(bus.since(5, 10).isEmpty());
        QVERIFY(bus.since(99, 10).isEmpty());
    }

    void keepsOnlyTheNewest()
    {
        EventBus bus;
        for (int i = 0; i < EventBus::kKeep + 10; ++i)
            bus.publish(EventKind::MessageQueued, QStringLiteral("c@c.us"));
        const QList<LiveEvent> all = bus.since(0, EventBus::kKeep * 2);
        QCOMPARE(all.size(), EventBus::kKeep);
        QCOMPARE(all.first().id, 11); // the ten oldest were dropped
        QCOMPARE(all.last().id, EventBus::kKeep + 10);
        QCOMPARE(bus.since(EventBus::kKeep + 5, 100).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestEventBus)
#include "TestEventBus.moc"
