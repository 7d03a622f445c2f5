#include "domain/BusinessHours.h"

#include <QRegularExpression>
#include <QStringList>

namespace concierge::domain {

namespace {

// Monday = 0. English and French abbreviations and full names.
int dayIndex(const QString &name)
{
    static const QStringList english = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                        QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                        QStringLiteral("sun")};
    static const QStringList french = {QStringLiteral("lun"), QStringLiteral("mar"), QStringLiteral("mer"),
                                       QStringLiteral("jeu"), QStringLiteral("ven"), QStringLiteral("sam"),
                                       QStringLiteral("dim")};
    const QString key = name.trimmed().toLower().left(3);
    const qsizetype en = english.indexOf(key);
    return en >= 0 ? int(en) : int(french.indexOf(key));
}

Error scheduleError(const QString &part, const QString &expected)
{
    return Error{QStringLiteral("invalid_setting"),
                 QStringLiteral("BUSINESS_HOURS: '%1': expected %2").arg(part.trimmed(), expected)};
}

// "mon-fri" or "sat" or "mon,wed" -> day indexes.
Result<QList<int>> parseDays(const QString &text, const QString &part)
{
    QList<int> days;
    for (const QString &piece : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = piece.split(u'-');
        const int first = dayIndex(range.value(0));
        const int last = range.size() == 2 ? dayIndex(range.value(1)) : first;
        if (range.size() > 2 || first < 0 || last < 0)
            return scheduleError(part, QStringLiteral("days such as mon-fri or sat"));
        for (int d = first;; d = (d + 1) % 7) {
            days.append(d);
            if (d == last)
                break;
        }
    }
    return days;
}

Result<QList<BusinessHours::Interval>> parseIntervals(const QString &text, const QString &part)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})$"));
    QList<BusinessHours::Interval> intervals;
    for (const QString &piece : text.split(u',', Qt::SkipEmptyParts)) {
        const auto m = shape.match(piece.trimmed());
        const QTime open(m.captured(1).toInt(), m.captured(2).toInt());
        const QTime close(m.captured(3).toInt(), m.captured(4).toInt());
        if (!m.hasMatch() || !open.isValid() || !close.isValid() || close <= open)
            return scheduleError(part, QStringLiteral("hours such as 08:30-12:30,15:00-18:00"));
        intervals.append({open, close});
    }
    return intervals;
}

} // namespace

Result<BusinessHours> BusinessHours::parse(const QString &schedule, const QString &holidays, const QTimeZone &zone)
{
    BusinessHours hours;
    hours.m_zone = zone.isValid() ? zone : QTimeZone::utc();
    for (const QString &part : schedule.split(u';', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        const qsizetype space = trimmed.indexOf(u' ');
        if (space <= 0)
            return scheduleError(part, QStringLiteral("days then hours, e.g. mon-fri 08:30-12:30"));
        auto days = parseDays(trimmed.left(space), part);
        if (!days)
            return days.error();
        auto intervals = parseIntervals(trimmed.mid(space + 1).remove(u' '), part);
        if (!intervals)
            return intervals.error();
        for (int day : days.value())
            hours.m_week[day] += intervals.value();
    }
    for (const QString &text : holidays.split(u',', Qt::SkipEmptyParts)) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return Error{QStringLiteral("invalid_setting"),
                         QStringLiteral("HOLIDAYS: expected dates such as 2026-12-25, got '%1'").arg(text.trimmed())};
        hours.m_holidays.insert(date);
    }
    return hours;
}

bool BusinessHours::alwaysClosed() const
{
    for (const auto &day : m_week) {
        if (!day.isEmpty())
            return false;
    }
    return true;
}

bool BusinessHours::isOpen(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    if (isHoliday(local.date()))
        return false;
    const QTime time = local.time();
    for (const Interval &interval : m_week[local.date().dayOfWeek() - 1]) {
        if (time >= interval.open && time < interval.close)
            return true;
    }
    return false;
}

std::optional<QDateTime> BusinessHours::nextOpening(const QDateTime &at) const
{
    if (isOpen(at))
        return at;
    const QDateTime local = at.toTimeZone(m_zone);
    for (int offset = 0; offset <= 366; ++offset) {
        const QDate date = local.date().addDays(offset);
        if (isHoliday(date))
            continue;
        QList<Interval> intervals = m_week[date.dayOfWeek() - 1];
        std::sort(intervals.begin(), intervals.end(),
                  [](const Interval &a, const Interval &b) { return a.open < b.open; });
        for (const Interval &interval : intervals) {
            const QDateTime opening(date, interval.open, m_zone);
            if (opening > local)
                return opening;
        }
    }
    return std::nullopt;
}

} // namespace concierge::domain
