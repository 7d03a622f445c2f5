#include "pipeline/OutboxWindow.h"

#include "core/Log.h"

namespace concierge::pipeline {

OutboxWindow::OutboxWindow(store::Database *db, const QString &instanceId, int size, Held held, Admit admit,
                           QObject *parent)
    : QObject(parent)
    , m_log(db, instanceId)
    , m_held(std::move(held))
    , m_admit(std::move(admit))
    , m_readBack(
          size, [this] { return m_held(); }, [this](qint64 after, int limit) { read(after, limit); },
          QStringLiteral("unsent replies"))
{
}

bool OutboxWindow::offer(const store::OutboxMessage &message)
{
    if (!m_readBack.admits(message.id))
        return false;
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
    m_readBack.rescan();
}

void OutboxWindow::admit(const QList<store::OutboxMessage> &rows, bool interrupted)
{
    m_admit(rows, interrupted);
    m_peakHeld = qMax(m_peakHeld, m_held());
}

void OutboxWindow::read(qint64 after, int limit)
{
    m_log.pendingOutboxAfter(after, limit, this, [this, limit](Result<QList<store::OutboxMessage>> rows) {
        refilled(std::move(rows), limit);
    });
}

void OutboxWindow::refilled(Result<QList<store::OutboxMessage>> rows, int limit)
{
    const int count = rows ? int(rows->size()) : 0;
    const qint64 lastId = count > 0 ? rows->constLast().id : 0; // read in id order
    if (!m_readBack.answered(rows ? std::nullopt : std::optional(rows.error().message), count, lastId))
        return;
    admit(rows.value(), false);
    m_readBack.handed(count, limit);
}

} // namespace concierge::pipeline
