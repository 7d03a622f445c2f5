#include "integrations/CurlClient.h"
#include "integrations/WahaClient.h"
#include "support/FakeHttpServer.h"
#include "support/FakeWaha.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace concierge;
using namespace concierge::integrations;
using concierge::testing::FakeHttpServer;
using concierge::testing::FakeResponse;
using concierge::testing::FakeWaha;
using concierge::testing::RecordedRequest;

class TestWahaClient : public QObject
{
    Q_OBJECT

private:
    CurlClient m_curl;

    WahaConfig configFor(const FakeWaha &fake) const
    {
        WahaConfig config;
        config.baseUrl = fake.baseUrl();
        config.apiKey = fake.apiKey();
        return config;
    }

    static std::optional<WahaResult> sendText(WahaClient &client, const QString &chatId, const QString &text,
                                              const QString &replyTo = {})
    {
        std::optional<WahaResult> result;
        client.sendText(chatId, text, replyTo, &client, [&result](const WahaResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10'000);
        return result;
    }

    static std::optional<Result<QString>> status(WahaClient &client)
    {
        std::optional<Result<QString>> result;
        client.sessionStatus(&client, [&result](Result<QString> r) { result = std::move(r); });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10'000);
        return result;
    }

private slots:
    void sendTextSendsKeyHeaderAndJsonBody()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        WahaClient client(&m_curl, configFor(fake));
        QVERIFY(client.configured());
        QSignalSpy sent(&fake, &FakeWaha::textSent);
        const auto result = sendText(client, QStringLiteral("221771234567"), QStringLiteral("Bonjour à vous ✝"),
                                     QStringLiteral("false_221771234567@c.us_3EB0AA"));
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->httpStatus, 201);
        QVERIFY(result->error.isEmpty());
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(0).toString(), QStringLiteral("221771234567@c.us"));

        const RecordedRequest request = fake.http().requestsTo("/api/sendText").value(0);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.header("x-api-key"), fake.apiKey().toUtf8());
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"session").toString(), QStringLiteral("default"));
        QCOMPARE(body.value(u"chatId").toString(), QStringLiteral("221771234567@c.us"));
        QCOMPARE(body.value(u"text").toString(), QStringLiteral("Bonjour à vous ✝"));
        QCOMPARE(body.value(u"reply_to").toString(), QStringLiteral("false_221771234567@c.us_3EB0AA"));

        QCOMPARE(fake.sentTexts().size(), 1);
        QCOMPARE(result->messageId, fake.sentTexts().first().messageId);
    }

    void replyToIsLeftOutWhenEmpty()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        WahaClient client(&m_curl, configFor(fake));
        QVERIFY(sendText(client, QStringLiteral("221771234567@c.us"), QStringLiteral("x"))->ok);
        const QJsonObject body = QJsonDocument::fromJson(fake.http().requests().value(0).body).object();
        QVERIFY(!body.contains(u"reply_to"));
        QCOMPARE(body.value(u"chatId").toString(), QStringLiteral("221771234567@c.us"));
    }

    void emptyKeyLeavesHeaderOut()
    {
        FakeWaha fake{QString()};
        QVERIFY(fake.start());
        WahaClient client(&m_curl, configFor(fake));
        QVERIFY(sendText(client, QStringLiteral("221771234567"), QStringLiteral("x"))->ok);
        for (const auto &[name, value] : fake.http().requests().value(0).headers)
            QVERIFY(name != "x-api-key");
    }

    void messageIdFromEveryEngine_data()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("NOWEB") << int(FakeWaha::Engine::Noweb);
        QTest::newRow("GOWS") << int(FakeWaha::Engine::Gows);
        QTest::newRow("WEBJS") << int(FakeWaha::Engine::Webjs);
    }

    void messageIdFromEveryEngine()
    {
        QFETCH(int, engine);
        FakeWaha fake;
        QVERIFY(fake.start());
        fake.setEngine(FakeWaha::Engine(engine));
        WahaClient client(&m_curl, configFor(fake));
        const auto first = sendText(client, QStringLiteral("221771234567"), QStringLiteral("un"));
        const auto second = sendText(client, QStringLiteral("221771234567"), QStringLiteral("deux"));
        QVERIFY(first && second);
        QVERIFY(first->ok && second->ok);
        QVERIFY(first->messageId.startsWith(u"3EB0"));
        QCOMPARE(first->messageId, fake.sentTexts().at(0).messageId);
        QCOMPARE(second->messageId, fake.sentTexts().at(1).messageId);
        QVERIFY(first->messageId != second->messageId);
    }

    void parseMessageIdShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("noweb") << QByteArray(R"({"key":{"remoteJid":"1@s.whatsapp.net","fromMe":true,"id":"3EB0A"}})")
                               << QStringLiteral("3EB0A");
        QTest::newRow("gows serialized") << QByteArray(R"({"id":"true_221771234567@c.us_3EB0B","_data":{}})")
                                         << QStringLiteral("3EB0B");
        QTest::newRow("gows group serialized")
            << QByteArray(R"({"id":"true_123@g.us_3EB0G_221771234567@c.us"})") << QStringLiteral("3EB0G");
        QTest::newRow("gows short") << QByteArray(R"({"id":"3EB0C"})") << QStringLiteral("3EB0C");
        QTest::newRow("webjs") << QByteArray(R"({"id":{"fromMe":true,"id":"3EB0D","_serialized":"true_1@c.us_3EB0D"}})")
                               << QStringLiteral("3EB0D");
        QTest::newRow("webjs serialized only")
            << QByteArray(R"({"id":{"_serialized":"true_1@c.us_3EB0E"}})") << QStringLiteral("3EB0E");
        QTest::newRow("empty object") << QByteArray("{}") << QString();
        QTest::newRow("not json") << QByteArray("<html>") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("array") << QByteArray("[1]") << QString();
    }

    void parseMessageIdShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(WahaClient::parseMessageId(body), expected);
    }

    void normalizeChatId()
    {
        QCOMPARE(WahaClient::normalizeChatId(QStringLiteral("221771234567")), QStringLiteral("221771234567@c.us"));
        QCOMPARE(WahaClient::normalizeChatId(QStringLiteral("+221771234567")), QStringLiteral("221771234567@c.us"));
        QCOMPARE(WahaClient::normalizeChatId(QStringLiteral("123@lid")), QStringLiteral("123@lid"));
        QCOMPARE(WahaClient::normalizeChatId(QStringLiteral("1@g.us")), QStringLiteral("1@g.us"));
    }

    void sendSeenBody()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        WahaClient client(&m_curl, configFor(fake));
        int done = 0;
        const QStringList ids{QStringLiteral("false_221771234567@c.us_3EB0A"),
                              QStringLiteral("false_221771234567@c.us_3EB0B")};
        client.sendSeen(QStringLiteral("221771234567"), ids, this,
                        [&](const WahaResult &r) { done += r.ok ? 1 : 100; });
        client.sendSeen(QStringLiteral("221771234567@c.us"), {}, this,
                        [&](const WahaResult &r) { done += r.ok ? 1 : 100; });
        QTRY_COMPARE(done, 2);
        QCOMPARE(fake.seenCalls().size(), 2);
        QCOMPARE(fake.seenCalls().at(0).chatId, QStringLiteral("221771234567@c.us"));
        QCOMPARE(fake.seenCalls().at(0).messageIds, ids);
        const auto requests = fake.http().requestsTo("/api/sendSeen");
        QCOMPARE(requests.size(), 2);
        QVERIFY(!QJsonDocument::fromJson(requests.at(1).body).object().contains(u"messageIds"));
        QCOMPARE(requests.at(0).header("x-api-key"), fake.apiKey().toUtf8());
    }

    void typingIsFireAndForget()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        WahaClient client(&m_curl, configFor(fake));
        client.startTyping(QStringLiteral("221771234567"));
        client.stopTyping(QStringLiteral("221771234567"));
        QTRY_COMPARE(fake.typingEvents().size(), 2);
        QVERIFY(fake.typingEvents().contains(QStringLiteral("start:221771234567@c.us")));
        QVERIFY(fake.typingEvents().contains(QStringLiteral("stop:221771234567@c.us")));
        const QJsonObject body =
            QJsonDocument::fromJson(fake.http().requestsTo("/api/startTyping").value(0).body).object();
        QCOMPARE(body.value(u"session").toString(), QStringLiteral("default"));
    }

    void wrongKeyIsNotRetryableAndKeyNeverInError()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        WahaConfig config = configFor(fake);
        config.apiKey = QStringLiteral("wrong-key-0123456789");
        WahaClient client(&m_curl, config);
        const auto result = sendText(client, QStringLiteral("221771234567"), QStringLiteral("x"));
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY(!result->retryable);
        QCOMPARE(result->httpStatus, 401);
        QVERIFY(result->error.contains(u"Unauthorized"));
        QVERIFY(!result->error.contains(config.apiKey));
        QVERIFY(fake.sentTexts().isEmpty());
    }

    void sessionNotWorkingIsRetryable()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        fake.setSessionStatus(QStringLiteral("SCAN_QR_CODE"));
        WahaClient client(&m_curl, configFor(fake));
        const auto result = sendText(client, QStringLiteral("221771234567"), QStringLiteral("x"));
        QVERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->httpStatus, 422);
        QVERIFY(result->retryable);
        QVERIFY(result->error.contains(u"Session status is not as expected"));
        fake.setSessionStatus(QStringLiteral("WORKING"));
        QVERIFY(sendText(client, QStringLiteral("221771234567"), QStringLiteral("x"))->ok);
    }

    void plusOnly422IsNotRetryable()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler([](const RecordedRequest &) {
            FakeResponse response;
            response.status = 422;
            response.body =
                R"({"statusCode":422,"message":"The feature is available only in Plus version for 'NOWEB' )"
                R"(engine. Learn more: https://waha.devlike.pro/docs/how-to/plus-version/","error":"Unprocessable Entity"})";
            return response;
        });
        WahaClient client(&m_curl, {fake.baseUrl(), QStringLiteral("k"), QStringLiteral("default"), 5'000});
        const auto result = sendText(client, QStringLiteral("221771234567"), QStringLiteral("x"));
        QVERIFY(result);
        QCOMPARE(result->httpStatus, 422);
        QVERIFY(!result->retryable);
        QVERIFY(result->error.contains(u"Plus version"));
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("500") << 500 << true;
        QTest::newRow("502") << 502 << true;
        QTest::newRow("503") << 503 << true;
        QTest::newRow("429") << 429 << true;
        QTest::newRow("408") << 408 << true;
        QTest::newRow("400") << 400 << false;
        QTest::newRow("403") << 403 << false;
        QTest::newRow("404") << 404 << false;
    }

    void statusMapping()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        FakeWaha fake;
        QVERIFY(fake.start());
        fake.failNext(1, status);
        WahaClient client(&m_curl, configFor(fake));
        const auto failed = sendText(client, QStringLiteral("221771234567"), QStringLiteral("x"));
        QVERIFY(failed);
        QVERIFY(!failed->ok);
        QCOMPARE(failed->httpStatus, status);
        QCOMPARE(failed->retryable, retryable);
        QVERIFY(!failed->error.isEmpty());
        const auto next = sendText(client, QStringLiteral("221771234567"), QStringLiteral("x"));
        QVERIFY(next && next->ok); // the failure was scripted for one call only
    }

    void anyTwoHundredIsSuccess()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler([](const RecordedRequest &) {
            FakeResponse response;
            response.status = 200;
            response.body = R"({"id":"true_221771234567@c.us_3EB0Z"})";
            return response;
        });
        WahaClient client(&m_curl, {fake.baseUrl(), {}, QStringLiteral("default"), 5'000});
        const auto result = sendText(client, QStringLiteral("221771234567"), QStringLiteral("x"));
        QVERIFY(result && result->ok);
        QCOMPARE(result->httpStatus, 200);
        QCOMPARE(result->messageId, QStringLiteral("3EB0Z"));
    }

    void timeoutIsRetryable()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        fake.setDelayMs(2'000);
        WahaConfig config = configFor(fake);
        config.timeoutMs = 200;
        WahaClient client(&m_curl, config);
        const auto result = sendText(client, QStringLiteral("221771234567"), QStringLiteral("x"));
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY(result->retryable);
        QCOMPARE(result->httpStatus, 0);
        QVERIFY(result->error.contains(u"timeout"));
    }

    void downIsRetryableAndUpRecovers()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        WahaClient client(&m_curl, configFor(fake));
        QVERIFY(sendText(client, QStringLiteral("221771234567"), QStringLiteral("1"))->ok);
        fake.down();
        const auto result = sendText(client, QStringLiteral("221771234567"), QStringLiteral("2"));
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY(result->retryable);
        QCOMPARE(result->httpStatus, 0);
        QVERIFY(fake.up());
        QVERIFY(sendText(client, QStringLiteral("221771234567"), QStringLiteral("3"))->ok);
        QCOMPARE(fake.sentTexts().size(), 2);
    }

    void sessionStatusReadsStatus()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        WahaClient client(&m_curl, configFor(fake));
        auto working = status(client);
        QVERIFY(working && working->ok());
        QCOMPARE(working->value(), QStringLiteral("WORKING"));
        QCOMPARE(fake.http().requests().last().path, QByteArray("/api/sessions/default"));
        QCOMPARE(fake.http().requests().last().method, QByteArray("GET"));
        fake.setSessionStatus(QStringLiteral("SCAN_QR_CODE"));
        QCOMPARE(status(client)->value(), QStringLiteral("SCAN_QR_CODE"));
    }

    void sessionStatusErrors()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        WahaConfig config = configFor(fake);
        config.apiKey = QStringLiteral("bad");
        WahaClient client(&m_curl, config);
        auto unauthorized = status(client);
        QVERIFY(unauthorized && !unauthorized->ok());
        QCOMPARE(unauthorized->error().code, QStringLiteral("waha_unauthorized"));

        config.apiKey = fake.apiKey();
        config.session = QStringLiteral("other");
        client.setConfig(config);
        QCOMPARE(status(client)->error().code, QStringLiteral("waha_http_error"));

        config.session = QStringLiteral("default");
        client.setConfig(config);
        fake.down();
        QCOMPARE(status(client)->error().code, QStringLiteral("waha_unreachable"));
    }

    void notConfiguredFailsAsynchronously()
    {
        WahaClient client(&m_curl, WahaConfig{});
        QVERIFY(!client.configured());
        bool called = false;
        WahaResult seen;
        client.sendText(QStringLiteral("1"), QStringLiteral("x"), {}, this, [&](const WahaResult &r) {
            called = true;
            seen = r;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QVERIFY(!seen.ok);
        QVERIFY(!seen.error.isEmpty());
        QCOMPARE(status(client)->error().code, QStringLiteral("waha_not_configured"));
    }

    void ackWebhookBodyMatchesFixtureShape()
    {
        QFile fixture(QStringLiteral(CONCIERGE_FIXTURES_DIR "/waha/message-ack.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(fixture.readAll()).object();
        const QJsonObject built =
            QJsonDocument::fromJson(FakeWaha::ackWebhookBody(QStringLiteral("3EB0X"), 3)).object();
        QCOMPARE(built.keys(), expected.keys());
        QCOMPARE(built.value(u"payload").toObject().keys(), expected.value(u"payload").toObject().keys());
        QCOMPARE(built.value(u"event").toString(), QStringLiteral("message.ack"));
        const QJsonObject payload = built.value(u"payload").toObject();
        QCOMPARE(payload.value(u"id").toString(), QStringLiteral("true_221771234567@c.us_3EB0X"));
        QCOMPARE(payload.value(u"ack").toInt(), 3);
        QCOMPARE(payload.value(u"ackName").toString(), QStringLiteral("READ"));
        QVERIFY(built.value(u"id").toString().startsWith(u"evt_"));
    }

    void textWebhookBodyMatchesFixtureShape()
    {
        QFile fixture(QStringLiteral(CONCIERGE_FIXTURES_DIR "/waha/message-text-noweb.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(fixture.readAll()).object();
        const QJsonObject built =
            QJsonDocument::fromJson(FakeWaha::textWebhookBody(QStringLiteral("221771234567@c.us"),
                                                              QStringLiteral("Bonjour"), QStringLiteral("3EB0Y")))
                .object();
        QCOMPARE(built.value(u"event").toString(), QStringLiteral("message"));
        for (const QString &key : expected.value(u"payload").toObject().keys())
            QVERIFY2(built.value(u"payload").toObject().contains(key), qPrintable(key));
        QCOMPARE(built.value(u"payload").toObject().value(u"from").toString(), QStringLiteral("221771234567@c.us"));
        QCOMPARE(built.value(u"payload").toObject().value(u"body").toString(), QStringLiteral("Bonjour"));
    }
};

QTEST_GUILESS_MAIN(TestWahaClient)
#include "TestWahaClient.moc"
