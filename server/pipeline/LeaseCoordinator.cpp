#include "pipeline/LeaseCoordinator.h"

#include "core/Log.h"

namespace concierge::pipeline {

LeaseCoordinator::LeaseCoordinator(store::LeaseLog log, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_log(std::move(log))
    , m_hooks(std::move(hooks))
{
    m_timer.setInterval(beatIntervalMs());
    connect(&m_timer, &QTimer::timeout, this, &LeaseCoordinator::beat);
}

int LeaseCoordinator::beatIntervalMs() const
{
    // Three beats per lease (one lost beat does not lose the leases), and an orphan waits a few seconds at most.
    return int(qBound(qint64(200), m_log.leaseMs() / 3, qint64(5000)));
}

void LeaseCoordinator::start(const QString &previousInstanceId)
{
    if (!previousInstanceId.isEmpty() && previousInstanceId != instanceId()) {
        if (Status freed = m_log.releaseAllSync(previousInstanceId); !freed)
            qCWarning(lcPipeline) << "cannot free the previous run's leases:" << freed.error().message;
    }
    qCInfo(lcPipeline) << "instance" << instanceId() << "shares the database with other instances; lease"
                       << m_log.leaseMs() / 1000 << "s";
    m_paused = false;
    beat();
    m_timer.start();
}

void LeaseCoordinator::accept(std::shared_ptr<store::InboxMessage> message, QObject *context,
                              std::function<void(Result<store::LeaseLog::Accepted>)> done)
{
    m_log.accept(std::move(message), context, std::move(done));
}

void LeaseCoordinator::chatIdle(const QString &chatId)
{
    m_log.release(chatId, this, [this, chatId](Result<QList<store::InboxMessage>> rows) {
        if (!rows) {
            // Still ours in the database: the next beat finds its pending rows, if any, or renews it harmlessly.
            qCWarning(lcPipeline) << "cannot release chat" << chatId << ":" << rows.error().message;
            return;
        }
        if (!rows->isEmpty())
            m_hooks.inbox(rows.value());
    });
}

void LeaseCoordinator::beatNow()
{
    beat();
}

void LeaseCoordinator::beat()
{
    if (m_paused)
        return;
    if (m_beating) {
        m_again = true;
        return;
    }
    m_beating = true;
    m_log.beat(m_hooks.busyChats(), this, [this](Result<store::LeaseLog::Adopted> adopted) {
        m_beating = false;
        if (!adopted) {
            qCDebug(lcPipeline) << "lease beat failed:" << adopted.error().message;
        } else if (!m_paused) {
            if (!adopted->inbox.isEmpty()) {
                qCInfo(lcPipeline) << "taking over" << adopted->inbox.size() << "messages nobody alive holds";
                m_hooks.inbox(adopted->inbox);
            }
            if (!adopted->outbox.isEmpty()) {
                qCInfo(lcPipeline) << "taking over" << adopted->outbox.size() << "replies of a stopped instance";
                m_hooks.outbox(adopted->outbox);
            }
        }
        if (std::exchange(m_again, false))
            beat();
    });
}

void LeaseCoordinator::pause()
{
    m_paused = true;
    m_timer.stop();
}

void LeaseCoordinator::handOver()
{
    pause();
    if (Status freed = m_log.releaseAllSync(instanceId()); !freed)
        qCWarning(lcPipeline) << "cannot hand the leases over:" << freed.error().message
                              << "- the others take over when they expire";
}

} // namespace concierge::pipeline
