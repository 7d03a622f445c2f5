// The console's main window, driven offscreen: health from a server's /health, live events in the table.
#include "MainWindow.h"
#include "support/FakeHttpServer.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

using concierge::testing::FakeHttpServer;
using concierge::testing::FakeResponse;
using concierge::testing::RecordedRequest;
using concierge::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsHealthOfEachComponent()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) {
            FakeResponse r;
            r.body = R"({"status":"degraded","components":{"database":{"status":"ok"},"cache":{"status":"degraded",
                "backend":"redis"},"waha":{"status":"SCAN_QR_CODE"},"llm":{"status":"not_configured"}}})";
            return r;
        });
        MainWindow window({server.baseUrl(), QStringLiteral("/data/webhook-token"), QStringLiteral("/data")});
        window.show();
        auto *overall = window.findChild<QLabel *>(QStringLiteral("overallHealth"));
        auto *components = window.findChild<QLabel *>(QStringLiteral("componentHealth"));
        QVERIFY(overall && components);
        QTRY_VERIFY_WITH_TIMEOUT(overall->text().contains(QStringLiteral("something missing")), 5000);
        QVERIFY(components->text().contains(QStringLiteral("waiting for the QR code")));
        QVERIFY(components->text().contains(QStringLiteral("redis")));
        QCOMPARE(server.requestsTo("/health").size() >= 1, true);
    }

    void saysWhenTheServerIsUnreachable()
    {
        MainWindow window({QStringLiteral("http://127.0.0.1:1"), {}, {}});
        auto *overall = window.findChild<QLabel *>(QStringLiteral("overallHealth"));
        QTRY_VERIFY_WITH_TIMEOUT(overall->text().contains(QStringLiteral("unreachable")), 5000);
    }

    void listsLiveEventsInOrder()
    {
        MainWindow window({QStringLiteral("http://127.0.0.1:1"), {}, {}});
        window.addLiveEvent(QStringLiteral("message.received"),
                            {{QStringLiteral("chat_id"), QStringLiteral("221771234567@c.us")},
                             {QStringLiteral("push_name"), QStringLiteral("Awa")},
                             {QStringLiteral("text"), QStringLiteral("Bonjour")}},
                            0);
        window.addLiveEvent(QStringLiteral("message.queued"),
                            {{QStringLiteral("chat_id"), QStringLiteral("221771234567@c.us")},
                             {QStringLiteral("text"), QStringLiteral("Messes dominicales")}},
                            0);
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("events"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("221771234567@c.us"));
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("Awa wrote: Bonjour")));
        QVERIFY(table->item(1, 2)->text().contains(QStringLiteral("Messes dominicales")));
    }

    void keepsABoundedHistory()
    {
        MainWindow window({QStringLiteral("http://127.0.0.1:1"), {}, {}});
        for (int i = 0; i < 600; ++i)
            window.addLiveEvent(QStringLiteral("message.sent"), {{QStringLiteral("chat_id"), QString::number(i)}}, 0);
        QCOMPARE(window.eventRowCount(), 500);
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("events"));
        QCOMPARE(table->item(499, 1)->text(), QStringLiteral("599"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
