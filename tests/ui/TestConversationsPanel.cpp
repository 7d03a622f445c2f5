// The pages staff work in all day (conversations, handoff queue, follow-ups), driven through their widgets against
// a real ConciergeServer: a WhatsApp message appears in the list, a request for a person raises the alert, claiming
// and answering reaches WhatsApp, a second agent cannot answer a conversation that is not theirs, the list pages
// lazily, and a follow-up is marked done.
#include "MainWindow.h"
#include "api/ServerContext.h"
#include "auth/JwtService.h"
#include "client/ConsoleClient.h"
#include "handoff/HandoffMonitor.h"
#include "inbox/ConversationListModel.h"
#include "inbox/ConversationPages.h"
#include "inbox/ConversationPanel.h"
#include "inbox/HandoffAlert.h"
#include "inbox/ThreadView.h"
#include "support/FakeWaha.h"
#include "support/ManualClock.h"
#include "support/TestServer.h"
#include "support/WhatsAppUser.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace concierge;
using namespace concierge::testing;
using concierge::ui::ConsoleClient;
using concierge::ui::MainWindow;
using concierge::ui::inbox::ConversationListModel;
using concierge::ui::inbox::ConversationPages;
using concierge::ui::inbox::ConversationPanel;
using concierge::ui::inbox::HandoffAlert;
using Role = concierge::ui::inbox::ConversationListModel::Role;

namespace {

const QString kChat = QStringLiteral("221771234567@c.us");

// A server answering through a fake WAHA, and consoles on it.
struct Rig
{
    FakeWaha waha;
    TestServer server;
    bool ready = false;

    Rig(const Clock *clock = nullptr, double slaMinutes = 15)
    {
        if (!waha.start())
            return;
        server.settings().wahaBaseUrl = waha.baseUrl();
        server.settings().wahaApiKey = waha.apiKey();
        server.settings().handoffSlaMinutes = slaMinutes;
        if (clock)
            server.setClock(clock);
        ready = server.start().ok();
    }

    // The embedded console: the admin, with the token the host mints.
    std::unique_ptr<MainWindow> console()
    {
        auto *client = new ConsoleClient(server.baseUrl(), ConsoleClient::Options{200, 50});
        client->setToken(server.server()->issueConsoleToken().value());
        client->setIdentity(server.settings().adminUsername, QStringLiteral("admin"));
        return show(client);
    }

    // Another agent's console (its own token).
    std::unique_ptr<MainWindow> agentConsole(const QString &agent)
    {
        auto *client = new ConsoleClient(server.baseUrl(), ConsoleClient::Options{200, 50});
        client->setToken(server.server()->context().jwt->issue(agent, QStringLiteral("agent")).value());
        client->setIdentity(agent, QStringLiteral("agent"));
        return show(client);
    }

    static std::unique_ptr<MainWindow> show(ConsoleClient *client)
    {
        auto window = std::make_unique<MainWindow>(ui::ServerInfo{client->baseUrl(), {}, {}}, client);
        window->show();
        return window;
    }

    void say(const QString &text, const QString &chatId = kChat, const QString &name = QStringLiteral("Marie"))
    {
        static int counter = 0;
        const QString id = QStringLiteral("3EB0UI%1").arg(++counter);
        QCOMPARE(server.postWebhook(FakeWaha::textWebhookBody(chatId, text, id, name)).status, 200);
    }
};

ConversationPages *pagesOf(MainWindow &window)
{
    return window.findChild<ConversationPages *>(QStringLiteral("conversationPages"));
}

int rowOf(QAbstractItemModel *model, const QString &chatId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Role::ChatIdRole).toString() == chatId)
            return row;
    }
    return -1;
}

bool sentTo(const FakeWaha &waha, const QString &chatId, const QString &text)
{
    const QList<FakeWaha::SentText> sent = waha.sentTexts();
    return std::any_of(sent.begin(), sent.end(),
                       [&](const FakeWaha::SentText &t) { return t.chatId == chatId && t.text == text; });
}

// Clicks the button named `buttonText` of the next message box, once it is shown (modal dialogs run their own loop).
void answerNextDialog(const QString &buttonText)
{
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == buttonText)
                button->click();
        }
        poll->deleteLater();
    });
    poll->start(10);
}

} // namespace

class TestConversationsPanel : public QObject
{
    Q_OBJECT

private slots:
    void pagesComeFirstInTheirOrder()
    {
        Rig rig;
        QVERIFY(rig.ready);
        auto window = rig.console();
        QStringList names;
        for (auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation")); nav;) {
            for (int i = 0; i < nav->count(); ++i)
                names.append(nav->item(i)->data(Qt::UserRole).toString());
            break;
        }
        QCOMPARE(names.mid(0, 3), (QStringList{QStringLiteral("conversationsPage"), QStringLiteral("handoffPage"),
                                               QStringLiteral("followupsPage")}));
        QCOMPARE(names.last(), QStringLiteral("activityPage"));
        QVERIFY(window->findChild<QListView *>(QStringLiteral("conversationList")));
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("actionClaim"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_T));
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("actionNextWaiting"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_N));
    }

    void webhookMessageAppearsInTheListAndThread()
    {
        Rig rig;
        QVERIFY(rig.ready);
        auto window = rig.console();
        auto *list = window->findChild<QListView *>(QStringLiteral("conversationList"));
        rig.say(QStringLiteral("Bonjour, quels sont les horaires des messes ?"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(list->model(), kChat) >= 0, 10000);
        const QModelIndex row = list->model()->index(rowOf(list->model(), kChat), 0);
        QCOMPARE(row.data(Role::NameRole).toString(), QStringLiteral("Marie"));
        QCOMPARE(row.data(Role::PhoneRole).toString(), QStringLiteral("+221 77 123 45 67"));
        QCOMPARE(row.data(Role::OwnerTextRole).toString(), QStringLiteral("Assistant"));
        QTRY_VERIFY_WITH_TIMEOUT(row.data(Role::UnreadRole).toInt() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!row.data(Role::PreviewRole).toString().isEmpty(), 10000);

        // Opening it shows the thread (user and assistant) and marks it read.
        list->setCurrentIndex(row);
        auto *thread = window->findChild<QTextBrowser *>(QStringLiteral("conversationThread"));
        QTRY_VERIFY_WITH_TIMEOUT(thread->toPlainText().contains(QStringLiteral("horaires des messes")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(thread->toPlainText().contains(QStringLiteral("Assistant")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->index(rowOf(list->model(), kChat), 0).data(Role::UnreadRole).toInt(),
                                  0, 10000);
        const auto *composer = window->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QVERIFY(!composer->isEnabled());
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("composerHint"))->text(),
                 QStringLiteral("Claim this conversation to answer."));
        const QJsonObject read =
            rig.server.get(QStringLiteral("/api/v1/conversations/") + kChat, rig.server.login()).json();
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.get(QStringLiteral("/api/v1/conversations/") + kChat, rig.server.login())
                                      .json()
                                      .value(QLatin1String("unread"))
                                      .toInt(),
                                  0, 10000);
        Q_UNUSED(read)
    }

    void handoffRaisesTheAlertUntilClaimedAndTheAnswerReachesWhatsApp()
    {
        Rig rig;
        QVERIFY(rig.ready);
        auto window = rig.console();
        ConversationPages *pages = pagesOf(*window);
        QVERIFY(pages);
        pages->alert()->setIntervalMs(300);
        QSignalSpy alerts(pages->alert(), &HandoffAlert::alerted);
        rig.say(QStringLiteral("je veux parler à un agent"));
        QTRY_VERIFY_WITH_TIMEOUT(!alerts.isEmpty(), 10000);
        QVERIFY2(alerts.first().at(0).toString().contains(QStringLiteral("Marie")),
                 qPrintable(alerts.first().at(0).toString()));
        QVERIFY2(alerts.first().at(1).toString().contains(QStringLiteral("agent")),
                 qPrintable(alerts.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(window->windowTitle().startsWith(QStringLiteral("(1) ")), 10000);
        const auto *queue = window->findChild<QTreeWidget *>(QStringLiteral("handoffQueue"));
        QTRY_COMPARE_WITH_TIMEOUT(queue->topLevelItem(0)->childCount(), 1, 10000);
        QVERIFY(queue->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("Marie")));
        // Repeated while nobody claims it.
        const qsizetype first = alerts.size();
        QTRY_VERIFY_WITH_TIMEOUT(alerts.size() > first, 5000);

        // A console started now sees who waits (counted from the server, not from events it never got).
        auto restarted = rig.console();
        QTRY_VERIFY_WITH_TIMEOUT(restarted->windowTitle().startsWith(QStringLiteral("(1) ")), 10000);
        restarted.reset();

        // Ctrl+N opens it; claim through the button; answer with the composer.
        window->findChild<QAction *>(QStringLiteral("actionNextWaiting"))->trigger();
        auto *panel = pages->conversations();
        QTRY_COMPARE_WITH_TIMEOUT(panel->currentChatId(), kChat, 10000);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(panel));
        auto *claim = window->findChild<QPushButton *>(QStringLiteral("claimButton"));
        QTRY_VERIFY_WITH_TIMEOUT(claim->isEnabled(), 10000);
        QTest::mouseClick(claim, Qt::LeftButton);
        auto *composer = window->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QTRY_VERIFY_WITH_TIMEOUT(composer->isEnabled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->windowTitle().startsWith(QStringLiteral("Concierge")), 10000);
        const QString answer = QStringLiteral("Bonjour Marie, je suis le père Jean.\nQue puis-je pour vous ?");
        composer->setPlainText(answer);
        QAction *send = window->findChild<QAction *>(QStringLiteral("actionSend"));
        QVERIFY(send->isEnabled());
        send->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(sentTo(rig.waha, kChat, answer), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(composer->toPlainText().isEmpty(), 10000);
        auto *thread = window->findChild<QTextBrowser *>(QStringLiteral("conversationThread"));
        QTRY_VERIFY_WITH_TIMEOUT(thread->toPlainText().contains(QStringLiteral("je suis le père Jean")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(thread->toPlainText().contains(QStringLiteral("✓")), 10000);

        // Hand back: the assistant has it again and the composer closes.
        window->findChild<QAction *>(QStringLiteral("actionRelease"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isEnabled(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->current().owner, QStringLiteral("bot"), 10000);
        QVERIFY(!alerts.wait(700)); // two alert intervals: no reminder once nobody waits
    }

    void aDraftStaysWithItsConversationAndClosingAsksFirst()
    {
        Rig rig;
        QVERIFY(rig.ready);
        auto window = rig.console();
        auto *panel = pagesOf(*window)->conversations();
        const QString other = QStringLiteral("221779998877@c.us");
        rig.say(QStringLiteral("je veux parler à un agent"));
        rig.say(QStringLiteral("Bonjour"), other, QStringLiteral("Awa"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(panel->model(), kChat) >= 0 && rowOf(panel->model(), other) >= 0, 10000);
        panel->openConversation(kChat);
        auto *claim = window->findChild<QPushButton *>(QStringLiteral("claimButton"));
        QTRY_VERIFY_WITH_TIMEOUT(claim->isEnabled(), 10000);
        QTest::mouseClick(claim, Qt::LeftButton);
        auto *composer = window->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QTRY_VERIFY_WITH_TIMEOUT(composer->isEnabled(), 10000);
        const QString draft = QStringLiteral("Bonjour Marie, un instant: je regarde le registre.");
        QTest::keyClicks(composer, draft);

        // Looking at another conversation and coming back keeps the reply being written.
        panel->openConversation(other);
        QTRY_COMPARE_WITH_TIMEOUT(panel->currentChatId(), other, 10000);
        QVERIFY(composer->toPlainText().isEmpty());
        panel->openConversation(kChat);
        QTRY_COMPARE_WITH_TIMEOUT(panel->currentChatId(), kChat, 10000);
        QCOMPARE(composer->toPlainText(), draft);

        // Closing the window asks first: "Stay" keeps it open with the draft, the other answer closes it.
        answerNextDialog(QStringLiteral("Stay"));
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QCOMPARE(composer->toPlainText(), draft);
        answerNextDialog(QStringLiteral("Close without saving"));
        QVERIFY(window->close());
        QVERIFY(!rig.waha.sentTexts().isEmpty()); // the assistant did answer Awa; the draft itself was never sent
        QVERIFY(!sentTo(rig.waha, kChat, draft));
    }

    void aSecondAgentCannotAnswerAndIsToldWhy()
    {
        Rig rig;
        QVERIFY(rig.ready);
        rig.say(QStringLiteral("je veux parler à un agent"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.get(QStringLiteral("/api/v1/conversations/") + kChat, rig.server.login())
                                      .json()
                                      .value(QLatin1String("owner"))
                                      .toString(),
                                  QStringLiteral("queued"), 10000);
        auto mine = rig.console();
        auto awa = rig.agentConsole(QStringLiteral("awa"));
        ConversationPanel *minePanel = pagesOf(*mine)->conversations();
        ConversationPanel *awaPanel = pagesOf(*awa)->conversations();
        minePanel->openConversation(kChat);
        awaPanel->openConversation(kChat);
        QTRY_COMPARE_WITH_TIMEOUT(minePanel->current().owner, QStringLiteral("queued"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(awaPanel->current().owner, QStringLiteral("queued"), 10000);

        // Awa's console stops hearing events; the admin claims meanwhile.
        awa->client()->stop();
        mine->findChild<QAction *>(QStringLiteral("actionClaim"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(minePanel->current().owner, QStringLiteral("human:admin"), 10000);

        // Awa still sees it claimable: her claim is refused and says who has it, with a refresh.
        auto *awaClaim = awa->findChild<QPushButton *>(QStringLiteral("claimButton"));
        QVERIFY(awaClaim->isEnabled());
        QTest::mouseClick(awaClaim, Qt::LeftButton);
        auto *error = awa->findChild<QLabel *>(QStringLiteral("conversationError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("admin took this conversation a moment ago.")),
                                 10000);
        QVERIFY(error->text().contains(QStringLiteral("Refresh")));
        const auto *awaComposer = awa->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QVERIFY(!awaComposer->isEnabled());
        QCOMPARE(awa->findChild<QLabel *>(QStringLiteral("composerHint"))->text(),
                 QStringLiteral("admin is answering this conversation."));
        QVERIFY(!awa->findChild<QAction *>(QStringLiteral("actionSend"))->isEnabled());
    }

    void theListPagesWhenScrolled()
    {
        Rig rig;
        QVERIFY(rig.ready);
        for (int i = 0; i < 8; ++i) {
            const QString chat = QStringLiteral("2217700000%1@c.us").arg(10 + i);
            WhatsAppUser user(rig.server, rig.waha, chat);
            QVERIFY(!user.ask(QStringLiteral("Bonjour %1").arg(i)).startsWith(QLatin1Char('<')));
        }
        auto window = rig.console();
        auto *list = window->findChild<QListView *>(QStringLiteral("conversationList"));
        auto *model = window->findChild<ConversationListModel *>(QStringLiteral("conversationModel"));
        list->setFixedHeight(90); // fewer than a page's rows visible
        model->setPageSize(3);
        model->reload();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        QVERIFY(model->canFetchMore({}));
        // Newest activity first.
        QCOMPARE(model->index(0).data(Role::ChatIdRole).toString(), QStringLiteral("221770000017@c.us"));
        list->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 6, 10000);
        for (int i = 0; i < 4 && model->rowCount() < 8; ++i) {
            list->scrollToBottom();
            const int before = model->rowCount();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before || !model->canFetchMore({}), 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 8, 10000);

        // New activity moves a chat to the top.
        rig.say(QStringLiteral("Encore moi"), QStringLiteral("221770000010@c.us"), QStringLiteral("Paul"));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0).data(Role::ChatIdRole).toString(),
                                  QStringLiteral("221770000010@c.us"), 10000);
        QCOMPARE(model->rowCount(), 8);

        // The search asks the server.
        model->setSearch(QStringLiteral("Bonjour 3"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QCOMPARE(model->index(0).data(Role::ChatIdRole).toString(), QStringLiteral("221770000013@c.us"));
    }

    void aFollowupIsMarkedDone()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        Rig rig(&clock, 0.5);
        QVERIFY(rig.ready);
        auto window = rig.console();
        rig.say(QStringLiteral("humain"));
        auto *monitor = rig.server.server()->context().handoffMonitor;
        QTRY_VERIFY_WITH_TIMEOUT(monitor->nextDeadlineMs().has_value(), 10000);
        clock.advanceMinutes(1);
        monitor->checkNow();
        auto *table = window->findChild<QTableWidget *>(QStringLiteral("followupsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 0)->text(), QStringLiteral("Marie"), 10000);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("+221 77 123 45 67"));
        table->selectRow(0);
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("followupDone")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 10000);
        window->findChild<QCheckBox *>(QStringLiteral("showDoneFollowups"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
        QVERIFY2(table->item(0, 4)->text().contains(QStringLiteral("admin")), qPrintable(table->item(0, 4)->text()));
    }
};

QTEST_MAIN(TestConversationsPanel)
#include "TestConversationsPanel.moc"
