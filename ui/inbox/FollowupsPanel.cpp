#include "inbox/FollowupsPanel.h"

#include "client/ConsoleClient.h"
#include "inbox/ConversationFormat.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace concierge::ui::inbox {

namespace {

enum Column { ContactColumn, NumberColumn, ReasonColumn, DueColumn, StateColumn, ColumnCount };

QDateTime parseTime(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()));
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A follow-up is opened for one reason: a request for a person nobody took in time (its raw reason, the intent,
// stays in the tooltip).
QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("agent_inactive"))
        return FollowupsPanel::tr("The agent stopped answering; nobody took it over in time");
    return FollowupsPanel::tr("Asked for a person; nobody could answer in time");
}

} // namespace

FollowupsPanel::FollowupsPanel(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("followupsPage"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("followupsStatus"));
    layout->addWidget(m_status);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("followupsTable"));
    m_table->setHorizontalHeaderLabels({tr("Contact"), tr("Number"), tr("Reason"), tr("Due"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ContactColumn, 220);
    m_table->setColumnWidth(NumberColumn, 160);
    m_table->setColumnWidth(DueColumn, 170);
    m_table->setColumnWidth(StateColumn, 160);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_done = new QPushButton(tr("Mark done"), this);
    m_done->setObjectName(QStringLiteral("followupDone"));
    auto *open = new QPushButton(tr("Open the conversation"), this);
    m_showDone = new QCheckBox(tr("Show done ones"), this);
    m_showDone->setObjectName(QStringLiteral("showDoneFollowups"));
    buttons->addWidget(m_done);
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(m_showDone);
    layout->addLayout(buttons);
    connect(m_done, &QPushButton::clicked, this, &FollowupsPanel::markSelectedDone);
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            emit openRequested(m_table->item(row, ContactColumn)->data(Qt::UserRole + 1).toString());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit openRequested(m_table->item(row, ContactColumn)->data(Qt::UserRole + 1).toString());
    });
    connect(m_showDone, &QCheckBox::toggled, this, &FollowupsPanel::refresh);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, &FollowupsPanel::refresh);
    connect(m_client, &ConsoleClient::eventReceived, this, [this](const live::LiveEvent &event) {
        if (event.kind == live::EventKind::FollowupChanged)
            m_refresh.start();
    });
    // After a disconnection (or a server restart) the events in between may be lost: reload from the server.
    auto wasDown = std::make_shared<bool>(false);
    connect(m_client, &ConsoleClient::connectionChanged, this, [this, wasDown](bool up) {
        if (!up) {
            *wasDown = true;
        } else if (*wasDown) {
            *wasDown = false;
            refresh();
        }
    });
    refresh();
}

void FollowupsPanel::refresh()
{
    const int generation = ++m_generation;
    const QString path =
        m_showDone->isChecked() ? QStringLiteral("/api/v1/followups?all=true") : QStringLiteral("/api/v1/followups");
    m_client->get(path, this, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            m_status->setText(tr("The follow-ups could not be loaded: %1").arg(reply.errorMessage));
            return;
        }
        display(reply.items(QStringLiteral("followups")));
    });
}

void FollowupsPanel::display(const QJsonArray &followups)
{
    m_followups = followups;
    const qint64 selected = m_table->currentRow() >= 0
                                ? m_table->item(m_table->currentRow(), ContactColumn)->data(Qt::UserRole).toLongLong()
                                : 0;
    m_table->setRowCount(int(followups.size()));
    int open = 0;
    for (int row = 0; row < followups.size(); ++row) {
        const QJsonObject f = followups.at(row).toObject();
        fillRow(row, f);
        open += f.value(QLatin1String("done")).toBool() ? 0 : 1;
        if (qint64(f.value(QLatin1String("id")).toDouble()) == selected)
            m_table->selectRow(row);
    }
    m_status->setText(open == 0 ? tr("No call-back to make.") : tr("%n call-back(s) to make.", nullptr, open));
}

void FollowupsPanel::fillRow(int row, const QJsonObject &f)
{
    const QString chatId = f.value(QLatin1String("chat_id")).toString();
    const bool done = f.value(QLatin1String("done")).toBool();
    const QDateTime due = parseTime(f.value(QLatin1String("due"))).toLocalTime();
    const bool overdue = !done && due.isValid() && due < QDateTime::currentDateTime();
    if (!m_names.contains(chatId))
        lookUpName(chatId);
    const QString name = m_names.value(chatId);
    auto *contact = new QTableWidgetItem(name.isEmpty() ? readablePhone(chatId) : name);
    contact->setData(Qt::UserRole, qint64(f.value(QLatin1String("id")).toDouble()));
    contact->setData(Qt::UserRole + 1, chatId);
    m_table->setItem(row, ContactColumn, contact);
    m_table->setItem(row, NumberColumn, new QTableWidgetItem(readablePhone(chatId)));
    m_table->setItem(row, ReasonColumn, new QTableWidgetItem(reasonText(f.value(QLatin1String("reason")).toString())));
    auto *dueItem = new QTableWidgetItem(due.isValid() ? QLocale().toString(due, QLocale::ShortFormat) : QString());
    if (overdue) {
        dueItem->setForeground(QColor(0xdc, 0x26, 0x26));
        dueItem->setToolTip(tr("Overdue"));
    }
    m_table->setItem(row, DueColumn, dueItem);
    const QString doneBy = f.value(QLatin1String("done_by")).toString();
    const QString state = done ? tr("Done by %1").arg(doneBy) : (overdue ? tr("Overdue") : tr("To do"));
    auto *stateItem = new QTableWidgetItem(state);
    if (overdue)
        stateItem->setForeground(QColor(0xdc, 0x26, 0x26));
    m_table->setItem(row, StateColumn, stateItem);
}

void FollowupsPanel::lookUpName(const QString &chatId)
{
    m_names.insert(chatId, QString());
    m_client->get(QStringLiteral("/api/v1/conversations/") + ConsoleClient::segment(chatId), this,
                  [this, chatId](const ApiReply &reply) {
                      const QString name = reply.json.value(QLatin1String("contact_name")).toString();
                      if (!reply.ok() || name.isEmpty())
                          return;
                      m_names.insert(chatId, name);
                      for (int row = 0; row < m_table->rowCount(); ++row) {
                          QTableWidgetItem *item = m_table->item(row, ContactColumn);
                          if (item && item->data(Qt::UserRole + 1).toString() == chatId)
                              item->setText(name);
                      }
                  });
}

void FollowupsPanel::markSelectedDone()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, ContactColumn)->data(Qt::UserRole).toLongLong();
    m_done->setEnabled(false);
    m_client->post(QStringLiteral("/api/v1/followups/%1/done").arg(id), {}, this, [this](const ApiReply &reply) {
        m_done->setEnabled(true);
        if (!reply.ok())
            m_status->setText(tr("Could not mark it done: %1").arg(reply.errorMessage));
        refresh();
    });
}

} // namespace concierge::ui::inbox
