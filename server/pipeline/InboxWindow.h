#pragma once

#include "pipeline/ReadBack.h"
#include "store/MessageLog.h"
#include "store/Records.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace concierge::pipeline {

class ChatDispatcher;

// Keeps the messages waiting in memory (ChatDispatcher's queues) to at most `size`: beyond that, an accepted message
// stays only in the durable inbox, where it already is, and is read back in id order (arrival order, hence each
// chat's order) whenever the queue falls below half the window (ReadBack: the rules both windows share). Memory then
// follows the window, not the backlog.
class InboxWindow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWindow)

public:
    // Hands a message to the dispatcher. `recheck`: a row read back that may have been queued before (a sweep after
    // an error reads the inbox from its start): it must be checked still pending before it is handled.
    using Admit = std::function<void(const store::InboxMessage &message, bool recheck)>;

    InboxWindow(store::Database *db, ChatDispatcher *dispatcher, int size, Admit admit, QObject *parent = nullptr);

    // A message just stored by the webhook: queued now, or left on disk (read back later, in its turn).
    void offer(const store::InboxMessage &message);
    // Reads every pending row back from the start of the inbox, a window at a time (startup; a sweep after a
    // database error, when an insert may have gone through without its answer). Rows already queued are skipped.
    void rescan();

    int size() const { return m_readBack.size(); }
    bool onDisk() const { return m_readBack.onDisk(); }        // some accepted messages are only in the inbox now
    quint64 readBack() const { return m_readBack.readBack(); } // rows read back from the inbox so far
    int peakQueued() const { return m_peakQueued; }            // the most messages ever waiting in memory at once

private:
    void admit(const store::InboxMessage &message, bool recheck);
    void read(qint64 after, int limit);
    void refilled(Result<QList<store::InboxMessage>> rows, int limit);
    void drained();

    store::MessageLog m_log;
    ChatDispatcher *m_dispatcher;
    Admit m_admit;
    ReadBack m_readBack;
    qint64 m_highestQueued = 0; // rows above it were never queued: read back, they need no recheck
    int m_peakQueued = 0;
    int m_peakSinceTrim = 0;
    QElapsedTimer m_sinceTrim; // the last hand-back of the heap (heap::trim)
};

} // namespace concierge::pipeline
