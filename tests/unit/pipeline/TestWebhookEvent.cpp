// WebhookEvent: every WAHA fixture and the simplified shape parsed to the right kind, chat and text; malformed
// bodies are errors (HTTP 400); chats a bot must not answer are ignored.
#include "pipeline/WebhookEvent.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace concierge::pipeline;
using Kind = WebhookEvent::Kind;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(CONCIERGE_FIXTURES_DIR "/waha/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray envelope(const QString &event, const QJsonObject &payload)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("event"), event},
                                     {QStringLiteral("session"), QStringLiteral("default")},
                                     {QStringLiteral("payload"), payload}})
        .toJson(QJsonDocument::Compact);
}

constexpr qint64 kNow = 1'760'000'000'000;

} // namespace

Q_DECLARE_METATYPE(WebhookEvent::Kind)

class TestWebhookEvent : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("chatId");
        QTest::addColumn<QString>("text");
        QTest::newRow("noweb text") << "message-text-noweb.json" << Kind::UserMessage << "221771234567@c.us"
                                    << "Bonjour, quels sont les horaires des messes dimanche ?";
        QTest::newRow("webjs text") << "message-text-webjs.json" << Kind::UserMessage << "221775550101@c.us"
                                    << "Je voudrais l'attestation de catéchèse de mon fils";
        QTest::newRow("lid") << "message-from-lid.json" << Kind::UserMessage << "98765432109876@lid"
                             << "Je veux parler à quelqu'un s'il vous plaît";
        QTest::newRow("image caption") << "message-image-caption.json" << Kind::UserMessage << "221771234567@c.us"
                                       << "Voici le certificat de baptême";
        QTest::newRow("staff from phone")
            << "message-any-fromme-phone.json" << Kind::StaffMessage << "221771234567@c.us"
            << "Bonjour Awa, c'est l'abbé Jean, je vous rappelle dans 5 minutes.";
        QTest::newRow("group") << "message-group-ignore.json" << Kind::Ignored << ""
                               << "";
        QTest::newRow("status broadcast") << "message-status-broadcast-ignore.json" << Kind::Ignored << ""
                                          << "";
        QTest::newRow("ack") << "message-ack.json" << Kind::Ack << ""
                             << "";
        QTest::newRow("session status") << "session-status.json" << Kind::SessionStatus << ""
                                        << "";
        QTest::newRow("simplified") << "seed-simplified.json" << Kind::UserMessage << "1234567890@c.us"
                                    << "Je veux des informations";
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(Kind, kind);
        QFETCH(QString, chatId);
        QFETCH(QString, text);
        const QByteArray body = fixture(file.toLatin1().constData());
        QVERIFY2(!body.isEmpty(), qPrintable(file));
        const auto event = parseWebhook(body, kNow);
        QVERIFY2(event.ok(), event ? "" : qPrintable(event.error().message));
        QCOMPARE(int(event->kind), int(kind));
        if (kind == Kind::UserMessage || kind == Kind::StaffMessage) {
            QCOMPARE(event->message.chatId, chatId);
            QCOMPARE(event->message.text, text);
            QVERIFY(!event->message.wahaMessageId.isEmpty());
            QCOMPARE(event->message.receivedAtMs, kNow);
            QCOMPARE(event->message.kind, kind == Kind::StaffMessage ? concierge::store::InboxKind::Staff
                                                                     : concierge::store::InboxKind::User);
        }
        if (kind == Kind::Ignored)
            QVERIFY(!event->ignoredReason.isEmpty());
    }

    void details()
    {
        auto e = parseWebhook(fixture("message-text-noweb.json"), kNow);
        QCOMPARE(e->message.wahaMessageId, QStringLiteral("false_221771234567@c.us_3EB0C4A1B2C3D4E5F6A7"));
        QVERIFY(!e->message.pushName.isEmpty());
        QVERIFY(e->message.media.isEmpty());

        e = parseWebhook(fixture("message-ack.json"), kNow);
        QCOMPARE(e->ackMessageId, QStringLiteral("3EB0AABBCCDDEEFF001122"));
        QCOMPARE(e->ack, 3);

        e = parseWebhook(fixture("session-status.json"), kNow);
        QCOMPARE(e->sessionStatus, QStringLiteral("SCAN_QR_CODE"));

        e = parseWebhook(fixture("message-image-caption.json"), kNow);
        QVERIFY2(!e->message.media.isEmpty(), "the image's media is kept");
    }

    void simplifiedRedeliveryHasSameId()
    {
        const QByteArray body = fixture("seed-simplified.json");
        const auto a = parseWebhook(body, kNow);
        const auto b = parseWebhook(body, kNow + 5000);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->message.wahaMessageId, b->message.wahaMessageId);
        const auto other = parseWebhook(
            R"({"session":"default","message":{"from":"1234567890","text":"autre","timestamp":"2024-01-01T10:00:00Z"}})",
            kNow);
        QVERIFY(other->message.wahaMessageId != a->message.wahaMessageId);
    }

    // The time WhatsApp gives a message keys its id among the recent ones (a redelivery carries the same): read in
    // milliseconds from WAHA's seconds, the simplified shape's ISO time or number, and 0 when there is none to trust.
    void sendingTimeIsRead()
    {
        QCOMPARE(parseWebhook(fixture("message-text-noweb.json"), 1764316801000)->message.sentAtMs, 1764316800000LL);
        QCOMPARE(parseWebhook(fixture("seed-simplified.json"), kNow)->message.sentAtMs, 1704103200000LL);
        const auto sentAt = [](const QJsonValue &timestamp, qint64 now = kNow) {
            QJsonObject payload{{QStringLiteral("id"), QStringLiteral("false_221771234567@c.us_3EB0TIME")},
                                {QStringLiteral("from"), QStringLiteral("221771234567@c.us")},
                                {QStringLiteral("body"), QStringLiteral("Bonjour")}};
            if (!timestamp.isUndefined())
                payload.insert(QStringLiteral("timestamp"), timestamp);
            return parseWebhook(envelope(QStringLiteral("message"), payload), now)->message.sentAtMs;
        };
        QCOMPARE(sentAt(1759999990), 1759999990000LL);      // seconds
        QCOMPARE(sentAt(1759999990123.0), 1759999990123LL); // milliseconds
        QCOMPARE(sentAt(QStringLiteral("1759999990")), 1759999990000LL);
        QCOMPARE(sentAt(QJsonValue::Undefined), 0LL);
        QCOMPARE(sentAt(QStringLiteral("hier")), 0LL);
        QCOMPARE(sentAt(-5), 0LL);
        QCOMPARE(sentAt(kNow / 1000 + 2 * 86400), 0LL); // two days ahead of our clock: not trusted
        QCOMPARE(sentAt(kNow / 1000 + 3600), (kNow / 1000 + 3600) * 1000);
    }

    // Every field the parser reads, written by hand the way WAHA writes JSON: escapes, characters outside the BMP,
    // the media's object copied whole, the sender's name from its fallbacks, an ack that is not a whole number.
    void fieldsAreReadExactly()
    {
        const QByteArray body = R"({"event":"message","session":"default","me":{"id":"221770000000@c.us"},)"
                                R"("payload":{"id":"false_221771234567@c.us_3EB0EXACT","from":"221771234567@c.us",)"
                                // (not a raw literal: moc misreads a backslash before a quote in one)
                                "\"body\":\"Caf\\u00e9 \\\"messe\\\"\\n\\ud83d\\ude4f \\\\ fin\",\"hasMedia\":true,"
                                R"("media":{"url":"http://waha/f.jpg","mimetype":"image/jpeg","filename":null,)"
                                R"("error":{"code":3,"detail":["a",1.5]}},"_data":{"notifyName":"Awa"}}})";
        const auto e = parseWebhook(body, kNow);
        QVERIFY(e.ok());
        QCOMPARE(e->message.text, QStringLiteral("Café \"messe\"\n") + QString::fromUtf8("\xF0\x9F\x99\x8F") +
                                      QStringLiteral(" \\ fin"));
        QCOMPARE(e->message.pushName, QStringLiteral("Awa"));
        const QJsonObject error{{QStringLiteral("code"), 3},
                                {QStringLiteral("detail"), QJsonArray{QStringLiteral("a"), 1.5}}};
        QCOMPARE(e->message.media, (QJsonObject{{QStringLiteral("url"), QStringLiteral("http://waha/f.jpg")},
                                                {QStringLiteral("mimetype"), QStringLiteral("image/jpeg")},
                                                {QStringLiteral("error"), error}}));
        QCOMPARE(
            parseWebhook(QByteArray(body).replace(R"("notifyName":"Awa")", R"("Info":{"PushName":"Moussa"})"), kNow)
                ->message.pushName,
            QStringLiteral("Moussa"));

        const QByteArray ack = R"({"event":"message.ack","payload":{"id":"true_1@c.us_X","fromMe":true,"ack":%1}})";
        QCOMPARE(parseWebhook(QByteArray(ack).replace("%1", "2"), kNow)->ack, 2);
        QCOMPARE(parseWebhook(QByteArray(ack).replace("%1", "2.5"), kNow)->ack, 0); // as QJsonValue::toInt
        QVERIFY(!parseWebhook(QByteArray(ack).replace("%1", "\"2\""), kNow).ok());  // not a number

        // The simplified shape's numeric timestamp keys its id as its text does.
        const auto numeric =
            parseWebhook(R"({"message":{"from":"1234567890","text":"oui","timestamp":1704103200}})", kNow);
        const auto text =
            parseWebhook(R"({"message":{"from":"1234567890","text":"oui","timestamp":"1704103200"}})", kNow);
        QCOMPARE(numeric->message.wahaMessageId, text->message.wahaMessageId);
    }

    void simplifiedWithoutTimestampIsNeverADuplicate()
    {
        // A parent who writes "oui" twice must be answered twice: without an id or a timestamp nothing tells a
        // redelivery apart, so each delivery is a new message.
        const QByteArray body = R"({"session":"default","message":{"from":"1234567890","text":"oui"}})";
        const auto a = parseWebhook(body, kNow);
        const auto b = parseWebhook(body, kNow);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->message.wahaMessageId != b->message.wahaMessageId);
    }

    void textsLongerThanWhatsAppAllowsAreCut()
    {
        QString text(kMaxMessageChars + 1000, QChar(0xE9)); // é
        text[kMaxMessageChars - 1] = QChar(0xD83D);         // the first half of an emoji right at the limit
        text[kMaxMessageChars] = QChar(0xDE4F);
        const auto e = parseWebhook(
            envelope(QStringLiteral("message"), {{QStringLiteral("id"), QStringLiteral("x")},
                                                 {QStringLiteral("from"), QStringLiteral("221771234567@c.us")},
                                                 {QStringLiteral("body"), text}}),
            kNow);
        QVERIFY(e.ok());
        QCOMPARE(e->message.text.size(), kMaxMessageChars - 1);
        QVERIFY(!e->message.text.back().isSurrogate());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << "malformed_json";
        QTest::newRow("not json") << QByteArray("hello") << "malformed_json";
        QTest::newRow("truncated") << QByteArray(R"({"event":"message","payload":{"id":)") << "malformed_json";
        QTest::newRow("array") << QByteArray("[1,2]") << "malformed_json";
        QTest::newRow("string") << QByteArray(R"("text")") << "malformed_json";
        QTest::newRow("trailing garbage") << QByteArray(R"({"event":"message"} x)") << "malformed_json";
        QTest::newRow("invalid utf-8") << QByteArray("{\"message\":{\"from\":\"1\",\"text\":\"\xC3\x28\"}}")
                                       << "malformed_json";
        QTest::newRow("empty object") << QByteArray("{}") << "missing_field";
        QTest::newRow("payload not object") << QByteArray(R"({"event":"message","payload":"x"})") << "missing_field";
        QTest::newRow("message no id") << envelope(QStringLiteral("message"),
                                                   {{QStringLiteral("from"), QStringLiteral("221771234567@c.us")}})
                                       << "missing_field";
        QTest::newRow("message no from") << envelope(QStringLiteral("message"),
                                                     {{QStringLiteral("id"), QStringLiteral("x")}})
                                         << "missing_field";
        QTest::newRow("ack no ack") << envelope(QStringLiteral("message.ack"),
                                                {{QStringLiteral("id"), QStringLiteral("x")}})
                                    << "missing_field";
        QTest::newRow("status empty") << envelope(QStringLiteral("session.status"), {}) << "missing_field";
        QTest::newRow("simplified no from") << QByteArray(R"({"message":{"text":"hi"}})") << "missing_field";
        QTest::newRow("simplified text not string")
            << QByteArray(R"({"message":{"from":"1","text":5}})") << "missing_field";
    }

    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const auto e = parseWebhook(body, kNow);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, code);
        QVERIFY(!e.error().message.isEmpty());
    }

    void ignoredChats_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("group") << "120363025246125486@g.us";
        QTest::newRow("newsletter") << "120363111111111111@newsletter";
        QTest::newRow("status") << "status@broadcast";
        QTest::newRow("broadcast list") << "1234567890@broadcast";
        QTest::newRow("system") << "0@c.us";
    }

    void ignoredChats()
    {
        QFETCH(QString, from);
        const auto e =
            parseWebhook(envelope(QStringLiteral("message"), {{QStringLiteral("id"), QStringLiteral("false_x_ABC")},
                                                              {QStringLiteral("from"), from},
                                                              {QStringLiteral("fromMe"), false},
                                                              {QStringLiteral("body"), QStringLiteral("hi")}}),
                         kNow);
        QVERIFY(e.ok());
        QCOMPARE(int(e->kind), int(Kind::Ignored));
    }

    void ownApiEchoAndOtherEventsIgnored()
    {
        // Our own send coming back (source api, or fromMe on "message") is not answered.
        auto e = parseWebhook(
            envelope(QStringLiteral("message.any"), {{QStringLiteral("id"), QStringLiteral("true_a_B")},
                                                     {QStringLiteral("from"), QStringLiteral("221771234567@c.us")},
                                                     {QStringLiteral("fromMe"), true},
                                                     {QStringLiteral("source"), QStringLiteral("api")}}),
            kNow);
        QCOMPARE(int(e->kind), int(Kind::Ignored));
        e = parseWebhook(
            envelope(QStringLiteral("message"), {{QStringLiteral("id"), QStringLiteral("true_a_B")},
                                                 {QStringLiteral("from"), QStringLiteral("221771234567@c.us")},
                                                 {QStringLiteral("fromMe"), true}}),
            kNow);
        QCOMPARE(int(e->kind), int(Kind::Ignored));
        e = parseWebhook(envelope(QStringLiteral("presence.update"), {{QStringLiteral("id"), QStringLiteral("x")}}),
                         kNow);
        QVERIFY(e.ok());
        QCOMPARE(int(e->kind), int(Kind::Ignored));
        // An ack for a message somebody sent us is not one of ours.
        e = parseWebhook(envelope(QStringLiteral("message.ack"), {{QStringLiteral("id"), QStringLiteral("false_a_B")},
                                                                  {QStringLiteral("ack"), 3},
                                                                  {QStringLiteral("fromMe"), false}}),
                         kNow);
        QCOMPARE(int(e->kind), int(Kind::Ignored));
    }

    void whatsappNetIdsAreNormalized()
    {
        const auto e =
            parseWebhook(envelope(QStringLiteral("message"),
                                  {{QStringLiteral("id"), QStringLiteral("false_221770001122@s.whatsapp.net_AB")},
                                   {QStringLiteral("from"), QStringLiteral("221770001122@s.whatsapp.net")},
                                   {QStringLiteral("body"), QStringLiteral("Bonjour")}}),
                         kNow);
        QVERIFY(e.ok());
        QCOMPARE(int(e->kind), int(Kind::UserMessage));
        QCOMPARE(e->message.chatId, QStringLiteral("221770001122@c.us"));
    }

    void shortMessageIds()
    {
        QCOMPARE(shortMessageId(QStringLiteral("false_221771234567@c.us_3EB0C4A1")), QStringLiteral("3EB0C4A1"));
        QCOMPARE(shortMessageId(QStringLiteral("true_221771234567@c.us_3EB0AABB")), QStringLiteral("3EB0AABB"));
        QCOMPARE(shortMessageId(QStringLiteral("false_120363@g.us_3EB0123_221771234567@c.us")),
                 QStringLiteral("3EB0123"));
        QCOMPARE(shortMessageId(QStringLiteral("3EB0C4A1")), QStringLiteral("3EB0C4A1"));
        QCOMPARE(shortMessageId(QString()), QString());
    }

    void normalizeChatIds()
    {
        QCOMPARE(normalizeChatId(QStringLiteral("221771234567")), QStringLiteral("221771234567@c.us"));
        QCOMPARE(normalizeChatId(QStringLiteral("+221771234567")), QStringLiteral("221771234567@c.us"));
        QCOMPARE(normalizeChatId(QStringLiteral(" 221771234567@c.us ")), QStringLiteral("221771234567@c.us"));
        QCOMPARE(normalizeChatId(QStringLiteral("221771234567@s.whatsapp.net")), QStringLiteral("221771234567@c.us"));
        QCOMPARE(normalizeChatId(QStringLiteral("221771234567:12@s.whatsapp.net")),
                 QStringLiteral("221771234567@c.us"));
        QCOMPARE(normalizeChatId(QStringLiteral("98765@lid")), QStringLiteral("98765@lid"));
        QCOMPARE(normalizeChatId(QStringLiteral("1203@g.us")), QStringLiteral("1203@g.us"));
        QCOMPARE(normalizeChatId(QString()), QString());
        QVERIFY(isPersonChat(QStringLiteral("221771234567@c.us")));
        QVERIFY(isPersonChat(QStringLiteral("98765@lid")));
        QVERIFY(!isPersonChat(QStringLiteral("1203@g.us")));
        QVERIFY(!isPersonChat(QStringLiteral("status@broadcast")));
        QVERIFY(!isPersonChat(QStringLiteral("1203@newsletter")));
    }
};

QTEST_GUILESS_MAIN(TestWebhookEvent)
#include "TestWebhookEvent.moc"
