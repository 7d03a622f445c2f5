#include "handoff/HandoffPolicy.h"

#include <algorithm>

namespace concierge::handoff {

HandoffTimings HandoffTimings::fromMinutes(double sla, double reminder, double returnAfter)
{
    return {qint64(sla * 60'000), qint64(reminder * 60'000), qint64(returnAfter * 60'000)};
}

bool HandoffPolicy::watched(const store::HandoffRow &claimed)
{
    return claimed.owner != QLatin1String("human:phone");
}

qint64 HandoffPolicy::lastActivity(const store::HandoffRow &row) const
{
    return std::max(row.agentActivityAtMs, row.claimedAtMs);
}

QList<HandoffAction> HandoffPolicy::due(const QList<store::HandoffRow> &waiting,
                                        const QList<store::HandoffRow> &claimed, qint64 nowMs) const
{
    QList<HandoffAction> actions;
    for (const store::HandoffRow &row : waiting) {
        if (row.followupId == 0 && nowMs - row.queuedAtMs >= m_timings.slaMs)
            actions.append({HandoffAction::Kind::OpenFollowup, row});
    }
    for (const store::HandoffRow &row : claimed) {
        if (!watched(row))
            continue;
        const qint64 silent = nowMs - lastActivity(row);
        if (silent >= m_timings.returnMs)
            actions.append({HandoffAction::Kind::ReturnToQueue, row});
        else if (silent >= m_timings.reminderMs && row.remindedAtMs < lastActivity(row) + m_timings.reminderMs)
            actions.append({HandoffAction::Kind::RemindAgent, row});
    }
    return actions;
}

std::optional<qint64> HandoffPolicy::nextDeadline(const QList<store::HandoffRow> &waiting,
                                                  const QList<store::HandoffRow> &claimed, qint64 nowMs) const
{
    std::optional<qint64> next;
    const auto consider = [&](qint64 at) {
        if (at > nowMs && (!next || at < *next))
            next = at;
    };
    for (const store::HandoffRow &row : waiting) {
        if (row.followupId == 0)
            consider(row.queuedAtMs + m_timings.slaMs);
    }
    for (const store::HandoffRow &row : claimed) {
        if (!watched(row))
            continue;
        consider(lastActivity(row) + m_timings.reminderMs);
        consider(lastActivity(row) + m_timings.returnMs);
    }
    return next;
}

} // namespace concierge::handoff
