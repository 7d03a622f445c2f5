#include "admin/FaqDialog.h"

#include "client/ConsoleClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace concierge::ui {

FaqDialog::FaqDialog(ConsoleClient *client, const QJsonObject &row, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_id(row.value(u"id").toInteger())
{
    setObjectName(QStringLiteral("faqDialog"));
    setWindowTitle(m_id > 0 ? tr("Edit a knowledge base entry") : tr("New knowledge base entry"));
    resize(560, 420);
    auto *layout = new QFormLayout(this);
    m_question = new QLineEdit(row.value(u"question").toString(), this);
    m_question->setObjectName(QStringLiteral("faqQuestion"));
    m_question->setPlaceholderText(tr("What parents ask, e.g. \"What time is Sunday Mass?\""));
    layout->addRow(tr("Question"), m_question);
    m_answer = new QPlainTextEdit(row.value(u"answer").toString(), this);
    m_answer->setObjectName(QStringLiteral("faqAnswer"));
    layout->addRow(tr("Answer"), m_answer);
    QStringList words;
    for (const QJsonValue &w : row.value(u"keywords").toArray())
        words.append(w.toString());
    m_keywords = new QLineEdit(words.join(QStringLiteral(", ")), this);
    m_keywords->setObjectName(QStringLiteral("faqKeywords"));
    m_keywords->setPlaceholderText(tr("Words that help find this entry, separated by commas"));
    layout->addRow(tr("Keywords"), m_keywords);
    m_language = new QComboBox(this);
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Wolof"), QStringLiteral("wo"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(row.value(u"language").toString())));
    layout->addRow(tr("Language"), m_language);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("faqError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FaqDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FaqDialog::submit()
{
    QJsonArray keywords;
    for (const QString &word : m_keywords->text().split(u',', Qt::SkipEmptyParts)) {
        if (!word.trimmed().isEmpty())
            keywords.append(word.trimmed());
    }
    const QJsonObject body{{QStringLiteral("question"), m_question->text()},
                           {QStringLiteral("answer"), m_answer->toPlainText()},
                           {QStringLiteral("keywords"), keywords},
                           {QStringLiteral("language"), m_language->currentData().toString()}};
    m_ok->setEnabled(false);
    m_error->setText(tr("Saving…"));
    const auto done = [this](const ApiReply &reply) {
        m_ok->setEnabled(true);
        if (reply.ok()) {
            accept();
            return;
        }
        m_error->setText(reply.status == 0 ? tr("The server cannot be reached: %1").arg(reply.errorMessage)
                                           : reply.errorMessage);
    };
    if (m_id > 0)
        m_client->put(QStringLiteral("/api/v1/faq/%1").arg(m_id), body, this, done);
    else
        m_client->post(QStringLiteral("/api/v1/faq"), body, this, done);
}

} // namespace concierge::ui
