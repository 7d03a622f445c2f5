// POST /api/v1/webhook as WAHA uses it: every shipped fixture, authentication (token, HMAC, generated token),
// body limit and malformed bodies. Issue 2, point 1.
#include "support/PipelineKit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace concierge::testing;

namespace {

const QString kMarkerChat = QStringLiteral("221779990000@c.us");

QString errorCode(const HttpResult &r)
{
    return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QByteArray hmacOf(const QByteArray &body, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha512).toHex();
}

} // namespace

class TestWebhookIntake : public QObject
{
    Q_OBJECT

private slots:
    void fixtureAnswered_data();
    void fixtureAnswered();
    void fixtureWithoutReply_data();
    void fixtureWithoutReply();
    void staffMessageFromPhoneIsRecorded();
    void sessionStatusShowsInHealth();
    void tokenRequired();
    void hmacSignature();
    void generatedTokenWhenNothingConfigured();
    void oversizedBodyIs413();
    void malformedBodiesAre400_data();
    void malformedBodiesAre400();

private:
    void expectHealthy(PipelineRig &rig) { QCOMPARE(rig.server.get(QStringLiteral("/health")).status, 200); }
};

void TestWebhookIntake::fixtureAnswered_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("replyChat");
    QTest::newRow("text-noweb") << QStringLiteral("message-text-noweb.json") << QStringLiteral("221771234567@c.us");
    QTest::newRow("text-webjs") << QStringLiteral("message-text-webjs.json") << QStringLiteral("221775550101@c.us");
    QTest::newRow("lid") << QStringLiteral("message-from-lid.json") << QStringLiteral("98765432109876@lid");
    QTest::newRow("image-caption") << QStringLiteral("message-image-caption.json")
                                   << QStringLiteral("221771234567@c.us");
    QTest::newRow("seed-simplified") << QStringLiteral("seed-simplified.json") << QStringLiteral("1234567890@c.us");
}

void TestWebhookIntake::fixtureAnswered()
{
    QFETCH(QString, file);
    QFETCH(QString, replyChat);
    PipelineRig rig;
    PIPELINE_START(rig);
    const HttpResult ack = rig.server.postWebhook(fixture(QStringLiteral("waha/") + file));
    QCOMPARE(ack.status, 200);
    QCOMPARE(ack.json().value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 10000);
    QCOMPARE(rig.waha.sentTexts().first().chatId, replyChat);
    QVERIFY(!rig.waha.sentTexts().first().text.trimmed().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE chat_id = ? AND direction = 'in'"),
                  {replyChat}),
        qint64(1), 5000);
}

void TestWebhookIntake::fixtureWithoutReply_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("group") << QStringLiteral("message-group-ignore.json");
    QTest::newRow("status-broadcast") << QStringLiteral("message-status-broadcast-ignore.json");
}

void TestWebhookIntake::fixtureWithoutReply()
{
    QFETCH(QString, file);
    PipelineRig rig;
    PIPELINE_START(rig);
    const HttpResult ack = rig.server.postWebhook(fixture(QStringLiteral("waha/") + file));
    QCOMPARE(ack.status, 200);
    QCOMPARE(ack.json().value(QLatin1String("status")).toString(), QStringLiteral("ignored"));
    // A later message of another chat is answered: had the ignored one been queued, it would have gone first.
    QCOMPARE(rig.postText(kMarkerChat, QStringLiteral("Bonjour"), QStringLiteral("3EB0MARKER0001")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 10000);
    QCOMPARE(rig.waha.sentTexts().first().chatId, kMarkerChat);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(1));
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE chat_id <> ?"), {kMarkerChat}),
             qint64(0));
}

void TestWebhookIntake::staffMessageFromPhoneIsRecorded()
{
    PipelineRig rig;
    PIPELINE_START(rig);
    const QByteArray body = fixture(QStringLiteral("waha/message-any-fromme-phone.json"));
    const HttpResult ack = rig.server.postWebhook(body);
    QCOMPARE(ack.status, 200);
    QCOMPARE(ack.json().value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE author = 'staff'")),
                              qint64(1), 5000);
    const QVariantMap row = rig.rows(QStringLiteral("SELECT * FROM interactions WHERE author = 'staff'")).first();
    QCOMPARE(row.value(QStringLiteral("chat_id")).toString(), QStringLiteral("221771234567@c.us"));
    QCOMPARE(row.value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
    QVERIFY(row.value(QStringLiteral("text")).toString().contains(QStringLiteral("abbé Jean")));
    // No reply to the parishioner for what the staff typed.
    QCOMPARE(rig.postText(kMarkerChat, QStringLiteral("Bonjour"), QStringLiteral("3EB0MARKER0002")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 10000);
    QCOMPARE(rig.waha.sentTexts().first().chatId, kMarkerChat);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE chat_id = '221771234567@c.us'")), qint64(0));
}

void TestWebhookIntake::sessionStatusShowsInHealth()
{
    PipelineRig rig;
    PIPELINE_START(rig);
    auto wahaStatus = [&rig] {
        return rig.server.get(QStringLiteral("/health"))
            .json()
            .value(QLatin1String("components"))
            .toObject()
            .value(QLatin1String("waha"))
            .toObject()
            .value(QLatin1String("status"))
            .toString();
    };
    // The first poll of WAHA must be over, or it could overwrite the event.
    QTRY_COMPARE_WITH_TIMEOUT(wahaStatus(), QStringLiteral("WORKING"), 10000);
    const HttpResult ack = rig.server.postWebhook(fixture(QStringLiteral("waha/session-status.json")));
    QCOMPARE(ack.status, 200);
    QCOMPARE(wahaStatus(), QStringLiteral("SCAN_QR_CODE"));
    const HttpResult health = rig.server.get(QStringLiteral("/health"));
    QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("degraded"));
}

void TestWebhookIntake::tokenRequired()
{
    PipelineRig rig;
    PIPELINE_START(rig);
    const QString url = rig.server.baseUrl() + QStringLiteral("/api/v1/webhook");
    const QByteArray body = fixture(QStringLiteral("waha/message-text-noweb.json"));
    const HttpResult missing = httpRequest("POST", url, body);
    QCOMPARE(missing.status, 401);
    QCOMPARE(errorCode(missing), QStringLiteral("unauthorized"));
    const HttpResult wrong = httpRequest("POST", url, body, {{"X-Waha-Token", "not-the-token"}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(0));
    QCOMPARE(rig.server.postWebhook(body).status, 200);
    expectHealthy(rig);
}

void TestWebhookIntake::hmacSignature()
{
    PipelineRig rig;
    rig.server.settings().webhookVerifyToken.clear();
    rig.server.settings().webhookHmacKey = QStringLiteral("hmac-key-for-tests");
    PIPELINE_START(rig);
    const QString url = rig.server.baseUrl() + QStringLiteral("/api/v1/webhook");
    const QByteArray body = fixture(QStringLiteral("waha/message-text-noweb.json"));
    const QByteArray good = hmacOf(body, "hmac-key-for-tests");
    QCOMPARE(good, good.toLower());
    QCOMPARE(httpRequest("POST", url, body).status, 401);
    QCOMPARE(httpRequest("POST", url, body, {{"X-Webhook-Hmac", hmacOf(body, "another-key")}}).status, 401);
    QCOMPARE(httpRequest("POST", url, body + ' ', {{"X-Webhook-Hmac", good}}).status, 401); // body changed
    QCOMPARE(rig.server.server()->webhookTokenFile(), QString()); // an HMAC key is enough: no token generated
    const HttpResult ok = httpRequest("POST", url, body, {{"X-Webhook-Hmac", good}});
    QCOMPARE(ok.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 10000);
}

void TestWebhookIntake::generatedTokenWhenNothingConfigured()
{
    PipelineRig rig;
    rig.server.settings().webhookVerifyToken.clear();
    rig.server.settings().webhookHmacKey.clear();
    PIPELINE_START(rig);
    const QString path = rig.server.server()->webhookTokenFile();
    QCOMPARE(path, rig.server.dataDir() + QStringLiteral("/webhook-token"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray token = file.readAll().trimmed();
    QVERIFY2(token.size() >= 16, token.constData());
    QVERIFY(!(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));

    const QString url = rig.server.baseUrl() + QStringLiteral("/api/v1/webhook");
    const QByteArray body = fixture(QStringLiteral("waha/message-text-noweb.json"));
    QCOMPARE(httpRequest("POST", url, body).status, 401);
    QCOMPARE(httpRequest("POST", url, body, {{"X-Waha-Token", TestServer::kWebhookToken}}).status, 401);
    QCOMPARE(httpRequest("POST", url, body, {{"X-Waha-Token", token}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 10000);
}

void TestWebhookIntake::oversizedBodyIs413()
{
    PipelineRig rig;
    PIPELINE_START(rig);
    // Announced size over 1 MiB: refused while reading, before the body is in.
    const QByteArray head = "POST /api/v1/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            "X-Waha-Token: " +
                            QByteArray(TestServer::kWebhookToken) +
                            "\r\nContent-Length: " + QByteArray::number(2 * 1024 * 1024) + "\r\n\r\n";
    const QByteArray answer = rawExchange(rig.server.server()->port(), head + QByteArray(64 * 1024, 'x'));
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    // A body that really is 1 MiB + 1 byte, sent whole by an ordinary client.
    QByteArray big = "{\"event\":\"message\",\"payload\":{\"id\":\"x\",\"from\":\"221770000001@c.us\",\"body\":\"";
    big += QByteArray(1024 * 1024, 'a') + "\"}}";
    const HttpResult r = rig.server.postWebhook(big);
    QVERIFY2(r.status == 413 || r.status == 0, QByteArray::number(r.status).constData());
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(0));
    expectHealthy(rig);
    QCOMPARE(rig.server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
}

void TestWebhookIntake::malformedBodiesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{\"event\": \"message\", \"payload\": {");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1, 2, 3]");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("no payload") << QByteArray("{\"event\":\"message\",\"session\":\"default\"}");
    QTest::newRow("payload not object") << QByteArray("{\"event\":\"message\",\"payload\":\"hello\"}");
    QTest::newRow("message without id") << QByteArray(
        "{\"event\":\"message\",\"payload\":{\"from\":\"221770000001@c.us\",\"body\":\"x\"}}");
    QTest::newRow("message without from")
        << QByteArray("{\"event\":\"message\",\"payload\":{\"id\":\"false_x_1\",\"body\":\"x\"}}");
    QTest::newRow("ack without ack") << QByteArray(
        "{\"event\":\"message.ack\",\"payload\":{\"id\":\"true_x_1\",\"fromMe\":true}}");
    QTest::newRow("simplified without text") << QByteArray("{\"message\":{\"from\":\"1234567890\"}}");
}

void TestWebhookIntake::malformedBodiesAre400()
{
    QFETCH(QByteArray, body);
    PipelineRig rig;
    PIPELINE_START(rig);
    const HttpResult r = rig.server.postWebhook(body);
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
    QVERIFY2(!error.value(QLatin1String("code")).toString().isEmpty(), r.body.constData());
    QVERIFY2(!error.value(QLatin1String("message")).toString().isEmpty(), r.body.constData());
    expectHealthy(rig);
    QCOMPARE(rig.server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
}

QTEST_GUILESS_MAIN(TestWebhookIntake)
#include "TestWebhookIntake.moc"
