#include "pipeline/LeaseCoordinator.h"

#include "core/Log.h"

#include <QPointer>

#include <algorithm>
#include <chrono>

namespace concierge::pipeline {

namespace {

// The host's monotonic clock: the fence must not move with a change of the wall clock.
class SteadyClock final : public Clock
{
public:
    qint64 nowMs() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
};

const Clock &steadyClock()
{
    static const SteadyClock clock;
    return clock;
}

} // namespace

LeaseCoordinator::LeaseCoordinator(store::LeaseLog log, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_log(std::move(log))
    , m_hooks(std::move(hooks))
    , m_clock(&steadyClock())
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

void LeaseCoordinator::setFencing(const Clock *clock, qint64 wahaCallMs)
{
    m_clock = clock;
    m_wahaCallMs = wahaCallMs;
}

bool LeaseCoordinator::fresh() const
{
    return m_clock->nowMs() < m_freshUntilMs;
}

void LeaseCoordinator::start(const QString &previousInstanceId)
{
    if (!previousInstanceId.isEmpty() && previousInstanceId != instanceId()) {
        if (Status freed = m_log.releaseAllSync(previousInstanceId); !freed)
            qCWarning(lcPipeline) << "cannot free the previous run's leases:" << freed.error().message;
        // Its process is gone, and no WAHA call of its with it: its "sending" rows are taken at the first beat, as a
        // restart on SQLite resends its own interrupted rows at once, instead of a WAHA call and a lease later.
        m_lapsedSince.insert(previousInstanceId, m_clock->nowMs() - m_wahaCallMs - m_log.leaseMs());
    }
    qCInfo(lcPipeline) << "instance" << instanceId() << "shares the database with other instances; lease"
                       << m_log.leaseMs() / 1000 << "s";
    m_paused = false;
    m_handedOver = false;
    beat();
    m_timer.start();
}

void LeaseCoordinator::accept(std::shared_ptr<store::InboxMessage> message, QObject *context,
                              std::function<void(Result<store::LeaseLog::Accepted>)> done)
{
    const QString chatId = message->chatId;
    m_log.accept(message, context,
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
    m_toRelease[chatId] = qMax(m_toRelease.value(chatId), tries);
    if (!m_releasing)
        releaseQueued();
}

void LeaseCoordinator::releaseQueued()
{
    // One release job at a time: the chats that went idle while it ran wait for its answer and go in the next one,
    // so that a flood of short conversations costs a statement pair per database round, not per chat.
    const QHash<QString, int> idle = std::exchange(m_toRelease, {});
    const auto busy = busyTest();
    QHash<QString, int> wave;
    for (auto it = idle.cbegin(); it != idle.cend(); ++it) {
        if (!busy(it.key())) // queued here again meanwhile: its next idle releases it
            wave.insert(it.key(), it.value());
    }
    if (wave.isEmpty())
        return;
    m_releasing = true;
    m_log.release(wave.keys(), this,
                  [this, wave](Result<QHash<QString, store::LeaseRepository::Released>> r) { released(wave, r); });
}

void LeaseCoordinator::released(const QHash<QString, int> &wave,
                                const Result<QHash<QString, store::LeaseRepository::Released>> &r)
{
    m_releasing = false;
    if (!r) {
        // Still ours in the database: the next beat finds their pending rows, if any, or renews them harmlessly.
        qCWarning(lcPipeline) << "cannot release" << wave.size() << "chats:" << r.error().message;
    } else {
        QList<store::InboxMessage> rows;
        for (auto it = wave.cbegin(); it != wave.cend(); ++it) {
            const store::LeaseRepository::Released one = r->value(it.key());
            if (!one.rows.isEmpty())
                rows += one.rows;
            else if (one.retry)
                retryLater(it.key(), true, it.value() + 1);
            else if (m_hooks.released)
                m_hooks.released(it.key());
        }
        if (!rows.isEmpty()) {
            std::sort(rows.begin(), rows.end(),
                      [](const store::InboxMessage &a, const store::InboxMessage &b) { return a.id < b.id; });
            m_hooks.inbox(rows);
        }
    }
    releaseQueued();
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
    const auto busy = busyTest();
    for (auto it = releases.cbegin(); it != releases.cend(); ++it) {
        if (!busy(it.key())) // queued here again meanwhile: its next idle releases it
            release(it.key(), it.value());
    }
    if (!m_takeAgain.isEmpty())
        takeAgain(std::exchange(m_takeAgain, {}));
}

std::function<bool(const QString &)> LeaseCoordinator::busyTest() const
{
    // Per chat when the pipeline can say it: a flood holds thousands of chats, and a release wave names a few dozen.
    if (m_hooks.busy)
        return m_hooks.busy;
    if (!m_hooks.busyChats)
        return [](const QString &) { return false; };
    return [busy = m_hooks.busyChats()](const QString &chatId) { return busy.contains(chatId); };
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
    if (m_handedOver)
        return;
    if (m_beating) {
        m_again = true;
        return;
    }
    m_beating = true;
    m_log.setChatsToAdopt(m_hooks.room ? m_hooks.room() : store::LeaseLog::kMaxChatsPerSweep); // bounded memory
    // Taken before the job is queued: the database stamps the renewal later than this, so the fence computed from
    // it ends before the database's expiry of this instance.
    const qint64 sentAtMs = m_clock->nowMs();
    m_log.beat(m_hooks.busyChats(), lapsedLongEnough(), !m_paused, this,
               [this, sentAtMs](Result<store::LeaseLog::Adopted> adopted) {
                   m_beating = false;
                   if (m_handedOver) {
                       return;
                   } else if (adopted) {
                       beaten(adopted.value(), sentAtMs);
                   } else {
                       // Our own view of the others stopped: their lapse is timed again from our next beat.
                       m_lapsedSince.clear();
                       qCDebug(lcPipeline) << "lease beat failed:" << adopted.error().message;
                   }
                   emit beatDone(bool(adopted));
                   if (std::exchange(m_again, false))
                       beat();
               });
}

void LeaseCoordinator::beaten(const store::LeaseLog::Adopted &adopted, qint64 sentAtMs)
{
    const bool wasFresh = fresh();
    // The margin covers the drift between this host's clock and the database's over one lease.
    const qint64 marginMs = qMax(m_log.leaseMs() / 4, qint64(100));
    m_freshUntilMs = qMax(m_freshUntilMs, sentAtMs + m_log.leaseMs() - marginMs);
    observeLapsed(adopted.lapsedSenders);
    if (!m_paused) {
        if (!adopted.inbox.isEmpty()) {
            qCInfo(lcPipeline) << "taking over" << adopted.inbox.size() << "messages nobody alive holds";
            m_hooks.inbox(adopted.inbox);
        }
        if (!adopted.outbox.isEmpty()) {
            qCInfo(lcPipeline) << "taking over" << adopted.outbox.size() << "replies of a stopped instance";
            m_hooks.outbox(adopted.outbox);
        }
    }
    if (!wasFresh && fresh())
        emit freshAgain();
}

void LeaseCoordinator::observeLapsed(const QStringList &lapsed)
{
    const qint64 now = m_clock->nowMs();
    QHash<QString, qint64> since;
    for (const QString &id : lapsed)
        since.insert(id, m_lapsedSince.value(id, now));
    m_lapsedSince = std::move(since); // an instance not lapsed any more (it beat again) starts over
}

QStringList LeaseCoordinator::lapsedLongEnough() const
{
    // Its WAHA calls ended at most one call's length after its expiry (it starts none once its own fence is down),
    // and an instance merely cut off from the database by an outage gets one lease to beat again: then it records
    // the answers it got itself.
    const qint64 now = m_clock->nowMs();
    QStringList out;
    for (auto it = m_lapsedSince.cbegin(); it != m_lapsedSince.cend(); ++it) {
        if (now - it.value() >= m_wahaCallMs + m_log.leaseMs())
            out.append(it.key());
    }
    return out;
}

void LeaseCoordinator::pause()
{
    // Beats go on, renewing only: the replies still draining may be sent (fresh()) until handOver().
    m_paused = true;
}

void LeaseCoordinator::handOver()
{
    pause();
    m_handedOver = true;
    m_timer.stop();
    m_freshUntilMs = 0; // nothing more leaves from here: the leases are the others' now
    if (Status freed = m_log.releaseAllSync(instanceId()); !freed)
        qCWarning(lcPipeline) << "cannot hand the leases over:" << freed.error().message
                              << "- the others take over when they expire";
}

} // namespace concierge::pipeline
