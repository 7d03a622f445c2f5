#include "pipeline/LeaseCoordinator.h"

#include "core/Log.h"

#include <QPointer>

#include <algorithm>

namespace concierge::pipeline {

LeaseCoordinator::LeaseCoordinator(store::LeaseLog log, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_log(std::move(log))
    , m_hooks(std::move(hooks))
{
    m_timer.setInterval(beatIntervalMs());
    connect(&m_timer, &QTimer::timeout, this, &LeaseCoordinator::beat);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LeaseCoordinator::retry);
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
    const QString chatId = message->chatId;
    m_log.accept(std::move(message), context,
                 [self = QPointer<LeaseCoordinator>(this), chatId, done](Result<store::LeaseLog::Accepted> accepted) {
                     if (self && accepted && accepted->busy)
                         self->retryLater(chatId, false, 0);
                     done(std::move(accepted));
                 });
}

void LeaseCoordinator::chatIdle(const QString &chatId)
{
    release(chatId, 0);
}

void LeaseCoordinator::release(const QString &chatId, int tries)
{
    m_log.release(chatId, this, [this, chatId, tries](Result<store::LeaseRepository::Released> released) {
        if (!released) {
            // Still ours in the database: the next beat finds its pending rows, if any, or renews it harmlessly.
            qCWarning(lcPipeline) << "cannot release chat" << chatId << ":" << released.error().message;
            return;
        }
        if (!released->rows.isEmpty())
            m_hooks.inbox(released->rows);
        else if (released->retry)
            retryLater(chatId, true, tries + 1);
    });
}

void LeaseCoordinator::retryLater(const QString &chatId, bool release, int tries)
{
    if (m_paused)
        return; // the leases are handed over: the others (or their sweeps) find the rows
    QHash<QString, int> &again = release ? m_releaseAgain : m_takeAgain;
    again[chatId] = qMax(again.value(chatId), tries);
    // Another instance's batch holds the row: it commits within a batch's time. The pause grows for a chat that
    // stays busy, not for the others.
    const int delay = qMin(kRetryFirstMs << qMin(tries, 6), kRetryMaxMs);
    if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > delay)
        m_retryTimer.start(delay);
}

void LeaseCoordinator::retry()
{
    if (m_paused)
        return;
    const QHash<QString, int> releases = std::exchange(m_releaseAgain, {});
    const QSet<QString> busy = releases.isEmpty() || !m_hooks.busyChats ? QSet<QString>() : m_hooks.busyChats();
    for (auto it = releases.cbegin(); it != releases.cend(); ++it) {
        if (!busy.contains(it.key())) // queued here again meanwhile: its next idle releases it
            release(it.key(), it.value());
    }
    if (!m_takeAgain.isEmpty())
        takeAgain(std::exchange(m_takeAgain, {}));
}

void LeaseCoordinator::takeAgain(const QHash<QString, int> &looks)
{
    m_log.take(looks.keys(), this, [this, looks](Result<QHash<QString, store::LeaseLog::Taken>> taken) {
        using Take = store::LeaseRepository::Take;
        QList<store::InboxMessage> rows;
        for (auto it = looks.cbegin(); it != looks.cend(); ++it) {
            const Take state = taken ? taken->value(it.key()).state : Take::Busy;
            if (state == Take::Mine)
                rows += taken->value(it.key()).rows;
            else if (state == Take::Busy && it.value() + 1 < kMaxTakeAgain)
                retryLater(it.key(), false, it.value() + 1);
            // Held: its holder reads the row when it gives the lease back. Busy too often: the holder or a sweep.
        }
        if (!rows.isEmpty()) {
            std::sort(rows.begin(), rows.end(),
                      [](const store::InboxMessage &a, const store::InboxMessage &b) { return a.id < b.id; });
            m_hooks.inbox(rows);
        }
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
    m_log.setChatsToAdopt(m_hooks.room ? m_hooks.room() : store::LeaseLog::kMaxChatsPerSweep); // bounded memory
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
