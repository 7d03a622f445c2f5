#include "admin/KnowledgePage.h"

#include "admin/CsvImport.h"
#include "admin/FaqDialog.h"
#include "admin/PagedTableModel.h"
#include "client/ConsoleClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {

QString keywordsOf(const QJsonObject &row)
{
    QStringList words;
    for (const QJsonValue &w : row.value(u"keywords").toArray())
        words.append(w.toString());
    return words.join(QStringLiteral(", "));
}

} // namespace

KnowledgePage::KnowledgePage(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_import(new CsvImport(client, this))
{
    setObjectName(QStringLiteral("knowledgePage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Knowledge base</b> — the questions and answers the assistant answers from."), this);
    layout->addWidget(title);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("knowledgeNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 6px;"));
    m_note->hide();
    layout->addWidget(m_note);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("faqSearch"));
    m_search->setPlaceholderText(tr("Search questions, answers and keywords"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("faqAdd"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("faqEdit"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("faqDelete"));
    m_importButton = new QPushButton(tr("&Import CSV…"), this);
    m_importButton->setObjectName(QStringLiteral("faqImport"));
    for (QPushButton *b : {m_add, m_edit, m_delete, m_importButton})
        bar->addWidget(b);
    layout->addLayout(bar);

    m_model = new PagedTableModel(client, QStringLiteral("/api/v1/faq"),
                                  {PagedTableModel::field(tr("Question"), QStringLiteral("question")),
                                   PagedTableModel::field(tr("Answer"), QStringLiteral("answer")),
                                   {tr("Keywords"), keywordsOf},
                                   PagedTableModel::field(tr("Language"), QStringLiteral("language"))},
                                  this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("faqTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 320);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("faqCount"));
    layout->addWidget(m_count);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &KnowledgePage::reload);
    connect(m_add, &QPushButton::clicked, this, &KnowledgePage::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &KnowledgePage::editSelected);
    connect(m_table, &QTableView::doubleClicked, this, &KnowledgePage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &KnowledgePage::deleteSelected);
    connect(m_importButton, &QPushButton::clicked, this, [this] { m_import->chooseAndImport(QStringLiteral("faq")); });
    connect(m_import, &CsvImport::imported, this, &KnowledgePage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KnowledgePage::updateButtons);
    connect(m_model, &PagedTableModel::loaded, this, [this](int total) {
        m_count->setText(tr("%n entry(ies)", nullptr, total));
        updateButtons();
    });
    connect(m_model, &PagedTableModel::failed, this, [this](const QString &message) {
        m_count->setText(tr("Could not load the knowledge base: %1").arg(message));
    });
    // The server says whether the FAQ is editable (Baserow: no).
    m_client->get(QStringLiteral("/api/v1/faq?limit=1"), this, [this](const ApiReply &reply) {
        m_readOnly = reply.json.value(u"read_only").toBool();
        if (m_readOnly)
            m_note->setText(tr("The knowledge base comes from Baserow: edit it in Baserow, the assistant follows."));
        else if (!m_client->isAdmin())
            m_note->setText(tr("Only an administrator can change the knowledge base."));
        m_note->setVisible(m_readOnly || !m_client->isAdmin());
        updateButtons();
    });
    reload();
}

void KnowledgePage::reload()
{
    m_model->reload({{QStringLiteral("q"), m_search->text().trimmed()}});
}

void KnowledgePage::updateButtons()
{
    const bool editable = m_client->isAdmin() && !m_readOnly;
    const bool selected = m_table->selectionModel()->hasSelection();
    m_add->setEnabled(editable);
    m_importButton->setEnabled(editable);
    m_edit->setEnabled(editable && selected);
    m_delete->setEnabled(editable && selected);
}

void KnowledgePage::addEntry()
{
    auto *dialog = new FaqDialog(m_client, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &KnowledgePage::reload);
    dialog->open();
}

void KnowledgePage::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_edit->isEnabled())
        return;
    auto *dialog = new FaqDialog(m_client, m_model->row(rows.first().row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &KnowledgePage::reload);
    dialog->open();
}

void KnowledgePage::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QJsonObject row = m_model->row(rows.first().row());
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Delete an entry"),
                                    tr("Delete this entry? The assistant will no longer answer with it.\n\n%1")
                                        .arg(row.value(u"question").toString()),
                                    QMessageBox::Yes | QMessageBox::No, this);
    confirm->setObjectName(QStringLiteral("faqDeleteConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, id = row.value(u"id").toInteger()](QAbstractButton *button) {
                if (confirm->standardButton(button) != QMessageBox::Yes)
                    return;
                m_client->remove(QStringLiteral("/api/v1/faq/%1").arg(id), this, [this](const ApiReply &reply) {
                    if (!reply.ok())
                        QMessageBox::warning(this, tr("Delete an entry"),
                                             tr("The entry was not deleted: %1").arg(reply.errorMessage));
                    reload();
                });
            });
    confirm->open();
}

} // namespace concierge::ui
