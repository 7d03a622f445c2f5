// Hostile text in linear time (issue 12, point 4): a message of WhatsApp's maximum length (65,536 characters, all
// accented, or mixed Wolof and French) arrives while 20 other chats write. No other chat may wait for it: each of
// their webhooks is acknowledged quickly (a stall detector with a generous bound, not a benchmark), and the long
// message is answered exactly once (a stalled server thread made in-flight WAHA calls time out and go out twice).
#include "pipeline/WebhookEvent.h"
#include "support/PipelineKit.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using namespace concierge;
using namespace concierge::testing;

namespace {

// A server-thread stall shows as a webhook waiting far longer than this; a normal one takes a few milliseconds.
constexpr qint64 kStallBoundMs = 1000;
constexpr int kOtherChats = 20;

QString chatNumber(int i)
{
    return QStringLiteral("22176%1@c.us").arg(400000 + i, 7, 10, QLatin1Char('0'));
}

QString repeatedTo(const QString &piece, qsizetype length)
{
    QString text;
    text.reserve(length + piece.size());
    while (text.size() < length)
        text += piece;
    text.truncate(length);
    return text;
}

struct Timed
{
    QNetworkReply *reply = nullptr;
    QElapsedTimer timer;
    qint64 elapsedMs = -1;
};

bool allSent(PipelineRig &rig, qint64 expected)
{
    return rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")) == 0 &&
           rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox")) == expected &&
           rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")) == 0;
}

} // namespace

class TestLongMessage : public QObject
{
    Q_OBJECT

private slots:
    void otherChatsAreNotStalled_data();
    void otherChatsAreNotStalled();
};

void TestLongMessage::otherChatsAreNotStalled_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("accented") << repeatedTo(QStringLiteral("é"), pipeline::kMaxMessageChars);
    QTest::newRow("wolof-french") << repeatedTo(QStringLiteral("Naka nga def ? Jërëjëf, Yàlla na la Yàlla fay. "
                                                               "Je voudrais inscrire mon enfant au catéchisme, "
                                                               "ñaata la baptême bi di jar ? Où est l'église ? "),
                                                pipeline::kMaxMessageChars);
}

void TestLongMessage::otherChatsAreNotStalled()
{
    QFETCH(QString, text);
    QCOMPARE(text.size(), pipeline::kMaxMessageChars);
    PipelineRig rig;
    rig.server.settings().rateLimitPerMinute = 1000;
    PIPELINE_START(rig);

    const QString url = rig.server.baseUrl() + QStringLiteral("/api/v1/webhook");
    QNetworkAccessManager network;
    auto post = [&](const QByteArray &body) {
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(30000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Waha-Token", TestServer::kWebhookToken);
        return network.post(request, body);
    };
    const QString longChat = chatNumber(99);
    QNetworkReply *longReply = post(FakeWaha::textWebhookBody(longChat, text, QStringLiteral("3EB0LONG")));

    // The other chats write one after another while the long message is read, stored, routed and answered.
    QList<Timed> others(kOtherChats);
    int sent = 0;
    int finished = 0;
    QEventLoop loop;
    QTimer pacer;
    pacer.setInterval(15);
    QObject::connect(&pacer, &QTimer::timeout, &loop, [&] {
        Timed &t = others[sent];
        const QString id = QStringLiteral("3EB0OTHER%1").arg(sent);
        t.timer.start();
        t.reply = post(FakeWaha::textWebhookBody(chatNumber(sent), QStringLiteral("Bonjour, les horaires ?"), id));
        QObject::connect(t.reply, &QNetworkReply::finished, &loop, [&t, &finished, &loop] {
            t.elapsedMs = t.timer.elapsed();
            if (++finished == kOtherChats)
                loop.quit();
        });
        if (++sent == kOtherChats)
            pacer.stop();
    });
    pacer.start();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(finished, kOtherChats);

    qint64 slowest = 0;
    for (const Timed &t : others) {
        QCOMPARE(t.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        slowest = std::max(slowest, t.elapsedMs);
        delete t.reply;
    }
    qInfo("slowest acknowledgement of another chat: %lld ms", slowest);
    QVERIFY2(slowest < kStallBoundMs, qPrintable(QStringLiteral("another chat waited %1 ms").arg(slowest)));
    QTRY_VERIFY_WITH_TIMEOUT(longReply->isFinished(), 30000);
    QCOMPARE(longReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete longReply;

    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, kOtherChats + 1), 60000);
    QCOMPARE(rig.repliesTo(longChat), 1);
    for (int c = 0; c < kOtherChats; ++c)
        QCOMPARE(rig.repliesTo(chatNumber(c)), 1);
    QCOMPARE(rig.waha.sentTexts().size(), kOtherChats + 1);
}

QTEST_MAIN(TestLongMessage)
#include "TestLongMessage.moc"
