// ChatDispatcher::setWaiting/resume: a running chat that waits on the network lends its slot to the next chat, yet its
// own next message still waits for it; its answer back, it waits for a slot again, ahead of the chats not started.
#include "pipeline/ChatDispatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using concierge::pipeline::ChatDispatcher;
using concierge::store::InboxMessage;

namespace {

InboxMessage msg(const QString &chat, qint64 id)
{
    InboxMessage m;
    m.id = id;
    m.chatId = chat;
    m.text = QString::number(id);
    return m;
}

struct Running
{
    InboxMessage message;
    std::function<void()> done;
};

} // namespace

class TestDispatcherWaiting : public QObject
{
    Q_OBJECT

private slots:
    void waitingChatLendsItsSlot()
    {
        QList<Running> running;
        ChatDispatcher d(1, [&](const InboxMessage &m, std::function<void()> done) {
            running.append({m, std::move(done)});
        });
        d.enqueue(msg(QStringLiteral("a"), 1));
        d.enqueue(msg(QStringLiteral("a"), 2));
        d.enqueue(msg(QStringLiteral("b"), 3));
        d.enqueue(msg(QStringLiteral("c"), 4));
        QCOMPARE(running.size(), 1); // one slot: a:1

        d.setWaiting(QStringLiteral("a")); // a:1 waits on the LLM: b gets the slot, not a:2
        QCOMPARE(running.size(), 2);
        QCOMPARE(running.last().message.chatId, QStringLiteral("b"));
        QCOMPARE(d.activeChats(), 2);
        QCOMPARE(d.waitingChats(), 1);
        QCOMPARE(d.busySlots(), 1);

        d.setWaiting(QStringLiteral("b")); // b waits too: c starts
        QCOMPARE(running.size(), 3);
        QCOMPARE(running.last().message.chatId, QStringLiteral("c"));

        // a's answer came while c holds the slot: a resumes once c is done, before d (not started yet).
        d.enqueue(msg(QStringLiteral("d"), 5));
        bool aResumed = false;
        d.resume(QStringLiteral("a"), [&] { aResumed = true; });
        QVERIFY(!aResumed);
        running.at(2).done(); // c done
        QVERIFY(aResumed);
        QCOMPARE(running.size(), 3); // d waits: a holds the slot again
        QCOMPARE(d.busySlots(), 1);
        running.at(0).done(); // a:1 done: a:2 and d were ready, d first (a went to the back)
        QCOMPARE(running.size(), 4);
        QCOMPARE(running.last().message.chatId, QStringLiteral("d"));
        running.at(3).done();
        QCOMPARE(running.last().message.id, 2); // then a:2, in order
        QCOMPARE(running.size(), 5);

        QSignalSpy idle(&d, &ChatDispatcher::idle);
        running.at(1).done(); // b, still marked waiting when done: its mark goes with it
        QCOMPARE(d.waitingChats(), 0);
        running.at(4).done();
        QCOMPARE(idle.count(), 1);
        QCOMPARE(d.activeChats(), 0);
    }

    void unknownOrFinishedChatIsIgnored()
    {
        QList<Running> running;
        ChatDispatcher d(1, [&](const InboxMessage &m, std::function<void()> done) {
            running.append({m, std::move(done)});
        });
        d.setWaiting(QStringLiteral("nobody")); // not running: no effect
        QCOMPARE(d.waitingChats(), 0);
        d.enqueue(msg(QStringLiteral("a"), 1));
        d.enqueue(msg(QStringLiteral("b"), 2));
        running.at(0).done();
        d.setWaiting(QStringLiteral("a")); // a finished: it must not free a slot b holds
        QCOMPARE(d.waitingChats(), 0);
        d.enqueue(msg(QStringLiteral("c"), 3));
        QCOMPARE(running.size(), 2); // c waits for b
    }

    void floodConcurrencyCountsOnlyWorkingChats()
    {
        int started = 0;
        QList<std::function<void()>> dones;
        ChatDispatcher *self = nullptr;
        // Every chat goes to the network at once, like a chat whose message waits on the LLM.
        ChatDispatcher d(100, [&](const InboxMessage &m, std::function<void()> done) {
            ++started;
            dones.append(std::move(done));
            self->setWaiting(m.chatId);
        });
        self = &d;
        d.setConcurrency(4); // the flood mode
        for (int i = 0; i < 1000; ++i)
            d.enqueue(msg(QStringLiteral("chat%1").arg(i), i + 1));
        QCOMPARE(started, 1000); // all waiting at once, none holding a slot
        QCOMPARE(d.busySlots(), 0);
        for (const auto &done : std::as_const(dones))
            done();
        QCOMPARE(d.activeChats(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDispatcherWaiting)
#include "TestDispatcherWaiting.moc"
