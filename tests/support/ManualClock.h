#pragma once

#include "core/Clock.h"

#include <atomic>

namespace concierge::testing {

// A clock that moves only when a test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'780'000'000'000) // a fixed day in 2026
        : m_nowMs(startMs)
    {
    }
    qint64 nowMs() const override { return m_nowMs.load(); }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }
    void advanceMinutes(double minutes) { m_nowMs += qint64(minutes * 60'000); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace concierge::testing
