// The console's dashboard, health bar, settings dialog and first-run wizard, driven offscreen against a real
// ConciergeServer (in the test's thread) through the real ConsoleClient.
#include "MainWindow.h"
#include "client/ConsoleClient.h"
#include "health/HealthBar.h"
#include "health/QrCodeDialog.h"
#include "settings/SettingsDialog.h"
#include "setup/FirstRunWizard.h"
#include "support/FakeWaha.h"
#include "support/TestServer.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using concierge::testing::FakeWaha;
using concierge::testing::TestServer;
using concierge::ui::ConsoleClient;
using concierge::ui::FirstRunWizard;
using concierge::ui::MainWindow;
using concierge::ui::SettingsDialog;

namespace {

// A console on the server, as the embedded one is: the admin, with a token the server minted.
ConsoleClient *adminClient(TestServer &server)
{
    auto *client = new ConsoleClient(server.baseUrl(), ConsoleClient::Options{200, 50});
    client->setToken(server.server()->issueConsoleToken().value());
    client->setIdentity(QStringLiteral("admin"), QStringLiteral("admin"));
    return client;
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestDashboardAndSettings : public QObject
{
    Q_OBJECT

private slots:
    void healthBarShowsWahaNotConfiguredAsAWarning()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        MainWindow window({server.baseUrl(), {}, server.dataDir()}, adminClient(server));
        window.show();
        auto *bar = window.findChild<concierge::ui::HealthBar *>(QStringLiteral("healthBar"));
        QVERIFY(bar);
        QTRY_COMPARE_WITH_TIMEOUT(bar->chip(QStringLiteral("database"))->property("level").toString(),
                                  QStringLiteral("ok"), 10000);
        QCOMPARE(bar->chip(QStringLiteral("waha"))->property("level").toString(), QStringLiteral("warning"));
        QVERIFY(bar->chip(QStringLiteral("waha"))->text().contains(QStringLiteral("not configured")));
        QVERIFY(!bar->chip(QStringLiteral("waha"))->toolTip().isEmpty());
        QCOMPARE(bar->chip(QStringLiteral("llm"))->property("level").toString(), QStringLiteral("warning"));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("showQrButton"))->isVisible());
        // The activity page's summary agrees: not all green without WhatsApp.
        auto *overall = window.findChild<QLabel *>(QStringLiteral("overallHealth"));
        QTRY_VERIFY_WITH_TIMEOUT(overall->text().contains(QStringLiteral("something missing")), 10000);
    }

    void qrCodeShowsWhileWhatsAppWaitsForAScan()
    {
        FakeWaha waha;
        QVERIFY(waha.start());
        waha.setSessionStatus(QStringLiteral("SCAN_QR_CODE"));
        TestServer server;
        server.settings().wahaBaseUrl = waha.baseUrl();
        server.settings().wahaApiKey = waha.apiKey();
        QVERIFY(server.start().ok());
        MainWindow window({server.baseUrl(), {}, server.dataDir()}, adminClient(server));
        window.show();
        auto *button = window.findChild<QPushButton *>(QStringLiteral("showQrButton"));
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 10000);
        auto *bar = window.findChild<concierge::ui::HealthBar *>(QStringLiteral("healthBar"));
        QCOMPARE(bar->chip(QStringLiteral("waha"))->property("level").toString(), QStringLiteral("warning"));
        button->click();
        auto *dialog = window.findChild<concierge::ui::QrCodeDialog *>(QStringLiteral("qrCodeDialog"));
        QVERIFY(dialog);
        auto *image = dialog->findChild<QLabel *>(QStringLiteral("qrImage"));
        QTRY_VERIFY_WITH_TIMEOUT(!image->pixmap().isNull(), 10000);
    }

    void dashboardShowsTheDaysFigures()
    {
        FakeWaha waha;
        QVERIFY(waha.start());
        TestServer server;
        server.settings().wahaBaseUrl = waha.baseUrl();
        server.settings().wahaApiKey = waha.apiKey();
        QVERIFY(server.start().ok());
        MainWindow window({server.baseUrl(), {}, server.dataDir()}, adminClient(server));
        window.show();
        window.showPage(QStringLiteral("dashboardPage"));
        auto *received = window.findChild<QLabel *>(QStringLiteral("statMessagesIn"));
        QVERIFY(received);
        QTRY_COMPARE_WITH_TIMEOUT(received->text(), QStringLiteral("0"), 10000);
        for (int i = 0; i < 3; ++i) {
            const QString chat = QStringLiteral("22177000000%1@c.us").arg(i);
            QCOMPARE(server
                         .postWebhook(FakeWaha::textWebhookBody(chat,
                                                                QStringLiteral("Bonjour, les horaires des "
                                                                               "messes ?"),
                                                                QStringLiteral("MSG%1").arg(i)))
                         .status,
                     200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(received->text(), QStringLiteral("3"), 15000);
        auto *sent = window.findChild<QLabel *>(QStringLiteral("statMessagesOut"));
        QTRY_COMPARE_WITH_TIMEOUT(sent->text(), QStringLiteral("3"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QLabel *>(QStringLiteral("statReplyMedian"))->text() != QStringLiteral("—"), 10000);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statAssistantShare"))->text(), QStringLiteral("100 %"));
    }

    void settingsDialogSavesToTheServersFile()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        ConsoleClient *client = adminClient(server);
        SettingsDialog dialog(client);
        QSignalSpy loaded(&dialog, &SettingsDialog::loaded);
        QVERIFY(loaded.wait(10000));
        auto *parish = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("PARISH_NAME")));
        QVERIFY(parish);
        QCOMPARE(parish->text(), QStringLiteral("Paroisse Saint-Joseph"));

        // A wrong value: the server's message shows next to its field, nothing is written.
        auto *port = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("PORT")));
        port->setText(QStringLiteral("abc"));
        dialog.save();
        auto *portError = dialog.findChild<QLabel *>(QStringLiteral("error_PORT"));
        QTRY_VERIFY_WITH_TIMEOUT(!portError->isHidden(), 10000);
        QVERIFY(portError->text().contains(QStringLiteral("PORT")));
        QVERIFY(!QFile::exists(server.dataDir() + QStringLiteral("/concierge.env")));

        port->setText(QString());
        parish->setText(QStringLiteral("Paroisse Sainte-Anne de Thiès"));
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toStringList(), QStringList{QStringLiteral("PARISH_NAME")});
        QVERIFY(fileText(server.dataDir() + QStringLiteral("/concierge.env"))
                    .contains(QStringLiteral("PARISH_NAME=\"Paroisse Sainte-Anne de Thiès\"")));
        delete client;
    }

    void firstRunWizardSavesAndEnds()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        MainWindow window({server.baseUrl(), {}, server.dataDir()}, adminClient(server));
        window.show();
        FirstRunWizard *wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (wizard = window.findChild<FirstRunWizard *>(QStringLiteral("firstRunWizard"))) != nullptr, 10000);
        QVERIFY(wizard->findChild<QLineEdit *>(QStringLiteral("wizardWebhookUrl"))
                    ->text()
                    .endsWith(QStringLiteral("/api/v1/webhook")));
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("wizardWebhookToken"))->text(),
                 QString::fromLatin1(TestServer::kWebhookToken));
        wizard->findChild<QLineEdit *>(QStringLiteral("wizardParishName"))->setText(QStringLiteral("Paroisse du Test"));
        QSignalSpy finished(wizard, &FirstRunWizard::finishedSetup);
        wizard->accept();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toStringList().contains(QStringLiteral("PARISH_NAME")));
        QVERIFY(fileText(server.dataDir() + QStringLiteral("/concierge.env"))
                    .contains(QStringLiteral("PARISH_NAME=\"Paroisse du Test\"")));
        QVERIFY(QFile::exists(server.dataDir() + QStringLiteral("/setup-complete")));
    }
};

QTEST_MAIN(TestDashboardAndSettings)
#include "TestDashboardAndSettings.moc"
