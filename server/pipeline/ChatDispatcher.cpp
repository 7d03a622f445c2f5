#include "pipeline/ChatDispatcher.h"

#include <QPointer>

namespace concierge::pipeline {

ChatDispatcher::ChatDispatcher(int maxConcurrent, Handler handler, QObject *parent)
    : QObject(parent)
    , m_maxConcurrent(qMax(1, maxConcurrent))
    , m_configuredMax(m_maxConcurrent)
    , m_handler(std::move(handler))
{
}

void ChatDispatcher::enqueue(const store::InboxMessage &message)
{
    // The same inbox row twice (a redelivery racing the restart's resume) is handled once.
    if (message.id > 0) {
        if (m_known.contains(message.id))
            return;
        m_known.insert(message.id);
    }
    m_queues[message.chatId].enqueue(message);
    m_peakQueued = qMax(m_peakQueued, ++m_queued);
    if (!m_active.contains(message.chatId) && !m_readySet.contains(message.chatId)) {
        m_ready.enqueue(message.chatId);
        m_readySet.insert(message.chatId);
    }
    startNext();
}

void ChatDispatcher::setConcurrency(int concurrent)
{
    m_maxConcurrent = qBound(0, concurrent, m_configuredMax);
    startNext();
}

void ChatDispatcher::setWaiting(const QString &chatId)
{
    if (!m_active.contains(chatId))
        return;
    m_waiting.insert(chatId);
    startNext();
}

void ChatDispatcher::resume(const QString &chatId, std::function<void()> go)
{
    if (!m_waiting.contains(chatId)) {
        go();
        return;
    }
    m_resuming.enqueue({chatId, std::move(go)});
    startNext();
}

void ChatDispatcher::startNext()
{
    // A handler may call `done` before returning: the loop below then picks the chat up again instead of a nested
    // call, so that a long backlog of quick messages does not grow the stack by one frame per message.
    if (m_dispatching)
        return;
    m_dispatching = true;
    while (busySlots() < m_maxConcurrent && (!m_resuming.isEmpty() || !m_ready.isEmpty())) {
        if (!m_resuming.isEmpty()) { // nearly done: first
            auto [chatId, go] = m_resuming.dequeue();
            m_waiting.remove(chatId);
            go();
            continue;
        }
        const QString chatId = m_ready.dequeue();
        m_readySet.remove(chatId);
        start(chatId);
    }
    m_dispatching = false;
}

void ChatDispatcher::start(const QString &chatId)
{
    auto queue = m_queues.find(chatId);
    if (queue == m_queues.end() || queue->isEmpty())
        return;
    const store::InboxMessage message = queue->dequeue();
    if (--m_queued == m_lowWater - 1)
        emit queueLow();
    m_active.insert(chatId);
    // `done` may be called synchronously or later; it must run once.
    auto called = std::make_shared<bool>(false);
    QPointer<ChatDispatcher> self(this);
    m_handler(message, [self, chatId, called, id = message.id] {
        if (*called || !self)
            return;
        *called = true;
        self->m_known.remove(id);
        self->finished(chatId);
    });
}

QSet<QString> ChatDispatcher::chats() const
{
    QSet<QString> out = m_active;
    for (auto it = m_queues.cbegin(); it != m_queues.cend(); ++it)
        out.insert(it.key());
    return out;
}

void ChatDispatcher::finished(const QString &chatId)
{
    m_active.remove(chatId);
    m_waiting.remove(chatId);
    auto queue = m_queues.find(chatId);
    if (queue != m_queues.end() && queue->isEmpty()) {
        m_queues.erase(queue);
        emit chatIdle(chatId);
    } else if (queue != m_queues.end() && !m_readySet.contains(chatId)) {
        m_ready.enqueue(chatId);
        m_readySet.insert(chatId);
    }
    startNext();
    if (m_active.isEmpty() && m_ready.isEmpty())
        emit idle();
}

} // namespace concierge::pipeline
