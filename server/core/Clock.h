#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace concierge {

// Where the time comes from. Code that decides with the time (expiry, lockouts, SLAs, retention, business hours)
// takes a Clock, so that tests move time forward instead of waiting (tests/support/ManualClock.h).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }

    // The real time; lives for the whole program.
    static const Clock &system();
};

} // namespace concierge
