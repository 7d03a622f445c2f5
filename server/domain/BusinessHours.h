#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>

namespace concierge::domain {

// When the parish office answers: opening intervals per weekday, closed on holidays, in the parish's time zone.
// Parsed from BUSINESS_HOURS ("mon-fri 08:30-12:30,15:00-18:00; sat 09:00-12:00", French day names too) and
// HOLIDAYS ("2026-12-25, 2027-01-01").
class BusinessHours
{
public:
    struct Interval
    {
        QTime open;
        QTime close;
    };

    // Errors name the part that is wrong ("BUSINESS_HOURS: 'mon 8h-12h': expected HH:MM-HH:MM").
    static Result<BusinessHours> parse(const QString &schedule, const QString &holidays, const QTimeZone &zone);

    bool isOpen(const QDateTime &at) const;
    // The first moment at or after `at` when the office is open (`at` itself when open now); nullopt when it never
    // opens (empty schedule) within a year.
    std::optional<QDateTime> nextOpening(const QDateTime &at) const;
    bool alwaysClosed() const;
    const QTimeZone &zone() const { return m_zone; }

private:
    bool isHoliday(const QDate &date) const { return m_holidays.contains(date); }

    std::array<QList<Interval>, 7> m_week; // Monday first
    QSet<QDate> m_holidays;
    QTimeZone m_zone;
};

} // namespace concierge::domain
