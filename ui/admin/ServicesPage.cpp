#include "admin/ServicesPage.h"

#include "admin/MultiLineDelegate.h"
#include "admin/ReplyTextLabels.h"
#include "client/ConsoleClient.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {

const QStringList kLanguages{QStringLiteral("fr"), QStringLiteral("en")}; // the columns of the texts table

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace

ServicesPage::ServicesPage(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("servicesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Services</b> — what the assistant does and says. Changes apply to the next "
                                "message, without a restart."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_readOnlyNote = new QLabel(tr("Only an administrator can change the services: you can read them here."), this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 6px;"));
    m_readOnlyNote->hide();
    layout->addWidget(m_readOnlyNote);
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("serviceList"));
    m_list->setMaximumWidth(260);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildForm());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 1000});
    layout->addWidget(splitter, 1);
    layout->addLayout(m_buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ServicesPage::onServiceChosen);
    setEditable(m_client->isAdmin());
    reload();
}

QWidget *ServicesPage::buildForm()
{
    auto *form = new QWidget;
    auto *layout = m_form = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_enabled = new QCheckBox(tr("The assistant offers this service"), form);
    m_enabled->setObjectName(QStringLiteral("serviceEnabled"));
    layout->addRow(tr("Enabled"), m_enabled);
    m_displayName = new QLineEdit(form);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    layout->addRow(tr("Display name"), m_displayName);
    layout->addRow(QString(),
                   m_errors[QStringLiteral("display_name")] = errorLabel(QStringLiteral("displayNameError"), form));
    m_prompt = new QPlainTextEdit(form);
    m_prompt->setObjectName(QStringLiteral("systemPrompt"));
    m_prompt->setMinimumHeight(90);
    m_prompt->setMaximumHeight(160);
    m_prompt->setToolTip(tr("The instructions given to the AI model for this service."));
    layout->addRow(tr("Instructions (prompt)"), m_prompt);
    layout->addRow(QString(),
                   m_errors[QStringLiteral("system_prompt")] = errorLabel(QStringLiteral("promptError"), form));

    m_keywords = new QTableWidget(0, 2, form);
    m_keywords->setObjectName(QStringLiteral("keywords"));
    m_keywords->setHorizontalHeaderLabels({tr("Word or phrase"), tr("Weight")});
    m_keywords->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_keywords->verticalHeader()->hide();
    m_keywords->verticalHeader()->setDefaultSectionSize(m_keywords->fontMetrics().height() + 10);
    m_keywords->setMinimumHeight(160);
    m_keywords->setToolTip(tr("Words that lead a message to this service when the AI is not used. A higher weight "
                              "counts more (0.1 to 10); a trailing * matches the start of a word."));
    auto *keywordButtons = new QHBoxLayout;
    m_addKeyword = new QPushButton(tr("Add a keyword"), form);
    m_removeKeyword = new QPushButton(tr("Remove the selected keyword"), form);
    keywordButtons->addWidget(m_addKeyword);
    keywordButtons->addWidget(m_removeKeyword);
    keywordButtons->addStretch();
    m_keywordsRow = new QWidget(form);
    auto *keywordBox = new QVBoxLayout(m_keywordsRow);
    keywordBox->setContentsMargins(0, 0, 0, 0);
    keywordBox->addWidget(m_keywords);
    keywordBox->addLayout(keywordButtons);
    layout->addRow(tr("Keywords"), m_keywordsRow);
    layout->addRow(QString(), m_errors[QStringLiteral("keywords")] = errorLabel(QStringLiteral("keywordsError"), form));

    m_texts = new QTableWidget(0, 3, form);
    m_texts->setObjectName(QStringLiteral("texts"));
    m_texts->setHorizontalHeaderLabels({tr("Text"), tr("French"), tr("English")});
    m_texts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive); // sized when filled
    m_texts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_texts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_texts->verticalHeader()->hide();
    // Row heights follow the columns' widths: measured while the page was still narrow, they came out far too tall.
    // The widths settle only once the page is laid out and shown, hence the viewport's resizes too (eventFilter).
    connect(m_texts->horizontalHeader(), &QHeaderView::sectionResized, m_texts, &QTableWidget::resizeRowsToContents);
    m_texts->viewport()->installEventFilter(this);
    m_texts->setWordWrap(true);
    m_texts->setMinimumHeight(320);
    m_texts->setItemDelegate(new MultiLineDelegate(m_texts));
    m_texts->setToolTip(tr("Double-click a text to edit it. Words in {braces} are filled in by the assistant: keep "
                           "them as they are. An empty English text uses the French one."));
    layout->addRow(tr("Reply texts"), m_texts);
    layout->addRow(QString(), m_errors[QStringLiteral("texts")] = errorLabel(QStringLiteral("textsError"), form));
    layout->addRow(QString(), m_errors[QString()] = errorLabel(QStringLiteral("serviceError"), form));

    m_buttons = new QHBoxLayout; // placed under the scrolled form by the constructor: always in sight
    auto *buttons = m_buttons;
    m_save = new QPushButton(tr("&Save"), form);
    m_save->setObjectName(QStringLiteral("saveService"));
    m_revert = new QPushButton(tr("&Revert"), form);
    m_revert->setObjectName(QStringLiteral("revertService"));
    m_status = new QLabel(form);
    m_status->setObjectName(QStringLiteral("serviceStatus"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_status, 1);

    const auto edited = [this] {
        if (!m_filling)
            setDirty(true);
    };
    connect(m_enabled, &QCheckBox::toggled, this, edited);
    connect(m_displayName, &QLineEdit::textEdited, this, edited);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, edited);
    connect(m_keywords, &QTableWidget::itemChanged, this, edited);
    connect(m_texts, &QTableWidget::itemChanged, this, [this, edited] {
        edited();
        m_texts->resizeRowsToContents();
    });
    connect(m_addKeyword, &QPushButton::clicked, this, [this] {
        addKeywordRow(QString(), 1.0);
        m_keywords->editItem(m_keywords->item(m_keywords->rowCount() - 1, 0));
        setDirty(true);
    });
    connect(m_removeKeyword, &QPushButton::clicked, this, [this] {
        if (m_keywords->currentRow() >= 0) {
            m_keywords->removeRow(m_keywords->currentRow());
            setDirty(true);
        }
    });
    connect(m_save, &QPushButton::clicked, this, &ServicesPage::save);
    connect(m_revert, &QPushButton::clicked, this, &ServicesPage::revert);
    setDirty(false);
    return form;
}

void ServicesPage::setEditable(bool editable)
{
    m_readOnlyNote->setVisible(!editable);
    m_enabled->setEnabled(editable);
    m_displayName->setReadOnly(!editable);
    m_prompt->setReadOnly(!editable);
    const auto triggers = editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::AnyKeyPressed
                                   : QAbstractItemView::NoEditTriggers;
    m_keywords->setEditTriggers(triggers);
    m_texts->setEditTriggers(triggers);
    m_addKeyword->setVisible(editable);
    m_removeKeyword->setVisible(editable);
    m_save->setVisible(editable);
    m_revert->setVisible(editable);
}

void ServicesPage::reload()
{
    m_client->get(QStringLiteral("/api/v1/services"), this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            m_status->setText(tr("Could not load the services: %1").arg(reply.errorMessage));
            return;
        }
        const QString selected = m_current >= 0 ? m_services.value(m_current).value(u"id").toString() : QString();
        m_services.clear();
        for (const QJsonValue &s : reply.items())
            m_services.append(s.toObject());
        m_current = -1;
        QSignalBlocker block(m_list);
        m_list->clear();
        int row = 0;
        for (int i = 0; i < m_services.size(); ++i) {
            const QJsonObject &s = m_services.at(i);
            const QString id = s.value(u"id").toString();
            const QString name =
                id == u"system" ? tr("General texts (welcome, menu)") : s.value(u"display_name").toString();
            auto *item = new QListWidgetItem(name, m_list);
            item->setData(Qt::UserRole, id);
            if (id != u"system" && !s.value(u"enabled").toBool())
                item->setText(tr("%1 (off)").arg(name));
            if (id == selected)
                row = i;
        }
        m_list->setCurrentRow(row);
        block.unblock();
        onServiceChosen(row);
    });
}

QString ServicesPage::unsavedChangesSummary() const
{
    const QString name = m_current >= 0 ? m_services.at(m_current).value(u"display_name").toString() : QString();
    return tr("The changes to the service \"%1\" are not saved.").arg(name);
}

bool ServicesPage::confirmLeaving()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("This service has changes that are not saved. Save them now?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        save();
    return answer != QMessageBox::Cancel;
}

void ServicesPage::onServiceChosen(int row)
{
    if (row < 0 || row >= m_services.size() || row == m_current)
        return;
    if (m_current >= 0 && !confirmLeaving()) {
        QSignalBlocker block(m_list);
        m_list->setCurrentRow(m_current);
        return;
    }
    m_current = row;
    show(m_services.at(row));
}

void ServicesPage::addKeywordRow(const QString &word, double weight)
{
    const int row = m_keywords->rowCount();
    m_keywords->insertRow(row);
    m_keywords->setItem(row, 0, new QTableWidgetItem(word));
    auto *weightItem = new QTableWidgetItem;
    weightItem->setData(Qt::EditRole, weight);
    m_keywords->setItem(row, 1, weightItem);
}

void ServicesPage::show(const QJsonObject &service)
{
    m_filling = true;
    clearErrors();
    m_enabled->setChecked(service.value(u"enabled").toBool());
    // The general texts route nothing and cannot be switched off.
    const bool isService = service.value(u"id").toString() != u"system";
    m_form->setRowVisible(m_enabled, isService);
    m_form->setRowVisible(m_keywordsRow, isService);
    m_displayName->setText(service.value(u"display_name").toString());
    m_prompt->setPlainText(service.value(u"system_prompt").toString());
    m_keywords->setRowCount(0);
    for (const QJsonValue &k : service.value(u"keywords").toArray())
        addKeywordRow(k.toObject().value(u"word").toString(), k.toObject().value(u"weight").toDouble());
    const QJsonObject texts = service.value(u"texts").toObject();
    QStringList keys;
    for (const QString &lang : kLanguages) {
        for (const QString &key : texts.value(lang).toObject().keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return std::pair(replyTextRank(a), a) < std::pair(replyTextRank(b), b);
    });
    m_texts->setRowCount(0);
    for (const QString &key : keys) {
        const int row = m_texts->rowCount();
        m_texts->insertRow(row);
        auto *keyItem = new QTableWidgetItem(replyTextLabel(key));
        keyItem->setData(Qt::UserRole, key);
        keyItem->setToolTip(key);
        keyItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_texts->setItem(row, 0, keyItem);
        for (int c = 0; c < kLanguages.size(); ++c)
            m_texts->setItem(row, c + 1,
                             new QTableWidgetItem(texts.value(kLanguages.at(c)).toObject().value(key).toString()));
    }
    // The names wrap on two lines rather than take the room the texts themselves need.
    m_texts->resizeColumnToContents(0);
    m_texts->setColumnWidth(0, qMin(m_texts->columnWidth(0), m_texts->fontMetrics().averageCharWidth() * 28));
    m_texts->resizeRowsToContents();
    m_filling = false;
    setDirty(false);
}

QJsonObject ServicesPage::edited() const
{
    QJsonObject service = m_services.value(m_current);
    service.insert(QStringLiteral("enabled"), m_enabled->isChecked());
    service.insert(QStringLiteral("display_name"), m_displayName->text());
    service.insert(QStringLiteral("system_prompt"), m_prompt->toPlainText());
    QJsonArray keywords;
    for (int row = 0; row < m_keywords->rowCount(); ++row) {
        const QTableWidgetItem *word = m_keywords->item(row, 0);
        const QTableWidgetItem *weight = m_keywords->item(row, 1);
        keywords.append(QJsonObject{{QStringLiteral("word"), word ? word->text() : QString()},
                                    {QStringLiteral("weight"), weight ? weight->data(Qt::EditRole).toDouble() : 0.0}});
    }
    service.insert(QStringLiteral("keywords"), keywords);
    // Other languages (Wolof greetings) are kept as they came.
    QJsonObject texts = service.value(u"texts").toObject();
    for (int c = 0; c < kLanguages.size(); ++c) {
        QJsonObject entries;
        for (int row = 0; row < m_texts->rowCount(); ++row)
            entries.insert(m_texts->item(row, 0)->data(Qt::UserRole).toString(), m_texts->item(row, c + 1)->text());
        texts.insert(kLanguages.at(c), entries);
    }
    service.insert(QStringLiteral("texts"), texts);
    return service;
}

void ServicesPage::save()
{
    if (m_current < 0)
        return;
    clearErrors();
    const QString id = m_services.at(m_current).value(u"id").toString();
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    const int index = m_current;
    m_client->put(QStringLiteral("/api/v1/services/") + ConsoleClient::segment(id), edited(), this,
                  [this, id, index](const ApiReply &reply) {
                      m_save->setEnabled(true);
                      if (!reply.ok()) {
                          m_status->setText(tr("Not saved."));
                          setDirty(true);
                          showError(reply.status == 0 ? tr("The server cannot be reached: %1").arg(reply.errorMessage)
                                                      : reply.errorMessage);
                          return;
                      }
                      m_services[index] = reply.json;
                      if (m_current == index)
                          show(reply.json);
                      m_status->setText(tr("Saved: the next message uses it."));
                      if (QListWidgetItem *item = m_list->item(index); item && id != u"system")
                          item->setText(reply.json.value(u"enabled").toBool()
                                            ? reply.json.value(u"display_name").toString()
                                            : tr("%1 (off)").arg(reply.json.value(u"display_name").toString()));
                      emit saved(id);
                  });
}

void ServicesPage::revert()
{
    if (m_current >= 0)
        show(m_services.at(m_current));
    m_status->clear();
}

// "texts.en.welcome: must not be empty" goes next to the texts and selects that cell.
void ServicesPage::showError(const QString &message)
{
    static const QRegularExpression field(
        QStringLiteral("^([a-z_]+)(?:\\[(\\d+)\\])?(?:\\.([a-z]+))?(?:\\.([A-Za-z0-9_]+))?:"));
    const QRegularExpressionMatch m = field.match(message);
    QString section = m.hasMatch() ? m.captured(1) : QString();
    if (!m_errors.contains(section) || section.isEmpty())
        section.clear();
    QLabel *label = m_errors.value(section);
    label->setText(message);
    label->show();
    if (section == u"keywords" && !m.captured(2).isEmpty())
        m_keywords->setCurrentCell(m.captured(2).toInt(), 0);
    if (section == u"texts" && !m.captured(4).isEmpty()) {
        const int column = kLanguages.indexOf(m.captured(3)) + 1;
        const auto found = m_texts->findItems(m.captured(4), Qt::MatchExactly);
        for (QTableWidgetItem *item : found) {
            if (item->column() == 0)
                m_texts->setCurrentCell(item->row(), qMax(column, 1));
        }
    }
}

void ServicesPage::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void ServicesPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_revert->setEnabled(dirty);
    if (dirty)
        m_status->setText(tr("Unsaved changes"));
}

bool ServicesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_texts->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, m_texts, &QTableWidget::resizeRowsToContents);
    return QWidget::eventFilter(watched, event);
}

} // namespace concierge::ui
