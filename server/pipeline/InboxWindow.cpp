#include "pipeline/InboxWindow.h"

#include "core/Heap.h"
#include "core/Log.h"
#include "pipeline/ChatDispatcher.h"

namespace concierge::pipeline {

namespace {

constexpr int kRetryMs = 1000; // a read-back that failed (the database is away): the rows wait on disk meanwhile
// After a drain that held at least this many messages, the freed heap is handed back to the system: glibc keeps it
// otherwise (each thread's arena), and the process would stay at its peak size after the backlog is gone.
constexpr int kTrimAfterPeak = 1000;
// While a backlog is read back, the heap is handed back this often too: each window's rows are allocated on the
// database thread and freed on this one, and the free pages they leave would otherwise add up with the messages
// handled.
constexpr qint64 kTrimEveryMs = 10'000;

} // namespace

InboxWindow::InboxWindow(store::Database *db, ChatDispatcher *dispatcher, int size, Admit admit, QObject *parent)
    : QObject(parent)
    , m_log(db)
    , m_dispatcher(dispatcher)
    , m_size(qMax(2, size))
    , m_admit(std::move(admit))
{
    m_dispatcher->setLowWater(m_size / 2);
    connect(m_dispatcher, &ChatDispatcher::queueLow, this, &InboxWindow::refill);
    connect(m_dispatcher, &ChatDispatcher::idle, this, &InboxWindow::drained);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &InboxWindow::refill);
}

void InboxWindow::offer(const store::InboxMessage &message)
{
    if (m_onDisk) {
        if (message.id <= m_cursor)
            admit(message, false); // behind the read-back already: it would not come back from disk
        else
            refill(); // it waits its turn on disk
        return;
    }
    if (m_dispatcher->queuedMessages() >= m_size) {
        // From this message on, everything waits on disk until the read-back catches up.
        m_onDisk = true;
        m_cursor = message.id - 1;
        qCInfo(lcPipeline) << "over" << m_size << "messages waiting: the later ones are read back from the inbox";
        return;
    }
    admit(message, false);
}

void InboxWindow::rescan()
{
    m_onDisk = true;
    if (m_reading) {
        m_rescan = true; // the answer on its way was read from a later cursor
        return;
    }
    m_cursor = 0;
    refill();
}

void InboxWindow::admit(const store::InboxMessage &message, bool recheck)
{
    m_peakQueued = qMax(m_peakQueued, m_dispatcher->queuedMessages() + 1);
    m_peakSinceTrim = qMax(m_peakSinceTrim, m_peakQueued);
    m_highestQueued = qMax(m_highestQueued, message.id);
    m_admit(message, recheck);
}

void InboxWindow::refill()
{
    if (!m_onDisk || m_reading || m_retry.isActive())
        return;
    const int limit = m_size - m_dispatcher->queuedMessages();
    if (limit < m_size / 2)
        return; // enough queued: the dispatcher says when it falls below half (queueLow)
    if (!m_sinceTrim.isValid() || m_sinceTrim.hasExpired(kTrimEveryMs)) {
        heap::trim();
        m_sinceTrim.start();
    }
    m_reading = true;
    m_log.pendingInboxAfter(m_cursor, limit, this, [this, limit](Result<QList<store::InboxMessage>> rows) {
        refilled(std::move(rows), limit);
    });
}

void InboxWindow::refilled(Result<QList<store::InboxMessage>> rows, int limit)
{
    m_reading = false;
    if (m_rescan) {
        m_rescan = false;
        m_cursor = 0;
        refill();
        return;
    }
    if (!rows) {
        qCWarning(lcPipeline) << "cannot read the waiting messages back from the inbox:" << rows.error().message;
        m_retry.start(kRetryMs);
        return;
    }
    m_readBack += quint64(rows->size());
    for (const store::InboxMessage &message : rows.value()) {
        m_cursor = qMax(m_cursor, message.id);
        admit(message, message.id <= m_highestQueued);
    }
    // Fewer than asked: nothing pending beyond the cursor when the query ran. A message stored after it is answered
    // after this (the database thread runs jobs and delivers their answers in order), so offer() queues it.
    if (rows->size() < limit)
        m_onDisk = false;
    else
        refill();
}

void InboxWindow::drained()
{
    if (m_onDisk || m_peakSinceTrim < kTrimAfterPeak)
        return;
    m_peakSinceTrim = 0;
    heap::trim();
    m_sinceTrim.start();
}

} // namespace concierge::pipeline
