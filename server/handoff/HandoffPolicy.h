#pragma once

#include "store/HandoffRecords.h"

#include <QList>

#include <optional>

namespace concierge::handoff {

// The time limits of a handoff (HANDOFF_SLA_MINUTES, HANDOFF_REMINDER_MINUTES, HANDOFF_RETURN_MINUTES).
struct HandoffTimings
{
    qint64 slaMs = 15 * 60'000;      // waiting this long unclaimed: a follow-up is opened and the user told
    qint64 reminderMs = 10 * 60'000; // an owning agent silent this long is reminded
    qint64 returnMs = 30 * 60'000;   // ... and past this the conversation goes back to the queue

    static HandoffTimings fromMinutes(double sla, double reminder, double returnAfter);
};

// What the handoff monitor must do now for one conversation.
struct HandoffAction
{
    enum class Kind { OpenFollowup, RemindAgent, ReturnToQueue };
    Kind kind;
    store::HandoffRow row;
};

// Decides, from the waiting and the claimed conversations, what is due at `nowMs`; and when the next decision
// falls due, so that the monitor sleeps until then instead of polling. Pure: no clock, no storage.
class HandoffPolicy
{
public:
    explicit HandoffPolicy(HandoffTimings timings)
        : m_timings(timings)
    {
    }

    QList<HandoffAction> due(const QList<store::HandoffRow> &waiting, const QList<store::HandoffRow> &claimed,
                             qint64 nowMs) const;
    // The earliest moment after `nowMs` when due() would return something new; nullopt when nothing is pending.
    std::optional<qint64> nextDeadline(const QList<store::HandoffRow> &waiting, const QList<store::HandoffRow> &claimed,
                                       qint64 nowMs) const;

    const HandoffTimings &timings() const { return m_timings; }

    // A conversation taken over from the paired phone has no console activity to watch.
    static bool watched(const store::HandoffRow &claimed);

private:
    qint64 lastActivity(const store::HandoffRow &row) const;

    HandoffTimings m_timings;
};

} // namespace concierge::handoff
