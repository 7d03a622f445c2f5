// The console against a real ConciergeServer (in the test's thread): the token the host mints for the in-process
// console is accepted by the API, health is shown, and a WhatsApp message appears in the live log.
#include "MainWindow.h"
#include "client/ConsoleClient.h"
#include "support/FakeWaha.h"
#include "support/TestServer.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

using concierge::testing::FakeWaha;
using concierge::testing::fixture;
using concierge::testing::HttpResult;
using concierge::testing::TestServer;
using concierge::ui::ConsoleClient;
using concierge::ui::MainWindow;

class TestConsoleOnServer : public QObject
{
    Q_OBJECT

private slots:
    void consoleTokenIsAcceptedByTheApi()
    {
        TestServer server;
        QVERIFY2(server.start().ok(), "server did not start");
        const auto token = server.server()->issueConsoleToken();
        QVERIFY(token.ok());
        const HttpResult refused = server.get(QStringLiteral("/api/v1/sessions/console-check"));
        QCOMPARE(refused.status, 401);
        const HttpResult allowed = server.get(QStringLiteral("/api/v1/sessions/console-check"), token.value().toUtf8());
        QVERIFY2(allowed.status != 401 && allowed.status != 0, qPrintable(QString::number(allowed.status)));
    }

    void showsHealthAndLiveMessages()
    {
        FakeWaha waha;
        QVERIFY(waha.start());
        TestServer server;
        server.settings().wahaBaseUrl = waha.baseUrl();
        server.settings().wahaApiKey = waha.apiKey();
        QVERIFY2(server.start().ok(), "server did not start");
        auto *client = new ConsoleClient(server.baseUrl(), ConsoleClient::Options{200, 50});
        client->setToken(server.server()->issueConsoleToken().value());
        MainWindow window({server.baseUrl(), {}, server.dataDir()}, client);
        window.show();
        auto *overall = window.findChild<QLabel *>(QStringLiteral("overallHealth"));
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionState"));
        QTRY_VERIFY_WITH_TIMEOUT(!overall->text().contains(QStringLiteral("checking")), 10000);
        QVERIFY2(!overall->text().contains(QStringLiteral("unreachable")), qPrintable(overall->text()));
        QTRY_COMPARE_WITH_TIMEOUT(connection->text(), QStringLiteral("Connected"), 10000);

        if (server.get(QStringLiteral("/api/v1/events?since=0&limit=1"), client->token().toUtf8()).status == 404)
            QSKIP("GET /api/v1/events is not served by this build yet");
        QCOMPARE(server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
        auto *table = window.findChild<QTableView *>(QStringLiteral("events"));
        const auto logged = [table](const QString &needle) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 2).data().toString().contains(needle))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("quels sont les horaires des messes")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("Assistant answers")), 10000);
    }
};

QTEST_MAIN(TestConsoleOnServer)
#include "TestConsoleOnServer.moc"
