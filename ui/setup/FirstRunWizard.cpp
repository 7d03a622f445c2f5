#include "setup/FirstRunWizard.h"

#include "MainWindow.h"
#include "client/ConsoleClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    return edit;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(ConsoleClient *client, const QJsonObject &setup, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_setup(setup)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Concierge"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(640, 480);
    addPage(parishPage());
    addPage(whatsAppPage());
    addPage(aiPage());
    addPage(demoPage());
    addPage(summaryPage());
    setButtonText(QWizard::FinishButton, tr("Save and finish"));
}

QWizardPage *FirstRunWizard::parishPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your parish"));
    page->setSubTitle(tr("A few questions to put the WhatsApp assistant to work. Everything can be changed later "
                         "in Tools > Settings."));
    auto *form = new QFormLayout(page);
    m_parish = lineEdit(QStringLiteral("wizardParishName"), m_setup.value(u"parish_name").toString(), page);
    form->addRow(tr("Parish name"), m_parish);
    return page;
}

QWizardPage *FirstRunWizard::whatsAppPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("WhatsApp (WAHA)"));
    page->setSubTitle(tr("WAHA links the parish's WhatsApp number to Concierge. Leave the address empty to set it "
                         "up later: replies will wait until then."));
    auto *form = new QFormLayout(page);
    m_wahaUrl = lineEdit(QStringLiteral("wizardWahaUrl"), QString(), page);
    m_wahaUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:3000"));
    form->addRow(tr("WAHA address"), m_wahaUrl);
    m_wahaKey = lineEdit(QStringLiteral("wizardWahaKey"), QString(), page);
    m_wahaKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    form->addRow(tr("WAHA API key"), m_wahaKey);
    auto *test = new QPushButton(tr("Test connection"), page);
    test->setObjectName(QStringLiteral("wizardTestWaha"));
    auto *result = new QLabel(page);
    result->setObjectName(QStringLiteral("wizardTestWahaResult"));
    form->addRow(test, result);
    connect(test, &QPushButton::clicked, this, [this, test, result] {
        QJsonObject values{{QStringLiteral("WAHA_BASE_URL"), m_wahaUrl->text().trimmed()}};
        if (!m_wahaKey->text().isEmpty())
            values.insert(QStringLiteral("WAHA_API_KEY"), m_wahaKey->text());
        testService(QStringLiteral("waha"), values, test, result);
    });
    return page;
}

QWizardPage *FirstRunWizard::aiPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The AI model"));
    page->setSubTitle(tr("With an AI token the assistant writes its answers; without one, it answers from keywords "
                         "and the FAQ, which works too."));
    auto *form = new QFormLayout(page);
    m_llmUrl = lineEdit(QStringLiteral("wizardLlmUrl"), QStringLiteral("https://api.anthropic.com"), page);
    form->addRow(tr("AI service address"), m_llmUrl);
    m_llmModel = lineEdit(QStringLiteral("wizardLlmModel"), QString(), page);
    m_llmModel->setPlaceholderText(QStringLiteral("glm-4.5"));
    form->addRow(tr("AI model"), m_llmModel);
    m_llmToken = lineEdit(QStringLiteral("wizardLlmToken"), QString(), page);
    m_llmToken->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    form->addRow(tr("AI token"), m_llmToken);
    m_noAi = new QCheckBox(tr("Continue without AI"), page);
    m_noAi->setObjectName(QStringLiteral("wizardNoAi"));
    form->addRow(QString(), m_noAi);
    connect(m_noAi, &QCheckBox::toggled, this, [this](bool off) {
        m_llmUrl->setEnabled(!off);
        m_llmModel->setEnabled(!off);
        m_llmToken->setEnabled(!off);
    });
    auto *test = new QPushButton(tr("Test connection"), page);
    test->setObjectName(QStringLiteral("wizardTestLlm"));
    auto *result = new QLabel(page);
    form->addRow(test, result);
    connect(test, &QPushButton::clicked, this, [this, test, result] {
        testService(QStringLiteral("llm"),
                    {{QStringLiteral("ANTHROPIC_BASE_URL"), m_llmUrl->text().trimmed()},
                     {QStringLiteral("ANTHROPIC_MODEL"), m_llmModel->text().trimmed()},
                     {QStringLiteral("ANTHROPIC_AUTH_TOKEN"), m_llmToken->text().trimmed()}},
                    test, result);
    });
    return page;
}

QWizardPage *FirstRunWizard::demoPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Demo parish"));
    page->setSubTitle(tr("Fictional families, pupils and questions, to try the console before the parish's own "
                         "registry is imported. They are loaded only into an empty database."));
    auto *layout = new QVBoxLayout(page);
    m_demo = new QCheckBox(tr("Load the demo parish"), page);
    m_demo->setObjectName(QStringLiteral("wizardDemo"));
    layout->addWidget(m_demo);
    layout->addStretch(1);
    return page;
}

QWidget *FirstRunWizard::copyRow(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins({});
    auto *value = new QLineEdit(text, row);
    value->setObjectName(objectName);
    value->setReadOnly(true);
    layout->addWidget(value, 1);
    auto *copy = new QPushButton(tr("Copy"), row);
    copy->setObjectName(objectName + QStringLiteral("Copy"));
    connect(copy, &QPushButton::clicked, row, [text] { QGuiApplication::clipboard()->setText(text); });
    layout->addWidget(copy);
    return row;
}

QWizardPage *FirstRunWizard::summaryPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("To keep"));
    const QString password = m_setup.value(u"admin_password").toString();
    page->setSubTitle(password.isEmpty()
                          ? tr("Give WAHA this webhook address and token.")
                          : tr("Give WAHA this webhook address and token. Keep the administrator's password somewhere "
                               "safe: it is shown only now."));
    auto *form = new QFormLayout(page);
    const QJsonArray urls = m_setup.value(u"webhook_urls").toArray();
    form->addRow(tr("Webhook URL"), copyRow(QStringLiteral("wizardWebhookUrl"), urls.first().toString(), page));
    QStringList others;
    for (qsizetype i = 1; i < urls.size(); ++i)
        others.append(urls.at(i).toString());
    if (!others.isEmpty())
        form->addRow(tr("Other addresses"), paragraph(others.join(QLatin1Char('\n')), page));
    form->addRow(tr("Webhook token (X-Waha-Token)"),
                 copyRow(QStringLiteral("wizardWebhookToken"), m_setup.value(u"webhook_token").toString(), page));
    form->addRow(tr("Administrator"),
                 copyRow(QStringLiteral("wizardAdminUser"), m_setup.value(u"admin_username").toString(), page));
    if (!password.isEmpty())
        form->addRow(tr("Administrator's password"), copyRow(QStringLiteral("wizardAdminPassword"), password, page));
    m_error = paragraph(QString(), page);
    m_error->setObjectName(QStringLiteral("wizardError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(m_error);
    return page;
}

void FirstRunWizard::testService(const QString &service, const QJsonObject &values, QPushButton *button, QLabel *result)
{
    button->setEnabled(false);
    result->setText(tr("Testing…"));
    m_client->post(QStringLiteral("/api/v1/settings/test/") + service, {{QStringLiteral("values"), values}}, this,
                   [button, result](const ApiReply &reply) {
                       button->setEnabled(true);
                       if (!reply.ok())
                           result->setText(reply.errorMessage);
                       else
                           result->setText(
                               (reply.json.value(u"ok").toBool() ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) +
                               reply.json.value(u"detail").toString());
                   });
}

QJsonObject FirstRunWizard::values() const
{
    QJsonObject values{
        {QStringLiteral("DEMO_DATA"), m_demo->isChecked() ? QStringLiteral("true") : QStringLiteral("false")}};
    if (!m_parish->text().trimmed().isEmpty())
        values.insert(QStringLiteral("PARISH_NAME"), m_parish->text().trimmed());
    if (!m_wahaUrl->text().trimmed().isEmpty())
        values.insert(QStringLiteral("WAHA_BASE_URL"), m_wahaUrl->text().trimmed());
    if (!m_wahaKey->text().isEmpty())
        values.insert(QStringLiteral("WAHA_API_KEY"), m_wahaKey->text());
    if (!m_noAi->isChecked() && !m_llmToken->text().trimmed().isEmpty()) {
        values.insert(QStringLiteral("ANTHROPIC_BASE_URL"), m_llmUrl->text().trimmed());
        values.insert(QStringLiteral("ANTHROPIC_MODEL"), m_llmModel->text().trimmed());
        values.insert(QStringLiteral("ANTHROPIC_AUTH_TOKEN"), m_llmToken->text().trimmed());
    }
    return values;
}

void FirstRunWizard::accept()
{
    if (m_saving)
        return;
    m_saving = true;
    m_error->setText(tr("Saving…"));
    m_client->put(QStringLiteral("/api/v1/settings"), {{QStringLiteral("values"), values()}}, this,
                  [this](const ApiReply &reply) {
                      if (!reply.ok()) {
                          m_saving = false;
                          m_error->setText(
                              tr("Not saved: %1. Go back, correct it, and finish again.").arg(reply.errorMessage));
                          return;
                      }
                      QStringList restart;
                      for (const QJsonValue &key : reply.json.value(u"restart_required").toArray())
                          restart.append(key.toString());
                      complete(restart);
                  });
}

void FirstRunWizard::complete(const QStringList &restart)
{
    m_client->post(QStringLiteral("/api/v1/setup/complete"), {}, this, [this, restart](const ApiReply &reply) {
        m_saving = false;
        if (!reply.ok()) {
            m_error->setText(
                tr("Saved, but the first run could not be closed: %1. Finish again.").arg(reply.errorMessage));
            return;
        }
        emit finishedSetup(restart);
        QWizard::accept();
    });
}

void FirstRunWizard::startIfNeeded(MainWindow *window)
{
    ConsoleClient *client = window->client();
    if (!client->isAdmin())
        return;
    client->get(QStringLiteral("/api/v1/setup"), window, [window, client](const ApiReply &reply) {
        if (!reply.ok() || !reply.json.value(u"first_run").toBool())
            return;
        auto *wizard = new FirstRunWizard(client, reply.json, window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &FirstRunWizard::finishedSetup, window, [window](const QStringList &restart) {
            if (restart.isEmpty())
                return;
            auto *question = new QMessageBox(QMessageBox::Question, tr("Restart the server?"),
                                             tr("The server restarts to use the new settings. Restart it now?"),
                                             QMessageBox::Yes | QMessageBox::No, window);
            question->setObjectName(QStringLiteral("restartQuestion"));
            question->setAttribute(Qt::WA_DeleteOnClose);
            connect(question, &QMessageBox::finished, window, [window](int result) {
                if (result == QMessageBox::Yes)
                    emit window->serverRestartRequested();
            });
            question->open();
        });
        wizard->show();
    });
}

} // namespace concierge::ui
