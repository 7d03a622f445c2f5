#pragma once

#include "core/Clock.h"
#include "domain/BusinessHours.h"
#include "services/Service.h"

#include <optional>

namespace concierge::services {

// When the office answers, for the holding reply: inside business hours the usual delay, outside them the next
// opening (BUSINESS_HOURS, HOLIDAYS, TZ, HANDOFF_SLA_MINUTES).
struct OfficeHours
{
    std::optional<domain::BusinessHours> hours; // nullopt: the plain "holding" text
    double slaMinutes = 15;
    const Clock *clock = &Clock::system();
};

// CONTACT_HUMAIN: the user wants a person, or has an urgent pastoral need (routing entity "urgent": the handoff is
// marked urgent and the reply gives the emergency number outside office hours). The reply says someone will answer
// (when, from the office hours) and the turn asks for a handoff: the conversation waits in the console's queue, the bot
// stays silent meanwhile.
class ContactHumainService final : public Service
{
public:
    explicit ContactHumainService(OfficeHours office = {})
        : m_office(std::move(office))
    {
    }

    domain::ServiceId id() const override { return domain::ServiceId::ContactHumain; }
    QString description() const override;
    void handle(std::shared_ptr<ServiceTurn> turn, QObject *context, Done done) override;

    // The holding reply at `nowMs`, in `language`, from the catalog's texts.
    QString holdingText(const ServiceCatalog &catalog, const QString &language, qint64 nowMs) const;
    // The reply to an urgent pastoral need: a person answers at once inside office hours; outside them, the
    // emergency number of the service's settings ("emergency_phone") as well.
    QString urgentText(const ServiceCatalog &catalog, const QString &language, qint64 nowMs) const;

private:
    OfficeHours m_office;
};

} // namespace concierge::services
