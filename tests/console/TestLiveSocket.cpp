// Issue 8, GET /api/v1/live: a real QWebSocket client against a real server. A bad token is closed with 4401, a
// good one gets hello then the live events within a second of a webhook, a reconnect resumes from its last id (or
// is told to reset), health changes are published, a client that stops reading is dropped without hurting the others,
// /health counts clients.
#include "live/EventBus.h"
#include "support/PipelineKit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace concierge;
using namespace concierge::testing;

namespace {

// A console on the live socket: every JSON message it received, in order.
class LiveClient
{
public:
    LiveClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
    }
    void open(const QString &url) { socket.open(QUrl(url)); }
    bool has(const QString &type) const { return indexOf(type) >= 0; }
    qsizetype indexOf(const QString &type, qsizetype from = 0) const
    {
        for (qsizetype i = from; i < messages.size(); ++i) {
            if (messages.at(i).value(u"type").toString() == type)
                return i;
        }
        return -1;
    }
    qint64 lastId() const
    {
        qint64 id = 0;
        for (const QJsonObject &m : messages)
            id = qMax(id, m.value(u"id").toInteger());
        return id;
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
};

} // namespace

class TestLiveSocket : public QObject
{
    Q_OBJECT

private:
    PipelineRig m_rig;
    QByteArray m_token;

    QString liveUrl(const QString &query = {}) const
    {
        return QStringLiteral("ws://127.0.0.1:%1/api/v1/live").arg(m_rig.server.server()->port()) +
               (query.isEmpty() ? QString() : QLatin1Char('?') + query);
    }
    int healthClients()
    {
        return m_rig.server.get(QStringLiteral("/health"))
            .json()
            .value(u"components")
            .toObject()
            .value(u"live")
            .toObject()
            .value(u"clients")
            .toInt(-1);
    }

private slots:
    void initTestCase()
    {
        PIPELINE_START(m_rig);
        m_token = m_rig.server.login();
        QVERIFY(!m_token.isEmpty());
    }

    void badTokenIsRefused()
    {
        LiveClient client;
        QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
        client.open(liveUrl(QStringLiteral("access_token=not-a-token")));
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(client.socket.closeCode()), 4401);
        QVERIFY(!client.socket.closeReason().isEmpty());
        QVERIFY(!client.has(QStringLiteral("hello")));

        LiveClient chatty; // a first message that is not "auth"
        QSignalSpy chattyClosed(&chatty.socket, &QWebSocket::disconnected);
        QSignalSpy connected(&chatty.socket, &QWebSocket::connected);
        chatty.open(liveUrl());
        QVERIFY(connected.wait(5000));
        chatty.socket.sendTextMessage(QStringLiteral(R"({"type":"resume","since":0})"));
        QVERIFY(chattyClosed.wait(5000));
        QCOMPARE(int(chatty.socket.closeCode()), 4401);
        QCOMPARE(healthClients(), 0);
    }

    void helloThenLiveEventsWithinASecond()
    {
        LiveClient client;
        client.open(liveUrl(QStringLiteral("access_token=") + QString::fromUtf8(m_token)));
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("hello")), 5000);
        QCOMPARE(client.messages.first().value(u"type").toString(), u"hello");
        QCOMPARE(client.messages.first().value(u"last_id").toInteger(),
                 m_rig.server.server()->context().events->lastId());
        QCOMPARE(healthClients(), 1);

        QCOMPARE(m_rig.postText(QStringLiteral("221771111111@c.us"), QStringLiteral("Bonjour"), QStringLiteral("l1")),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("message.received")), 1000);
        const QJsonObject received = client.messages.at(client.indexOf(QStringLiteral("message.received")));
        QCOMPARE(received.value(u"chat_id").toString(), u"221771111111@c.us");
        QVERIFY(received.value(u"id").toInteger() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("message.sent")), 10000);
    }

    void aRequestForAPersonAlertsTheConsolesAtOnce()
    {
        LiveClient console;
        console.open(liveUrl(QStringLiteral("access_token=") + QString::fromUtf8(m_token)));
        QTRY_VERIFY_WITH_TIMEOUT(console.has(QStringLiteral("hello")), 5000);
        const QString chat = QStringLiteral("221771111222@c.us");
        QCOMPARE(m_rig.postText(chat, QStringLiteral("je veux parler à un agent"), QStringLiteral("h1")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(console.has(QStringLiteral("handoff.requested")), 1000);
        const QJsonObject alert = console.messages.at(console.indexOf(QStringLiteral("handoff.requested")));
        QCOMPARE(alert.value(u"chat_id").toString(), chat);
        QVERIFY(!alert.value(u"reason").toString().isEmpty());
        QVERIFY2(alert.value(u"summary").toString().contains(QStringLiteral("agent")),
                 qPrintable(alert.value(u"summary").toString()));
        QVERIFY(console.has(QStringLiteral("conversation.owner")));
    }

    void authInFirstMessageAndResumeAfterReconnect()
    {
        LiveClient first;
        QSignalSpy connected(&first.socket, &QWebSocket::connected);
        first.open(liveUrl());
        QVERIFY(connected.wait(5000));
        first.socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                                        {QStringLiteral("access_token"), QString::fromUtf8(m_token)}})
                                  .toJson(QJsonDocument::Compact)));
        QTRY_VERIFY_WITH_TIMEOUT(first.has(QStringLiteral("hello")), 5000);
        const qint64 seen = first.messages.first().value(u"last_id").toInteger();
        first.socket.close();
        QTRY_COMPARE(healthClients(), 0);

        // Missed while away.
        const QString chat = QStringLiteral("221772222222@c.us");
        QCOMPARE(m_rig.postText(chat, QStringLiteral("Bonsoir"), QStringLiteral("l2")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.repliesTo(chat) > 0, 10000);

        LiveClient again;
        again.open(liveUrl(QStringLiteral("access_token=%1&since=%2").arg(QString::fromUtf8(m_token)).arg(seen)));
        QTRY_VERIFY_WITH_TIMEOUT(again.has(QStringLiteral("message.sent")), 5000);
        QCOMPARE(again.indexOf(QStringLiteral("hello")), 0);
        QCOMPARE(again.messages.at(1).value(u"id").toInteger(), seen + 1);
        bool sawChat = false;
        for (const QJsonObject &m : std::as_const(again.messages))
            sawChat |= m.value(u"type").toString() == u"message.received" && m.value(u"chat_id").toString() == chat;
        QVERIFY(sawChat);

        // A resume message works too; an id from before a restart (beyond the last one) asks for a reset.
        again.socket.sendTextMessage(QStringLiteral(R"({"type":"resume","since":99999999})"));
        QTRY_VERIFY_WITH_TIMEOUT(again.has(QStringLiteral("reset")), 5000);
    }

    void healthChangesAreLive()
    {
        LiveClient client;
        client.open(liveUrl(QStringLiteral("access_token=") + QString::fromUtf8(m_token)));
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("hello")), 5000);
        QCOMPARE(m_rig.server.postWebhook(fixture(QStringLiteral("waha/session-status.json"))).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("health.changed")), 1000);
        const QJsonObject changed = client.messages.at(client.indexOf(QStringLiteral("health.changed")));
        QCOMPARE(changed.value(u"waha").toString(), u"SCAN_QR_CODE");
        QCOMPARE(changed.value(u"overall").toString(), u"degraded");
    }

    void slowClientIsDroppedOthersKeepUp()
    {
        LiveClient good;
        good.open(liveUrl(QStringLiteral("access_token=") + QString::fromUtf8(m_token)));
        QTRY_VERIFY_WITH_TIMEOUT(good.has(QStringLiteral("hello")), 5000);

        // A console that connects, then never reads again.
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_rig.server.server()->port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET /api/v1/live?access_token=" + m_token +
                   " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(slow.bytesAvailable() > 0 && healthClients() == 2, 5000);
        QVERIFY(slow.peek(12).contains("101"));
        slow.setReadBufferSize(1);

        live::EventBus *bus = m_rig.server.server()->context().events;
        const QString big(64 * 1024, QLatin1Char('x'));
        for (int batch = 0; batch < 200 && healthClients() == 2; ++batch) {
            qint64 last = 0;
            for (int i = 0; i < 8; ++i)
                last = bus->publish(live::EventKind::MessageQueued, QStringLiteral("bulk@c.us"),
                                    {{QStringLiteral("text"), big}})
                           .id;
            QTRY_VERIFY_WITH_TIMEOUT(good.lastId() >= last, 5000); // the good console keeps up meanwhile
        }
        QCOMPARE(healthClients(), 1);
        QCOMPARE(good.socket.state(), QAbstractSocket::ConnectedState);
        const qint64 after = bus->publish(live::EventKind::MessageQueued, QStringLiteral("after@c.us")).id;
        QTRY_VERIFY_WITH_TIMEOUT(good.lastId() >= after, 2000);
    }
};

QTEST_GUILESS_MAIN(TestLiveSocket)
#include "TestLiveSocket.moc"
