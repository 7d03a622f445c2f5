// A contact's rights from the console: an administrator exports the shown contact's data to a JSON file chosen in a
// file dialog, and erases it after a confirmation that names the contact; the thread is then empty. An agent sees
// neither action.
#include "MainWindow.h"
#include "api/ServerContext.h"
#include "auth/JwtService.h"
#include "client/ConsoleClient.h"
#include "inbox/ConversationPanel.h"
#include "inbox/ThreadView.h"
#include "support/FakeWaha.h"
#include "support/TestServer.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::testing;
using concierge::ui::ConsoleClient;
using concierge::ui::MainWindow;
using concierge::ui::inbox::ConversationPanel;
using concierge::ui::inbox::ThreadView;

namespace {

const QString kChat = QStringLiteral("221771234567@c.us");

struct Rig
{
    FakeWaha waha;
    TestServer server;
    bool ready = false;

    Rig()
    {
        if (!waha.start())
            return;
        server.settings().wahaBaseUrl = waha.baseUrl();
        server.settings().wahaApiKey = waha.apiKey();
        ready = server.start().ok();
    }

    std::unique_ptr<MainWindow> console(const QString &user, const QString &role)
    {
        auto *client = new ConsoleClient(server.baseUrl(), ConsoleClient::Options{200, 50});
        client->setToken(server.server()->context().jwt->issue(user, role).value());
        client->setIdentity(user, role);
        auto window = std::make_unique<MainWindow>(ui::ServerInfo{client->baseUrl(), {}, {}}, client);
        window->show();
        return window;
    }
};

// Opens kChat in the window's conversation page once its thread shows `text`.
ConversationPanel *openChat(MainWindow &window, const QString &text)
{
    auto *panel = window.findChild<ConversationPanel *>();
    if (!panel)
        return nullptr;
    panel->openConversation(kChat);
    if (!QTest::qWaitFor([&] { return panel->thread()->toPlainText().contains(text); }, 10000))
        return nullptr;
    return panel;
}

} // namespace

class TestContactDataConsole : public QObject
{
    Q_OBJECT

private slots:
    void exportThenEraseEmptiesTheThread()
    {
        Rig rig;
        QVERIFY(rig.ready);
        auto window = rig.console(rig.server.settings().adminUsername, QStringLiteral("admin"));
        QCOMPARE(rig.server
                     .postWebhook(FakeWaha::textWebhookBody(kChat, QStringLiteral("Inscription de Awa au caté"),
                                                            QStringLiteral("3EB0CD1"), QStringLiteral("Marie")))
                     .status,
                 200);
        ConversationPanel *panel = openChat(*window, QStringLiteral("Inscription de Awa"));
        QVERIFY(panel);
        auto *exportAction = window->findChild<QAction *>(QStringLiteral("actionExportContact"));
        auto *eraseAction = window->findChild<QAction *>(QStringLiteral("actionEraseContact"));
        QVERIFY(exportAction && eraseAction);
        QVERIFY(exportAction->isVisible());
        QTRY_VERIFY(exportAction->isEnabled() && eraseAction->isEnabled());

        // Export: the file dialog, then the file holds the conversation.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("marie.json"));
        exportAction->trigger();
        auto *dialog = window->findChild<QFileDialog *>(QStringLiteral("exportContactDialog"));
        QVERIFY(dialog);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QDialog's public slot; QFileDialog's override runs
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(exported.value(u"chat_id").toString(), kChat);
        QVERIFY(QJsonDocument(exported.value(u"messages").toArray()).toJson().contains("Inscription de Awa"));

        // Erase: the confirmation names the contact and says it cannot be undone; then the thread is empty.
        eraseAction->trigger();
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("eraseContactConfirm"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Marie")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("+221 77 123 45 67")));
        QVERIFY(box->informativeText().contains(QStringLiteral("cannot be undone")));
        auto *confirm = box->findChild<QAbstractButton *>(QStringLiteral("confirmErase"));
        QVERIFY(confirm);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel->thread()->messages().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->thread()->toPlainText().contains(QStringLiteral("Inscription")), 10000);
        const QJsonObject after =
            rig.server.get(QStringLiteral("/api/v1/contacts/%1/export").arg(kChat), rig.server.login()).json();
        QVERIFY(after.value(u"messages").toArray().isEmpty());
    }

    void agentsSeeNeitherAction()
    {
        Rig rig;
        QVERIFY(rig.ready);
        auto window = rig.console(QStringLiteral("fatou"), QStringLiteral("agent"));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionExportContact"))->isVisible());
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionEraseContact"))->isVisible());
    }
};

QTEST_MAIN(TestContactDataConsole)
#include "TestContactDataConsole.moc"
