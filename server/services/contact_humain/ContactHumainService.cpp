#include "services/contact_humain/ContactHumainService.h"

#include "services/ServiceCatalog.h"

#include <QLocale>

#include <cmath>

namespace concierge::services {

namespace {

QString minutesText(double minutes)
{
    return QString::number(qMax<qint64>(1, qint64(std::ceil(minutes))));
}

// "lundi 1 décembre" / "Monday 1 December", and "08:30": the parish reads the opening in its own time zone.
QPair<QString, QString> openingWords(const QDateTime &opening, const QString &language)
{
    const QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::French);
    return {locale.toString(opening.date(), QStringLiteral("dddd d MMMM")), opening.time().toString(u"HH:mm")};
}

} // namespace

QString ContactHumainService::description() const
{
    return QStringLiteral("the user wants to speak to a person (priest, secretary), complains, or has a personal, "
                          "urgent or sensitive matter.");
}

QString ContactHumainService::holdingText(const ServiceCatalog &catalog, const QString &language, qint64 nowMs) const
{
    if (!m_office.hours)
        return catalog.text(id(), QStringLiteral("holding"), language);
    const domain::BusinessHours &hours = *m_office.hours;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, hours.zone());
    if (hours.isOpen(now))
        return catalog.text(id(), QStringLiteral("holding_open"), language)
            .replace(QStringLiteral("{minutes}"), minutesText(m_office.slaMinutes));
    const std::optional<QDateTime> opening = hours.nextOpening(now);
    if (!opening)
        return catalog.text(id(), QStringLiteral("holding"), language);
    const auto [day, time] = openingWords(opening->toTimeZone(hours.zone()), language);
    return catalog.text(id(), QStringLiteral("holding_closed"), language)
        .replace(QStringLiteral("{day}"), day)
        .replace(QStringLiteral("{time}"), time);
}

QString ContactHumainService::urgentText(const ServiceCatalog &catalog, const QString &language, qint64 nowMs) const
{
    const bool open =
        !m_office.hours || m_office.hours->isOpen(QDateTime::fromMSecsSinceEpoch(nowMs, m_office.hours->zone()));
    const QString phone = catalog.config(QStringLiteral("contact_humain"))
                              .settings.value(QLatin1String("emergency_phone"))
                              .toString()
                              .trimmed();
    if (open || phone.isEmpty())
        return catalog.text(id(), QStringLiteral("holding_urgent_open"), language);
    return catalog.text(id(), QStringLiteral("holding_urgent_closed"), language)
        .replace(QStringLiteral("{emergency_phone}"), phone);
}

void ContactHumainService::handle(std::shared_ptr<ServiceTurn> turn, QObject *, Done done)
{
    turn->session.endFlow();
    const bool urgent = turn->routing.entities.value(QLatin1String("urgent")).toBool();
    turn->handoff = HandoffRequest{
        turn->routing.intent.isEmpty() ? QStringLiteral("contact_humain") : turn->routing.intent, urgent};
    const qint64 now = m_office.clock->nowMs();
    done(urgent ? urgentText(*turn->catalog, turn->language, now) : holdingText(*turn->catalog, turn->language, now));
}

} // namespace concierge::services
