// The embedded console restarts its server when settings that need it were saved: same window, same port, a busy
// indicator meanwhile, and the console follows the restarted server (its live events, a resynchronization).
#include "EmbeddedRestart.h"
#include "MainWindow.h"
#include "ServerHost.h"
#include "client/ConsoleClient.h"
#include "support/TestServer.h"

#include <QProgressDialog>
#include <QSignalSpy>
#include <QTest>

using concierge::ServerHost;
using concierge::app::EmbeddedRestart;
using concierge::testing::fixture;
using concierge::testing::httpRequest;
using concierge::testing::TestServer;
using concierge::ui::ConsoleClient;
using concierge::ui::MainWindow;

namespace {

int postWebhook(const QString &baseUrl, const QString &fixtureName)
{
    return httpRequest("POST", baseUrl + QStringLiteral("/api/v1/webhook"), fixture(fixtureName),
                       {{"X-Waha-Token", TestServer::kWebhookToken}})
        .status;
}

} // namespace

class TestEmbeddedRestart : public QObject
{
    Q_OBJECT

private slots:
    void restartKeepsTheWindowAndReconnects()
    {
        TestServer defaults; // not started: its settings (fresh data folder, tokens) serve the embedded host
        ServerHost host(defaults.settings());
        QVERIFY(host.start().ok());
        const quint16 port = host.port();
        const QString baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        auto *client = new ConsoleClient(baseUrl, ConsoleClient::Options{200, 50});
        client->setIdentity(QStringLiteral("admin"), QStringLiteral("admin"));
        int reloads = 0;
        EmbeddedRestart restart(&host, client, [&defaults] { return defaults.settings(); });
        restart.refreshToken();
        MainWindow window({baseUrl, host.webhookTokenFile(), defaults.dataDir()}, client);
        connect(&window, &MainWindow::serverRestartRequested, &restart, [&] { restart.restart(&window); });
        connect(client, &ConsoleClient::resynchronized, this, [&reloads] { ++reloads; });
        int messages = 0;
        connect(client, &ConsoleClient::eventReceived, this, [&messages](const concierge::live::LiveEvent &event) {
            messages += event.kind == concierge::live::EventKind::MessageReceived ? 1 : 0;
        });
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(client->isConnected(), 10000);
        QCOMPARE(postWebhook(baseUrl, QStringLiteral("waha/message-text-noweb.json")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(messages > 0, 10000);

        QSignalSpy finished(&restart, &EmbeddedRestart::finished);
        emit window.serverRestartRequested();
        auto *busy = window.findChild<QProgressDialog *>(QStringLiteral("restartProgress"));
        QVERIFY(busy && busy->isVisible()); // shown at once; the restart runs off the GUI thread
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(window.isVisible());
        QCOMPARE(host.port(), port);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QProgressDialog *>(QStringLiteral("restartProgress")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(client->isConnected(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(reloads > 0, 10000);
        messages = 0;
        QCOMPARE(postWebhook(baseUrl, QStringLiteral("waha/message-text-webjs.json")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(messages > 0, 10000);
    }
};

QTEST_MAIN(TestEmbeddedRestart)
#include "TestEmbeddedRestart.moc"
