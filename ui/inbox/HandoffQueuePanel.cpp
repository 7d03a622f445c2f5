#include "inbox/HandoffQueuePanel.h"

#include "client/ConsoleClient.h"
#include "inbox/HandoffAlert.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

#include <algorithm>

namespace concierge::ui::inbox {

using live::EventKind;

namespace {

enum Column { ContactColumn, StateColumn, RequestColumn };

// Why the assistant handed over, in words (the event's reason is the intent that asked for a person).
QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("phone_takeover"))
        return HandoffQueuePanel::tr("Answered from the phone");
    if (reason == QLatin1String("agent_inactive"))
        return HandoffQueuePanel::tr("Back in the queue: the agent was silent");
    return HandoffQueuePanel::tr("Asked for a person");
}

} // namespace

HandoffQueuePanel::HandoffQueuePanel(ConsoleClient *client, HandoffAlert *alert, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_alert(alert)
{
    setObjectName(QStringLiteral("handoffPage"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    layout->addWidget(m_status);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("handoffQueue"));
    m_tree->setHeaderLabels({tr("Contact"), tr("Waiting / agent"), tr("Request")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setSectionResizeMode(RequestColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(ContactColumn, 240);
    m_tree->setColumnWidth(StateColumn, 170);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    m_claim = new QPushButton(tr("Claim and answer"), this);
    m_claim->setObjectName(QStringLiteral("queueClaim"));
    auto *open = new QPushButton(tr("Open"), this);
    open->setObjectName(QStringLiteral("queueOpen"));
    auto *reload = new QPushButton(tr("Refresh"), this);
    buttons->addWidget(m_claim);
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(reload);
    layout->addLayout(buttons);
    connect(m_claim, &QPushButton::clicked, this, &HandoffQueuePanel::claimSelected);
    connect(open, &QPushButton::clicked, this, [this] {
        if (!selectedChat().isEmpty())
            emit openRequested(selectedChat());
    });
    connect(reload, &QPushButton::clicked, this, &HandoffQueuePanel::refresh);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedChat().isEmpty())
            emit openRequested(selectedChat());
    });

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, &HandoffQueuePanel::refresh);
    m_tick.start(30000); // waiting times grow
    connect(&m_tick, &QTimer::timeout, this, &HandoffQueuePanel::rebuild);
    connect(m_client, &ConsoleClient::eventReceived, this, &HandoffQueuePanel::onEvent);
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

void HandoffQueuePanel::onEvent(const live::LiveEvent &event)
{
    switch (event.kind) {
    case EventKind::MessageReceived: {
        const QString name = event.payload.value(QLatin1String("push_name")).toString();
        if (!name.isEmpty())
            m_names.insert(event.chatId, name);
        if (isListed(event.chatId))
            m_refresh.start();
        break;
    }
    case EventKind::HandoffRequested: {
        const auto p = live::HandoffRequestedPayload::fromJson(event.payload);
        m_requests.insert(event.chatId, {p.reason, p.summary, p.urgent});
        QString summary = reasonText(p.reason);
        if (!p.summary.isEmpty())
            summary += QStringLiteral(": ") + p.summary.section(QLatin1Char('\n'), -1);
        m_alert->raise(nameOf(event.chatId), summary, p.urgent);
        m_refresh.start();
        break;
    }
    case EventKind::OwnerChanged:
    case EventKind::HandoffReminder: m_refresh.start(); break;
    case EventKind::MessageQueued:
        if (isListed(event.chatId))
            m_refresh.start(); // the last message shown for a claimed conversation
        break;
    default: break;
    }
}

void HandoffQueuePanel::refresh()
{
    ++m_generation;
    m_pending = 2;
    load(QStringLiteral("queued"));
    load(QStringLiteral("human"));
}

void HandoffQueuePanel::load(const QString &owner)
{
    const int generation = m_generation;
    m_client->get(QStringLiteral("/api/v1/conversations?owner=%1&limit=200").arg(owner), this,
                  [this, owner, generation](const ApiReply &reply) {
                      if (generation != m_generation)
                          return;
                      if (reply.ok()) {
                          QList<Conversation> list;
                          for (const QJsonValue &item : reply.items())
                              list.append(Conversation::fromJson(item.toObject()));
                          (owner == QLatin1String("queued") ? m_waiting : m_claimed) = list;
                      }
                      if (--m_pending == 0)
                          rebuild();
                  });
}

QString HandoffQueuePanel::nameOf(const QString &chatId) const
{
    for (const QList<Conversation> *list : {&m_waiting, &m_claimed}) {
        for (const Conversation &c : *list) {
            if (c.chatId == chatId)
                return displayName(c);
        }
    }
    return m_names.value(chatId, readablePhone(chatId));
}

bool HandoffQueuePanel::isListed(const QString &chatId) const
{
    const auto same = [&chatId](const Conversation &c) { return c.chatId == chatId; };
    return std::any_of(m_waiting.begin(), m_waiting.end(), same) ||
           std::any_of(m_claimed.begin(), m_claimed.end(), same);
}

// A conversation that was queued before this console started has no handoff event here: what the user asked is
// read from its last messages instead.
void HandoffQueuePanel::askSummaries()
{
    for (const Conversation &c : std::as_const(m_waiting)) {
        if (m_requests.contains(c.chatId))
            continue;
        m_requests.insert(c.chatId, {});
        const QString chatId = c.chatId;
        m_client->get(QStringLiteral("/api/v1/conversations/%1/messages?limit=10").arg(ConsoleClient::segment(chatId)),
                      this, [this, chatId](const ApiReply &reply) {
                          QStringList asked;
                          for (const QJsonValue &item : reply.items()) {
                              const QJsonObject m = item.toObject();
                              if (m.value(QLatin1String("author")).toString() == QLatin1String("user"))
                                  asked.append(m.value(QLatin1String("text")).toString().simplified());
                          }
                          if (asked.isEmpty() || !m_requests.contains(chatId) || !m_requests[chatId].summary.isEmpty())
                              return;
                          m_requests[chatId].summary =
                              asked.mid(qMax(0, int(asked.size()) - 3)).join(QLatin1Char('\n'));
                          rebuild();
                      });
    }
}

QString HandoffQueuePanel::longestWaiting() const
{
    return m_waiting.isEmpty() ? QString() : m_waiting.first().chatId;
}

QTreeWidgetItem *HandoffQueuePanel::itemFor(const Conversation &c, bool waiting) const
{
    auto *item = new QTreeWidgetItem;
    item->setData(ContactColumn, Qt::UserRole, c.chatId);
    const QString number = readablePhone(c.phone.isEmpty() ? c.chatId : c.phone);
    const QString name = displayName(c);
    item->setText(ContactColumn, name == number ? name : QStringLiteral("%1\n%2").arg(name, number));
    const Request request = m_requests.value(c.chatId);
    if (waiting) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        item->setText(StateColumn, tr("Waiting for %1").arg(elapsedText(c.waitingSinceMs, now)));
        item->setForeground(StateColumn, ownerColor(c));
        QString text = request.summary.isEmpty() ? c.lastText.simplified()
                                                 : request.summary.split(QLatin1Char('\n')).join(QStringLiteral(" / "));
        text = reasonText(request.reason) + QStringLiteral(" — ") + text;
        if (request.urgent) {
            text = tr("URGENT") + QStringLiteral(" · ") + text;
            item->setForeground(RequestColumn, QColor(0xdc, 0x26, 0x26));
            QFont bold = item->font(RequestColumn);
            bold.setBold(true);
            item->setFont(RequestColumn, bold);
        }
        item->setText(RequestColumn, text);
    } else {
        item->setText(StateColumn, ownerText(c, m_client->username()));
        item->setForeground(StateColumn, ownerColor(c));
        item->setText(RequestColumn, c.lastText.simplified());
    }
    item->setToolTip(RequestColumn, item->text(RequestColumn));
    return item;
}

void HandoffQueuePanel::rebuild()
{
    std::sort(m_waiting.begin(), m_waiting.end(),
              [](const Conversation &a, const Conversation &b) { return a.waitingSinceMs < b.waitingSinceMs; });
    const QString selected = selectedChat();
    m_tree->clear();
    auto *waiting = new QTreeWidgetItem(m_tree, {tr("Waiting for a person (%1)").arg(m_waiting.size())});
    auto *claimed = new QTreeWidgetItem(m_tree, {tr("Being answered by an agent (%1)").arg(m_claimed.size())});
    for (QTreeWidgetItem *group : {waiting, claimed}) {
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
    }
    for (const Conversation &c : std::as_const(m_waiting))
        waiting->addChild(itemFor(c, true));
    for (const Conversation &c : std::as_const(m_claimed))
        claimed->addChild(itemFor(c, false));
    m_tree->expandAll();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!selected.isEmpty() && (*it)->data(ContactColumn, Qt::UserRole).toString() == selected)
            m_tree->setCurrentItem(*it);
    }
    m_status->setText(m_waiting.isEmpty()
                          ? tr("Nobody is waiting for a person.")
                          : tr("%n conversation(s) waiting for a person.", nullptr, int(m_waiting.size())));
    m_alert->setWaitingCount(int(m_waiting.size()));
    askSummaries();
}

QString HandoffQueuePanel::selectedChat() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(ContactColumn, Qt::UserRole).toString() : QString();
}

void HandoffQueuePanel::claimSelected()
{
    const QString chatId = selectedChat().isEmpty() ? longestWaiting() : selectedChat();
    if (chatId.isEmpty())
        return;
    m_client->post(QStringLiteral("/api/v1/conversations/%1/claim").arg(ConsoleClient::segment(chatId)), {}, this,
                   [this, chatId](const ApiReply &reply) {
                       if (!reply.ok() && reply.status != 409)
                           m_status->setText(tr("Could not claim: %1").arg(reply.errorMessage));
                       refresh();
                       emit openRequested(chatId); // on a conflict the conversation shows who has it
                   });
}

} // namespace concierge::ui::inbox
