// Bounded memory (issue 14): with INBOX_WINDOW messages at most waiting in memory, a backlog larger than the window,
// live or left by a stop, stays in the durable inbox and is read back in windows: every message is answered exactly
// once, each chat in its order of arrival, and the queue in memory never holds more than the window.
#include "pipeline/InboxWindow.h"
#include "pipeline/Pipeline.h"
#include "store/Database.h"
#include "support/PipelineKit.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace concierge;
using namespace concierge::testing;

namespace {

QString chatNumber(int i)
{
    return QStringLiteral("2217711%1@c.us").arg(i, 4, 10, QLatin1Char('0'));
}

QString question(int chat, int m)
{
    return QStringLiteral("Bonjour, question %1 de la famille %2").arg(m).arg(chat);
}

const pipeline::InboxWindow *windowOf(const PipelineRig &rig)
{
    return rig.server.server()->context().pipeline->inboxWindow();
}

// Posts every body at the same time: several network managers, since one opens only six connections to a host.
QList<int> postAllAtOnce(const QString &url, const QList<QByteArray> &bodies)
{
    constexpr int kPerManager = 6;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    int finished = 0;
    QEventLoop loop;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        if (i % kPerManager == 0)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(20000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Waha-Token", TestServer::kWebhookToken);
        QNetworkReply *reply = managers.back()->post(request, bodies.at(i));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (++finished == bodies.size())
                loop.quit();
        });
        replies.append(reply);
    }
    QTimer::singleShot(25000, &loop, &QEventLoop::quit);
    if (finished < bodies.size())
        loop.exec();
    QList<int> statuses;
    for (QNetworkReply *reply : replies) {
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        delete reply;
    }
    return statuses;
}

// Holds the database thread until `jobs` jobs wait behind it (the webhooks' inserts), so that their answers all come
// back in one batch: the acknowledged messages then arrive at the pipeline together, many more than the window.
void holdDatabaseUntilQueued(store::Database *db, quint64 jobs, std::shared_ptr<std::atomic<bool>> released)
{
    db->run<bool>(
        [db, jobs, released](store::DbContext &) -> Result<bool> {
            const QDeadlineTimer deadline(15000);
            while (db->counters().queued < jobs && !deadline.hasExpired())
                QThread::msleep(1); // the database thread's own wait for the webhooks to queue up, bounded
            *released = true;
            return true;
        },
        nullptr, {});
}

// Every message answered once, each chat's in the order the inbox received them, the replies sent in that order.
void verifyAnsweredOnceInOrder(PipelineRig &rig, int chats, int perChat)
{
    const qint64 total = qint64(chats) * perChat;
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), total,
                              60000);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")), qint64(0));
    QCOMPARE(rig.waha.sentTexts().size(), total);
    for (int c = 0; c < chats; ++c)
        QCOMPARE(rig.repliesTo(chatNumber(c)), perChat);

    // Handled in arrival order: a chat's incoming interactions (by id) follow its inbox ids.
    const QList<QVariantMap> handled = rig.rows(
        QStringLiteral("SELECT n.chat_id AS chat, n.id AS inbox FROM interactions i"
                       " JOIN inbox n ON n.waha_message_id = i.message_id WHERE i.direction = 'in' ORDER BY i.id"));
    QCOMPARE(handled.size(), total);
    QHash<QString, qint64> last;
    for (const QVariantMap &row : handled) {
        const QString chat = row.value(QStringLiteral("chat")).toString();
        const qint64 inbox = row.value(QStringLiteral("inbox")).toLongLong();
        QVERIFY2(
            inbox > last.value(chat),
            qPrintable(
                QStringLiteral("chat %1: message %2 handled after %3").arg(chat).arg(inbox).arg(last.value(chat))));
        last.insert(chat, inbox);
    }
    // Sent in that order: per chat, the replies' WAHA ids by inbox id come in the order WAHA saw them.
    const QList<QVariantMap> replies = rig.rows(QStringLiteral(
        "SELECT o.chat_id AS chat, o.waha_message_id AS wid FROM outbox o JOIN inbox i ON i.id = o.inbox_id"
        " ORDER BY i.id"));
    QHash<QString, QStringList> expected;
    for (const QVariantMap &row : replies)
        expected[row.value(QStringLiteral("chat")).toString()].append(row.value(QStringLiteral("wid")).toString());
    QHash<QString, QStringList> seen;
    for (const FakeWaha::SentText &sent : rig.waha.sentTexts())
        seen[sent.chatId].append(sent.messageId);
    QCOMPARE(seen, expected);
}

} // namespace

class TestInboxWindow : public QObject
{
    Q_OBJECT

private slots:
    void liveBurstBeyondTheWindow();
    void backlogAtStartReadBackInWindows();
};

void TestInboxWindow::liveBurstBeyondTheWindow()
{
    constexpr int kWindow = 6;
    constexpr int kChats = 4;
    constexpr int kPerChat = 15;
    PipelineRig rig;
    rig.server.settings().inboxWindow = kWindow;
    rig.server.settings().rateLimitPerMinute = 10000;
    PIPELINE_START(rig);

    QList<QByteArray> bodies;
    for (int m = 0; m < kPerChat; ++m)
        for (int c = 0; c < kChats; ++c)
            bodies.append(FakeWaha::textWebhookBody(chatNumber(c), question(c, m),
                                                    QStringLiteral("3EB0LIVE%1x%2").arg(c).arg(m)));
    auto released = std::make_shared<std::atomic<bool>>(false);
    holdDatabaseUntilQueued(rig.db(), quint64(bodies.size()), released);
    const QList<int> statuses = postAllAtOnce(rig.server.baseUrl() + QStringLiteral("/api/v1/webhook"), bodies);
    QVERIFY(released->load());
    QCOMPARE(statuses, QList<int>(bodies.size(), 200));

    verifyAnsweredOnceInOrder(rig, kChats, kPerChat);
    // The burst went past the window: the rest waited on disk and was read back, never more than the window held.
    const pipeline::InboxWindow *window = windowOf(rig);
    QVERIFY2(window->readBack() > 0, "the burst never went past the window: nothing was read back");
    QVERIFY2(window->peakQueued() <= kWindow, qPrintable(QString::number(window->peakQueued())));
    QVERIFY(!window->onDisk());
}

void TestInboxWindow::backlogAtStartReadBackInWindows()
{
    constexpr int kWindow = 4;
    constexpr int kChats = 3;
    constexpr int kPerChat = 10;
    PipelineRig rig;
    rig.server.settings().rateLimitPerMinute = 10000;
    PIPELINE_START(rig);
    // Acknowledged before a stop, not handled yet: pending rows, interleaved across chats.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int m = 0; m < kPerChat; ++m)
        for (int c = 0; c < kChats; ++c)
            rig.rows(QStringLiteral("INSERT INTO inbox (waha_message_id, chat_id, kind, text, push_name, status,"
                                    " received_at) VALUES (?, ?, 'user', ?, 'Parent', 'pending', ?)"),
                     {QStringLiteral("false_%1_3EB0START%2x%3").arg(chatNumber(c)).arg(c).arg(m), chatNumber(c),
                      question(c, m), now + m});
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")),
             qint64(kChats * kPerChat));
    rig.server.stop();

    rig.server.settings().inboxWindow = kWindow;
    PIPELINE_START(rig);
    verifyAnsweredOnceInOrder(rig, kChats, kPerChat);
    const pipeline::InboxWindow *window = windowOf(rig);
    QCOMPARE(window->readBack(), quint64(kChats * kPerChat)); // all of it came from disk, a window at a time
    QVERIFY2(window->peakQueued() <= kWindow, qPrintable(QString::number(window->peakQueued())));
}

QTEST_GUILESS_MAIN(TestInboxWindow)
#include "TestInboxWindow.moc"
