// ChatDispatcher: a chat's messages one at a time and in order, chats concurrently up to the cap, waiting chats
// served first come first served (one chat's backlog does not starve the others).
#include "pipeline/ChatDispatcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

using concierge::pipeline::ChatDispatcher;
using concierge::store::InboxMessage;

namespace {

InboxMessage msg(const QString &chat, int n)
{
    InboxMessage m;
    m.chatId = chat;
    m.text = QString::number(n);
    // Inbox ids are unique across chats (the dispatcher ignores an id it already holds).
    static QHash<QString, qint64> chats;
    const qint64 chatIndex = chats.contains(chat) ? chats.value(chat) : chats.insert(chat, chats.size()).value();
    m.id = chatIndex * 1'000'000 + n + 1;
    return m;
}

} // namespace

class TestChatDispatcher : public QObject
{
    Q_OBJECT

    struct Running
    {
        InboxMessage message;
        std::function<void()> done;
    };

private slots:
    void perChatOrderOneAtATime()
    {
        QList<Running> running;
        QStringList handled;
        ChatDispatcher d(10, [&](const InboxMessage &m, std::function<void()> done) {
            handled.append(m.chatId + u':' + m.text);
            running.append({m, std::move(done)});
        });
        for (int i = 1; i <= 3; ++i)
            d.enqueue(msg(QStringLiteral("a"), i));
        QCOMPARE(running.size(), 1); // the second waits for the first
        QCOMPARE(d.activeChats(), 1);
        QCOMPARE(d.queuedMessages(), 2);
        d.enqueue(msg(QStringLiteral("b"), 1));
        QCOMPARE(running.size(), 2); // another chat runs at once
        QSignalSpy idle(&d, &ChatDispatcher::idle);
        running.takeFirst().done(); // a:1
        QCOMPARE(running.last().message.text, QStringLiteral("2"));
        running.takeFirst().done(); // b:1
        running.takeFirst().done(); // a:2
        QCOMPARE(idle.count(), 0);
        running.takeFirst().done(); // a:3
        QCOMPARE(handled, QStringList({QStringLiteral("a:1"), QStringLiteral("b:1"), QStringLiteral("a:2"),
                                       QStringLiteral("a:3")}));
        QCOMPARE(idle.count(), 1);
        QCOMPARE(d.activeChats(), 0);
        QCOMPARE(d.queuedMessages(), 0);
    }

    void doneTwiceIsHarmless()
    {
        QList<std::function<void()>> dones;
        int calls = 0;
        ChatDispatcher d(1, [&](const InboxMessage &, std::function<void()> done) {
            ++calls;
            dones.append(std::move(done));
        });
        d.enqueue(msg(QStringLiteral("a"), 1));
        d.enqueue(msg(QStringLiteral("a"), 2));
        d.enqueue(msg(QStringLiteral("a"), 3));
        dones[0]();
        dones[0](); // must not release a second message
        QCOMPARE(calls, 2);
        QCOMPARE(d.activeChats(), 1);
    }

    void concurrencyCap()
    {
        QList<Running> running;
        int maxActive = 0;
        ChatDispatcher *self = nullptr;
        ChatDispatcher d(3, [&](const InboxMessage &m, std::function<void()> done) {
            running.append({m, std::move(done)});
            maxActive = qMax(maxActive, self->activeChats());
        });
        self = &d;
        for (int c = 0; c < 10; ++c)
            d.enqueue(msg(QStringLiteral("chat%1").arg(c), c));
        QCOMPARE(running.size(), 3);
        QCOMPARE(d.activeChats(), 3);
        QCOMPARE(d.queuedMessages(), 7);
        int finished = 0;
        while (!running.isEmpty()) {
            running.takeFirst().done();
            ++finished;
            QVERIFY(d.activeChats() <= 3);
        }
        QCOMPARE(finished, 10);
        QCOMPARE(maxActive, 3);
    }

    // The flood mode's pause (FloodMode: 0 chats): the chats running finish their message and none starts, nor does
    // a chat whose answer came; once restored, the waiting chats start first come, first served.
    void pausedDispatcherStartsNothingUntilRestored()
    {
        QList<Running> running;
        QStringList handled;
        ChatDispatcher *self = nullptr;
        ChatDispatcher d(3, [&](const InboxMessage &m, std::function<void()> done) {
            running.append({m, std::move(done)});
            handled.append(m.chatId + QLatin1Char(':') + m.text);
            if (m.chatId == u"slow")
                self->setWaiting(m.chatId); // waits on the LLM: no slot held
        });
        self = &d;
        d.enqueue(msg(QStringLiteral("a"), 1));
        d.enqueue(msg(QStringLiteral("slow"), 1));
        QCOMPARE(running.size(), 2);
        d.setConcurrency(0);
        d.enqueue(msg(QStringLiteral("a"), 2));
        d.enqueue(msg(QStringLiteral("b"), 1));
        bool resumed = false;
        d.resume(QStringLiteral("slow"), [&resumed] { resumed = true; }); // its answer came during the flood
        running.takeFirst().done();                                       // a's first message ends: a slot is free
        QCOMPARE(running.size(), 1);
        QVERIFY(!resumed);
        QCOMPARE(d.queuedMessages(), 2);
        QCOMPARE(d.busySlots(), 0);

        d.setConcurrency(d.maxConcurrent());
        QVERIFY(resumed);
        QCOMPARE(handled.join(QLatin1Char(' ')), QStringLiteral("a:1 slow:1 b:1 a:2"));
        QCOMPARE(d.queuedMessages(), 0);
    }

    void sameInboxRowTwiceIsHandledOnce()
    {
        // A redelivered row racing the restart's resume: the dispatcher holds it once.
        QStringList handled;
        QList<std::function<void()>> dones;
        ChatDispatcher d(4, [&](const InboxMessage &m, std::function<void()> done) {
            handled.append(m.text);
            dones.append(std::move(done));
        });
        const InboxMessage first = msg(QStringLiteral("twice"), 1);
        d.enqueue(first);
        d.enqueue(first); // while running
        const InboxMessage second = msg(QStringLiteral("twice"), 2);
        d.enqueue(second);
        d.enqueue(second); // while queued
        while (!dones.isEmpty())
            dones.takeFirst()();
        QCOMPARE(handled, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
        d.enqueue(first); // done and gone: a later delivery of the row is handled again (the inbox decides)
        QCOMPARE(handled.size(), 3);
    }

    void fairness()
    {
        // One chat with a long backlog and a cap of one: a chat that arrives later gets a turn after the busy
        // chat's current message, not after its whole backlog.
        QList<Running> running;
        QStringList order;
        ChatDispatcher d(1, [&](const InboxMessage &m, std::function<void()> done) {
            order.append(m.chatId + u':' + m.text);
            running.append({m, std::move(done)});
        });
        for (int i = 1; i <= 5; ++i)
            d.enqueue(msg(QStringLiteral("busy"), i));
        d.enqueue(msg(QStringLiteral("late"), 1));
        d.enqueue(msg(QStringLiteral("later"), 1));
        while (!running.isEmpty())
            running.takeFirst().done();
        QCOMPARE(order.size(), 7);
        QCOMPARE(order.at(0), QStringLiteral("busy:1"));
        QCOMPARE(order.at(1), QStringLiteral("late:1"));
        QCOMPARE(order.at(2), QStringLiteral("later:1"));
        QCOMPARE(order.at(3), QStringLiteral("busy:2"));
        QCOMPARE(order.last(), QStringLiteral("busy:5"));
    }

    void synchronousDoneLongBacklog()
    {
        // A handler that finishes at once (e.g. a message to ignore) after a backlog built up behind a slow message
        // must not recurse once per queued message.
        QStringList order;
        std::function<void()> first;
        ChatDispatcher d(2, [&](const InboxMessage &m, std::function<void()> done) {
            order.append(m.text);
            if (m.text == QLatin1String("0"))
                first = std::move(done);
            else
                done();
        });
        QSignalSpy idle(&d, &ChatDispatcher::idle);
        constexpr int kCount = 300000;
        for (int i = 0; i < kCount; ++i)
            d.enqueue(msg(QStringLiteral("a"), i));
        QCOMPARE(order.size(), 1);
        first();
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), kCount, 20000);
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(order.at(i), QString::number(i));
        QTRY_VERIFY(idle.count() >= 1);
        QCOMPARE(d.activeChats(), 0);
        QCOMPARE(d.queuedMessages(), 0);
    }

    void asynchronousMessagesInterleaveInOrder()
    {
        // Done called from the event loop later: many chats, every chat's order kept.
        QHash<QString, QStringList> perChat;
        int inFlight = 0;
        int peak = 0;
        ChatDispatcher d(4, [&](const InboxMessage &m, std::function<void()> done) {
            perChat[m.chatId].append(m.text);
            peak = qMax(peak, ++inFlight);
            QTimer::singleShot(int(m.id % 3), &m_context, [&inFlight, done] {
                --inFlight;
                done();
            });
        });
        QSignalSpy idle(&d, &ChatDispatcher::idle);
        for (int i = 0; i < 60; ++i)
            d.enqueue(msg(QStringLiteral("c%1").arg(i % 6), i));
        QVERIFY(idle.wait(10000) || idle.count() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(inFlight, 0, 10000);
        QCOMPARE(peak, 4);
        for (int c = 0; c < 6; ++c) {
            const QStringList got = perChat.value(QStringLiteral("c%1").arg(c));
            QCOMPARE(got.size(), 10);
            for (int k = 0; k < 10; ++k)
                QCOMPARE(got.at(k), QString::number(c + 6 * k));
        }
    }

private:
    QObject m_context;
};

QTEST_GUILESS_MAIN(TestChatDispatcher)
#include "TestChatDispatcher.moc"
