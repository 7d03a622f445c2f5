#include "inbox/ConversationPanel.h"

#include "client/ConsoleClient.h"
#include "inbox/ConversationDelegate.h"
#include "inbox/ConversationListModel.h"
#include "inbox/ThreadView.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace concierge::ui::inbox {

using Filter = ConversationListModel::Filter;

ConversationPanel::ConversationPanel(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new ConversationListModel(client, this))
{
    setObjectName(QStringLiteral("conversationsPage"));
    m_model->setObjectName(QStringLiteral("conversationModel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(buildList());
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 700});
    layout->addWidget(splitter);

    connect(m_model, &ConversationListModel::conversationChanged, this, [this](const Conversation &c) {
        if (c.chatId != m_current.chatId)
            return;
        const bool unreadArrived = c.unread > 0 && isVisible();
        display(c);
        if (unreadArrived)
            m_model->markRead(c.chatId);
    });
    // Waiting times grow: repaint the list now and then.
    auto *tick = new QTimer(this);
    tick->start(30000);
    connect(tick, &QTimer::timeout, m_list->viewport(), qOverload<>(&QWidget::update));
    updateState();
    m_model->reload();
}

QWidget *ConversationPanel::buildList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Search a name, a number or a message"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_model, &ConversationListModel::setSearch);
    layout->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    m_filters = new QButtonGroup(box);
    const QList<QPair<Filter, QString>> names = {{Filter::All, tr("All")},
                                                 {Filter::Bot, tr("Assistant")},
                                                 {Filter::Queued, tr("Waiting")},
                                                 {Filter::Human, tr("With agents")},
                                                 {Filter::Mine, tr("Mine")}};
    static const char *objectNames[] = {"filterAll", "filterBot", "filterQueued", "filterHuman", "filterMine"};
    for (const auto &[filter, name] : names) {
        auto *button = new QToolButton(box);
        button->setText(name);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QLatin1String(objectNames[int(filter)]));
        button->setChecked(filter == Filter::All);
        m_filters->addButton(button, int(filter));
        filters->addWidget(button);
    }
    filters->addStretch();
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { m_model->setFilter(Filter(id)); });
    layout->addLayout(filters);

    m_list = new QListView(box);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openConversation(index.data(ConversationListModel::ChatIdRole).toString());
    });
    layout->addWidget(m_list, 1);
    return box;
}

QWidget *ConversationPanel::buildDetail()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 6, 6);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_owner = new QLabel(box);
    m_owner->setObjectName(QStringLiteral("conversationOwner"));
    header->addWidget(m_title, 1);
    header->addWidget(m_owner);
    m_claim = new QPushButton(tr("Claim"), box);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_claim->setToolTip(tr("Take this conversation: the assistant stops answering (Ctrl+T)"));
    m_release = new QPushButton(tr("Hand back to the assistant"), box);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_release->setToolTip(tr("The assistant answers again; the contact is told (Ctrl+Shift+R)"));
    m_close = new QPushButton(tr("Close"), box);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setToolTip(tr("Done: back to the assistant without a message to the contact (Ctrl+Shift+W)"));
    auto *actions = new QHBoxLayout; // a row of its own: the French labels are long
    for (QPushButton *button : {m_claim, m_release, m_close})
        actions->addWidget(button);
    actions->addStretch();
    connect(m_claim, &QPushButton::clicked, this, &ConversationPanel::claim);
    connect(m_release, &QPushButton::clicked, this, &ConversationPanel::release);
    connect(m_close, &QPushButton::clicked, this, &ConversationPanel::closeConversation);
    layout->addLayout(header);
    layout->addLayout(actions);

    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("conversationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fef3c7; color: #78350f; padding: 6px; }"));
    m_error->hide();
    connect(m_error, &QLabel::linkActivated, this, &ConversationPanel::refresh);
    layout->addWidget(m_error);

    m_thread = new ThreadView(m_client, box);
    layout->addWidget(m_thread, 1);

    m_hint = new QLabel(box);
    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    layout->addWidget(m_hint);
    auto *composerRow = new QHBoxLayout;
    m_composer = new QPlainTextEdit(box);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setPlaceholderText(tr("Write your answer…"));
    m_composer->setMaximumHeight(110);
    m_send = new QPushButton(tr("Send"), box);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send to the contact on WhatsApp (Ctrl+Enter)"));
    connect(m_send, &QPushButton::clicked, this, &ConversationPanel::send);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &ConversationPanel::updateState);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send, 0, Qt::AlignBottom);
    layout->addLayout(composerRow);
    return box;
}

void ConversationPanel::openConversation(const QString &chatId)
{
    if (chatId.isEmpty())
        return;
    const int row = m_model->rowOf(chatId);
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row));
    if (chatId == m_current.chatId)
        return;
    m_error->hide();
    // A reply being written stays with its conversation, so that looking at another one does not lose it.
    const QString draft = m_composer->toPlainText();
    if (!m_current.chatId.isEmpty() && !draft.trimmed().isEmpty())
        m_drafts.insert(m_current.chatId, draft);
    else
        m_drafts.remove(m_current.chatId);
    m_composer->setPlainText(m_drafts.take(chatId));
    if (const Conversation *known = m_model->conversation(chatId)) {
        display(*known);
    } else {
        Conversation pending;
        pending.chatId = chatId;
        display(pending);
    }
    refresh();
    m_model->markRead(chatId);
}

void ConversationPanel::refresh()
{
    const QString chatId = m_current.chatId;
    if (chatId.isEmpty())
        return;
    m_error->hide();
    m_client->get(QStringLiteral("/api/v1/conversations/") + ConsoleClient::segment(chatId), this,
                  [this, chatId](const ApiReply &reply) {
                      if (reply.ok() && chatId == m_current.chatId)
                          display(Conversation::fromJson(reply.json));
                  });
    m_model->fetchOne(chatId);
    m_thread->refreshSoon();
}

void ConversationPanel::display(const Conversation &conversation)
{
    m_current = conversation;
    const QString number = readablePhone(conversation.phone.isEmpty() ? conversation.chatId : conversation.phone);
    const QString name = displayName(conversation);
    m_title->setText(name == number ? QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped())
                                    : QStringLiteral("<b>%1</b> &nbsp; <span style=\"color:#6b7280\">%2</span>")
                                          .arg(name.toHtmlEscaped(), number.toHtmlEscaped()));
    m_owner->setText(QStringLiteral("<span style=\"color:%1\">● %2</span>")
                         .arg(ownerColor(conversation).name(), ownerText(conversation, m_client->username())));
    m_thread->setConversation(conversation.chatId, conversation.contactName);
    m_thread->setContactName(conversation.contactName);
    updateState();
}

bool ConversationPanel::isMine() const
{
    return !m_current.chatId.isEmpty() && m_current.owner == QStringLiteral("human:") + m_client->username();
}

bool ConversationPanel::canClaim() const
{
    return !m_current.chatId.isEmpty() && !m_current.isHuman();
}

bool ConversationPanel::canRelease() const
{
    return isMine();
}

bool ConversationPanel::hasUnsavedChanges() const
{
    return !m_drafts.isEmpty() || !m_composer->toPlainText().trimmed().isEmpty();
}

QString ConversationPanel::unsavedChangesSummary() const
{
    const int unsent = int(m_drafts.size()) + (m_composer->toPlainText().trimmed().isEmpty() ? 0 : 1);
    return tr("%n reply(s) typed but not sent.", nullptr, unsent);
}

bool ConversationPanel::canSend() const
{
    return isMine() && !m_composer->toPlainText().trimmed().isEmpty();
}

void ConversationPanel::updateState()
{
    const bool open = !m_current.chatId.isEmpty();
    m_claim->setEnabled(canClaim());
    m_release->setEnabled(canRelease());
    m_close->setEnabled(open && (isMine() || m_current.isQueued()));
    m_composer->setEnabled(isMine());
    m_send->setEnabled(canSend());
    if (!open)
        m_hint->setText(tr("Select a conversation on the left."));
    else if (isMine())
        m_hint->setText(tr("You are answering: Ctrl+Enter sends. Hand back to the assistant when you are done."));
    else if (m_current.isHuman())
        m_hint->setText(m_current.owner == QLatin1String("human:phone")
                            ? tr("Someone is answering from the paired phone.")
                            : tr("%1 is answering this conversation.").arg(m_current.owner.mid(6)));
    else
        m_hint->setText(tr("Claim this conversation to answer."));
    emit stateChanged();
}

void ConversationPanel::claim()
{
    if (canClaim())
        act(QStringLiteral("claim"));
}

void ConversationPanel::release()
{
    if (canRelease())
        act(QStringLiteral("release"));
}

void ConversationPanel::closeConversation()
{
    if (m_close->isEnabled())
        act(QStringLiteral("close"));
}

void ConversationPanel::act(const QString &action)
{
    const QString chatId = m_current.chatId;
    const QJsonObject body{{QStringLiteral("expected_version"), m_current.version}};
    m_client->post(QStringLiteral("/api/v1/conversations/%1/%2").arg(ConsoleClient::segment(chatId), action), body,
                   this, [this, chatId](const ApiReply &reply) {
                       if (chatId != m_current.chatId)
                           return;
                       if (!reply.ok()) {
                           showError(reply);
                           return;
                       }
                       m_error->hide();
                       m_current.owner = reply.json.value(QLatin1String("owner")).toString(m_current.owner);
                       m_current.version = reply.json.value(QLatin1String("version")).toInt(m_current.version);
                       m_current.agent = m_current.isHuman() ? m_current.owner.mid(6) : QString();
                       m_current.waitingSinceMs = 0;
                       display(m_current);
                       m_model->fetchOne(chatId);
                       if (isMine())
                           m_composer->setFocus();
                   });
}

void ConversationPanel::send()
{
    if (!canSend())
        return;
    const QString chatId = m_current.chatId;
    const QString text = m_composer->toPlainText().trimmed();
    m_send->setEnabled(false);
    m_client->post(QStringLiteral("/api/v1/conversations/%1/messages").arg(ConsoleClient::segment(chatId)),
                   {{QStringLiteral("text"), text}}, this, [this, chatId, text](const ApiReply &reply) {
                       if (chatId != m_current.chatId) { // staff moved on: the sent reply is no draft any more
                           if (reply.ok() && m_drafts.value(chatId).trimmed() == text)
                               m_drafts.remove(chatId);
                           return;
                       }
                       if (!reply.ok()) {
                           showError(reply);
                           updateState();
                           return;
                       }
                       if (m_composer->toPlainText().trimmed() == text)
                           m_composer->clear();
                       m_thread->refreshSoon();
                   });
}

// A refused action in one sentence, with the way forward: what the server says now, and a refresh link.
void ConversationPanel::showError(const ApiReply &reply)
{
    if (reply.status != 409) {
        const QString why = reply.status == 0 ? tr("The server cannot be reached; check the connection and retry.")
                                              : tr("The server refused: %1").arg(reply.errorMessage);
        showConflict(why);
        return;
    }
    const QString chatId = m_current.chatId;
    m_client->get(QStringLiteral("/api/v1/conversations/") + ConsoleClient::segment(chatId), this,
                  [this, chatId](const ApiReply &now) {
                      if (chatId != m_current.chatId)
                          return;
                      if (now.ok())
                          display(Conversation::fromJson(now.json));
                      QString sentence;
                      if (m_current.isHuman() && !isMine())
                          sentence = tr("%1 took this conversation a moment ago.").arg(m_current.owner.mid(6));
                      else if (m_current.isQueued())
                          sentence = tr("This conversation went back to the waiting queue; claim it to answer.");
                      else if (!isMine())
                          sentence = tr("The assistant has this conversation again; claim it to answer.");
                      else
                          sentence = tr("This conversation changed meanwhile; it is shown as it is now.");
                      showConflict(sentence);
                  });
    m_model->fetchOne(chatId);
}

void ConversationPanel::showConflict(const QString &sentence)
{
    m_error->setText(QStringLiteral("%1 <a href=\"refresh\">%2</a>").arg(sentence.toHtmlEscaped(), tr("Refresh")));
    m_error->show();
}

} // namespace concierge::ui::inbox
