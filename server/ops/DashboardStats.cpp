#include "ops/DashboardStats.h"

#include "store/Database.h"

#include <QHash>

#include <algorithm>

namespace concierge::ops {

namespace {

constexpr qint64 kHourMs = 3'600'000;

bool byAssistant(store::Author author)
{
    return author == store::Author::Bot || author == store::Author::System;
}

qint64 percentile(QList<qint64> values, double share)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(share * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

} // namespace

qint64 DashboardStats::windowStart(qint64 nowMs, int hours)
{
    return (nowMs / kHourMs - (hours - 1)) * kHourMs;
}

DashboardStats DashboardStats::compute(const QList<store::StatsRow> &rows, qint64 nowMs, int hours)
{
    DashboardStats s;
    s.fromMs = windowStart(nowMs, hours);
    s.toMs = nowMs;
    for (int h = 0; h < hours; ++h)
        s.hours.append(HourStats{s.fromMs + h * kHourMs});
    QHash<QString, qint64> waitingSince; // chat -> its first unanswered user message
    QList<qint64> replyTimes;
    for (const store::StatsRow &row : rows) {
        const qsizetype bucket = (row.createdAtMs - s.fromMs) / kHourMs;
        if (row.createdAtMs < s.fromMs || bucket >= s.hours.size())
            continue;
        HourStats &hour = s.hours[bucket];
        hour.llmCalls += row.llmCalls;
        hour.inputTokens += row.tokensIn;
        hour.outputTokens += row.tokensOut;
        if (row.direction == store::Direction::In) {
            if (row.author == store::Author::User) {
                ++hour.in;
                if (!waitingSince.contains(row.chatId))
                    waitingSince.insert(row.chatId, row.createdAtMs);
            }
            continue;
        }
        ++hour.out;
        const auto waiting = waitingSince.constFind(row.chatId);
        if (waiting == waitingSince.cend())
            continue;
        replyTimes.append(std::max<qint64>(0, row.createdAtMs - waiting.value()));
        ++(byAssistant(row.author) ? s.answeredByAssistant : s.answeredByPeople);
        waitingSince.erase(waiting);
    }
    for (const HourStats &hour : std::as_const(s.hours)) {
        s.llmCalls += hour.llmCalls;
        s.inputTokens += hour.inputTokens;
        s.outputTokens += hour.outputTokens;
    }
    s.unanswered = int(waitingSince.size());
    s.replyMedianMs = percentile(replyTimes, 0.5);
    s.replyP90Ms = percentile(replyTimes, 0.9);
    return s;
}

void StatsService::stats(int hours, QObject *context, std::function<void(Result<DashboardStats>)> done) const
{
    const qint64 now = m_clock.nowMs();
    const int bounded = std::clamp(hours, 1, kMaxHours);
    m_db->run<DashboardStats>(
        [now, bounded](store::DbContext &ctx) -> Result<DashboardStats> {
            auto rows =
                store::StatsRepository::messagesBetween(ctx, DashboardStats::windowStart(now, bounded), now + 1);
            if (!rows)
                return rows.error();
            auto waiting = store::StatsRepository::waitingHandoffs(ctx);
            if (!waiting)
                return waiting.error();
            DashboardStats stats = DashboardStats::compute(rows.value(), now, bounded);
            stats.handoffsWaiting = waiting.value();
            return stats;
        },
        context, std::move(done));
}

} // namespace concierge::ops
