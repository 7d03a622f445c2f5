#include "panels/EventLogPanel.h"

#include "client/ConsoleClient.h"
#include "models/EventLogModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace concierge::ui {

EventLogPanel::EventLogPanel(ConsoleClient *client, QWidget *parent)
    : QGroupBox(tr("Live conversations"), parent)
    , m_model(new EventLogModel(EventLogModel::kDefaultMaxRows, this))
{
    auto *layout = new QVBoxLayout(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("events"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(EventLogModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(EventLogModel::ConversationColumn, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    layout->addWidget(m_view);
    connect(client, &ConsoleClient::eventReceived, m_model, &EventLogModel::append);
    connect(m_model, &EventLogModel::rowsInserted, m_view, &QTableView::scrollToBottom);
}

} // namespace concierge::ui
