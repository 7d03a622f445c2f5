// The one place for WAHA message ids and chat ids: used by the webhook parser and by the WAHA client.

#include "integrations/WahaIds.h"

#include <QTest>

using namespace concierge::integrations;

class TestWahaIds : public QObject
{
    Q_OBJECT

private slots:
    void shortMessageIds()
    {
        QCOMPARE(shortMessageId(QStringLiteral("false_221771234567@c.us_3EB0C4A1")), QStringLiteral("3EB0C4A1"));
        QCOMPARE(shortMessageId(QStringLiteral("true_221771234567@c.us_3EB0AABB")), QStringLiteral("3EB0AABB"));
        QCOMPARE(shortMessageId(QStringLiteral("true_123@g.us_3EB0G_221771234567@c.us")), QStringLiteral("3EB0G"));
        QCOMPARE(shortMessageId(QStringLiteral("3EB0C4A1")), QStringLiteral("3EB0C4A1"));
        QCOMPARE(shortMessageId(QStringLiteral("simple_abc")), QStringLiteral("simple_abc"));
        QCOMPARE(shortMessageId(QString()), QString());
    }

    void chatIds()
    {
        QCOMPARE(normalizeChatId(QStringLiteral("221771234567")), QStringLiteral("221771234567@c.us"));
        QCOMPARE(normalizeChatId(QStringLiteral("+221771234567")), QStringLiteral("221771234567@c.us"));
        QCOMPARE(normalizeChatId(QStringLiteral(" 221771234567@c.us ")), QStringLiteral("221771234567@c.us"));
        QCOMPARE(normalizeChatId(QStringLiteral("221771234567:12@s.whatsapp.net")),
                 QStringLiteral("221771234567@c.us"));
        QCOMPARE(normalizeChatId(QStringLiteral("98765@lid")), QStringLiteral("98765@lid"));
        QCOMPARE(normalizeChatId(QStringLiteral("1203@g.us")), QStringLiteral("1203@g.us"));
        QCOMPARE(normalizeChatId(QString()), QString());
        QVERIFY(isPersonChat(QStringLiteral("221771234567@c.us")));
        QVERIFY(isPersonChat(QStringLiteral("98765@lid")));
        QVERIFY(!isPersonChat(QStringLiteral("0@c.us")));
        QVERIFY(!isPersonChat(QStringLiteral("1203@g.us")));
        QVERIFY(!isPersonChat(QStringLiteral("status@broadcast")));
    }

    void syntheticIds()
    {
        const QString id =
            syntheticMessageId(QStringLiteral("221771234567"), QStringLiteral("1700000000"), QStringLiteral("Bonjour"));
        QVERIFY(isSyntheticMessageId(id));
        QCOMPARE(id, syntheticMessageId(QStringLiteral("221771234567"), QStringLiteral("1700000000"),
                                        QStringLiteral("Bonjour")));
        QVERIFY(id != syntheticMessageId(QStringLiteral("221771234567"), QStringLiteral("1700000001"),
                                         QStringLiteral("Bonjour")));
        QVERIFY(!isSyntheticMessageId(QStringLiteral("3EB0C4A1")));
    }
};

QTEST_GUILESS_MAIN(TestWahaIds)
#include "TestWahaIds.moc"
