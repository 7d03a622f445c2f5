#include "pipeline/InboxWindow.h"

#include "core/Heap.h"
#include "core/Log.h"
#include "pipeline/ChatDispatcher.h"

namespace concierge::pipeline {

namespace {

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
    , m_admit(std::move(admit))
    , m_readBack(
          size, [this] { return m_dispatcher->queuedMessages(); },
          [this](qint64 after, int limit) { read(after, limit); }, QStringLiteral("messages waiting"))
{
    m_dispatcher->setLowWater(m_readBack.size() / 2);
    connect(m_dispatcher, &ChatDispatcher::queueLow, this, [this] { m_readBack.more(); });
    connect(m_dispatcher, &ChatDispatcher::idle, this, &InboxWindow::drained);
}

void InboxWindow::offer(const store::InboxMessage &message)
{
    if (m_readBack.admits(message.id))
        admit(message, false);
}

void InboxWindow::rescan()
{
    m_readBack.rescan();
}

void InboxWindow::admit(const store::InboxMessage &message, bool recheck)
{
    m_peakQueued = qMax(m_peakQueued, m_dispatcher->queuedMessages() + 1);
    m_peakSinceTrim = qMax(m_peakSinceTrim, m_peakQueued);
    m_highestQueued = qMax(m_highestQueued, message.id);
    m_admit(message, recheck);
}

void InboxWindow::read(qint64 after, int limit)
{
    if (!m_sinceTrim.isValid() || m_sinceTrim.hasExpired(kTrimEveryMs)) {
        heap::trim();
        m_sinceTrim.start();
    }
    m_log.pendingInboxAfter(after, limit, this, [this, limit](Result<QList<store::InboxMessage>> rows) {
        refilled(std::move(rows), limit);
    });
}

void InboxWindow::refilled(Result<QList<store::InboxMessage>> rows, int limit)
{
    const int count = rows ? int(rows->size()) : 0;
    const qint64 lastId = count > 0 ? rows->constLast().id : 0; // read in id order
    if (!m_readBack.answered(rows ? std::nullopt : std::optional(rows.error().message), count, lastId))
        return;
    for (const store::InboxMessage &message : rows.value())
        admit(message, message.id <= m_highestQueued);
    m_readBack.handed(count, limit);
}

void InboxWindow::drained()
{
    if (m_readBack.onDisk() || m_peakSinceTrim < kTrimAfterPeak)
        return;
    m_peakSinceTrim = 0;
    heap::trim();
    m_sinceTrim.start();
}

} // namespace concierge::pipeline
