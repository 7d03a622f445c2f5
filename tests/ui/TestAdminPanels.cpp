// Issue 9, the console's editing pages driven like a person would, against a real ConciergeServer and the fake WAHA:
// a reply text edited in the Services page reaches the next parent; a refused edit shows the server's reason next
// to the field; "Try it" answers without WhatsApp; a knowledge base entry added in its dialog shows in the table and
// is answered from; the registry lists the demo families; the audit log shows the edits.
#include "MainWindow.h"
#include "admin/FaqDialog.h"
#include "admin/KnowledgePage.h"
#include "admin/ReplyTextLabels.h"
#include "client/ConsoleClient.h"
#include "support/FakeWaha.h"
#include "support/TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using concierge::testing::FakeWaha;
using concierge::testing::TestServer;
using concierge::ui::ConsoleClient;
using concierge::ui::MainWindow;

namespace {

int rowWithText(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestAdminPanels : public QObject
{
    Q_OBJECT

private:
    FakeWaha m_waha;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *find(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    bool wahaGot(const QString &needle) const
    {
        for (const auto &sent : m_waha.sentTexts()) {
            if (sent.text.contains(needle))
                return true;
        }
        return false;
    }
    // CONCIERGE_SHOTS_DIR=/some/folder keeps a picture of the window (to look at the pages while working on them).
    void shoot(const QString &name) const
    {
        const QString folder = qEnvironmentVariable("CONCIERGE_SHOTS_DIR");
        if (!folder.isEmpty())
            m_window->grab().save(folder + u'/' + name + QStringLiteral(".png"));
    }
    // The simulator's answer to `text`.
    QString tryIt(const QString &text)
    {
        m_window->showPage(QStringLiteral("simulatorPage"));
        auto *transcript = find<QTextBrowser>(QStringLiteral("simulatorTranscript"));
        const QString before = transcript->toPlainText();
        find<QPlainTextEdit>(QStringLiteral("simulatorInput"))->setPlainText(text);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("simulatorSend")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return transcript->toPlainText().size() > before.size() + text.size(); }, 10000))
            return {};
        return transcript->toPlainText().mid(before.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_waha.start());
        m_server = std::make_unique<TestServer>();
        m_server->settings().wahaBaseUrl = m_waha.baseUrl();
        m_server->settings().wahaApiKey = m_waha.apiKey();
        QVERIFY2(m_server->start().ok(), "server did not start");
        auto *client = new ConsoleClient(m_server->baseUrl(), ConsoleClient::Options{1000, 100});
        client->setToken(m_server->server()->issueConsoleToken().value());
        client->setIdentity(QStringLiteral("admin"), QStringLiteral("admin"));
        m_window =
            std::make_unique<MainWindow>(MainWindow::ServerInfo{m_server->baseUrl(), {}, m_server->dataDir()}, client);
        m_window->show();
    }

    // A text added to services.json without a name would show its bare key to the secretary.
    void everyShippedReplyTextHasAName()
    {
        QFile file(QStringLiteral(":/concierge/data/services.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int texts = 0;
        for (const QJsonValue &service : QJsonDocument::fromJson(file.readAll())[QLatin1String("services")].toArray()) {
            const QJsonObject byLanguage = service[QLatin1String("texts")].toObject();
            for (const QString &language : byLanguage.keys()) {
                for (const QString &key : byLanguage[language].toObject().keys()) {
                    QVERIFY2(replyTextLabel(key) != key, qPrintable(key));
                    ++texts;
                }
            }
        }
        QVERIFY(texts > 30);
    }

    void editingAServiceChangesTheNextReply()
    {
        m_window->showPage(QStringLiteral("servicesPage"));
        auto *list = find<QListWidget>(QStringLiteral("serviceList"));
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 4, 10000);
        QCOMPARE(list->item(3)->data(Qt::UserRole).toString(), u"system");
        list->setCurrentRow(3);
        auto *texts = find<QTableWidget>(QStringLiteral("texts"));
        // Staff see what a text is for, not its key.
        QCOMPARE(rowWithText(texts->model(), 0, QStringLiteral("welcome")), -1);
        const int welcome = rowWithText(texts->model(), 0, QStringLiteral("Welcome, in reply to a greeting"));
        QVERIFY(welcome >= 0);
        auto *save = find<QPushButton>(QStringLiteral("saveService"));
        auto *status = find<QLabel>(QStringLiteral("serviceStatus"));

        // A refused edit: the server's reason shows next to the field, nothing is saved.
        auto *name = find<QLineEdit>(QStringLiteral("displayName"));
        const QString oldName = name->text();
        name->clear();
        QTest::keyClick(name, Qt::Key_Space);
        QTest::mouseClick(save, Qt::LeftButton);
        auto *nameError = find<QLabel>(QStringLiteral("displayNameError"));
        QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible(), 10000);
        QVERIFY2(nameError->text().startsWith(u"display_name:"), qPrintable(nameError->text()));
        name->setText(oldName);

        const QString text =
            QStringLiteral("Bienvenue chez les paroissiens de Sainte-Anne, que la paix soit avec vous !");
        texts->item(welcome, 1)->setText(text);
        QVERIFY(find<QPushButton>(QStringLiteral("revertService"))->isEnabled()); // unsaved changes
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Saved"), 10000);
        QVERIFY(!nameError->isVisible());

        QCOMPARE(
            m_server
                ->postWebhook(FakeWaha::textWebhookBody(QStringLiteral("221770008001@c.us"), QStringLiteral("Bonjour"),
                                                        QStringLiteral("ui1"), QStringLiteral("Awa")))
                .status,
            200);
        QTRY_VERIFY_WITH_TIMEOUT(wahaGot(text), 10000);
        shoot(QStringLiteral("services"));
    }

    void theSimulatorAnswers()
    {
        const QString answer = tryIt(QStringLiteral("Quels sont les horaires des messes ?"));
        QVERIFY2(answer.contains(u"dimanche"), qPrintable(answer));
        const QString details = find<QLabel>(QStringLiteral("simulatorDetails"))->text();
        QVERIFY2(details.contains(u"renseignement") && details.contains(u"ms"), qPrintable(details));
        QVERIFY(!wahaGot(QStringLiteral("Messes dominicales"))); // nothing went to WhatsApp
        shoot(QStringLiteral("simulator"));
    }

    void aFaqEntryAddedInTheDialogIsShownAndAnswered()
    {
        m_window->showPage(QStringLiteral("knowledgePage"));
        auto *page = find<concierge::ui::KnowledgePage>(QStringLiteral("knowledgePage"));
        auto *table = find<QTableView>(QStringLiteral("faqTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        page->addEntry();
        auto *dialog = m_window->findChild<concierge::ui::FaqDialog *>(QStringLiteral("faqDialog"));
        QVERIFY(dialog);
        shoot(QStringLiteral("knowledge"));
        dialog->findChild<QLineEdit *>(QStringLiteral("faqQuestion"))
            ->setText(QStringLiteral("Quand a lieu la kermesse paroissiale ?"));
        dialog->submit(); // no answer: refused, the dialog stays with the reason
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("faqError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->text().startsWith(u"answer"), 10000);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("faqAnswer"))
            ->setPlainText(QStringLiteral("La kermesse a lieu le dimanche 14 juin dans la cour."));
        dialog->findChild<QLineEdit *>(QStringLiteral("faqKeywords"))->setText(QStringLiteral("kermesse, fete"));
        QPointer<concierge::ui::FaqDialog> open(dialog);
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(open.isNull() || !open->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWithText(table->model(), 0, QStringLiteral("Quand a lieu la kermesse paroissiale ?")) >= 0, 10000);
        const QString answer = tryIt(QStringLiteral("Information : quand a lieu la kermesse ?"));
        QVERIFY2(answer.contains(u"14 juin"), qPrintable(answer));
        m_window->showPage(QStringLiteral("knowledgePage"));
        shoot(QStringLiteral("knowledge-after"));
    }

    void theRegistryAndTheAuditLogAreShown()
    {
        m_window->showPage(QStringLiteral("registryPage"));
        auto *parents = find<QTableView>(QStringLiteral("parentsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(parents->model(), 0, QStringLiteral("SA-4821")) >= 0, 10000);
        parents->selectRow(rowWithText(parents->model(), 0, QStringLiteral("SA-4821")));
        auto *students = find<QTableView>(QStringLiteral("studentsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(students->model(), 1, QStringLiteral("Fatou")) >= 0, 10000);
        for (int row = 0; row < students->model()->rowCount(); ++row)
            QCOMPARE(students->model()->index(row, 3).data().toString(), u"SA-4821");
        shoot(QStringLiteral("registry"));

        m_window->showPage(QStringLiteral("auditPage"));
        auto *audit = find<QTableWidget>(QStringLiteral("auditTable"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(audit->model(), 2, QStringLiteral("Service changed")) >= 0, 10000);
        QVERIFY(rowWithText(audit->model(), 2, QStringLiteral("Knowledge base entry added")) >= 0);
        QVERIFY(rowWithText(audit->model(), 2, QStringLiteral("Registry viewed")) >= 0);
        shoot(QStringLiteral("audit"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestAdminPanels)
#include "TestAdminPanels.moc"
