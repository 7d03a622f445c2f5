#include "pipeline/OutboxWindow.h"

#include "core/Log.h"

namespace concierge::pipeline {

namespace {

constexpr int kRetryMs = 1000; // a read-back that failed (the database is away): the rows wait on disk meanwhile

} // namespace

OutboxWindow::OutboxWindow(store::Database *db, const QString &instanceId, int size, Held held, Admit admit,
                           QObject *parent)
    : QObject(parent)
    , m_log(db, instanceId)
    , m_size(qMax(2, size))
    , m_held(std::move(held))
    , m_admit(std::move(admit))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OutboxWindow::more);
}

bool OutboxWindow::offer(const store::OutboxMessage &message)
{
    if (m_onDisk) {
        if (message.id <= m_cursor) {
            m_peakHeld = qMax(m_peakHeld, m_held() + 1);
            return true; // behind the read-back already: it would not come back from disk
        }
        more(); // it waits its turn on disk
        return false;
    }
    if (m_held() >= m_size) {
        // From this reply on, every later one waits on disk until the read-back catches up.
        m_onDisk = true;
        m_cursor = message.id - 1;
        qCInfo(lcPipeline) << "over" << m_size << "unsent replies: the later ones are read back from the outbox";
        return false;
    }
    m_peakHeld = qMax(m_peakHeld, m_held() + 1);
    return true;
}

void OutboxWindow::resume()
{
    // The interrupted rows are few (at most the calls to WAHA that were under way): read at once, before the pending
    // rows, so that each is its chat's first reply again.
    m_log.interruptedOutbox(this, [this](Result<QList<store::OutboxMessage>> rows) {
        if (!rows)
            qCWarning(lcPipeline) << "cannot load the replies a stop interrupted:" << rows.error().message;
        else if (!rows->isEmpty())
            admit(rows.value(), true);
        rescan();
    });
}

void OutboxWindow::rescan()
{
    m_onDisk = true;
    if (m_reading) {
        m_rescan = true; // the answer on its way was read from a later cursor
        return;
    }
    m_cursor = 0;
    more();
}

void OutboxWindow::more()
{
    if (!m_onDisk || m_reading || m_retry.isActive())
        return;
    const int limit = m_size - m_held();
    if (limit < m_size / 2)
        return; // enough held: the sender calls more() again as it lets replies go
    m_reading = true;
    m_log.pendingOutboxAfter(m_cursor, limit, this, [this, limit](Result<QList<store::OutboxMessage>> rows) {
        refilled(std::move(rows), limit);
    });
}

void OutboxWindow::admit(const QList<store::OutboxMessage> &rows, bool interrupted)
{
    m_admit(rows, interrupted);
    m_peakHeld = qMax(m_peakHeld, m_held());
}

void OutboxWindow::refilled(Result<QList<store::OutboxMessage>> rows, int limit)
{
    m_reading = false;
    if (m_rescan) {
        m_rescan = false;
        m_cursor = 0;
        more();
        return;
    }
    if (!rows) {
        qCWarning(lcPipeline) << "cannot read the unsent replies back from the outbox:" << rows.error().message;
        m_retry.start(kRetryMs);
        return;
    }
    m_readBack += quint64(rows->size());
    if (!rows->isEmpty())
        m_cursor = qMax(m_cursor, rows->constLast().id);
    admit(rows.value(), false);
    // Fewer than asked: nothing pending beyond the cursor when the query ran. A reply committed after it is answered
    // after this (the database thread runs jobs and delivers their answers in order), so offer() lets it be held.
    if (rows->size() < limit)
        m_onDisk = false;
    else
        more();
}

} // namespace concierge::pipeline
