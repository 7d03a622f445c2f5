#pragma once

#include "pipeline/ReadBack.h"
#include "store/MessageLog.h"
#include "store/Records.h"

#include <QObject>

#include <functional>

namespace concierge::pipeline {

// Keeps the unsent replies OutboxSender holds in memory to at most `size`: beyond that, a committed reply stays only
// in the durable outbox, where it already is, and is read back in id order (commit order, hence each chat's order)
// whenever the sender holds fewer than half the window (ReadBack: the rules both windows share). While WAHA is slow,
// down or not configured, memory then follows the window, not the number of unsent replies.
class OutboxWindow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxWindow)

public:
    using Held = std::function<int()>; // replies the sender holds now
    // Hands rows to the sender; `interrupted`: rows a stop left in "sending" (sent again).
    using Admit = std::function<void(const QList<store::OutboxMessage> &rows, bool interrupted)>;

    OutboxWindow(store::Database *db, const QString &instanceId, int size, Held held, Admit admit,
                 QObject *parent = nullptr);

    // A reply just committed: true when the sender may hold it now; false: it waits on disk, read back in its turn.
    bool offer(const store::OutboxMessage &message);
    // Startup: the rows a stop interrupted in their WAHA call, then every pending row from the start, a window at a
    // time.
    void resume();
    // Reads every pending row back from the start of the outbox (a sweep: a commit whose answer was lost did queue a
    // reply). Rows the sender holds already are skipped by the sender.
    void rescan();
    // The sender let go of a reply: reads more back if some wait on disk and the sender is below half the window.
    void more() { m_readBack.more(); }

    int size() const { return m_readBack.size(); }
    bool onDisk() const { return m_readBack.onDisk(); }        // some unsent replies are only in the outbox now
    quint64 readBack() const { return m_readBack.readBack(); } // rows read back from the outbox so far
    int peakHeld() const { return m_peakHeld; }                // the most replies the sender held at once, as seen here

private:
    void admit(const QList<store::OutboxMessage> &rows, bool interrupted);
    void read(qint64 after, int limit);
    void refilled(Result<QList<store::OutboxMessage>> rows, int limit);

    store::MessageLog m_log;
    Held m_held;
    Admit m_admit;
    ReadBack m_readBack;
    int m_peakHeld = 0;
};

} // namespace concierge::pipeline
