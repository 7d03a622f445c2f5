#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/LeaseLog.h"
#include "store/Records.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace concierge::pipeline {

// Several concierge-server instances on one PostgreSQL (issue 11; docs/ARCHITECTURE.md, "Several instances"). A chat
// is handled by the instance holding its lease (a chat_leases row), one message at a time in inbox order; the
// others only store its messages. Every few seconds a beat renews this instance's leases (one job, whatever the chat
// count) and adopts what nobody alive holds: chats with pending messages and no live lease, outbox rows of an
// instance whose lease expired. A clean stop gives everything back at once. Not used on SQLite (one process).
class LeaseCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaseCoordinator)

public:
    struct Hooks
    {
        std::function<QSet<QString>()> busyChats;  // chats queued or running here
        std::function<bool(const QString &)> busy; // one of busyChats() (optional: asked per chat at releases)
        std::function<void(const QList<store::InboxMessage> &)> inbox;   // rows to handle (checked pending first)
        std::function<void(const QList<store::OutboxMessage> &)> outbox; // rows to send (may be "sending")
        std::function<int()> room;  // messages the queue may still take (chats adopted at most: each has one or more)
        std::function<bool()> full; // a window of messages waits here already: no chat is adopted meanwhile
        std::function<void(const QString &)> released; // the chat's lease was given back: no row of it was pending
    };

    LeaseCoordinator(store::LeaseLog log, Hooks hooks, QObject *parent = nullptr);

    // Fencing (docs/ARCHITECTURE.md, "Several instances"). `clock`: a monotonic clock (default: the steady clock of
    // the host; tests pass a ManualClock). `wahaCallMs`: the longest a WAHA call may last (its request timeout).
    void setFencing(const Clock *clock, qint64 wahaCallMs);
    // Whether this instance may act on its leased chats and claimed outbox rows now: its last successful beat was
    // sent less than the lease minus a margin ago, so the database still holds it alive and nobody may have
    // adopted its chats or its "sending" rows. When false, sends and handling wait for freshAgain().
    bool fresh() const;

    // Frees the leases of this data folder's previous run (dead: the folder is locked), then beats at once and every
    // beatIntervalMs().
    void start(const QString &previousInstanceId);
    // A webhook's message: stored, and its chat's lease taken when free (see store::LeaseLog::accept). A chat whose
    // lease row another instance's transaction held is taken again shortly after (its rows come through `inbox`).
    void accept(std::shared_ptr<store::InboxMessage> message, QObject *context,
                std::function<void(Result<store::LeaseLog::Accepted>)> done);
    // The chat's queue ran dry here: its lease goes back (or rows stored meanwhile come back to be handled). The
    // chats that go idle while a release runs are given back together by the next one (one job, two statements on
    // PostgreSQL, whatever their count); a chat queued here again meanwhile is left out (its next idle releases it).
    void chatIdle(const QString &chatId);
    // A beat now (after a database error: rows whose insert's answer was lost).
    void beatNow();
    // Stops adopting (a stop has begun); the beats go on renewing this instance's registration and leases.
    void pause();
    // A clean stop: every lease of this instance is freed now, so that the others take over at once. Blocking.
    void handOver();

    const QString &instanceId() const { return m_log.instanceId(); }
    int beatIntervalMs() const;

signals:
    void freshAgain();      // a beat succeeded after fresh() had become false (or the first beat)
    void beatDone(bool ok); // every beat's end (tests)

private:
    void beat();
    void beaten(const store::LeaseLog::Adopted &adopted, qint64 sentAtMs);
    // The instances seen lapsed holding "sending" rows, updated from a beat; those seen so for longer than a WAHA
    // call can last.
    void observeLapsed(const QStringList &lapsed);
    QStringList lapsedLongEnough() const;
    // Chats to take again (a webhook found their lease row locked) and leases to give back again (locked by
    // another instance's batch when this one tried): after a short pause, in one job each.
    void retryLater(const QString &chatId, bool release, int tries);
    void release(const QString &chatId, int tries);
    void releaseQueued();
    void released(const QHash<QString, int> &wave, const Result<QHash<QString, store::LeaseRepository::Released>> &r);
    void retry();
    void takeAgain(const QHash<QString, int> &looks);
    // Whether the chat is queued or running here (Hooks::busy, else Hooks::busyChats).
    std::function<bool(const QString &)> busyTest() const;

    store::LeaseLog m_log;
    Hooks m_hooks;
    QTimer m_timer;
    bool m_beating = false;
    bool m_again = false; // a beat was asked for while one ran
    bool m_paused = false;
    bool m_handedOver = false;
    QTimer m_retryTimer;
    QHash<QString, int> m_takeAgain;    // chat -> looks so far
    QHash<QString, int> m_releaseAgain; // chat -> tries so far
    QHash<QString, int> m_toRelease;    // chat -> tries so far: idle here, waiting for the release under way
    bool m_releasing = false;           // a release job is under way
    const Clock *m_clock;
    qint64 m_wahaCallMs = 15'000;
    qint64 m_freshUntilMs = 0;            // m_clock time; 0: no beat yet
    QHash<QString, qint64> m_lapsedSince; // instance -> m_clock time a beat of ours first saw it lapsed

public:
    // A look at a busy chat is tried this many times; then the holder's release, or a sweep, finds its rows.
    static constexpr int kMaxTakeAgain = 30;
    static constexpr int kRetryFirstMs = 5;
    static constexpr int kRetryMaxMs = 200;
};

} // namespace concierge::pipeline
