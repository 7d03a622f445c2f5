#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/StatsRepository.h"

#include <QList>
#include <QObject>

#include <functional>

namespace concierge::store {
class Database;
}

namespace concierge::ops {

struct HourStats
{
    qint64 startMs = 0; // the hour's first millisecond
    int in = 0;         // messages from users
    int out = 0;        // replies (assistant, agents, the paired phone, notices)
    int llmCalls = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

// The dashboard's figures over the last hours (GET /api/v1/stats).
struct DashboardStats
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<HourStats> hours; // oldest first, one per hour, empty hours included
    // Reply time: from a user's first unanswered message to the first reply after it.
    qint64 replyMedianMs = -1; // -1: no reply in the window
    qint64 replyP90Ms = -1;
    int answeredByAssistant = 0; // user messages whose first reply came from the assistant (or its notices)
    int answeredByPeople = 0;    // ... from an agent in the console or the paired phone
    int unanswered = 0;          // still waiting for a reply at the end of the window
    int handoffsWaiting = 0;
    int llmCalls = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;

    // The figures of `rows` (oldest first) over `hours` hours ending at the hour that contains nowMs.
    static DashboardStats compute(const QList<store::StatsRow> &rows, qint64 nowMs, int hours);
    // The window compute() uses: [first hour's start, now].
    static qint64 windowStart(qint64 nowMs, int hours);
};

// Reads the window's messages on the database thread and computes the figures there (a few thousand rows a day).
class StatsService
{
public:
    static constexpr int kMaxHours = 24 * 31;

    StatsService(store::Database *db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    void stats(int hours, QObject *context, std::function<void(Result<DashboardStats>)> done) const;

private:
    store::Database *m_db;
    const Clock &m_clock;
};

} // namespace concierge::ops
