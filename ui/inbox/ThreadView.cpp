#include "inbox/ThreadView.h"

#include "client/ConsoleClient.h"
#include "inbox/ConversationFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QScrollBar>

namespace concierge::ui::inbox {

using live::EventKind;

namespace {

// The service a reply came from, in the staff's words rather than its id.
QString serviceLabel(const QString &service)
{
    if (service == QLatin1String("renseignement"))
        return ThreadView::tr("Information");
    if (service == QLatin1String("catechese"))
        return ThreadView::tr("Catechism");
    if (service == QLatin1String("contact_humain"))
        return ThreadView::tr("Talk to someone");
    return service;
}

// "horaires_messe" -> "horaires messe"; the intent is the assistant's own short label.
QString intentLabel(const QString &intent)
{
    QString label = intent;
    return label.replace(QLatin1Char('_'), QLatin1Char(' '));
}

ThreadView::Message messageOf(const QJsonObject &json)
{
    ThreadView::Message m;
    m.id = qint64(json.value(QLatin1String("id")).toDouble());
    m.author = json.value(QLatin1String("author")).toString();
    m.agent = json.value(QLatin1String("agent")).toString();
    m.text = json.value(QLatin1String("text")).toString();
    m.timeMs = qint64(json.value(QLatin1String("time")).toDouble());
    m.status = json.value(QLatin1String("status")).toString();
    m.service = json.value(QLatin1String("service")).toString();
    m.intent = json.value(QLatin1String("intent")).toString();
    return m;
}

QString timeText(qint64 ms)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    if (when.date() == QDate::currentDate())
        return QLocale().toString(when.time(), QLocale::ShortFormat);
    return QLocale().toString(when, QLocale::ShortFormat);
}

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

ThreadView::ThreadView(ConsoleClient *client, QWidget *parent)
    : QTextBrowser(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("conversationThread"));
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setPlaceholderText(tr("Select a conversation on the left."));
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &ThreadView::loadNewest);
    connect(m_client, &ConsoleClient::eventReceived, this, &ThreadView::onEvent);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_rendering && value == verticalScrollBar()->minimum() && verticalScrollBar()->maximum() > 0)
            loadOlder();
    });
}

void ThreadView::setConversation(const QString &chatId, const QString &contactName)
{
    m_contact = contactName;
    if (chatId == m_chatId)
        return;
    ++m_generation;
    m_chatId = chatId;
    m_messages.clear();
    m_more = false;
    m_loadingOlder = false;
    clear();
    if (!chatId.isEmpty())
        loadNewest();
}

void ThreadView::setContactName(const QString &contactName)
{
    if (contactName == m_contact)
        return;
    m_contact = contactName;
    render();
}

void ThreadView::refreshSoon()
{
    if (!m_chatId.isEmpty())
        m_refresh.start();
}

void ThreadView::onEvent(const live::LiveEvent &event)
{
    if (event.chatId != m_chatId || m_chatId.isEmpty())
        return;
    switch (event.kind) {
    case EventKind::MessageReceived:
    case EventKind::MessageQueued:
    case EventKind::MessageSent:
    case EventKind::MessageFailed:
    case EventKind::MessageAck: refreshSoon(); break;
    default: break;
    }
}

void ThreadView::loadNewest()
{
    const int generation = m_generation;
    const bool first = m_messages.isEmpty();
    m_client->get(QStringLiteral("/api/v1/conversations/%1/messages?limit=%2")
                      .arg(ConsoleClient::segment(m_chatId))
                      .arg(m_pageSize),
                  this, [this, generation, first](const ApiReply &reply) {
                      if (generation != m_generation || !reply.ok())
                          return;
                      if (first)
                          m_more = reply.json.value(QLatin1String("more")).toBool();
                      merge(reply.items());
                  });
}

void ThreadView::loadOlder()
{
    if (!m_more || m_loadingOlder || m_messages.isEmpty())
        return;
    m_loadingOlder = true;
    const int generation = m_generation;
    m_client->get(QStringLiteral("/api/v1/conversations/%1/messages?limit=%2&before=%3")
                      .arg(ConsoleClient::segment(m_chatId))
                      .arg(m_pageSize)
                      .arg(m_messages.first().id),
                  this, [this, generation](const ApiReply &reply) {
                      if (generation != m_generation)
                          return;
                      m_loadingOlder = false;
                      if (!reply.ok())
                          return;
                      m_more = reply.json.value(QLatin1String("more")).toBool();
                      merge(reply.items());
                  });
}

void ThreadView::merge(const QJsonArray &items)
{
    for (const QJsonValue &item : items) {
        const Message m = messageOf(item.toObject());
        auto at = std::lower_bound(m_messages.begin(), m_messages.end(), m.id,
                                   [](const Message &a, qint64 id) { return a.id < id; });
        if (at != m_messages.end() && at->id == m.id)
            *at = m;
        else
            m_messages.insert(at, m);
    }
    render();
    emit loaded();
}

QString ThreadView::bubble(const Message &m) const
{
    const bool mine = m.author != QLatin1String("user");
    const QString who = authorLabel(m.author, m.agent, m_contact.isEmpty() ? tr("Contact") : m_contact);
    QString meta = timeText(m.timeMs);
    if (mine && !ticks(m.status).isEmpty())
        meta += QStringLiteral(" <span style=\"color:%1\" title=\"%2\">%3</span>")
                    .arg(tickColor(m.status).name(), statusText(m.status), ticks(m.status));
    QString routing;
    if (!m.service.isEmpty() && m.author != QLatin1String("agent") && m.author != QLatin1String("phone"))
        routing = QStringLiteral("<br><span style=\"color:#6b7280; font-size:small\">%1</span>")
                      .arg(m.intent.isEmpty() ? tr("Service: %1").arg(serviceLabel(m.service).toHtmlEscaped())
                                              : tr("Service: %1 · intent: %2")
                                                    .arg(serviceLabel(m.service).toHtmlEscaped(),
                                                         intentLabel(m.intent).toHtmlEscaped()));
    const QString colour =
        mine ? (m.author == QLatin1String("assistant") ? QStringLiteral("#dcfce7") : QStringLiteral("#dbeafe"))
             : QStringLiteral("#f3f4f6");
    const QString cell = QStringLiteral("<td bgcolor=\"%1\" style=\"padding:8px\"><b>%2</b><br>%3<br>"
                                        "<span style=\"color:#6b7280; font-size:small\">%4</span>%5</td>")
                             .arg(colour, who.toHtmlEscaped(), paragraphs(m.text), meta, routing);
    const QString gap = QStringLiteral("<td width=\"18%\"></td>");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" style=\"margin-bottom:6px\"><tr>%1</tr></table>")
        .arg(mine ? gap + cell : cell + gap);
}

// Keeps the reader where they were: at the bottom when they were there (new messages show), else at the same
// distance from it (older messages added above do not move the text under their eyes).
void ThreadView::render()
{
    m_rendering = true;
    QScrollBar *bar = verticalScrollBar();
    const int fromBottom = bar->maximum() - bar->value();
    const bool atBottom = fromBottom < 8;
    QString html;
    if (m_more)
        html += QStringLiteral("<p align=\"center\" style=\"color:#6b7280\">%1</p>")
                    .arg(tr("Scroll up for older messages"));
    for (const Message &m : m_messages)
        html += bubble(m);
    setHtml(html);
    bar->setValue(atBottom ? bar->maximum() : bar->maximum() - fromBottom);
    m_rendering = false;
}

} // namespace concierge::ui::inbox
