// `concierge --connect URL`: the login (silent with CONCIERGE_PASSWORD, else the dialog with its errors inline), the
// silent login again when the token is refused, and a console that survives its server's restart.
#include "client/ConsoleClient.h"
#include "login/LoginDialog.h"
#include "login/RemoteLogin.h"
#include "support/TestServer.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using concierge::testing::fixture;
using concierge::testing::TestServer;
using concierge::ui::ConsoleClient;
using concierge::ui::LoginDialog;
using concierge::ui::RemoteLogin;

namespace {

QString password()
{
    return QString::fromLatin1(TestServer::kAdminPassword);
}

QLabel *errorOf(LoginDialog *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("loginError"));
}

} // namespace

class TestRemoteConsole : public QObject
{
    Q_OBJECT

private slots:
    void kioskLogsInWithoutTheDialog()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        ConsoleClient client(server.baseUrl());
        RemoteLogin login(&client, QStringLiteral("admin"), password());
        QSignalSpy ready(&login, &RemoteLogin::ready);
        login.start();
        QVERIFY(ready.wait(10000));
        QVERIFY(!login.dialog());
        QCOMPARE(client.username(), QStringLiteral("admin"));
        QVERIFY(client.isAdmin());
        int status = 0;
        client.get(QStringLiteral("/api/v1/conversations"), this,
                   [&status](const auto &reply) { status = reply.status; });
        QTRY_COMPARE_WITH_TIMEOUT(status, 200, 10000);
    }

    void wrongPasswordIsShownInTheDialog()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        ConsoleClient client(server.baseUrl());
        RemoteLogin login(&client, QStringLiteral("admin"), {});
        QSignalSpy ready(&login, &RemoteLogin::ready);
        login.start();
        LoginDialog *dialog = login.dialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->objectName(), QStringLiteral("loginDialog"));
        QCOMPARE(dialog->username(), QStringLiteral("admin")); // --user pre-fills it
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("loginPassword"));
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("loginButton"));
        field->setText(QStringLiteral("not-the-password"));
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(errorOf(dialog)->isVisible(), 10000);
        QVERIFY2(errorOf(dialog)->text().contains(QStringLiteral("Wrong username or password")),
                 qPrintable(errorOf(dialog)->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(ready.count(), 0);

        field->setText(password());
        button->click();
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY(!login.dialog());
    }

    void unreachableServerIsNamedWithARetry()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        const QString url = server.baseUrl();
        server.stop(); // nothing listens there any more
        ConsoleClient client(url);
        RemoteLogin login(&client, QStringLiteral("admin"), password());
        login.start();
        QTRY_VERIFY_WITH_TIMEOUT(login.dialog() && errorOf(login.dialog())->isVisible(), 10000);
        QVERIFY2(errorOf(login.dialog())->text().contains(url), qPrintable(errorOf(login.dialog())->text()));
        QVERIFY(login.dialog()->findChild<QPushButton *>(QStringLiteral("loginRetry"))->isVisible());
    }

    void refusedTokenLogsInAgainSilently()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        ConsoleClient client(server.baseUrl());
        RemoteLogin login(&client, QStringLiteral("admin"), password());
        QSignalSpy ready(&login, &RemoteLogin::ready);
        login.start();
        QVERIFY(ready.wait(10000));
        client.setToken(QStringLiteral("expired-or-forged"));
        QSignalSpy loggedIn(&client, &ConsoleClient::loggedIn);
        QSignalSpy resynchronized(&client, &ConsoleClient::resynchronized);
        int status = 0;
        client.get(QStringLiteral("/api/v1/conversations"), this,
                   [&status](const auto &reply) { status = reply.status; });
        QTRY_COMPARE_WITH_TIMEOUT(status, 401, 10000);
        QVERIFY(loggedIn.wait(10000));
        QVERIFY(!login.dialog());
        QVERIFY(client.token() != QStringLiteral("expired-or-forged"));
        QCOMPARE(resynchronized.count(), 1); // what failed with the refused token is asked again
    }

    void reconnectsAndResynchronizesAfterTheServerRestarts()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        const quint16 port = server.server()->port();
        auto *client = new ConsoleClient(server.baseUrl(), ConsoleClient::Options{200, 50});
        std::unique_ptr<ConsoleClient> owner(client);
        RemoteLogin login(client, QStringLiteral("admin"), password());
        QSignalSpy ready(&login, &RemoteLogin::ready);
        login.start();
        QVERIFY(ready.wait(10000));
        int messages = 0; // users' messages that reached the console
        connect(client, &ConsoleClient::eventReceived, this, [&messages](const concierge::live::LiveEvent &event) {
            messages += event.kind == concierge::live::EventKind::MessageReceived ? 1 : 0;
        });
        QSignalSpy resynchronized(client, &ConsoleClient::resynchronized);
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(client->isConnected(), 10000);
        QCOMPARE(server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(messages > 0, 10000);

        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!client->isConnected(), 15000);
        server.settings().port = port; // the same address, as a restarted concierge-server
        QVERIFY(server.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(client->isConnected(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!resynchronized.isEmpty(), 20000); // its event ids start again: reload
        messages = 0;
        QCOMPARE(server.postWebhook(fixture(QStringLiteral("waha/message-text-webjs.json"))).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(messages > 0, 15000);
        QVERIFY(!login.dialog());
    }
};

QTEST_MAIN(TestRemoteConsole)
#include "TestRemoteConsole.moc"
