#pragma once

#include "store/MessageLog.h"
#include "store/Records.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace concierge::pipeline {

// Keeps the unsent replies OutboxSender holds in memory to at most `size`: beyond that, a committed reply stays only
// in the durable outbox, where it already is, and is read back in id order (commit order, hence each chat's order) a
// window at a time whenever the sender holds fewer than half the window. Once a reply is left on disk, every later one
// is too until the reading back has caught up, so a chat's later reply never overtakes an earlier one still on disk.
// While WAHA is slow, down or not configured, memory then follows the window, not the number of unsent replies.
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
    void more();

    int size() const { return m_size; }
    bool onDisk() const { return m_onDisk; }        // some unsent replies are only in the outbox now
    quint64 readBack() const { return m_readBack; } // rows read back from the outbox so far
    int peakHeld() const { return m_peakHeld; }     // the most replies the sender held at once, as seen here

private:
    void admit(const QList<store::OutboxMessage> &rows, bool interrupted);
    void refilled(Result<QList<store::OutboxMessage>> rows, int limit);

    store::MessageLog m_log;
    int m_size;
    Held m_held;
    Admit m_admit;
    bool m_onDisk = false;  // rows with id > m_cursor may be pending and not held
    qint64 m_cursor = 0;    // the last outbox id held or read back while m_onDisk
    bool m_reading = false; // a read-back query is on its way
    bool m_rescan = false;  // rescan() while reading: start again from the first row when the answer comes
    QTimer m_retry;         // after a failed read-back
    quint64 m_readBack = 0;
    int m_peakHeld = 0;
};

} // namespace concierge::pipeline
