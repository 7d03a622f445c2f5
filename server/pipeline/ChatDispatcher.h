#pragma once

#include "store/Records.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <functional>

namespace concierge::pipeline {

// One queue per chat: a chat's messages are handled one at a time, in order of arrival; different chats run
// concurrently, at most `maxConcurrent` at once. Chats waiting for a free slot are served first come, first served.
// A running chat that waits on the network (an LLM answer: seconds) gives its slot back meanwhile (setWaiting): the
// slots bound the work done here and on the database, not the calls in flight, which have their own bound
// (LLM_MAX_IN_FLIGHT). It stays running: its next message still waits for it.
class ChatDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatDispatcher)

public:
    // Handles one message and calls `done` (once, in this thread) when the chat may move on.
    using Handler = std::function<void(const store::InboxMessage &message, std::function<void()> done)>;

    ChatDispatcher(int maxConcurrent, Handler handler, QObject *parent = nullptr);

    void enqueue(const store::InboxMessage &message);
    // Lowers or restores how many chats run at once (at most the configured maximum). 0 pauses: no chat starts or
    // resumes, those running finish their message, and every message stays queued in its chat's order.
    void setConcurrency(int concurrent);
    int maxConcurrent() const { return m_configuredMax; }
    // The running chat `chatId` waits on the network: its slot goes to the next chat meanwhile.
    void setWaiting(const QString &chatId);
    // Its answer came: `go` (the rest of its work) runs once a slot is free, before any chat not started yet; at
    // once when a slot is free or the chat was not marked waiting.
    void resume(const QString &chatId, std::function<void()> go);
    int activeChats() const { return int(m_active.size()); }
    int waitingChats() const { return int(m_waiting.size()); }
    int busySlots() const { return int(m_active.size() - m_waiting.size()); }
    int queuedMessages() const { return m_queued; }
    int peakQueued() const { return m_peakQueued; } // the most messages ever waiting at once (bounded memory)
    bool knows(qint64 inboxId) const { return m_known.contains(inboxId); } // queued or running
    QSet<QString> chats() const;                                           // chats with a message queued or running
    // chats().contains(chatId), without building the set (thousands of chats queued in a flood).
    bool hasChat(const QString &chatId) const { return m_active.contains(chatId) || m_queues.contains(chatId); }
    // queueLow() is emitted when the messages waiting fall below `queued` (InboxWindow then reads more back).
    void setLowWater(int queued) { m_lowWater = queued; }

signals:
    void idle();                          // nothing queued and nothing running
    void chatIdle(const QString &chatId); // this chat's last queued message is done
    void queueLow();                      // the messages waiting just fell below the low-water mark

private:
    void startNext();
    void start(const QString &chatId);
    void finished(const QString &chatId);

    int m_maxConcurrent;
    int m_configuredMax;
    Handler m_handler;
    QHash<QString, QQueue<store::InboxMessage>> m_queues;
    QSet<QString> m_active;
    QSet<QString> m_waiting; // running chats waiting on the network (or for a slot to resume): no slot held
    QQueue<QPair<QString, std::function<void()>>> m_resuming; // answered, waiting for a slot
    QQueue<QString> m_ready;                                  // chats with messages, not running, waiting for a slot
    QSet<QString> m_readySet;
    int m_queued = 0;
    int m_peakQueued = 0;
    int m_lowWater = 0;         // 0: queueLow() never emitted
    QSet<qint64> m_known;       // inbox ids queued or running
    bool m_dispatching = false; // inside startNext()
};

} // namespace concierge::pipeline
