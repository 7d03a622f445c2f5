// The shortest path through the whole server: a WAHA webhook in, a WhatsApp reply out.
#include "support/FakeWaha.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace concierge::testing;

class TestServerSmoke : public QObject
{
    Q_OBJECT

private slots:
    void webhookGetsAReply()
    {
        FakeWaha waha;
        QVERIFY(waha.start());
        TestServer server;
        server.settings().wahaBaseUrl = waha.baseUrl();
        server.settings().wahaApiKey = waha.apiKey();
        QVERIFY2(server.start().ok(), "server did not start");

        const HttpResult ack = server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json")));
        QCOMPARE(ack.status, 200);
        QCOMPARE(ack.json().value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        QTRY_COMPARE_WITH_TIMEOUT(waha.sentTexts().size(), 1, 10000);
        QCOMPARE(waha.sentTexts().first().chatId, QStringLiteral("221771234567@c.us"));
        QVERIFY2(waha.sentTexts().first().text.contains(QStringLiteral("11h30")),
                 qPrintable(waha.sentTexts().first().text));
    }
};

QTEST_GUILESS_MAIN(TestServerSmoke)
#include "TestServerSmoke.moc"
