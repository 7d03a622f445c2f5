#include "support/WhatsAppUser.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

namespace concierge::testing {

QString WhatsAppUser::ask(const QString &text, int timeoutMs)
{
    const qsizetype before = replies().size();
    QSignalSpy spy(&m_waha, &FakeWaha::textSent);
    const QString id = QStringLiteral("3EB0%1X%2").arg(m_chatId.left(12)).arg(++m_counter);
    const int ack = m_server.postWebhook(FakeWaha::textWebhookBody(m_chatId, text, id)).status;
    if (ack != 200)
        return QStringLiteral("<webhook answered %1>").arg(ack);
    QDeadlineTimer deadline(timeoutMs);
    while (replies().size() == before && !deadline.hasExpired())
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    const QList<FakeWaha::SentText> mine = replies();
    return mine.size() > before ? mine.last().text : QStringLiteral("<no reply>");
}

QList<FakeWaha::SentText> WhatsAppUser::replies() const
{
    QList<FakeWaha::SentText> out;
    const QList<FakeWaha::SentText> all = m_waha.sentTexts();
    for (const FakeWaha::SentText &t : all) {
        if (t.chatId == m_chatId)
            out.append(t);
    }
    return out;
}

} // namespace concierge::testing
