#include "admin/SimulatorPage.h"

#include "client/ConsoleClient.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

SimulatorPage::SimulatorPage(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("simulatorPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Try it</b> — write as a parent would and see what the assistant answers. Nothing "
                                "is sent on WhatsApp: test a change here before parents see it."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_transcript = new QTextBrowser(this);
    m_transcript->setObjectName(QStringLiteral("simulatorTranscript"));
    m_transcript->setPlaceholderText(tr("The conversation appears here."));
    layout->addWidget(m_transcript, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("simulatorDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *options = new QFormLayout;
    m_chat = new QLineEdit(this);
    m_chat->setObjectName(QStringLiteral("simulatorChat"));
    m_chat->setPlaceholderText(tr("Optional: a conversation's number (221771234567@c.us) to answer in its context"));
    options->addRow(tr("Conversation"), m_chat);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("simulatorLanguage"));
    m_language->addItem(tr("Detect"), QString());
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    options->addRow(tr("Language"), m_language);
    layout->addLayout(options);

    auto *composer = new QHBoxLayout;
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("simulatorInput"));
    m_input->setPlaceholderText(tr("Write a message as a parent would (Ctrl+Enter to send)"));
    m_input->setMaximumHeight(90);
    composer->addWidget(m_input, 1);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("simulatorSend"));
    composer->addWidget(m_send);
    layout->addLayout(composer);
    auto *clear = new QPushButton(tr("Clear the conversation"), this);
    connect(clear, &QPushButton::clicked, m_transcript, &QTextBrowser::clear);
    composer->addWidget(clear);

    connect(m_send, &QPushButton::clicked, this, &SimulatorPage::send);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &SimulatorPage::send);
}

void SimulatorPage::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || !m_send->isEnabled())
        return;
    QJsonObject body{{QStringLiteral("text"), text}};
    if (const QString chat = m_chat->text().trimmed(); !chat.isEmpty())
        body.insert(QStringLiteral("chat_id"), chat);
    if (const QString language = m_language->currentData().toString(); !language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    m_send->setEnabled(false);
    m_details->setText(tr("The assistant is thinking…"));
    m_client->post(QStringLiteral("/api/v1/orchestrate"), body, this, [this, text](const ApiReply &reply) {
        m_send->setEnabled(true);
        if (!reply.ok()) {
            m_details->setText(reply.status == 0 ? tr("The server cannot be reached: %1").arg(reply.errorMessage)
                                                 : tr("No answer: %1").arg(reply.errorMessage));
            return;
        }
        m_input->clear();
        showAnswer(text, reply.json);
    });
}

void SimulatorPage::showAnswer(const QString &question, const QJsonObject &answer)
{
    const QString reply = answer.value(u"reply").toString();
    const bool byLlm = answer.value(u"source").toString() == u"llm";
    const QString details =
        tr("Service: %1 · intent: %2 · language: %3 · confidence: %4 · decided by: %5 · %6 ms")
            .arg(answer.value(u"service").toString().isEmpty() ? tr("none") : answer.value(u"service").toString(),
                 answer.value(u"intent").toString().isEmpty() ? tr("none") : answer.value(u"intent").toString(),
                 answer.value(u"language").toString(), QString::number(answer.value(u"confidence").toDouble(), 'f', 2),
                 byLlm ? tr("the AI") : tr("the offline router"))
            .arg(answer.value(u"latency_ms").toInt());
    m_transcript->append(QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Parent"), html(question)));
    m_transcript->append(
        QStringLiteral("<p style=\"background:#eef6ee\"><b>%1</b><br>%2<br><small style=\"color:#666\">"
                       "%3</small></p>")
            .arg(tr("Assistant"), html(reply), details.toHtmlEscaped()));
    m_details->setText(details);
    emit answered(reply);
}

} // namespace concierge::ui
