// Bounded memory (issue 14): OutboxSender holds at most a window of unsent replies (INBOX_WINDOW); while WAHA is down
// or not configured the rest stay in the durable outbox and are read back in id order. Every reply is sent once, each
// chat's in the order they were written, and the sender never holds more than the window.
#include "pipeline/ChatDispatcher.h"
#include "pipeline/OutboxSender.h"
#include "pipeline/OutboxWindow.h"
#include "pipeline/Pipeline.h"
#include "support/PipelineKit.h"

#include <QDateTime>
#include <QHash>
#include <QTest>

using namespace concierge;
using namespace concierge::testing;

namespace {

QString chatNumber(int i)
{
    return QStringLiteral("2217722%1@c.us").arg(i, 4, 10, QLatin1Char('0'));
}

const pipeline::OutboxSender *senderOf(const PipelineRig &rig)
{
    return rig.server.server()->context().pipeline->outbox();
}

// Posts perChat questions from each chat, interleaved, each acknowledged.
void postQuestions(PipelineRig &rig, int chats, int perChat, const QString &tag)
{
    for (int m = 0; m < perChat; ++m)
        for (int c = 0; c < chats; ++c)
            QCOMPARE(rig.postText(chatNumber(c), QStringLiteral("Bonjour, question %1 de la famille %2").arg(m).arg(c),
                                  QStringLiteral("3EB0%1%2x%3").arg(tag).arg(c).arg(m)),
                     200);
}

// Every reply in the outbox sent once, per chat in id order (the order they were written).
void verifySentOnceInOrder(PipelineRig &rig, qint64 total)
{
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), total,
                              60000);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), total);
    QCOMPARE(qint64(rig.waha.sentTexts().size()), total);
    QHash<QString, QStringList> expected;
    for (const QVariantMap &row : rig.rows(QStringLiteral("SELECT chat_id, waha_message_id FROM outbox ORDER BY id")))
        expected[row.value(QStringLiteral("chat_id")).toString()].append(
            row.value(QStringLiteral("waha_message_id")).toString());
    QHash<QString, QStringList> seen;
    for (const FakeWaha::SentText &sent : rig.waha.sentTexts())
        seen[sent.chatId].append(sent.messageId);
    QCOMPARE(seen, expected);
}

} // namespace

class TestOutboxWindow : public QObject
{
    Q_OBJECT

private slots:
    void wahaDownThenBack_data() { addBackendRows(); }
    void wahaDownThenBack();
    void unsentAtStartReadBackInWindows_data() { addBackendRows(); }
    void unsentAtStartReadBackInWindows();
    void leasedBacklogAdoptedWithinTheWindow();
};

void TestOutboxWindow::wahaDownThenBack()
{
    constexpr int kWindow = 4;
    constexpr int kChats = 3;
    constexpr int kPerChat = 5;
    constexpr qint64 kTotal = kChats * kPerChat;
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    rig.server.settings().inboxWindow = kWindow;
    rig.server.settings().rateLimitPerMinute = 10000;
    PIPELINE_START(rig);
    rig.waha.down();

    postQuestions(rig, kChats, kPerChat, QStringLiteral("DOWN"));
    // Every question answered into the outbox; none sent, and the sender holds no more than the window.
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), kTotal, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")),
                              qint64(0), 30000);
    const pipeline::OutboxSender *sender = senderOf(rig);
    QVERIFY2(sender->pendingCount() <= kWindow, qPrintable(QString::number(sender->pendingCount())));
    QVERIFY2(sender->window()->onDisk(), "more replies than the window, yet none waits on disk");
    QCOMPARE(rig.waha.sentTexts().size(), 0);

    QVERIFY(rig.waha.up());
    verifySentOnceInOrder(rig, kTotal);
    QVERIFY2(sender->window()->readBack() > 0, "nothing was read back from the outbox");
    QVERIFY2(sender->window()->peakHeld() <= kWindow, qPrintable(QString::number(sender->window()->peakHeld())));
    QTRY_VERIFY(!sender->window()->onDisk());
    QCOMPARE(sender->pendingCount(), 0);
}

void TestOutboxWindow::unsentAtStartReadBackInWindows()
{
    constexpr int kWindow = 3;
    constexpr int kChats = 2;
    constexpr int kPerChat = 6;
    constexpr qint64 kTotal = kChats * kPerChat;
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    const QString wahaUrl = rig.server.settings().wahaBaseUrl;
    rig.server.settings().wahaBaseUrl.clear(); // not configured: every reply stays pending
    rig.server.settings().rateLimitPerMinute = 10000;
    PIPELINE_START(rig);
    postQuestions(rig, kChats, kPerChat, QStringLiteral("START"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")), kTotal,
                              30000);
    rig.server.stop();

    rig.server.settings().wahaBaseUrl = wahaUrl;
    rig.server.settings().inboxWindow = kWindow;
    PIPELINE_START(rig);
    verifySentOnceInOrder(rig, kTotal);
    const pipeline::OutboxWindow *window = senderOf(rig)->window();
    QCOMPARE(window->readBack(), quint64(kTotal)); // all of it came from disk, a window at a time
    QVERIFY2(window->peakHeld() <= kWindow, qPrintable(QString::number(window->peakHeld())));
}

// PostgreSQL (chat leases): a backlog nobody holds is adopted a few chats at a time, no more than the queue has room
// for, instead of every chat's rows at once; the rest waits in the inbox and is adopted as the queue empties.
void TestOutboxWindow::leasedBacklogAdoptedWithinTheWindow()
{
    if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))
        QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: PostgreSQL only (chat leases)");
    constexpr int kWindow = 4;
    constexpr int kChats = 12;
    constexpr int kPerChat = 2;
    PipelineRig rig;
    rig.pg = std::make_unique<PgSchema>();
    QVERIFY2(rig.pg->ready(), "cannot create a PostgreSQL schema");
    rig.server.usePostgres(*rig.pg);
    rig.server.settings().rateLimitPerMinute = 10000;
    PIPELINE_START(rig);
    rig.server.server()->context().pipeline->stopTakingOver(); // this run adopts none of the rows below
    // Acknowledged, not handled, no lease: what instances that stopped leave behind.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int m = 0; m < kPerChat; ++m)
        for (int c = 0; c < kChats; ++c)
            rig.rows(QStringLiteral("INSERT INTO inbox (waha_message_id, chat_id, kind, text, push_name, status,"
                                    " received_at) VALUES (?, ?, 'user', ?, 'Parent', 'pending', ?) RETURNING id"),
                     {QStringLiteral("false_%1_3EB0LEASE%2x%3").arg(chatNumber(c)).arg(c).arg(m), chatNumber(c),
                      QStringLiteral("Bonjour, question %1 de la famille %2").arg(m).arg(c), now + m});
    rig.server.stop();

    rig.server.settings().inboxWindow = kWindow;
    PIPELINE_START(rig);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")),
                              qint64(kChats * kPerChat), 60000);
    for (int c = 0; c < kChats; ++c)
        QCOMPARE(rig.repliesTo(chatNumber(c)), kPerChat);
    QCOMPARE(rig.waha.sentTexts().size(), kChats * kPerChat);
    // At most as many chats as the window has room for, each with its rows: never the whole backlog at once.
    const int peak = rig.server.server()->context().pipeline->dispatcher()->peakQueued();
    QVERIFY2(peak <= kWindow * kPerChat, qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TestOutboxWindow)
#include "TestOutboxWindow.moc"
