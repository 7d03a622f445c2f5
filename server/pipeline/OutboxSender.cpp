#include "pipeline/OutboxSender.h"

#include "core/Log.h"
#include "integrations/WahaClient.h"
#include "live/EventBus.h"

#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>

namespace concierge::pipeline {

using store::OutboxMessage;

OutboxSender::OutboxSender(store::Database *db, integrations::WahaClient *waha, live::EventBus *events, Options options,
                           QObject *parent)
    : QObject(parent)
    , m_log(db)
    , m_waha(waha)
    , m_events(events)
    , m_options(options)
{
}

void OutboxSender::submit(const OutboxMessage &message)
{
    auto &queue = m_queues[message.chatId];
    queue.enqueue(message);
    ++m_pending;
    if (queue.size() == 1 && !m_busy.contains(message.chatId))
        m_ready.enqueue(message.chatId);
    pump();
}

void OutboxSender::resume()
{
    m_log.pendingOutbox(this, [this](Result<QList<OutboxMessage>> rows) {
        if (!rows) {
            qCWarning(lcPipeline) << "cannot load the pending outbox:" << rows.error().message;
            return;
        }
        if (!rows->isEmpty())
            qCInfo(lcPipeline) << "resuming" << rows->size() << "unsent replies";
        for (const OutboxMessage &message : rows.value())
            submit(message);
    });
}

void OutboxSender::pump()
{
    while (m_inFlight < m_options.maxInFlight && !m_ready.isEmpty())
        sendHead(m_ready.dequeue());
}

void OutboxSender::sendHead(const QString &chatId)
{
    auto queue = m_queues.find(chatId);
    if (queue == m_queues.end() || queue->isEmpty())
        return;
    const OutboxMessage message = queue->head();
    if (!m_waha->configured()) {
        // Kept pending: sent as soon as WAHA is configured and the server restarts.
        m_busy.insert(chatId);
        return;
    }
    m_busy.insert(chatId);
    ++m_inFlight;
    if (message.author != store::Author::Bot) {
        transmit(chatId, message);
        return;
    }
    m_log.releasable(message.id, chatId, this, [this, chatId, message](Result<bool> mayGo) {
        // Unreadable: send (the pipeline already checked the owner before answering).
        if (mayGo && !mayGo.value()) {
            --m_inFlight;
            withheld(chatId, message);
            return;
        }
        transmit(chatId, message);
    });
}

void OutboxSender::transmit(const QString &chatId, const OutboxMessage &message)
{
    auto sendText = [this, chatId, message] {
        m_waha->sendText(chatId, message.text, QString(), this,
                         [this, chatId, message](const integrations::WahaResult &r) {
                             --m_inFlight;
                             onSent(chatId, message, r.ok, r.retryable, r.error, r.messageId);
                         });
    };
    // WAHA's contract is sendSeen, then sendText: the text goes once the seen call is answered (whatever the
    // answer: a failed receipt must not hold the reply back; a WAHA that is down fails the text too, which retries).
    if (!message.replyTo.isEmpty() && message.attempts == 0)
        m_waha->sendSeen(chatId, {message.replyTo}, this, [sendText](const integrations::WahaResult &) { sendText(); });
    else
        sendText();
}

void OutboxSender::withheld(const QString &chatId, const OutboxMessage &message)
{
    qCInfo(lcPipeline) << "reply" << message.id << "to" << chatId << "withheld: a person owns the conversation";
    m_events->publish(live::EventKind::MessageFailed, chatId,
                      live::MessageSentPayload{message.id, {}, {}, QStringLiteral("withheld")}.toJson());
    finishHead(chatId);
}

void OutboxSender::onSent(const QString &chatId, OutboxMessage message, bool ok, bool retryable, const QString &error,
                          const QString &wahaMessageId)
{
    if (ok) {
        const qint64 at = m_options.clock->nowMs();
        m_log.markSent(message.id, wahaMessageId, at, this);
        m_events->publish(live::EventKind::MessageSent, chatId,
                          live::MessageSentPayload{message.id, message.text, wahaMessageId, {}}.toJson());
        finishHead(chatId);
        return;
    }
    message.attempts += 1;
    const bool tooOld = m_options.clock->nowMs() - message.createdAtMs > m_options.giveUpAfterMs;
    if (retryable && !tooOld) {
        scheduleRetry(chatId, message, error);
        return;
    }
    qCWarning(lcPipeline) << "reply" << message.id << "to" << chatId << "failed for good:" << error;
    m_log.markFailed(message.id, error, this);
    m_events->publish(live::EventKind::MessageFailed, chatId,
                      live::MessageSentPayload{message.id, {}, {}, error}.toJson());
    finishHead(chatId);
}

void OutboxSender::scheduleRetry(const QString &chatId, OutboxMessage message, const QString &error)
{
    const int exponent = qMin(message.attempts - 1, 16);
    qint64 delay = qMin<qint64>(qint64(m_options.firstRetryMs) << exponent, m_options.maxRetryMs);
    delay -= QRandomGenerator::global()->bounded(int(delay / 5) + 1); // jitter, so chats do not retry in lockstep
    qCInfo(lcPipeline) << "WAHA unavailable for reply" << message.id << "(" << error << "), retry" << message.attempts
                       << "in" << delay << "ms";
    m_queues[chatId].head() = message;
    m_log.markRetry(message.id, message.attempts, m_options.clock->nowMs() + delay, error, this);
    QTimer::singleShot(int(delay), this, [this, chatId] {
        m_busy.remove(chatId);
        m_ready.enqueue(chatId);
        pump();
    });
    pump();
}

void OutboxSender::finishHead(const QString &chatId)
{
    auto queue = m_queues.find(chatId);
    if (queue != m_queues.end() && !queue->isEmpty())
        queue->dequeue();
    --m_pending;
    m_busy.remove(chatId);
    if (queue != m_queues.end() && queue->isEmpty())
        m_queues.erase(queue);
    else if (queue != m_queues.end())
        m_ready.enqueue(chatId);
    pump();
    if (m_pending == 0)
        emit drained();
}

} // namespace concierge::pipeline
